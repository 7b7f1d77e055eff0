/**
 * A small builder for one rectangular SheetPlan: cell values with their number formats, merges,
 * styled rectangles, widths and heights. Strings always carry the text format `@`, so nothing a user
 * typed (`=SUM(A1)`, `+86`, `-1`, `@x`, a leading tab or CR) can ever become a formula.
 *
 * Built for size: each row's values are one flat array, allocated once per row; rows that hold the
 * same number formats share one formats array (see FormatRow); styles are rectangles, one per block,
 * never one per cell.
 */
import type { CellRange } from '../grid';
import type { CellStyle, DataValidationList, FontSpec, PlanValue, SheetPlan, SheetRole, StyledRange } from './planTypes';
import { linesHeightPt, MAX_ROW_HEIGHT, wrappedHeightPt, wrappedLines, usableWidthPt } from '../text/measure';
import { PAGE_FOOTER, PAGE_MARGINS, orientationFor, paginate, type Orientation, type PageSetup, type RowBlock } from './pageSetup';

/** The number formats the plans use. */
export const FORMAT = {
  text: '@',
  general: 'General',
  fixed2: '0.00',
  percent2: '0.00%',
  amount: '#,##0.00',
  /** 万元 amounts on the form: 2 decimals, up to 4 where the amount has them (75.6441). */
  amount4: '0.00##',
  date: 'yyyy-mm-dd',
} as const;

/** Excel refuses cell text longer than this; longer strings are cut (a plan must always apply). */
export const MAX_CELL_TEXT = 32767;

/** The typeface of the output sheets' text (DOMAIN.md §5): 宋体, which every Chinese Office and WPS has. */
export const BODY_FONT: FontSpec = { name: '宋体', size: 10 };
/** The face of titles, set bold. */
export const TITLE_FONT_NAME = '黑体';

/** How each kind of sheet prints when its builder does not say: the form and the detail table landscape. */
const ROLE_ORIENTATION: Partial<Readonly<Record<SheetRole, Orientation>>> = {
  form: 'landscape',
  detail: 'landscape',
};

/** A 0-based inclusive rectangle. */
export function rect(top: number, left: number, bottom: number = top, right: number = left): CellRange {
  return { top, left, bottom, right };
}

/**
 * An estimated row height (points) for wrapped text in a column `widthChars` wide, counting hard line
 * breaks; `minHeight` when the text fits on one line. Lines are counted by the text measure of
 * src/domain/text/measure.ts at `fontSize`.
 */
export function estimateRowHeight(text: string, widthChars: number, minHeight = 18, fontSize: number = BODY_FONT.size): number {
  if (text === '') return minHeight;
  // Fast path (called for every cell of a table): text that fits one line even if every character
  // were wide, and has no line break, is one line.
  if (text.length * fontSize <= usableWidthPt(widthChars) && !hasLineBreak(text)) return minHeight;
  const lines = wrappedLines(text, usableWidthPt(widthChars), fontSize);
  if (lines <= 1) return minHeight;
  return Math.max(minHeight, linesHeightPt(lines, fontSize));
}

function hasLineBreak(text: string): boolean {
  return text.includes('\n') || text.includes('\r');
}

/**
 * Calls `visit(start, end, key)` for each maximal run of consecutive indexes 0..count-1 with the same
 * key (inclusive ends): styles and merges go per run, not per cell.
 */
export function forEachRun<K>(count: number, keyOf: (index: number) => K, visit: (start: number, end: number, key: K) => void): void {
  if (count <= 0) return;
  let start = 0;
  let key = keyOf(0);
  for (let i = 1; i < count; i++) {
    const next = keyOf(i);
    if (next !== key) {
      visit(start, i - 1, key);
      start = i;
      key = next;
    }
  }
  visit(start, count - 1, key);
}

/**
 * Control characters that no spreadsheet cell can hold (XML 1.0 forbids them in the file): they are
 * dropped from copied text. Tab, line feed and carriage return stay.
 */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS_ALL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Cuts text to MAX_CELL_TEXT without splitting a surrogate pair. */
function truncate(value: string): string {
  const last = value.charCodeAt(MAX_CELL_TEXT - 1);
  return value.slice(0, last >= 0xd800 && last <= 0xdbff ? MAX_CELL_TEXT - 1 : MAX_CELL_TEXT);
}

