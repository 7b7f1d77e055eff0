/**
 * Applying a write plan through Office.js.
 *
 * First (prepareApply.ts): which planned sheets and the meta sheet exist, and the calculation mode
 * and event state to restore — asked in sync 1, or taken from the host's fresh knowledge with no
 * sync at all. Then the writes, packed by estimated payload into as few syncs as possible
 * (each request under the byte budget): add missing sheets, record ownership (first, so a failure
 * half-way still leaves the sheets recognised as ours), then per sheet: reset an existing sheet
 * (unmerge, clear, data validation, freeze panes, row heights, column widths — never delete it),
 * number formats BEFORE values (so `@` cells keep `=…` text), merges, styles, column widths, row
 * heights, freeze panes, data validation, tab colour; finally activate. Screen updating and API
 * calculation are suspended in every write sync; calculation is manual and events are off during
 * the write where supported, and restored afterwards (also after a failure).
 */
import type { CellRange } from '../../domain/grid';
import type { CellStyle, PlanValue, SheetPlan, StyledRange, WritePlan } from '../../domain/output/planTypes';
import type { HostFeatures } from './capabilities';
import { changesRecord, encodeRecord, recordAfter, recordFromCells, storedListRange } from '../../app/workbookRecord';
import { META_SHEET_NAME, OWNED_SHEETS_SETTING, WORKBOOK_SETTINGS_SETTING, fitsInlineList, storedListColumn } from './ownershipRecord';
import { packWork, type Work } from './syncPacker';
import { preparedFromKnowledge, probeWorkbook, type SheetHandle } from './prepareApply';
import type { KnownWorkbookState, WriteOutcome } from './sessionKnowledge';
import { utf8Bytes } from './utf8Bytes';

export { utf8Bytes } from './utf8Bytes';

/** Keep each request under 4 MiB; Excel on the web refuses requests over 5 MB. */
export const DEFAULT_MAX_REQUEST_BYTES = 4 * 1024 * 1024;

/** Estimated bytes of one queued operation besides its data (object path, action, property name). */
const OP_BYTES = 80;
/** Room kept in each sync for the screen-updating / calculation / event switches. */
const SWITCH_BYTES = 600;

const BORDER_EDGES: readonly Excel.BorderIndex[] = [
  'EdgeTop' as Excel.BorderIndex,
  'EdgeBottom' as Excel.BorderIndex,
  'EdgeLeft' as Excel.BorderIndex,
  'EdgeRight' as Excel.BorderIndex,
];

/** Excel column width in characters → points: (chars × 7 + 5) pixels at 96 dpi. */
export function columnWidthPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/** A planned cell value as Excel's `values` setter takes it: empty cells are `""`. */
function cellInput(value: PlanValue | undefined): string | number | boolean {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' && !Number.isFinite(value)) return '';
  return value;
}

/** Every string is written as text: its cell gets `@` whatever the plan says (a guard against formulas). */
function cellFormat(value: PlanValue | undefined, format: string | undefined): string {
  if (typeof value === 'string' && value !== '') return '@';
  return format ?? 'General';
}

interface SheetRows {
  readonly values: (string | number | boolean)[][];
  readonly formats: string[][];
  readonly rowCosts: number[];
}

function prepareRows(plan: SheetPlan): SheetRows {
  const width = plan.values.reduce((w, row) => Math.max(w, row.length), 0);
  const values: (string | number | boolean)[][] = [];
  const formats: string[][] = [];
  const rowCosts: number[] = [];
  plan.values.forEach((row, r) => {
    const vRow: (string | number | boolean)[] = [];
    const fRow: string[] = [];
    for (let c = 0; c < width; c++) {
      const v = row[c];
      vRow.push(cellInput(v));
      fRow.push(cellFormat(v, plan.numberFormats[r]?.[c]));
    }
    values.push(vRow);
    formats.push(fRow);
    rowCosts.push(utf8Bytes(JSON.stringify(vRow)) + utf8Bytes(JSON.stringify(fRow)) + 2);
  });
  return { values, formats, rowCosts };
}

