/**
 * The work of writing one planned sheet, as queueable steps, each with what office.js will send
 * for it (requestEstimate.ts) next to what it queues, so the two cannot drift apart unnoticed
 * (test/realExcel/requestEstimate.test.ts compares them with the real client's requests).
 *
 * Order: reset an existing sheet (unmerge, clear, data validation, row heights, column widths,
 * freeze panes — never delete it), the font of the whole written area, number formats BEFORE
 * values (so `@` cells keep `=…` text), merges, styles, column widths, row heights, freeze panes,
 * data validation, tab colour. Every range is untracked (see `rangeAt`).
 */
import type { CellRange } from '../../domain/grid';
import type { CellStyle, PlanValue, SheetPlan, StyledRange } from '../../domain/output/planTypes';
import type { HostFeatures } from './capabilities';
import { columnWidthPoints, type OutputFont } from './outputFont';
import { pageLayoutWork } from './pageLayoutWork';
import { chunkRows, RequestEstimate, SHEET_PATH, type PathRef } from './requestEstimate';
import type { Work } from './syncPacker';
import type { SheetHandle } from './prepareApply';
import { utf8Bytes } from './utf8Bytes';


/** Data validation list source: the items inline (`a,b,c`) or a reference to a list stored in the meta sheet. */
export type ListSource = (list: readonly string[]) => string;

const BORDER_EDGES: readonly Excel.BorderIndex[] = [
  'EdgeTop' as Excel.BorderIndex,
  'EdgeBottom' as Excel.BorderIndex,
  'EdgeLeft' as Excel.BorderIndex,
  'EdgeRight' as Excel.BorderIndex,
];

const H_ALIGN: Readonly<Record<NonNullable<CellStyle['hAlign']>, string>> = { left: 'Left', center: 'Center', right: 'Right' };
const V_ALIGN: Readonly<Record<NonNullable<CellStyle['vAlign']>, string>> = { top: 'Top', middle: 'Center', bottom: 'Bottom' };

/**
 * A range to write to, untracked: office.js would otherwise keep every range it creates in a run
 * (a `_KeepReference` action each, and one `_RemoveReference` each in a release request after the
 * run — for a large plan a request of its own larger than 5 MB). A write's ranges are used in the
 * sync that creates them only.
 */
export function rangeAt(sheet: Excel.Worksheet, top: number, left: number, rows: number, columns: number): Excel.Range {
  return sheet.getRangeByIndexes(top, left, rows, columns).untrack();
}

function rangeOf(sheet: Excel.Worksheet, r: CellRange): Excel.Range {
  return rangeAt(sheet, r.top, r.left, r.bottom - r.top + 1, r.right - r.left + 1);
}

function estimatedRange(e: RequestEstimate, r: CellRange): { ref: PathRef; bytes: number } {
  return e.range(r.top, r.left, r.bottom - r.top + 1, r.right - r.left + 1);
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
  /** UTF-8 bytes of each row's JSON, values and number formats apart. */
  readonly valueBytes: number[];
  readonly formatBytes: number[];
}

function prepareRows(plan: SheetPlan): SheetRows {
  const width = plan.values.reduce((w, row) => Math.max(w, row.length), 0);
  const rows: SheetRows = { values: [], formats: [], valueBytes: [], formatBytes: [] };
  plan.values.forEach((row, r) => {
    const vRow: (string | number | boolean)[] = [];
    const fRow: string[] = [];
    for (let c = 0; c < width; c++) {
      const v = row[c];
      vRow.push(cellInput(v));
      fRow.push(cellFormat(v, plan.numberFormats[r]?.[c]));
    }
    rows.values.push(vRow);
    rows.formats.push(fRow);
    rows.valueBytes.push(utf8Bytes(JSON.stringify(vRow)));
    rows.formatBytes.push(utf8Bytes(JSON.stringify(fRow)));
  });
  return rows;
}

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

function borderEdges(s: CellRange): Excel.BorderIndex[] {
  const edges: Excel.BorderIndex[] = [...BORDER_EDGES];
  if (s.bottom > s.top) edges.push('InsideHorizontal' as Excel.BorderIndex);
  if (s.right > s.left) edges.push('InsideVertical' as Excel.BorderIndex);
  return edges;
}

function applyStyle(range: Excel.Range, s: CellRange, style: CellStyle): void {
  const format = range.format;
  if (style.fontName !== undefined) format.font.name = style.fontName;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  if (style.fontColor !== undefined) format.font.color = style.fontColor;
  if (style.fill !== undefined) format.fill.color = style.fill;
  if (style.hAlign !== undefined) format.horizontalAlignment = H_ALIGN[style.hAlign] as Excel.HorizontalAlignment;
  if (style.vAlign !== undefined) format.verticalAlignment = V_ALIGN[style.vAlign] as Excel.VerticalAlignment;
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.border) {
    for (const edge of borderEdges(s)) {
      const border = format.borders.getItem(edge);
      border.style = 'Continuous' as Excel.BorderLineStyle;
      border.weight = 'Thin' as Excel.BorderWeight;
      border.color = '#000000';
    }
  }
}

