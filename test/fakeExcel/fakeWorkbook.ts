/**
 * The in-memory workbook behind the fake Excel: sheets of sparse cells (values, number formats,
 * formats), merges, column widths, row heights, freeze panes, data validation, tab colours, settings.
 * Plain TypeScript (no Node APIs): it is bundled into the browser test shim too.
 *
 * It behaves like Excel where that matters to the office host:
 * - writing a string into a cell whose number format is not `@` converts it like typing would:
 *   `=…` (and `+x`/`-x` that are not numbers) becomes a FORMULA (evaluated here as `#NAME?`),
 *   `12` becomes a number, `95%` becomes 0.95; with `@` it stays text;
 * - `null` in a values/numberFormat array leaves the cell unchanged (Office.js semantics);
 * - `clear()` does NOT unmerge (the host must unmerge explicitly); merging over part of an existing
 *   merged area fails with `InvalidOperation`;
 * - a small calculation model: a user's formula that refers to one cell (`=绩效自评表!H30`, set with
 *   `setReferenceFormula`) is recalculated after a request that changed something, unless
 *   calculation is Manual or the request called `suspendApiCalculationUntilNextSync` — then it
 *   stays stale (`dirty`) until `application.calculate()`: "Once set, it is the developer's
 *   responsibility to re-calc the workbook, to ensure that any dependencies are propagated"
 *   (learn.microsoft.com Excel.Application.suspendApiCalculationUntilNextSync);
 * - the calculation mode belongs to the application, shared by every workbook open in it (on
 *   desktop it is application-wide), and can be told to report AutomaticExceptTables as Automatic
 *   as Excel did (office-js#2770).
 */
import { FakeExcelError, invalidArgument } from './fakeErrors';

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;
/** Excel's default column width (8.43 characters) in points, and the default row height. */
export const STANDARD_COLUMN_WIDTH = 48;
export const STANDARD_ROW_HEIGHT = 15;
/** Guard against accidental whole-sheet cell loops in the fake. */
const MAX_CELLS_PER_OPERATION = 5_000_000;

export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export type FakeBorderEdge = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight';
export const BORDER_EDGES: readonly FakeBorderEdge[] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'];

export interface FakeBorder {
  style: string;
  color: string;
  weight: string;
}

export interface FakeCellFormat {
  fontName?: string;
  bold?: boolean;
  italic?: boolean;
  size?: number;
  color?: string;
  fill?: string;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  borders?: Partial<Record<FakeBorderEdge, FakeBorder>>;
}

export interface FakeCell {
  /** null: empty. For error cells, the error text (`#N/A`). */
  value: string | number | boolean | null;
  error?: boolean;
  /** Set when a string was entered as a formula. */
  formula?: string;
  /** A user's formula referring to one cell, recalculated by the calculation model. */
  reference?: { readonly sheet: string; readonly row: number; readonly col: number };
  numberFormat?: string;
  format?: FakeCellFormat;
}

/** A read-only view of one cell for assertions. */
export interface CellView {
  /** `''` for an empty cell, like Excel's `values`. */
  readonly value: string | number | boolean;
  readonly valueType: 'Empty' | 'String' | 'Double' | 'Boolean' | 'Error';
  readonly formula?: string;
  readonly numberFormat: string;
  readonly format: Readonly<FakeCellFormat>;
}

export interface FakeDataValidation {
  readonly range: Rect;
  /** The rule's source as set (`a,b,c` or `=Sheet!$B$1:$B$3`). */
  readonly source: string;
  /** The items the drop-down offers (a reference resolved when the rule was set). */
  readonly list: readonly string[];
  readonly inCellDropDown: boolean;
}

export type FakeVisibility = 'Visible' | 'Hidden' | 'VeryHidden';

let nextSheetId = 1;

/** A sheet's page layout as set through `Worksheet.pageLayout` (unset fields: Excel's defaults). */
export interface FakePageState {
  paperSize?: string;
  orientation?: string;
  zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  centerHorizontally?: boolean;
  printGridlines?: boolean;
  /** Points. */
  margins?: { left?: number; right?: number; top?: number; bottom?: number; header?: number; footer?: number };
  printArea?: string;
  printTitleRows?: string;
  centerFooter?: string;
  /** Rows (0-based) with a manual page break above them. */
  rowBreaks: number[];
}

