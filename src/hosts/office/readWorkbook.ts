/**
 * Reading a workbook through Office.js in ONE `context.sync()`: walk the sheets with
 * `getFirst()` → `getNextOrNullObject()` (64 per sync; a longer workbook costs one more sync per 64
 * sheets), and on each load the name, visibility, the values-only used range (values, number
 * formats, value types, address) and, where ExcelApi 1.13 is available, the merged areas of the
 * whole sheet. The ownership setting is loaded in the same sync. If Excel refuses the response as
 * too large, `readWorkbookInChunks` reads again in row bands.
 */
import type { WorkbookSnapshot } from '../../app/ports';
import type { CellRange, CellValue, SheetGrid } from '../../domain/grid';
import { parseRangeA1 } from '../../domain/address';
import type { HostFeatures } from './capabilities';
import { META_SHEET_NAME, OWNED_SHEETS_SETTING, ownedFromMetaCell, ownedFromSetting, unionNames } from './ownershipRecord';

export const SHEETS_PER_SYNC = 64;

interface SheetProbe {
  readonly sheet: Excel.Worksheet;
  readonly used: Excel.Range;
  readonly merges: Excel.RangeAreas | undefined;
}

/** The part after the last `!` of an Excel address: `'My sheet'!B2:D9` → `B2:D9`. */
export function localAddress(address: string): string {
  const bang = address.lastIndexOf('!');
  return bang >= 0 ? address.slice(bang + 1) : address;
}

/** Rectangles of a RangeAreas address such as `Sheet1!A1:B2, Sheet1!D4:E5` (sheet names may be quoted and contain commas). */
export function parseAreasAddress(address: string): CellRange[] {
  const out: CellRange[] = [];
  const re = /!(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(address)) !== null) {
    const range = m[1] === undefined ? undefined : parseRangeA1(m[1]);
    if (range) out.push(range);
  }
  if (out.length === 0) {
    for (const part of address.split(',')) {
      const range = parseRangeA1(localAddress(part.trim()));
      if (range) out.push(range);
    }
  }
  return out;
}

/** Excel's 2-D arrays as an A1-origin grid: `""` → null, `Error` cells → `{ error }`, `General` → undefined. */
export function gridFromRange(
  name: string,
  visible: boolean,
  origin: { readonly top: number; readonly left: number } | undefined,
  values: readonly (readonly unknown[])[],
  numberFormats: readonly (readonly unknown[])[],
  valueTypes: readonly (readonly unknown[])[],
  merges: readonly CellRange[],
): SheetGrid {
  const gridValues: CellValue[][] = [];
  const gridFormats: (string | undefined)[][] = [];
  if (origin) {
    for (let r = 0; r < origin.top; r++) {
      gridValues.push([]);
      gridFormats.push([]);
    }
    values.forEach((row, i) => {
      const vRow: CellValue[] = new Array<CellValue>(origin.left).fill(null);
      const fRow: (string | undefined)[] = new Array<string | undefined>(origin.left).fill(undefined);
      row.forEach((raw, j) => {
        vRow.push(toCellValue(raw, valueTypes[i]?.[j]));
        const format = numberFormats[i]?.[j];
        fRow.push(typeof format === 'string' && format !== 'General' ? format : undefined);
      });
      gridValues.push(vRow);
      gridFormats.push(fRow);
    });
  }
  return { name, values: gridValues, numberFormats: gridFormats, merges, visible };
}