/** Text as a cell can hold it: control characters dropped, cut to MAX_CELL_TEXT; `` is a blank. */
function cellString(value: string): string | null {
  const clean = CONTROL_CHARS.test(value) ? value.replace(CONTROL_CHARS_ALL, '') : value;
  const text = clean.length > MAX_CELL_TEXT ? truncate(clean) : clean;
  return text === '' ? null : text;
}

/** What writeRow takes per cell: text, a number, or nothing. */
export type RowCell = string | number | null | undefined;

/** Light fills and colours shared by the output sheets (`#RRGGBB`). */
export const PALETTE = {
  header: '#DDEBF7',
  label: '#F2F2F2',
  error: '#FDE2E1',
  warning: '#FFF2CC',
  /** 部分达成 rows of the detail table: below full marks, lighter than unmet. */
  partial: '#FCE9DA',
  info: '#E8F1FB',
  ok: '#E2EFDA',
  muted: '#808080',
  tab: '#2F5597',
} as const;

/**
 * One row's number formats, shared copy-on-write: a 100k-row sheet repeats a handful of format
 * patterns, so rows that went through the same writes share one array (like hidden classes: writing
 * a format follows a transition to the row state that holds it, creating it once). The arrays are
 * never changed after they are made, so sharing them in the plan is safe.
 */
class FormatRow {
  /** Transitions by column, then by format. */
  private readonly next: (Map<string, FormatRow> | undefined)[] = [];
  /** The last transition taken: rows of a table are written the same way, so it is usually the next one. */
  private lastCol = -1;
  private lastFormat = '';
  private lastRow: FormatRow = this;

  constructor(readonly formats: readonly string[]) {}

  /** The row state with `format` at `col` (this one when it already holds it). */
  with(col: number, format: string): FormatRow {
    if (this.formats[col] === format) return this;
    if (col === this.lastCol && format === this.lastFormat) return this.lastRow;
    let byFormat = this.next[col];
    if (byFormat === undefined) {
      byFormat = new Map();
      this.next[col] = byFormat;
    }
    let row = byFormat.get(format);
    if (row === undefined) {
      const formats = this.formats.slice();
      formats[col] = format;
      row = new FormatRow(formats);
      byFormat.set(format, row);
    }
    this.lastCol = col;
    this.lastFormat = format;
    this.lastRow = row;
    return row;
  }
}

/** An array of `count` copies of `value`, packed (no holes), to copy rows from with `slice`. */
function filledRow<T>(count: number, value: T): T[] {
  const row: T[] = [];
  for (let i = 0; i < count; i++) row.push(value);
  return row;
}

export class SheetBuilder {
  private readonly values: PlanValue[][] = [];
  private readonly formatRows: FormatRow[] = [];
  /** A blank row of values: new rows are copies of it (cheaper than allocating and filling). */
  private readonly blankValues: readonly PlanValue[];
  /** The formats of a row nothing was written to: General everywhere. */
  private readonly blankFormats: FormatRow;
  /** writeRow's formats arrays and their FormatRow; the last one asked for (a table asks for one). */
  private readonly sharedRowFormats = new Map<readonly string[], FormatRow>();
  private lastRowFormats: readonly [readonly string[], FormatRow] | undefined;
  private readonly merges: CellRange[] = [];
  private readonly styles: StyledRange[] = [];
  private readonly widths: number[];
  private readonly heights = new Map<number, number>();
  private readonly validations: DataValidationList[] = [];
  private frozen: { readonly rows: number; readonly columns: number } | undefined;
  private tab: string | undefined;
  private sheetFont: FontSpec = BODY_FONT;
  private pageOptions: PageOptions = {};
  private readonly blocks: RowBlock[] = [];

  constructor(
    readonly role: SheetRole,
    readonly name: string,
    readonly columnCount: number,
  ) {
    if (!Number.isInteger(columnCount) || columnCount < 1) throw new Error(`Bad column count: ${columnCount}`);
    this.widths = new Array<number>(columnCount).fill(10);
    this.blankValues = filledRow<PlanValue>(columnCount, null);
    this.blankFormats = new FormatRow(filledRow<string>(columnCount, FORMAT.general));
  }

  /** Number of rows so far (the next free row index). */
  get rowCount(): number {
    return this.values.length;
  }

  /** Makes sure rows 0..count-1 exist. */
  ensureRows(count: number): this {
    while (this.values.length < count) {
      this.values.push(this.blankValues.slice());
      this.formatRows.push(this.blankFormats);
    }
    return this;
  }

