/**
 * Reading the cells of sheets whose used ranges are already known (learned earlier in the same
 * read), in row bands packed so each response stays near a byte target. Bands are sized from an
 * estimate of the response bytes per cell, corrected from what each sync actually brought back.
 * If Excel refuses a response as too large, or sends a band without its arrays (`values` can come
 * back null above five million cells), the estimates of that sync's sheets are doubled and its
 * bands cut smaller; a single row refused as too large is an error, a single row without arrays
 * leaves its sheet unread (`unread`).
 */
import type { CellRange } from '../../domain/grid';
import type { Diagnostic } from '../../domain/diagnostics/types';
import { diag } from '../../domain/diagnostics/create';
import { cellCount } from './rangeAddresses';
import { arraysBytes, hasArrays, type SheetContent } from './sheetContent';

export interface BandRequest {
  readonly name: string;
  /** The exact used range (undefined: no values). */
  readonly used: CellRange | undefined;
  /** Estimated response bytes per cell. */
  readonly bytesPerCell: number;
}

export interface BandsOutcome {
  readonly contents: Map<string, SheetContent>;
  /** Sheets Excel gave no cells for even one row at a time (left out of `contents`). */
  readonly unread: readonly string[];
}

/** Never assume fewer response bytes per cell than this (an empty cell still costs `"","General","Empty"`). */
const MIN_BYTES_PER_CELL = 20;

interface Band {
  readonly request: BandRequest;
  readonly top: number;
  readonly rows: number;
}

interface Collected {
  readonly values: unknown[][];
  readonly numberFormats: unknown[][];
  readonly valueTypes: unknown[][];
  bytes: number;
}

function widthOf(used: CellRange): number {
  return used.right - used.left + 1;
}

export async function readBands(
  context: Excel.RequestContext,
  requests: readonly BandRequest[],
  isTooLarge: (error: unknown) => boolean,
  targetBytes: number,
): Promise<BandsOutcome> {
  const worksheets = context.workbook.worksheets;
  const perCell = new Map(requests.map((r) => [r.name, Math.max(MIN_BYTES_PER_CELL, r.bytesPerCell)]));
  const collected = new Map<string, Collected>(requests.map((r) => [r.name, { values: [], numberFormats: [], valueTypes: [], bytes: 0 }]));
  const unread = new Set<string>();
  const pending: Band[] = [];
  for (const request of requests) if (request.used) pending.push({ request, top: 0, rows: request.used.bottom - request.used.top + 1 });

  while (pending.length > 0) {
    const batch: { band: Band; range: Excel.Range }[] = [];
    let bytes = 0;
    while (pending.length > 0) {
      const next = pending[0];
      if (!next?.request.used) break;
      const used = next.request.used;
      const rowBytes = widthOf(used) * (perCell.get(next.request.name) ?? MIN_BYTES_PER_CELL);
      const fit = Math.floor((targetBytes - bytes) / rowBytes);
      // A sync always takes at least one row, however large.
      const rows = Math.min(next.rows, fit >= 1 ? fit : batch.length === 0 ? 1 : 0);
      if (rows === 0) break;
      pending.shift();
      if (rows < next.rows) pending.unshift({ request: next.request, top: next.top + rows, rows: next.rows - rows });
      const band: Band = { request: next.request, top: next.top, rows };
      const range = worksheets.getItem(next.request.name).getRangeByIndexes(used.top + band.top, used.left, rows, widthOf(used)).untrack();
      range.load('values,numberFormat,valueTypes');
      batch.push({ band, range });
      bytes += rows * rowBytes;
      if (rows < next.rows) break;
    }
    try {
      await context.sync();
    } catch (error) {
      const only = batch.length === 1 ? batch[0] : undefined;
      if (!isTooLarge(error) || batch.length === 0 || (only !== undefined && only.band.rows === 1)) throw error;
      for (const name of new Set(batch.map((b) => b.band.request.name))) perCell.set(name, (perCell.get(name) ?? MIN_BYTES_PER_CELL) * 2);
      pending.unshift(...batch.map((b) => b.band));
      continue;
    }
    const retry: Band[] = [];
    for (const { band, range } of batch) {
      const name = band.request.name;
      const entry = collected.get(name);
      if (!entry || !band.request.used || unread.has(name)) continue;
      if (!hasArrays(range)) {
        // No arrays: too many cells for one get. Smaller bands, or — for a single row — give up on the sheet.
        if (band.rows === 1) unread.add(name);
        else {
          perCell.set(name, (perCell.get(name) ?? MIN_BYTES_PER_CELL) * 2);
          const half = Math.ceil(band.rows / 2);
          retry.push({ request: band.request, top: band.top, rows: half }, { request: band.request, top: band.top + half, rows: band.rows - half });
        }
        continue;
      }
      const measured = arraysBytes(range.values, range.numberFormat, range.valueTypes);
      entry.bytes += measured;
      perCell.set(name, Math.max(MIN_BYTES_PER_CELL, measured / (band.rows * widthOf(band.request.used))));
      range.values.forEach((row, i) => (entry.values[band.top + i] = row));
      range.numberFormat.forEach((row, i) => (entry.numberFormats[band.top + i] = row));
      range.valueTypes.forEach((row, i) => (entry.valueTypes[band.top + i] = row));
    }
    pending.unshift(...retry);
    if (unread.size > 0) pending.splice(0, pending.length, ...pending.filter((b) => !unread.has(b.request.name)));
  }

  const contents = new Map<string, SheetContent>();
  for (const request of requests) {
    const entry = collected.get(request.name);
    if (!entry || unread.has(request.name)) continue;
    contents.set(request.name, {
      used: request.used,
      values: entry.values,
      numberFormats: entry.numberFormats,
      valueTypes: entry.valueTypes,
      merges: [],
      bytes: entry.bytes,
    });
  }
  return { contents, unread: [...unread] };
}

/** A sheet whose used range Excel sent without its arrays (more cells than one get returns). */
export interface Oversized {
  readonly name: string;
  readonly used: CellRange;
}

/**
 * Reads sheets Excel sent no arrays for, in bands; each is reported (SHEET_READ_IN_PARTS), and one
 * that no band of a single row brings back either is read as empty (SHEET_NOT_READ).
 */
export async function readOversized(
  context: Excel.RequestContext,
  sheets: readonly Oversized[],
  isTooLarge: (error: unknown) => boolean,
  targetBytes: number,
): Promise<{ readonly contents: Map<string, SheetContent>; readonly diagnostics: Diagnostic[] }> {
  const diagnostics: Diagnostic[] = [];
  if (sheets.length === 0) return { contents: new Map(), diagnostics };
  const { contents, unread } = await readBands(
    context,
    sheets.map((s) => ({ name: s.name, used: s.used, bytesPerCell: MIN_BYTES_PER_CELL })),
    isTooLarge,
    targetBytes,
  );
  for (const sheet of sheets) {
    const cells = cellCount(sheet.used);
    if (unread.includes(sheet.name)) {
      diagnostics.push(diag('SHEET_NOT_READ', { sheet: sheet.name }, { sheet: sheet.name, cells }));
      contents.set(sheet.name, { used: sheet.used, values: [], numberFormats: [], valueTypes: [], merges: [], bytes: 0 });
    } else diagnostics.push(diag('SHEET_READ_IN_PARTS', { sheet: sheet.name }, { sheet: sheet.name, cells }));
  }
  return { contents, diagnostics };
}