/** What `applyStyle` sends, priced the same way. */
function styleCost(e: RequestEstimate, s: CellRange, style: CellStyle): number {
  const range = estimatedRange(e, s);
  const format = e.property(range.ref, 'Format');
  let bytes = range.bytes + format.bytes;
  const fontProps: [keyof CellStyle, string][] = [
    ['fontName', 'Name'],
    ['bold', 'Bold'],
    ['italic', 'Italic'],
    ['fontSize', 'Size'],
    ['fontColor', 'Color'],
  ];
  const fontSets = fontProps.filter(([key]) => style[key] !== undefined);
  if (fontSets.length > 0) {
    const font = e.property(format.ref, 'Font');
    bytes += font.bytes;
    for (const [key, name] of fontSets) bytes += e.set(font.ref, name, style[key]);
  }
  if (style.fill !== undefined) {
    const fill = e.property(format.ref, 'Fill');
    bytes += fill.bytes + e.set(fill.ref, 'Color', style.fill);
  }
  if (style.hAlign !== undefined) bytes += e.set(format.ref, 'HorizontalAlignment', H_ALIGN[style.hAlign]);
  if (style.vAlign !== undefined) bytes += e.set(format.ref, 'VerticalAlignment', V_ALIGN[style.vAlign]);
  if (style.wrap !== undefined) bytes += e.set(format.ref, 'WrapText', style.wrap);
  if (style.border) {
    const borders = e.property(format.ref, 'Borders');
    bytes += borders.bytes;
    for (const edge of borderEdges(s)) {
      const item = e.indexer(borders.ref, edge);
      bytes += item.bytes + e.set(item.ref, 'Style', 'Continuous') + e.set(item.ref, 'Weight', 'Thin') + e.set(item.ref, 'Color', '#000000');
    }
  }
  return bytes;
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

export function listItems(list: readonly string[]): string[] {
  return list.filter((item) => item !== '');
}

/** The rectangle a sheet's plan writes into (values, styles, merges, widths), for its font. */
function writtenArea(plan: SheetPlan, width: number): { rows: number; columns: number } {
  let rows = plan.values.length;
  let columns = Math.max(width, plan.columnWidths.length);
  for (const r of [...plan.styles.map((s) => s.range), ...plan.merges]) {
    rows = Math.max(rows, r.bottom + 1);
    columns = Math.max(columns, r.right + 1);
  }
  return { rows, columns };
}

/** A step: what it queues and what office.js will send for it. */
function step(cost: (e: RequestEstimate) => number, enqueue: () => void): Work {
  return { kind: 'step', cost, enqueue };
}

/**
 * The work of writing `plan` into `handle`'s sheet; `font` is the font set on the written area (the
 * plan's, 宋体 on the output sheets, unless the caller says otherwise).
 */
export function sheetWork(plan: SheetPlan, handle: SheetHandle, features: HostFeatures, listSource: ListSource, font: OutputFont = plan.font): Work[] {
  const work: Work[] = [];
  const ws = (): Excel.Worksheet => {
    if (!handle.sheet) throw new Error(`applyPlan: sheet '${plan.name}' used before it was added`);
    return handle.sheet;
  };
  if (handle.existed) {
    const clearTab = plan.tabColor === undefined;
    work.push(
      step(
        (e) => {
          const all = e.sheetRange();
          const format = e.property(all.ref, 'Format');
          const panes = e.sheetProperty('FreezePanes');
          let bytes = all.bytes + e.call(all.ref, 'Unmerge') + e.call(all.ref, 'Clear', ['All']) + format.bytes;
          if (features.dataValidation) {
            const dv = e.property(all.ref, 'DataValidation');
            bytes += dv.bytes + e.call(dv.ref, 'Clear');
          }
          bytes += e.set(format.ref, 'UseStandardHeight', true) + e.set(format.ref, 'UseStandardWidth', true) + panes.bytes + e.call(panes.ref, 'Unfreeze');
          return clearTab ? bytes + e.set(SHEET_PATH, 'TabColor', '') : bytes;
        },
        () => {
          const all = ws().getRange().untrack();
          all.unmerge();
          all.clear('All' as Excel.ClearApplyTo);
          if (features.dataValidation) all.dataValidation.clear();
          all.format.useStandardHeight = true;
          all.format.useStandardWidth = true;
          ws().freezePanes.unfreeze();
          if (clearTab) ws().tabColor = '';
        },
      ),
    );
  }
  const rows = prepareRows(plan);
  const width = rows.values[0]?.length ?? 0;
  const area = writtenArea(plan, width);
  if (area.rows > 0 && area.columns > 0) {
    // The font the widths are computed for, set explicitly (styles may change its size or weight).
    work.push(
      step(
        (e) => {
          const range = e.range(0, 0, area.rows, area.columns);
          const format = e.property(range.ref, 'Format');
          const fontPath = e.property(format.ref, 'Font');
          return range.bytes + format.bytes + fontPath.bytes + e.set(fontPath.ref, 'Name', font.name) + e.set(fontPath.ref, 'Size', font.size);
        },
        () => {
          const target = rangeAt(ws(), 0, 0, area.rows, area.columns).format.font;
          target.name = font.name;
          target.size = font.size;
        },
      ),
    );
  }
  if (width > 0) {
    const per = chunkRows(width);
    // Per row for packing: both arrays, plus its share of the chunks' paths (three per chunk and property).
    const rowBytes = rows.valueBytes.map((v, i) => v + (rows.formatBytes[i] ?? 0) + 2 + 2000 / per);
    work.push({
      kind: 'rows',
      rowBytes,
      bandCost: (e, start, end) => {
        const range = e.range(start, 0, end - start, width);
        return (
          range.bytes +
          e.bulkSet(range.ref, 'NumberFormat', end - start, width, (i) => rows.formatBytes[i] ?? 0, start) +
          e.bulkSet(range.ref, 'Values', end - start, width, (i) => rows.valueBytes[i] ?? 0, start)
        );
      },
      enqueueBand: (start, end) => {
        const range = rangeAt(ws(), start, 0, end - start, width);
        // Number formats first: a value written into a `@` cell stays text.
        range.numberFormat = rows.formats.slice(start, end);
        range.values = rows.values.slice(start, end);
      },
    });
  }
  for (const merge of plan.merges) {
    if (merge.top === merge.bottom && merge.left === merge.right) continue;
    work.push(
      step(
        (e) => {
          const range = estimatedRange(e, merge);
          return range.bytes + e.call(range.ref, 'Merge', [false]);
        },
        () => rangeOf(ws(), merge).merge(false),
      ),
    );
  }
  for (const styled of coalesceStyles(plan.styles)) {
    work.push(step((e) => styleCost(e, styled.range, styled.style), () => applyStyle(rangeOf(ws(), styled.range), styled.range, styled.style)));
  }
  for (const run of runsOf(plan.columnWidths.map((value, index) => ({ index, value })))) {
    const points = columnWidthPoints(run.value, font);
    work.push(
      step(
        (e) => {
          const range = e.range(0, run.start, 1, run.count);
          const format = e.property(range.ref, 'Format');
          return range.bytes + format.bytes + e.set(format.ref, 'ColumnWidth', points);
        },
        () => {
          rangeAt(ws(), 0, run.start, 1, run.count).format.columnWidth = points;
        },
      ),
    );
  }
  for (const run of runsOf(plan.rowHeights.map((h) => ({ index: h.row, value: h.height })))) {
    work.push(
      step(
        (e) => {
          const range = e.range(run.start, 0, run.count, 1);
          const format = e.property(range.ref, 'Format');
          return range.bytes + format.bytes + e.set(format.ref, 'RowHeight', run.value);
        },
        () => {
          rangeAt(ws(), run.start, 0, run.count, 1).format.rowHeight = run.value;
        },
      ),
    );
  }
  const freeze = plan.freeze;
  if (freeze && (freeze.rows > 0 || freeze.columns > 0)) {
    work.push(
      step(
        (e) => {
          const panes = e.sheetProperty('FreezePanes');
          if (freeze.rows > 0 && freeze.columns > 0) {
            const range = e.range(0, 0, freeze.rows, freeze.columns);
            // The range is an argument: its id, and again among the referenced ids.
            return panes.bytes + range.bytes + e.call(panes.ref, 'FreezeAt', [range.ref.id]) + 30;
          }
          return panes.bytes + e.call(panes.ref, freeze.rows > 0 ? 'FreezeRows' : 'FreezeColumns', [freeze.rows > 0 ? freeze.rows : freeze.columns]);
        },
        () => {
          const panes = ws().freezePanes;
          if (freeze.rows > 0 && freeze.columns > 0) panes.freezeAt(rangeAt(ws(), 0, 0, freeze.rows, freeze.columns));
          else if (freeze.rows > 0) panes.freezeRows(freeze.rows);
          else panes.freezeColumns(freeze.columns);
        },
      ),
    );
  }
  if (features.dataValidation) {
    for (const dv of plan.dataValidations) {
      const items = listItems(dv.list);
      if (items.length === 0) continue;
      const source = listSource(items);
      const rule = { list: { inCellDropDown: true, source } };
      work.push(
        step(
          (e) => {
            const range = estimatedRange(e, dv.range);
            const validation = e.property(range.ref, 'DataValidation');
            return range.bytes + validation.bytes + e.set(validation.ref, 'Rule', rule);
          },
          () => {
            rangeOf(ws(), dv.range).dataValidation.rule = rule;
          },
        ),
      );
    }
  }
  if (plan.tabColor !== undefined) {
    const color = plan.tabColor;
    work.push(
      step(
        (e) => e.set(SHEET_PATH, 'TabColor', color),
        () => {
          ws().tabColor = color;
        },
      ),
    );
  }
  // How it prints: the same page setup the .xlsx writers write (ExcelApi 1.9).
  if (features.pageLayout) work.push(pageLayoutWork(plan.pageSetup, ws, handle.existed));
  return work;
}