  private setFormat(row: number, col: number, format: string): void {
    this.formatRows[row] = (this.formatRows[row] as FormatRow).with(col, format);
  }

  private checkCell(row: number, col: number): void {
    if (!Number.isInteger(row) || row < 0 || !Number.isInteger(col) || col < 0 || col >= this.columnCount) {
      throw new Error(`Cell out of the sheet: row ${row}, col ${col} (${this.columnCount} columns)`);
    }
  }

  private put(row: number, col: number, value: PlanValue, format: string): this {
    this.checkCell(row, col);
    if (row >= this.values.length) this.ensureRows(row + 1);
    (this.values[row] as PlanValue[])[col] = value;
    this.setFormat(row, col, format);
    return this;
  }

  /** Writes text, always with format `@`. An empty string leaves the cell blank (still `@`). */
  text(row: number, col: number, value: string): this {
    return this.put(row, col, cellString(value), FORMAT.text);
  }

  /**
   * Writes a whole row, replacing what it held: `cells[i]` with `formats[i]`, one of each per column.
   * The rules of text() and number() hold: strings only in `@` columns (cleaned and cut, `` blank),
   * numbers never in `@` columns; undefined, NaN and ±Infinity leave a blank with the column's format.
   *
   * For big tables (100k expense rows): one call per row instead of one per cell, and the builder
   * keeps `cells` as the row (the caller passes a fresh array literal and must not touch it again),
   * so no blank row is allocated and then filled; V8 can allocate such long-lived literals straight
   * in the old generation. Pass the same `formats` array for every row of a table: rows share it.
   */
  writeRow(row: number, cells: RowCell[], formats: readonly string[]): this {
    this.checkCell(row, 0);
    if (cells.length !== this.columnCount || formats.length !== this.columnCount) {
      throw new Error(`A row has ${this.columnCount} cells and formats: got ${cells.length} and ${formats.length}`);
    }
    for (let col = 0; col < cells.length; col++) {
      const value = cells[col];
      const format = formats[col];
      if (typeof value === 'string') {
        if (format !== FORMAT.text) throw new Error(`Text in a column formatted ${format}`);
        cells[col] = cellString(value);
      } else if (typeof value === 'number') {
        if (format === FORMAT.text) throw new Error('Numbers are never written with the text format');
        if (!Number.isFinite(value)) cells[col] = null;
      } else {
        cells[col] = null;
      }
    }
    if (row > this.values.length) this.ensureRows(row);
    this.values[row] = cells as PlanValue[];
    this.formatRows[row] = this.rowFormats(formats);
    return this;
  }

  /** The shared FormatRow of a formats array passed to writeRow (made once per array). */
  private rowFormats(formats: readonly string[]): FormatRow {
    if (formats === this.lastRowFormats?.[0]) return this.lastRowFormats[1];
    let shared = this.sharedRowFormats.get(formats);
    if (shared === undefined) {
      shared = new FormatRow(formats.slice());
      this.sharedRowFormats.set(formats, shared);
    }
    this.lastRowFormats = [formats, shared];
    return shared;
  }

  /**
   * Writes a number with the given format; `undefined`, NaN and ±Infinity leave the cell blank (with
   * the format, so a value typed later looks right).
   */
  number(row: number, col: number, value: number | undefined, format: string = FORMAT.general): this {
    if (format === FORMAT.text) throw new Error('Numbers are never written with the text format');
    return this.put(row, col, value !== undefined && Number.isFinite(value) ? value : null, format);
  }

  /** Writes any plan value: strings as text, numbers with `numberFormat`, booleans and blanks as General. */
  value(row: number, col: number, value: PlanValue | undefined, numberFormat: string = FORMAT.general): this {
    if (typeof value === 'string') return this.text(row, col, value);
    if (typeof value === 'number') return this.number(row, col, value, numberFormat);
    return this.put(row, col, value ?? null, value === null || value === undefined ? numberFormat : FORMAT.general);
  }

  /** Writes values left to right from `col` (strings as text, numbers with `numberFormat`). */
  cells(row: number, col: number, values: readonly (PlanValue | undefined)[], numberFormat: string = FORMAT.general): this {
    for (let i = 0; i < values.length; i++) this.value(row, col + i, values[i], numberFormat);
    return this;
  }