function rangeOf(sheet: Excel.Worksheet, r: CellRange): Excel.Range {
  return sheet.getRangeByIndexes(r.top, r.left, r.bottom - r.top + 1, r.right - r.left + 1);
}

const H_ALIGN: Readonly<Record<NonNullable<CellStyle['hAlign']>, string>> = { left: 'Left', center: 'Center', right: 'Right' };
const V_ALIGN: Readonly<Record<NonNullable<CellStyle['vAlign']>, string>> = { top: 'Top', middle: 'Center', bottom: 'Bottom' };

function sameStyle(a: CellStyle, b: CellStyle): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof CellStyle>;
  for (const k of keys) if (a[k] !== b[k]) return false;
  return true;
}

/** Joins consecutive entries with the same style and columns over adjacent rows (order is kept, so overrides stay right). */
export function coalesceStyles(styles: readonly StyledRange[]): StyledRange[] {
  const out: StyledRange[] = [];
  for (const s of styles) {
    const last = out[out.length - 1];
    if (
      last &&
      last.range.left === s.range.left &&
      last.range.right === s.range.right &&
      last.range.bottom + 1 === s.range.top &&
      sameStyle(last.style, s.style)
    ) {
      out[out.length - 1] = { range: { ...last.range, bottom: s.range.bottom }, style: last.style };
    } else out.push(s);
  }
  return out;
}

function styleCost(style: CellStyle, range: CellRange): number {
  let props = 0;
  for (const v of Object.values(style)) if (v !== undefined) props++;
  const multiRow = range.bottom > range.top;
  const multiCol = range.right > range.left;
  const borderOps = style.border ? (4 + (multiRow ? 1 : 0) + (multiCol ? 1 : 0)) * 4 : 0;
  return OP_BYTES * (2 + props + borderOps);
}

function applyStyle(range: Excel.Range, s: CellRange, style: CellStyle): void {
  const format = range.format;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  if (style.fontColor !== undefined) format.font.color = style.fontColor;
  if (style.fill !== undefined) format.fill.color = style.fill;
  if (style.hAlign !== undefined) format.horizontalAlignment = H_ALIGN[style.hAlign] as Excel.HorizontalAlignment;
  if (style.vAlign !== undefined) format.verticalAlignment = V_ALIGN[style.vAlign] as Excel.VerticalAlignment;
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.border) {
    const edges: Excel.BorderIndex[] = [...BORDER_EDGES];
    if (s.bottom > s.top) edges.push('InsideHorizontal' as Excel.BorderIndex);
    if (s.right > s.left) edges.push('InsideVertical' as Excel.BorderIndex);
    for (const edge of edges) {
      const border = format.borders.getItem(edge);
      border.style = 'Continuous' as Excel.BorderLineStyle;
      border.weight = 'Thin' as Excel.BorderWeight;
      border.color = '#000000';
    }
  }
}

/** Runs of equal consecutive values: [start, length, value]. */
function runsOf<T>(items: readonly { index: number; value: T }[]): { start: number; count: number; value: T }[] {
  const sorted = [...items].sort((a, b) => a.index - b.index);
  const runs: { start: number; count: number; value: T }[] = [];
  for (const item of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.start + last.count === item.index && last.value === item.value) last.count++;
    else runs.push({ start: item.index, count: 1, value: item.value });
  }
  return runs;
}

/** Data validation list source: the items inline (`a,b,c`) or a reference to a list stored in the meta sheet. */
export type ListSource = (list: readonly string[]) => string;

export function inlineListSource(list: readonly string[]): string {
  return list.join(',');
}

/** `=_perfeval_meta!$C$1:$C$5` for a list stored in column C. */
export function storedListReference(col: number, length: number): string {
  return `=${storedListRange(col, length)}`;
}

function listItems(list: readonly string[]): string[] {
  return list.filter((item) => item !== '');
}