export class FakeSheet {
  readonly id: string;
  name: string;
  visibility: FakeVisibility = 'Visible';
  tabColor = '';
  /** row → column → cell; sparse. */
  readonly rows = new Map<number, Map<number, FakeCell>>();
  merges: Rect[] = [];
  /** Points, for columns whose width was set. */
  readonly columnWidths = new Map<number, number>();
  /** Points, for rows whose height was set. */
  readonly rowHeights = new Map<number, number>();
  freeze: { rows: number; columns: number } | null = null;
  dataValidations: FakeDataValidation[] = [];
  /** How the sheet prints (`Worksheet.pageLayout`, `horizontalPageBreaks`; ExcelApi 1.9). */
  page: FakePageState = { rowBreaks: [] };

  constructor(name: string) {
    this.id = `{fake-sheet-${nextSheetId++}}`;
    this.name = name;
  }

  getCell(row: number, col: number): FakeCell | undefined {
    return this.rows.get(row)?.get(col);
  }

  cellForWrite(row: number, col: number): FakeCell {
    let r = this.rows.get(row);
    if (!r) {
      r = new Map();
      this.rows.set(row, r);
    }
    let cell = r.get(col);
    if (!cell) {
      cell = { value: null };
      r.set(col, cell);
    }
    return cell;
  }

  /** Visits existing cells inside a rectangle (sparse: cost is the number of stored cells or the area, whichever is smaller). */
  forEachStoredCell(rect: Rect, visit: (cell: FakeCell, row: number, col: number) => void): void {
    const area = (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);
    if (area <= this.storedCellCount()) {
      for (let r = rect.top; r <= rect.bottom; r++) {
        const row = this.rows.get(r);
        if (!row) continue;
        for (let c = rect.left; c <= rect.right; c++) {
          const cell = row.get(c);
          if (cell) visit(cell, r, c);
        }
      }
      return;
    }
    for (const [r, row] of this.rows) {
      if (r < rect.top || r > rect.bottom) continue;
      for (const [c, cell] of row) if (c >= rect.left && c <= rect.right) visit(cell, r, c);
    }
  }

  /** Visits every cell of a rectangle, creating it (for writes). */
  forEachCellForWrite(rect: Rect, visit: (cell: FakeCell, row: number, col: number) => void): void {
    assertWritableArea(rect);
    for (let r = rect.top; r <= rect.bottom; r++) {
      for (let c = rect.left; c <= rect.right; c++) visit(this.cellForWrite(r, c), r, c);
    }
  }

  storedCellCount(): number {
    let n = 0;
    for (const row of this.rows.values()) n += row.size;
    return n;
  }