  /** Sets the format of a cell without a value (for the template's input cells). Not `@` for numbers. */
  format(row: number, col: number, format: string): this {
    this.checkCell(row, col);
    this.ensureRows(row + 1);
    const current = (this.values[row] as PlanValue[])[col];
    if (typeof current === 'string' && format !== FORMAT.text) throw new Error('Text cells keep the format @');
    this.setFormat(row, col, format);
    return this;
  }

  private checkRange(range: CellRange): void {
    this.checkCell(range.top, range.left);
    this.checkCell(range.bottom, range.right);
    if (range.bottom < range.top || range.right < range.left) throw new Error('Inverted range');
    this.ensureRows(range.bottom + 1);
  }

  /**
   * Merges a rectangle; a single cell is no merge. The value belongs in the top-left cell: the other
   * cells are cleared (as in a grid, where a merged area's value sits in its top-left cell only).
   */
  merge(top: number, left: number, bottom: number, right: number): this {
    if (top === bottom && left === right) return this;
    const range = rect(top, left, bottom, right);
    this.checkRange(range);
    this.merges.push(range);
    for (let r = top; r <= bottom; r++) {
      const values = this.values[r] as PlanValue[];
      for (let c = r === top ? left + 1 : left; c <= right; c++) values[c] = null;
    }
    return this;
  }

  /** Styles a rectangle; later styles override earlier ones. */
  style(top: number, left: number, bottom: number, right: number, style: CellStyle): this {
    const range = rect(top, left, bottom, right);
    this.checkRange(range);
    this.styles.push({ range, style });
    return this;
  }

  columnWidths(widths: readonly number[]): this {
    for (let i = 0; i < this.columnCount; i++) {
      const w = widths[i];
      if (w !== undefined) this.widths[i] = w;
    }
    return this;
  }

  rowHeight(row: number, height: number): this {
    this.checkCell(row, 0);
    this.ensureRows(row + 1);
    this.heights.set(row, Math.min(MAX_ROW_HEIGHT, height));
    return this;
  }

  freeze(rows: number, columns = 0): this {
    this.frozen = { rows, columns };
    return this;
  }

  /**
   * A drop-down list over a range. The range may reach below the rows written so far (the template
   * offers drop-downs on rows the user has yet to fill); it does not add rows.
   */
  validation(range: CellRange, list: readonly string[]): this {
    this.checkCell(range.top, range.left);
    this.checkCell(range.bottom, range.right);
    if (range.bottom < range.top || range.right < range.left) throw new Error('Inverted range');
    this.validations.push({ range, list: [...list] });
    return this;
  }

  tabColor(color: string): this {
    this.tab = color;
    return this;
  }

  /** The typeface and size of every written cell (BODY_FONT unless set). */
  font(font: FontSpec): this {
    this.sheetFont = font;
    return this;
  }

  /** Page setup beyond the default of the sheet's kind (orientation, print area, repeated rows). */
  page(options: PageOptions): this {
    this.pageOptions = { ...this.pageOptions, ...options };
    return this;
  }

  /** Rows (0-based, inclusive) that print on one page where they fit on one: a break goes above them rather than inside. */
  keepTogether(first: number, last: number): this {
    if (last > first) this.blocks.push({ first, last });
    return this;
  }