function sheetWork(plan: SheetPlan, handle: SheetHandle, features: HostFeatures, listSource: ListSource): Work[] {
  const work: Work[] = [];
  const ws = (): Excel.Worksheet => {
    if (!handle.sheet) throw new Error(`applyPlan: sheet '${plan.name}' used before it was added`);
    return handle.sheet;
  };
  if (handle.existed) {
    work.push({
      kind: 'step',
      cost: OP_BYTES * 10,
      enqueue: () => {
        const all = ws().getRange();
        all.unmerge();
        all.clear('All' as Excel.ClearApplyTo);
        if (features.dataValidation) all.dataValidation.clear();
        all.format.useStandardHeight = true;
        all.format.useStandardWidth = true;
        ws().freezePanes.unfreeze();
        if (plan.tabColor === undefined) ws().tabColor = '';
      },
    });
  }
  const rows = prepareRows(plan);
  const width = rows.values[0]?.length ?? 0;
  if (width > 0) {
    work.push({
      kind: 'rows',
      rowCosts: rows.rowCosts,
      bandOverhead: OP_BYTES * 3,
      enqueueBand: (start, end) => {
        const range = ws().getRangeByIndexes(start, 0, end - start, width);
        // Number formats first: a value written into a `@` cell stays text.
        range.numberFormat = rows.formats.slice(start, end);
        range.values = rows.values.slice(start, end);
      },
    });
  }
  for (const merge of plan.merges) {
    if (merge.top === merge.bottom && merge.left === merge.right) continue;
    work.push({ kind: 'step', cost: OP_BYTES * 2, enqueue: () => rangeOf(ws(), merge).merge(false) });
  }
  for (const styled of coalesceStyles(plan.styles)) {
    work.push({ kind: 'step', cost: styleCost(styled.style, styled.range), enqueue: () => applyStyle(rangeOf(ws(), styled.range), styled.range, styled.style) });
  }
  for (const run of runsOf(plan.columnWidths.map((value, index) => ({ index, value })))) {
    work.push({
      kind: 'step',
      cost: OP_BYTES * 3,
      enqueue: () => {
        ws().getRangeByIndexes(0, run.start, 1, run.count).format.columnWidth = columnWidthPoints(run.value);
      },
    });
  }
  for (const run of runsOf(plan.rowHeights.map((h) => ({ index: h.row, value: h.height })))) {
    work.push({
      kind: 'step',
      cost: OP_BYTES * 3,
      enqueue: () => {
        ws().getRangeByIndexes(run.start, 0, run.count, 1).format.rowHeight = run.value;
      },
    });
  }
  const freeze = plan.freeze;
  if (freeze && (freeze.rows > 0 || freeze.columns > 0)) {
    work.push({
      kind: 'step',
      cost: OP_BYTES * 2,
      enqueue: () => {
        const panes = ws().freezePanes;
        if (freeze.rows > 0 && freeze.columns > 0) panes.freezeAt(ws().getRangeByIndexes(0, 0, freeze.rows, freeze.columns));
        else if (freeze.rows > 0) panes.freezeRows(freeze.rows);
        else panes.freezeColumns(freeze.columns);
      },
    });
  }
  if (features.dataValidation) {
    for (const dv of plan.dataValidations) {
      const items = listItems(dv.list);
      if (items.length === 0) continue;
      const source = listSource(items);
      work.push({
        kind: 'step',
        cost: OP_BYTES * 3 + utf8Bytes(source),
        enqueue: () => {
          rangeOf(ws(), dv.range).dataValidation.rule = { list: { inCellDropDown: true, source } };
        },
      });
    }
  }
  if (plan.tabColor !== undefined) {
    const color = plan.tabColor;
    work.push({
      kind: 'step',
      cost: OP_BYTES,
      enqueue: () => {
        ws().tabColor = color;
      },
    });
  }
  return work;
}