function toCellValue(raw: unknown, type: unknown): CellValue {
  if (raw === '' || raw === null || raw === undefined) return null;
  if (type === 'Error') return { error: String(raw) };
  if (typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean') return raw;
  return String(raw);
}

function probeSheet(sheet: Excel.Worksheet, features: HostFeatures): SheetProbe {
  sheet.load('name,visibility');
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load('address,values,numberFormat,valueTypes');
  let merges: Excel.RangeAreas | undefined;
  if (features.mergedAreas) {
    merges = sheet.getRange().getMergedAreasOrNullObject();
    merges.load('address');
  }
  return { sheet, used, merges };
}

function mergesOf(probe: SheetProbe): CellRange[] {
  return probe.merges && !probe.merges.isNullObject ? parseAreasAddress(probe.merges.address) : [];
}

/** Collects grids and the ownership record, leaving the meta sheet out of the snapshot. */
export function assembleSnapshot(grids: readonly SheetGrid[], settingValue: unknown): WorkbookSnapshot {
  let metaOwned: string[] = [];
  const sheets: SheetGrid[] = [];
  for (const grid of grids) {
    if (grid.name === META_SHEET_NAME) metaOwned = ownedFromMetaCell(grid.values[0]?.[0] ?? null);
    else sheets.push(grid);
  }
  return { sheets, ownedSheets: unionNames(ownedFromSetting(settingValue), metaOwned) };
}

/** The one-sync read (one more sync per further 64 sheets). */
export async function readWorkbook(context: Excel.RequestContext, features: HostFeatures): Promise<WorkbookSnapshot> {
  const setting = context.workbook.settings.getItemOrNullObject(OWNED_SHEETS_SETTING);
  setting.load('value');
  const probes: SheetProbe[] = [];
  let cursor = context.workbook.worksheets.getFirst();
  for (;;) {
    const round: SheetProbe[] = [];
    for (let i = 0; i < SHEETS_PER_SYNC; i++) {
      round.push(probeSheet(cursor, features));
      cursor = cursor.getNextOrNullObject();
    }
    await context.sync();
    probes.push(...round.filter((p) => !p.sheet.isNullObject));
    if (cursor.isNullObject) break;
  }
  const grids = probes.map((p) => {
    const visible = p.sheet.visibility === 'Visible';
    if (p.used.isNullObject) return gridFromRange(p.sheet.name, visible, undefined, [], [], [], mergesOf(p));
    const origin = parseRangeA1(localAddress(p.used.address));
    return gridFromRange(p.sheet.name, visible, origin, p.used.values, p.used.numberFormat, p.used.valueTypes, mergesOf(p));
  });
  return assembleSnapshot(grids, setting.isNullObject ? undefined : setting.value);
}

/** Cells in the first sync of the chunked read; later syncs are sized from the bytes per cell seen so far. */
export const CHUNK_READ_CELLS = 40_000;
/** Response size aimed at per chunk sync (Excel on the web refuses responses over 5 MB). */
export const CHUNK_TARGET_BYTES = 3_500_000;

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code >= 0xd800 && code <= 0xdbff ? 2 : 3;
  }
  return bytes;
}

interface SheetOutline {
  readonly sheet: Excel.Worksheet;
  readonly name: string;
  readonly visible: boolean;
  readonly used: CellRange | undefined;
  readonly merges: CellRange[];
}

interface Band {
  readonly outline: SheetOutline;
  readonly top: number;
  readonly rows: number;
  range?: Excel.Range;
}

/**
 * The fallback read for workbooks whose one-sync response is too large: one sync for the outline
 * (names, used-range addresses, merges, ownership), then row bands sized to about `targetBytes` of response
 * per sync; a band that is still too large is retried at half the size.
 */