  /**
   * Row heights: the explicit ones, raised where a wrapped text needs more — every string in a
   * wrapped range, measured in its columns (all of a merged cell's) at its font size. A text merged
   * over several rows spreads what it lacks over them.
   */
  private fittedHeights(): Map<number, number> {
    const heights = new Map(this.heights);
    const wrapped = this.styles.filter((s) => s.style.wrap === true);
    if (wrapped.length === 0) return heights;
    const sized = this.styles.filter((s) => s.style.fontSize !== undefined);
    const sizeAt = (r: number, c: number): number => {
      let size = this.sheetFont.size;
      for (const { range, style } of sized) {
        if (r >= range.top && r <= range.bottom && c >= range.left && c <= range.right) size = style.fontSize ?? size;
      }
      return size;
    };
    const mergeAt = new Map<number, CellRange>();
    for (const m of this.merges) mergeAt.set(m.top * this.columnCount + m.left, m);
    const oneLine = linesHeightPt(1, this.sheetFont.size);
    const seen = new Set<number>();
    const tall: { range: CellRange; need: number }[] = [];
    for (const { range } of wrapped) {
      for (let r = range.top; r <= range.bottom; r++) {
        const values = this.values[r];
        if (!values) continue;
        for (let c = range.left; c <= range.right; c++) {
          const value = values[c];
          if (typeof value !== 'string') continue;
          const key = r * this.columnCount + c;
          if (seen.has(key)) continue;
          seen.add(key);
          const merge = mergeAt.get(key);
          let chars = 0;
          for (let col = c; col <= (merge?.right ?? c); col++) chars += this.widths[col] ?? 0;
          const size = sizeAt(r, c);
          // Fast path: one line even if every character were wide.
          if (value.length * size <= usableWidthPt(chars) && !hasLineBreak(value) && size <= this.sheetFont.size) continue;
          const need = wrappedHeightPt(value, chars, size);
          if (need <= oneLine && size <= this.sheetFont.size) continue;
          if (merge && merge.bottom > merge.top) tall.push({ range: merge, need });
          else heights.set(r, Math.max(heights.get(r) ?? 0, need));
        }
      }
    }
    for (const { range, need } of tall) {
      const rows = range.bottom - range.top + 1;
      let have = 0;
      for (let r = range.top; r <= range.bottom; r++) have += heights.get(r) ?? oneLine;
      if (have >= need) continue;
      const extra = Math.ceil(((need - have) / rows) * 4) / 4;
      for (let r = range.top; r <= range.bottom; r++) heights.set(r, Math.min(MAX_ROW_HEIGHT, (heights.get(r) ?? oneLine) + extra));
    }
    return heights;
  }

  private pageSetup(heights: ReadonlyMap<number, number>): PageSetup {
    const o = this.pageOptions;
    const orientation = o.orientation ?? ROLE_ORIENTATION[this.role] ?? orientationFor(this.widths);
    const printArea = o.printArea ?? rect(0, 0, Math.max(0, this.values.length - 1), this.columnCount - 1);
    const frozen = this.frozen && this.frozen.rows > 0 ? { first: 0, last: this.frozen.rows - 1 } : undefined;
    const titleRows = o.titleRows === null ? undefined : (o.titleRows ?? frozen);
    // Rows without a height of their own: one line of the sheet's font as a renderer lays it out.
    const single = linesHeightPt(1, this.sheetFont.size) - 3;
    const { rowBreaks, pages } = paginate({
      orientation,
      margins: PAGE_MARGINS,
      columnWidths: this.widths,
      heightOf: (row) => heights.get(row) ?? single,
      printArea,
      ...(titleRows ? { titleRows } : {}),
      keepTogether: this.blocks,
      ...(o.onePageMinScale !== undefined ? { onePageMinScale: o.onePageMinScale } : {}),
    });
    return {
      paper: 'A4',
      orientation,
      fitToWidth: 1,
      // One page tall when the rows fit on one (shrunk by at most ONE_PAGE_SLACK), else as many as they need.
      fitToHeight: pages === 1 ? 1 : 0,
      centerHorizontally: true,
      printGridlines: false,
      printArea,
      ...(titleRows ? { titleRows } : {}),
      footer: PAGE_FOOTER,
      rowBreaks,
      margins: PAGE_MARGINS,
    };
  }

  build(): SheetPlan {
    if (this.values.length === 0) this.ensureRows(1);
    const heights = this.fittedHeights();
    const rowHeights = [...heights.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([row, height]) => ({ row, height }));
    return {
      role: this.role,
      name: this.name,
      values: this.values,
      numberFormats: this.formatRows.map((r) => r.formats),
      merges: this.merges,
      styles: this.styles,
      columnWidths: this.widths,
      rowHeights,
      ...(this.frozen ? { freeze: this.frozen } : {}),
      dataValidations: this.validations,
      ...(this.tab !== undefined ? { tabColor: this.tab } : {}),
      font: this.sheetFont,
      pageSetup: this.pageSetup(heights),
    };
  }
}

/** What a sheet's builder may say about its page setup; the rest is the default of its kind. */
export interface PageOptions {
  readonly orientation?: Orientation;
  /** What prints when it is not the cells written (a chart below them). */
  readonly printArea?: CellRange;
  /** Rows repeated on every page: the frozen rows unless given; `null` for none. */
  readonly titleRows?: { readonly first: number; readonly last: number } | null;
  /** Print on one page (fitToHeight 1) while that keeps this scale or more; else a little over one page only. */
  readonly onePageMinScale?: number;
}