/** Everything queued and synced by `applyPlan`, for tests, logs and the host's knowledge. */
export interface ApplySummary extends WriteOutcome {
  readonly writeSyncs: number;
  readonly estimatedBytes: readonly number[];
  /** True when a first sync asked which sheets exist; false when fresh knowledge answered. */
  readonly probed: boolean;
}

/**
 * Writes `plan`. With `known` (the host's fresh knowledge) the first sync already writes; without
 * it a first sync asks which sheets exist. A wrong `known` makes a write sync fail with
 * ItemAlreadyExists or ItemNotFound (nothing is lost: the caller writes again without it).
 */
export async function applyPlan(
  context: Excel.RequestContext,
  plan: WritePlan,
  features: HostFeatures,
  maxRequestBytes: number = DEFAULT_MAX_REQUEST_BYTES,
  known?: KnownWorkbookState,
): Promise<ApplySummary> {
  const workbook = context.workbook;
  if (plan.sheets.length === 0 && plan.ownedSheets === undefined && plan.activate === undefined) {
    return { writeSyncs: 0, estimatedBytes: [], probed: false, created: [], metaCreated: false, metaRows: undefined, hostState: known?.hostState ?? {} };
  }

  // ---- what exists, what to restore: sync 1, or the host's fresh knowledge ----
  const needsStoredLists =
    features.dataValidation && plan.sheets.some((s) => s.dataValidations.some((dv) => listItems(dv.list).length > 0 && !fitsInlineList(listItems(dv.list))));
  const needsMeta = changesRecord(plan) || needsStoredLists;
  const prepared = known ? preparedFromKnowledge(context, plan, needsMeta, known) : await probeWorkbook(context, plan, features, needsMeta);
  const application = workbook.application;

  const originalCalculation = features.calculationMode ? prepared.hostState.calculationMode : undefined;
  const originalEvents = features.enableEvents ? prepared.hostState.enableEvents : undefined;
  const switchCalculation = originalCalculation !== undefined && originalCalculation !== 'Manual';
  const switchEvents = originalEvents === true;

  // ---- lists too long to be inline go to the meta sheet's columns B, C, … ----
  const metaExisting = prepared.meta;
  const metaColumns: unknown[][] = (prepared.metaRows ?? []).map((row) => [...row]);
  const storedLists = new Map<string, { col: number; write: boolean; list: readonly string[] }>();
  const taken = new Set<number>();
  const listSource: ListSource = (list) => {
    if (fitsInlineList(list)) return inlineListSource(list);
    const key = JSON.stringify(list);
    let placed = storedLists.get(key);
    if (!placed) {
      placed = { ...storedListColumn(metaColumns, list, taken), list };
      taken.add(placed.col);
      storedLists.set(key, placed);
    }
    return storedListReference(placed.col, list.length);
  };
  if (needsStoredLists) {
    for (const s of plan.sheets) for (const dv of s.dataValidations) if (listItems(dv.list).length > 0) listSource(listItems(dv.list));
  }
  const listsToWrite = [...storedLists.values()].filter((l) => l.write);

  // ---- the write work, in order ----
  const handles = prepared.handles;
  const work: Work[] = [];
  const created: string[] = [];
  plan.sheets.forEach((s, i) => {
    const handle = handles[i];
    if (handle && !handle.existed) {
      created.push(s.name);
      work.push({
        kind: 'step',
        cost: OP_BYTES + utf8Bytes(s.name),
        enqueue: () => {
          handle.sheet = workbook.worksheets.add(s.name);
        },
      });
    }
  });
  // The record: A1 of the meta sheet (what the plan leaves out kept from it), mirrored in the settings.
  const record = recordAfter(recordFromCells(metaColumns), plan);
  const json = record === undefined ? undefined : encodeRecord(record);
  const writesMeta = record !== undefined || listsToWrite.length > 0;
  if (writesMeta) {
    const listBytes = listsToWrite.reduce((n, l) => n + utf8Bytes(JSON.stringify(l.list)) * 2 + OP_BYTES * 3, 0);
    work.push({
      kind: 'step',
      cost: OP_BYTES * 8 + utf8Bytes(json ?? '') * 2 + listBytes,
      enqueue: () => {
        if (record && plan.ownedSheets !== undefined) workbook.settings.add(OWNED_SHEETS_SETTING, [...record.ownedSheets]);
        if (record && plan.settings !== undefined) workbook.settings.add(WORKBOOK_SETTINGS_SETTING, { ...record.settings });
        let meta = metaExisting;
        if (!meta) {
          meta = workbook.worksheets.add(META_SHEET_NAME);
          meta.visibility = 'VeryHidden' as Excel.SheetVisibility;
        }
        if (json !== undefined) {
          const a1 = meta.getRange('A1');
          a1.numberFormat = [['@']];
          a1.values = [[json]];
        }
        for (const stored of listsToWrite) {
          const column = meta.getRangeByIndexes(0, stored.col, stored.list.length, 1);
          column.numberFormat = stored.list.map(() => ['@']);
          column.values = stored.list.map((item) => [item]);
        }
      },
    });
  }
  plan.sheets.forEach((s, i) => {
    const handle = handles[i];
    if (handle) work.push(...sheetWork(s, handle, features, listSource));
  });
  if (plan.activate !== undefined) {
    const name = plan.activate;
    work.push({
      kind: 'step',
      cost: OP_BYTES * 2,
      enqueue: () => {
        const i = plan.sheets.findIndex((s) => s.name === name);
        const target = i >= 0 ? handles[i]?.sheet : prepared.otherToActivate();
        target?.activate();
      },
    });
  }

  const syncs = packWork(work, Math.max(1, maxRequestBytes - SWITCH_BYTES));
  let switched = false;
  try {
    for (let i = 0; i < syncs.length; i++) {
      const packed = syncs[i];
      if (!packed) continue;
      if (features.suspendScreenUpdating) application.suspendScreenUpdatingUntilNextSync();
      if (features.suspendApiCalculation) application.suspendApiCalculationUntilNextSync();
      if (i === 0) {
        if (switchCalculation) application.calculationMode = 'Manual' as Excel.CalculationMode;
        if (switchEvents) context.runtime.enableEvents = false;
        switched = switchCalculation || switchEvents;
      }
      for (const enqueue of packed.enqueues) enqueue();
      if (i === syncs.length - 1) {
        if (switchCalculation && originalCalculation !== undefined) application.calculationMode = originalCalculation;
        if (switchEvents) context.runtime.enableEvents = true;
      }
      await context.sync();
    }
    switched = false;
  } finally {
    if (switched) {
      // Best effort after a failure: never leave the user's Excel in manual calculation or without events.
      try {
        if (switchCalculation && originalCalculation !== undefined) application.calculationMode = originalCalculation;
        if (switchEvents) context.runtime.enableEvents = true;
        await context.sync();
      } catch {
        // The original error is the one to report; it is rethrown by the caller's catch.
      }
    }
  }
  return {
    writeSyncs: syncs.length,
    estimatedBytes: syncs.map((s) => s.bytes),
    probed: prepared.probed,
    created,
    metaCreated: writesMeta && !metaExisting,
    metaRows: writesMeta ? metaRowsAfter(metaColumns, json, listsToWrite) : prepared.metaRows,
    hostState: prepared.hostState,
  };
}

/** The meta sheet's values from A1 after writing the ownership cell and the stored lists. */
function metaRowsAfter(before: readonly (readonly unknown[])[], json: string | undefined, lists: readonly { col: number; list: readonly string[] }[]): unknown[][] {
  const rows = before.map((row) => [...row]);
  const put = (r: number, c: number, value: unknown): void => {
    while (rows.length <= r) rows.push([]);
    const row = rows[r] ?? [];
    while (row.length < c) row.push('');
    row[c] = value;
    rows[r] = row;
  };
  if (json !== undefined) put(0, 0, json);
  for (const stored of lists) stored.list.forEach((item, i) => put(i, stored.col, item));
  return rows;
}