  /** Excel's used range: cells with a value (valuesOnly) or with any content or format. */
  usedRange(valuesOnly: boolean): Rect | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [r, row] of this.rows) {
      for (const [c, cell] of row) {
        const used = valuesOnly ? cell.value !== null : cell.value !== null || isFormatted(cell);
        if (!used) continue;
        if (r < top) top = r;
        if (r > bottom) bottom = r;
        if (c < left) left = c;
        if (c > right) right = c;
      }
    }
    if (!valuesOnly) {
      for (const m of this.merges) {
        top = Math.min(top, m.top);
        left = Math.min(left, m.left);
        bottom = Math.max(bottom, m.bottom);
        right = Math.max(right, m.right);
      }
    }
    return bottom < 0 ? null : { top, left, bottom, right };
  }

  // ---- values -------------------------------------------------------------------------------

  /** Writes one value the way Excel's `range.values` setter does. `null`/`undefined` leave the cell unchanged. */
  writeValue(row: number, col: number, input: unknown): void {
    if (input === null || input === undefined) return;
    const cell = this.cellForWrite(row, col);
    delete cell.formula;
    delete cell.error;
    delete cell.reference;
    if (typeof input === 'number') {
      if (!Number.isFinite(input)) throw invalidArgument('The argument is invalid or missing or has an incorrect format.', 'Range.values');
      cell.value = input;
      return;
    }
    if (typeof input === 'boolean') {
      cell.value = input;
      return;
    }
    if (typeof input !== 'string') throw invalidArgument('The argument is invalid or missing or has an incorrect format.', 'Range.values');
    if (input === '') {
      cell.value = null;
      return;
    }
    const format = cell.numberFormat ?? 'General';
    if (format === '@') {
      cell.value = input;
      return;
    }
    const num = parseTypedNumber(input);
    if (input.startsWith('=') || ((input.startsWith('+') || input.startsWith('-')) && num === undefined && input.length > 1)) {
      // Excel would evaluate it; the fake has no formula engine, so it shows what broken text-as-formula shows.
      cell.formula = input;
      cell.value = '#NAME?';
      cell.error = true;
      return;
    }
    if (num !== undefined) {
      cell.value = num.value;
      if (num.percent && format === 'General') cell.numberFormat = '0%';
      return;
    }
    const upper = input.toUpperCase();
    if (upper === 'TRUE' || upper === 'FALSE') {
      cell.value = upper === 'TRUE';
      return;
    }
    cell.value = input;
  }

  /**
   * A user's formula such as `=绩效自评表!H30` or `=H30` (one cell, same sheet when unqualified),
   * evaluated whenever the calculation model recalculates (`FakeWorkbook.calculate`).
   */
  setReferenceFormula(row: number, col: number, formula: string): void {
    const m = /^=(?:'((?:[^']|'')+)'!|([^!'=]+)!)?\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(formula);
    if (!m || m[3] === undefined || m[4] === undefined) throw invalidArgument(`The fake evaluates one-cell references only, not '${formula}'.`);
    const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? this.name);
    const cell = this.cellForWrite(row, col);
    cell.formula = formula;
    cell.reference = { sheet, row: Number(m[4]) - 1, col: columnNumber(m[3]) };
  }

  /** Stores an error value such as `#N/A` (used when building a fake from a snapshot). */
  writeError(row: number, col: number, error: string): void {
    const cell = this.cellForWrite(row, col);
    cell.value = error;
    cell.error = true;
    delete cell.formula;
  }

  writeNumberFormat(row: number, col: number, input: unknown): void {
    if (input === null || input === undefined) return;
    if (typeof input !== 'string') throw invalidArgument('A number format must be a string.', 'Range.numberFormat');
    const cell = this.cellForWrite(row, col);
    if (input === 'General') delete cell.numberFormat;
    else cell.numberFormat = input;
  }

  view(row: number, col: number): CellView {
    const cell = this.getCell(row, col);
    const value = cell?.value ?? '';
    const valueType: CellView['valueType'] = cell?.error
      ? 'Error'
      : value === ''
        ? 'Empty'
        : typeof value === 'number'
          ? 'Double'
          : typeof value === 'boolean'
            ? 'Boolean'
            : 'String';
    return {
      value,
      valueType,
      ...(cell?.formula !== undefined ? { formula: cell.formula } : {}),
      numberFormat: cell?.numberFormat ?? 'General',
      format: cell?.format ?? {},
    };
  }

  // ---- clearing -----------------------------------------------------------------------------

  clear(rect: Rect, applyTo: string): void {
    const contents = applyTo === 'All' || applyTo === 'Contents';
    const formats = applyTo === 'All' || applyTo === 'Formats';
    const doomed: [number, number][] = [];
    this.forEachStoredCell(rect, (cell, r, c) => {
      if (contents) {
        cell.value = null;
        delete cell.formula;
        delete cell.error;
      }
      if (formats) {
        delete cell.numberFormat;
        delete cell.format;
      }
      if (cell.value === null && !isFormatted(cell)) doomed.push([r, c]);
    });
    for (const [r, c] of doomed) {
      const row = this.rows.get(r);
      row?.delete(c);
      if (row && row.size === 0) this.rows.delete(r);
    }
  }

  // ---- merges -------------------------------------------------------------------------------

  merge(rect: Rect, across: boolean): void {
    const areas: Rect[] = across
      ? Array.from({ length: rect.bottom - rect.top + 1 }, (_, i) => ({ top: rect.top + i, left: rect.left, bottom: rect.top + i, right: rect.right }))
      : [rect];
    for (const area of areas) {
      if (area.top === area.bottom && area.left === area.right) continue;
      const kept: Rect[] = [];
      for (const m of this.merges) {
        if (!intersects(m, area)) kept.push(m);
        else if (!contains(area, m)) {
          throw new FakeExcelError('InvalidOperation', 'Cannot merge a range that overlaps part of an existing merged area.', 'Range.merge');
        }
      }
      kept.push(area);
      this.merges = kept;
      // Excel keeps the top-left value only.
      this.forEachStoredCell(area, (cell, r, c) => {
        if (r === area.top && c === area.left) return;
        cell.value = null;
        delete cell.formula;
        delete cell.error;
      });
    }
  }

  unmerge(rect: Rect): void {
    this.merges = this.merges.filter((m) => !intersects(m, rect));
  }

  mergesIn(rect: Rect): Rect[] {
    return this.merges.filter((m) => intersects(m, rect));
  }

  // ---- formats ------------------------------------------------------------------------------

  setFormat(rect: Rect, apply: (format: FakeCellFormat, row: number, col: number) => void): void {
    this.forEachCellForWrite(rect, (cell, r, c) => {
      cell.format ??= {};
      apply(cell.format, r, c);
    });
  }

  /** The uniform value of a format property over a rectangle, or null when cells differ (Excel's behaviour). */
  readFormat<T>(rect: Rect, read: (format: FakeCellFormat) => T): T | null {
    assertWritableArea(rect);
    let first = true;
    let result: T | null = null;
    for (let r = rect.top; r <= rect.bottom; r++) {
      for (let c = rect.left; c <= rect.right; c++) {
        const v = read(this.getCell(r, c)?.format ?? {});
        if (first) {
          result = v;
          first = false;
        } else if (v !== result) return null;
      }
    }
    return result;
  }

  setBorder(rect: Rect, edge: string, apply: (border: FakeBorder) => void): void {
    const touch = (r: number, c: number, e: FakeBorderEdge): void => {
      const cell = this.cellForWrite(r, c);
      cell.format ??= {};
      cell.format.borders ??= {};
      const border = (cell.format.borders[e] ??= { style: 'None', color: '#000000', weight: 'Thin' });
      apply(border);
    };
    assertWritableArea(rect);
    for (let r = rect.top; r <= rect.bottom; r++) {
      for (let c = rect.left; c <= rect.right; c++) {
        switch (edge) {
          case 'EdgeTop':
            if (r === rect.top) touch(r, c, 'EdgeTop');
            break;
          case 'EdgeBottom':
            if (r === rect.bottom) touch(r, c, 'EdgeBottom');
            break;
          case 'EdgeLeft':
            if (c === rect.left) touch(r, c, 'EdgeLeft');
            break;
          case 'EdgeRight':
            if (c === rect.right) touch(r, c, 'EdgeRight');
            break;
          case 'InsideHorizontal':
            if (r > rect.top) touch(r, c, 'EdgeTop');
            if (r < rect.bottom) touch(r, c, 'EdgeBottom');
            break;
          case 'InsideVertical':
            if (c > rect.left) touch(r, c, 'EdgeLeft');
            if (c < rect.right) touch(r, c, 'EdgeRight');
            break;
          case 'DiagonalDown':
          case 'DiagonalUp':
            break;
          default:
            throw invalidArgument(`Unknown border index '${edge}'.`, 'RangeBorderCollection.getItem');
        }
      }
    }
  }

  columnWidth(col: number): number {
    return this.columnWidths.get(col) ?? STANDARD_COLUMN_WIDTH;
  }

  rowHeight(row: number): number {
    return this.rowHeights.get(row) ?? STANDARD_ROW_HEIGHT;
  }
}