export async function readWorkbookInChunks(
  context: Excel.RequestContext,
  features: HostFeatures,
  isTooLarge: (error: unknown) => boolean,
  targetBytes = CHUNK_TARGET_BYTES,
): Promise<WorkbookSnapshot> {
  const setting = context.workbook.settings.getItemOrNullObject(OWNED_SHEETS_SETTING);
  setting.load('value');
  const found: { sheet: Excel.Worksheet; used: Excel.Range; merges: Excel.RangeAreas | undefined }[] = [];
  let cursor = context.workbook.worksheets.getFirst();
  for (;;) {
    const round: typeof found = [];
    for (let i = 0; i < SHEETS_PER_SYNC; i++) {
      cursor.load('name,visibility');
      const used = cursor.getUsedRangeOrNullObject(true);
      used.load('address');
      let merges: Excel.RangeAreas | undefined;
      if (features.mergedAreas) {
        merges = cursor.getRange().getMergedAreasOrNullObject();
        merges.load('address');
      }
      round.push({ sheet: cursor, used, merges });
      cursor = cursor.getNextOrNullObject();
    }
    await context.sync();
    found.push(...round.filter((p) => !p.sheet.isNullObject));
    if (cursor.isNullObject) break;
  }
  const outlines: SheetOutline[] = found.map((p) => ({
    sheet: p.sheet,
    name: p.sheet.name,
    visible: p.sheet.visibility === 'Visible',
    used: p.used.isNullObject ? undefined : parseRangeA1(localAddress(p.used.address)),
    merges: p.merges && !p.merges.isNullObject ? parseAreasAddress(p.merges.address) : [],
  }));

  const pending: Band[] = [];
  let budget = Math.max(1, Math.min(CHUNK_READ_CELLS, Math.floor(targetBytes / 40)));
  for (const outline of outlines) {
    if (!outline.used) continue;
    const width = outline.used.right - outline.used.left + 1;
    const height = outline.used.bottom - outline.used.top + 1;
    const rowsPerBand = Math.max(1, Math.floor(budget / width));
    for (let top = 0; top < height; top += rowsPerBand) pending.push({ outline, top, rows: Math.min(rowsPerBand, height - top) });
  }
  const loaded = new Map<SheetOutline, { values: unknown[][]; formats: unknown[][]; types: unknown[][] }>();
  while (pending.length > 0) {
    const batch: Band[] = [];
    let cells = 0;
    while (pending.length > 0) {
      const next = pending[0];
      if (!next || !next.outline.used) break;
      const width = next.outline.used.right - next.outline.used.left + 1;
      const fitRows = Math.max(1, Math.floor(budget / width));
      if (next.rows > fitRows) {
        // Bands made before the budget was halved are split before they are tried.
        pending.splice(0, 1, { outline: next.outline, top: next.top, rows: fitRows }, { outline: next.outline, top: next.top + fitRows, rows: next.rows - fitRows });
        continue;
      }
      if (batch.length > 0 && cells + next.rows * width > budget) break;
      pending.shift();
      const used = next.outline.used;
      next.range = next.outline.sheet.getRangeByIndexes(used.top + next.top, used.left, next.rows, width);
      next.range.load('values,numberFormat,valueTypes');
      batch.push(next);
      cells += next.rows * width;
    }
    try {
      await context.sync();
    } catch (error) {
      const single = batch.length === 1 ? batch[0] : undefined;
      if (!isTooLarge(error) || (single !== undefined && single.rows === 1)) throw error;
      // Split: put the batch back as smaller bands and halve the budget.
      budget = Math.max(1, Math.floor(cells / 2));
      const again: Band[] = [];
      for (const band of batch) {
        if (band.rows > 1 && band.outline.used) {
          const width = band.outline.used.right - band.outline.used.left + 1;
          const rows = Math.max(1, Math.min(band.rows, Math.floor(budget / width)));
          for (let t = 0; t < band.rows; t += rows) again.push({ outline: band.outline, top: band.top + t, rows: Math.min(rows, band.rows - t) });
        } else again.push({ outline: band.outline, top: band.top, rows: band.rows });
      }
      pending.unshift(...again);
      continue;
    }
    let bytes = 0;
    for (const band of batch) {
      if (band.range) bytes += utf8Length(JSON.stringify([band.range.values, band.range.numberFormat, band.range.valueTypes]));
    }
    budget = Math.max(1, Math.floor(targetBytes / Math.max(8, bytes / Math.max(1, cells))));
    for (const band of batch) {
      if (!band.range) continue;
      const entry = loaded.get(band.outline) ?? { values: [], formats: [], types: [] };
      loaded.set(band.outline, entry);
      band.range.values.forEach((row, i) => (entry.values[band.top + i] = row));
      band.range.numberFormat.forEach((row, i) => (entry.formats[band.top + i] = row));
      band.range.valueTypes.forEach((row, i) => (entry.types[band.top + i] = row));
    }
  }
  const grids = outlines.map((o) => {
    const data = loaded.get(o);
    return gridFromRange(o.name, o.visible, o.used, data?.values ?? [], data?.formats ?? [], data?.types ?? [], o.merges);
  });
  return assembleSnapshot(grids, setting.isNullObject ? undefined : setting.value);
}