export type FakeCalculationMode = 'Automatic' | 'AutomaticExceptTables' | 'Manual';

/** The Excel application a workbook is open in: its calculation mode is shared by all its workbooks. */
export class FakeApplicationState {
  calculationMode: FakeCalculationMode = 'Automatic';
  /** Report AutomaticExceptTables as Automatic, as Excel did (office-js#2770). */
  misreportAutomaticExceptTables = false;
  /** Every mode set through the API, in order (for assertions). */
  readonly modeChanges: FakeCalculationMode[] = [];

  reportedCalculationMode(): FakeCalculationMode {
    return this.misreportAutomaticExceptTables && this.calculationMode === 'AutomaticExceptTables' ? 'Automatic' : this.calculationMode;
  }

  setCalculationMode(mode: FakeCalculationMode): void {
    this.calculationMode = mode;
    this.modeChanges.push(mode);
  }
}

export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  readonly settings = new Map<string, unknown>();
  activeSheetId: string | undefined;
  selection: { sheetId: string; rect: Rect } | undefined;
  enableEvents = true;
  /** How many syncs ran with screen updating suspended (for assertions). */
  screenUpdatingSuspendedSyncs = 0;
  /** Set by `suspendApiCalculationUntilNextSync` for the rest of the request. */
  apiCalculationSuspended = false;
  /** True while some formula has not been recalculated since a change (see the file comment). */
  dirty = false;
  private changedInRequest = false;

  constructor(readonly application: FakeApplicationState = new FakeApplicationState()) {}

  /** The application's calculation mode (shared with every workbook of the application). */
  get calculationMode(): FakeCalculationMode {
    return this.application.calculationMode;
  }

  set calculationMode(mode: FakeCalculationMode) {
    this.application.calculationMode = mode;
  }

  /** A request starts (fake Excel's sync). */
  beginRequest(): void {
    this.changedInRequest = false;
    this.apiCalculationSuspended = false;
  }

  /** Something in the workbook changed during this request. */
  noteChange(): void {
    this.changedInRequest = true;
  }

  /** A request ended: recalculate, or leave the formulas dirty (suspended, or Manual). */
  endRequest(): void {
    if (this.changedInRequest) {
      if (this.calculationMode !== 'Manual' && !this.apiCalculationSuspended) this.calculate();
      else this.dirty = true;
    }
    this.changedInRequest = false;
    this.apiCalculationSuspended = false;
  }

  /** Recalculates every user formula (`application.calculate`). */
  calculate(): void {
    for (const sheet of this.sheets) {
      for (const row of sheet.rows.values()) {
        for (const cell of row.values()) {
          if (!cell.reference) continue;
          const source = this.findSheet(cell.reference.sheet);
          const target = source?.getCell(cell.reference.row, cell.reference.col);
          cell.value = source ? (target?.value ?? 0) : '#REF!';
          cell.error = source === undefined || target?.error === true;
        }
      }
    }
    this.dirty = false;
  }

  /** Adds a sheet at the end (tests and snapshot loading; the Office.js path goes through `worksheets.add`). */
  addSheet(name: string): FakeSheet {
    if (this.findSheet(name)) throw new FakeExcelError('ItemAlreadyExists', `A sheet named '${name}' already exists.`, 'WorksheetCollection.add');
    if (!isValidSheetName(name)) throw invalidArgument(`'${name}' is not a valid sheet name.`, 'WorksheetCollection.add');
    const sheet = new FakeSheet(name);
    this.sheets.push(sheet);
    this.activeSheetId ??= sheet.id;
    return sheet;
  }

  findSheet(name: string): FakeSheet | undefined {
    const key = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === key);
  }

  sheetById(id: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  /** Throws like `getItem` when the sheet is missing. */
  sheet(name: string): FakeSheet {
    const s = this.findSheet(name);
    if (!s) throw new FakeExcelError('ItemNotFound', `The requested resource doesn't exist (sheet '${name}').`, 'WorksheetCollection.getItem');
    return s;
  }

  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  deleteSheet(sheet: FakeSheet): void {
    const visible = this.sheets.filter((s) => s.visibility === 'Visible');
    if (visible.length === 1 && visible[0] === sheet) {
      throw new FakeExcelError('InvalidOperation', 'A workbook must contain at least one visible worksheet.', 'Worksheet.delete');
    }
    const i = this.sheets.indexOf(sheet);
    if (i >= 0) this.sheets.splice(i, 1);
    if (this.activeSheetId === sheet.id) this.activeSheetId = this.sheets.find((s) => s.visibility === 'Visible')?.id;
    if (this.selection?.sheetId === sheet.id) this.selection = undefined;
  }

  activeSheet(): FakeSheet | undefined {
    return this.activeSheetId === undefined ? undefined : this.sheetById(this.activeSheetId);
  }
}

// ---- helpers ----------------------------------------------------------------------------------

export function intersects(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

export function contains(outer: Rect, inner: Rect): boolean {
  return inner.top >= outer.top && inner.bottom <= outer.bottom && inner.left >= outer.left && inner.right <= outer.right;
}

export function rectCellCount(rect: Rect): number {
  return (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);
}

function assertWritableArea(rect: Rect): void {
  if (rectCellCount(rect) > MAX_CELLS_PER_OPERATION) {
    throw new FakeExcelError('OperationCellsExceedLimit', 'The range has too many cells for this operation (fake Excel limit).', 'Range');
  }
}

function isFormatted(cell: FakeCell): boolean {
  return cell.numberFormat !== undefined || (cell.format !== undefined && Object.keys(cell.format).length > 0);
}

function parseTypedNumber(text: string): { value: number; percent: boolean } | undefined {
  const m = /^\s*([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)\s*(%?)\s*$/.exec(text);
  if (!m || m[1] === undefined) return undefined;
  const n = Number(m[1]);
  if (!Number.isFinite(n)) return undefined;
  return m[2] === '%' ? { value: n / 100, percent: true } : { value: n, percent: false };
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function isValidSheetName(name: string): boolean {
  return name.length > 0 && name.length <= 31 && !/[\\/?*[\]:]/.test(name) && !name.startsWith("'") && !name.endsWith("'");
}
