/**
 * The proxy objects of the fake Excel: the subset of the Excel JavaScript API the office host uses
 * (workbook, worksheets, ranges, formats, merges, freeze panes, data validation, settings,
 * application, runtime). Every property read needs `load()` + `sync()`; every write and method
 * call is queued and runs at `sync()`.
 */
import { FakeExcelError, invalidArgument, itemNotFound } from './fakeErrors';
import { defineProxyProperties, FakeClientObject, parseLoadSpec, type FakeContextCore } from './fakeContext';
import { parseAddress, qualifiedAddress, rectToA1 } from './fakeAddress';
import {
  MAX_COLUMNS,
  MAX_ROWS,
  STANDARD_COLUMN_WIDTH,
  STANDARD_ROW_HEIGHT,
  type FakeBorder,
  type FakeCellFormat,
  type FakeSheet,
  type FakePageState,
  type FakeVisibility,
  type FakeWorkbook,
  type Rect,
  contains,
  intersects,
  isValidSheetName,
  rectCellCount,
} from './fakeWorkbook';

interface RangeTarget {
  readonly sheet: FakeSheet;
  readonly rect: Rect;
}

interface AreasTarget {
  readonly sheet: FakeSheet;
  readonly areas: readonly Rect[];
}

const quote = (s: string): string => JSON.stringify(s);

function liveSheet(wb: FakeWorkbook, sheet: FakeSheet): FakeSheet {
  if (!wb.sheets.includes(sheet)) throw itemNotFound(`The worksheet '${sheet.name}' has been deleted.`);
  return sheet;
}

function normaliseColor(value: unknown): string {
  if (typeof value !== 'string') throw invalidArgument('A colour must be a string.');
  const named: Record<string, string> = { black: '#000000', white: '#FFFFFF', red: '#FF0000', green: '#008000', blue: '#0000FF', yellow: '#FFFF00' };
  const lower = value.toLowerCase();
  if (named[lower]) return named[lower];
  if (/^#[0-9a-f]{6}$/i.test(value)) return value.toUpperCase();
  throw invalidArgument(`'${value}' is not a colour.`);
}

// ---- workbook ---------------------------------------------------------------------------------

export class FakeWorkbookProxy extends FakeClientObject<FakeWorkbook> {
  readonly worksheets: FakeWorksheetCollection;
  readonly settings: FakeSettingCollection;
  readonly application: FakeApplication;

  constructor(context: FakeContextCore) {
    super(context, 'workbook', undefined, context.workbookState);
    this.worksheets = new FakeWorksheetCollection(context);
    this.settings = new FakeSettingCollection(context);
    this.application = new FakeApplication(context);
  }

  protected get _typeName(): string {
    return 'Workbook';
  }
  protected get _defaultProps(): readonly string[] {
    return [];
  }
  protected _readProp(name: string): unknown {
    throw invalidArgument(`Workbook.${name} is not supported by the fake.`);
  }
  protected _writeProp(name: string): void {
    throw invalidArgument(`Workbook.${name} is not supported by the fake.`);
  }
  protected override _navigate(name: string): FakeClientObject<unknown> | undefined {
    return name === 'worksheets' ? this.worksheets : undefined;
  }

  getSelectedRange(): FakeRange {
    return new FakeRange(this.context, 'workbook.getSelectedRange()', () => {
      const wb = this.context.workbookState;
      if (wb.selection) {
        const sheet = wb.sheetById(wb.selection.sheetId);
        if (sheet) return { sheet, rect: wb.selection.rect };
      }
      const active = wb.activeSheet();
      if (!active) throw new FakeExcelError('InvalidSelection', 'There is no selection.');
      return { sheet: active, rect: { top: 0, left: 0, bottom: 0, right: 0 } };
    });
  }

  getActiveWorksheet(): FakeWorksheet {
    return this.worksheets.getActiveWorksheet();
  }
}

// ---- worksheets -------------------------------------------------------------------------------

export class FakeWorksheetCollection extends FakeClientObject<FakeWorkbook> {
  declare items: FakeWorksheet[];

  constructor(context: FakeContextCore) {
    super(context, 'worksheets', undefined, context.workbookState);
  }

  protected get _typeName(): string {
    return 'WorksheetCollection';
  }
  protected get _defaultProps(): readonly string[] {
    return ['items/name', 'items/visibility', 'items/position', 'items/id'];
  }
  protected _readProp(name: string): unknown {
    throw invalidArgument(`WorksheetCollection.${name} cannot be loaded.`);
  }
  protected _writeProp(name: string): void {
    throw invalidArgument(`WorksheetCollection.${name} cannot be set.`);
  }

  override load(spec?: unknown): this {
    const paths = (parseLoadSpec(spec) ?? [...this._defaultProps]).map((p) => (p.startsWith('items/') ? p.slice(6) : p)).filter((p) => p !== 'items');
    this.context.enqueue({
      request: { i: this._id, l: paths.map((p) => `items/${p}`) },
      log: { object: this._path, kind: 'load', name: paths.map((p) => `items/${p}`).join(',') },
      run: () => {
        const wb = this.context.workbookState;
        const items = wb.sheets.map((sheet) => FakeWorksheet.bound(this.context, `worksheets.getItem(${quote(sheet.name)})`, sheet));
        const rows = items.map((item) => item._snapshotProps(paths));
        return {
          response: rows,
          deliver: () => {
            items.forEach((item, i) => item._deliverAll(rows[i] ?? {}));
            this._deliver('items', items);
          },
        };
      },
    });
    return this;
  }

  add(name?: string): FakeWorksheet {
    return new FakeWorksheet(this.context, `worksheets.add(${quote(name ?? '')})`, () => {
      const wb = this.context.workbookState;
      let sheetName = name;
      if (sheetName === undefined || sheetName === '') {
        let n = wb.sheets.length + 1;
        while (wb.findSheet(`Sheet${n}`)) n++;
        sheetName = `Sheet${n}`;
      }
      return wb.addSheet(sheetName);
    });
  }

  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, `worksheets.getItem(${quote(key)})`, () => {
      const wb = this.context.workbookState;
      const sheet = wb.findSheet(key) ?? wb.sheetById(key);
      if (!sheet) throw itemNotFound(`The requested resource doesn't exist (worksheet '${key}').`, 'WorksheetCollection.getItem');
      return sheet;
    });
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, `worksheets.getItemOrNullObject(${quote(key)})`, () => {
      const wb = this.context.workbookState;
      return wb.findSheet(key) ?? wb.sheetById(key) ?? null;
    });
  }

  getFirst(visibleOnly = false): FakeWorksheet {
    return new FakeWorksheet(this.context, `worksheets.getFirst(${visibleOnly})`, () => {
      const sheets = this.context.workbookState.sheets.filter((s) => !visibleOnly || s.visibility === 'Visible');
      const first = sheets[0];
      if (!first) throw itemNotFound('The workbook has no worksheet.', 'WorksheetCollection.getFirst');
      return first;
    });
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, 'worksheets.getActiveWorksheet()', () => {
      const active = this.context.workbookState.activeSheet();
      if (!active) throw itemNotFound('There is no active worksheet.');
      return active;
    });
  }
}

defineProxyProperties(FakeWorksheetCollection.prototype, ['items'], ['items']);

export class FakeWorksheet extends FakeClientObject<FakeSheet> {
  declare name: string;
  declare visibility: FakeVisibility;
  declare tabColor: string;
  declare readonly position: number;
  declare readonly id: string;
  private _freezePanes: FakeFreezePanes | undefined;
  private _pageLayout: FakePageLayout | undefined;
  private _breaks: FakePageBreakCollection | undefined;

  /** A proxy already bound to a sheet (collection items). */
  static bound(context: FakeContextCore, path: string, sheet: FakeSheet): FakeWorksheet {
    return new FakeWorksheet(context, path, undefined, sheet);
  }

  protected get _typeName(): string {
    return 'Worksheet';
  }
  protected get _defaultProps(): readonly string[] {
    return ['name', 'visibility', 'position', 'id', 'tabColor'];
  }

  protected _readProp(name: string, sheet: FakeSheet): unknown {
    const wb = this.context.workbookState;
    switch (name) {
      case 'name':
        return sheet.name;
      case 'visibility':
        return sheet.visibility;
      case 'tabColor':
        return sheet.tabColor;
      case 'position':
        return wb.sheets.indexOf(sheet);
      case 'id':
        return sheet.id;
      default:
        throw invalidArgument(`Worksheet.${name} is not supported by the fake.`);
    }
  }

  protected _writeProp(name: string, value: unknown, target: FakeSheet): void {
    const wb = this.context.workbookState;
    const sheet = liveSheet(wb, target);
    this.context.noteWrite(sheet);
    switch (name) {
      case 'name': {
        if (typeof value !== 'string' || !isValidSheetName(value)) throw invalidArgument(`'${String(value)}' is not a valid sheet name.`);
        const other = wb.findSheet(value);
        if (other && other !== sheet) throw new FakeExcelError('ItemAlreadyExists', `A sheet named '${value}' already exists.`);
        sheet.name = value;
        return;
      }
      case 'visibility': {
        if (value !== 'Visible' && value !== 'Hidden' && value !== 'VeryHidden') throw invalidArgument(`Bad visibility '${String(value)}'.`);
        if (value !== 'Visible' && sheet.visibility === 'Visible' && wb.sheets.filter((s) => s.visibility === 'Visible').length === 1) {
          throw new FakeExcelError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
        }
        sheet.visibility = value;
        if (value !== 'Visible' && wb.activeSheetId === sheet.id) wb.activeSheetId = wb.sheets.find((s) => s.visibility === 'Visible')?.id;
        return;
      }
      case 'tabColor':
        sheet.tabColor = value === '' || value === null ? '' : normaliseColor(value);
        return;
      default:
        throw invalidArgument(`Worksheet.${name} cannot be set.`);
    }
  }

  /** Loaded props of an already-bound item, for collection loads. */
  _snapshotProps(names: readonly string[]): Record<string, unknown> {
    const sheet = this._bound();
    return Object.fromEntries(names.map((n) => [n, this._readProp(n, sheet)]));
  }

  _deliverAll(values: Record<string, unknown>): void {
    for (const [k, v] of Object.entries(values)) this._deliver(k, v);
  }

  private child(method: string, args: string, resolve: (sheet: FakeSheet) => RangeTarget | null): FakeRange {
    return new FakeRange(this.context, `${this._path}.${method}(${args})`, () => {
      const sheet = this._targetOrNull();
      return sheet === null ? null : resolve(liveSheet(this.context.workbookState, sheet));
    });
  }

  getRange(address?: string): FakeRange {
    return this.child('getRange', address === undefined ? '' : quote(address), (sheet) => {
      if (address === undefined || address === '') return { sheet, rect: { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLUMNS - 1 } };
      const rect = parseAddress(address);
      if (!rect) throw invalidArgument(`'${address}' is not a valid address.`, 'Worksheet.getRange');
      return { sheet, rect };
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    return this.child('getRangeByIndexes', `${startRow},${startColumn},${rowCount},${columnCount}`, (sheet) => {
      const ok = [startRow, startColumn, rowCount, columnCount].every((n) => Number.isInteger(n));
      if (!ok || startRow < 0 || startColumn < 0 || rowCount < 1 || columnCount < 1 || startRow + rowCount > MAX_ROWS || startColumn + columnCount > MAX_COLUMNS) {
        throw invalidArgument('The argument is invalid or missing or has an incorrect format.', 'Worksheet.getRangeByIndexes');
      }
      return { sheet, rect: { top: startRow, left: startColumn, bottom: startRow + rowCount - 1, right: startColumn + columnCount - 1 } };
    });
  }

  getUsedRange(valuesOnly = false): FakeRange {
    return this.child('getUsedRange', String(valuesOnly), (sheet) => ({ sheet, rect: sheet.usedRange(valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 } }));
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return this.child('getUsedRangeOrNullObject', String(valuesOnly), (sheet) => {
      const rect = sheet.usedRange(valuesOnly);
      return rect ? { sheet, rect } : null;
    });
  }

  private sibling(method: string, visibleOnly: boolean, orNull: boolean): FakeWorksheet {
    return new FakeWorksheet(this.context, `${this._path}.${method}(${visibleOnly})`, () => {
      const sheet = this._targetOrNull();
      if (sheet === null) return null;
      const sheets = this.context.workbookState.sheets;
      const i = sheets.indexOf(sheet);
      const next = sheets.slice(i + 1).find((s) => !visibleOnly || s.visibility === 'Visible');
      if (!next && !orNull) throw itemNotFound('There is no next worksheet.', 'Worksheet.getNext');
      return next ?? null;
    });
  }

  getNext(visibleOnly = false): FakeWorksheet {
    return this.sibling('getNext', visibleOnly, false);
  }

  getNextOrNullObject(visibleOnly = false): FakeWorksheet {
    return this.sibling('getNextOrNullObject', visibleOnly, true);
  }

  activate(): void {
    this._call('activate', [], (sheet) => {
      const wb = this.context.workbookState;
      liveSheet(wb, sheet);
      if (sheet.visibility !== 'Visible') throw new FakeExcelError('InvalidOperation', 'A hidden worksheet cannot be activated.');
      wb.activeSheetId = sheet.id;
    });
  }

  delete(): void {
    this._call('delete', [], (sheet) => {
      const wb = this.context.workbookState;
      this.context.noteWrite(liveSheet(wb, sheet));
      wb.deleteSheet(sheet);
    });
  }

  get freezePanes(): FakeFreezePanes {
    this._freezePanes ??= new FakeFreezePanes(this.context, `${this._path}.freezePanes`, this);
    return this._freezePanes;
  }

  get pageLayout(): FakePageLayout {
    this._pageLayout ??= new FakePageLayout(this.context, `${this._path}.pageLayout`, this);
    return this._pageLayout;
  }

  get horizontalPageBreaks(): FakePageBreakCollection {
    this._breaks ??= new FakePageBreakCollection(this.context, `${this._path}.horizontalPageBreaks`, this);
    return this._breaks;
  }
}
defineProxyProperties(FakeWorksheet.prototype, ['name', 'visibility', 'tabColor', 'position', 'id'], ['position', 'id']);

export class FakeFreezePanes extends FakeClientObject<FakeSheet> {
  constructor(context: FakeContextCore, path: string, private readonly owner: FakeWorksheet) {
    super(context, path, () => owner._targetOrNull());
  }
  protected get _typeName(): string {
    return 'WorksheetFreezePanes';
  }
  protected get _defaultProps(): readonly string[] {
    return [];
  }
  protected _readProp(name: string): unknown {
    throw invalidArgument(`WorksheetFreezePanes.${name} cannot be loaded.`);
  }
  protected _writeProp(name: string): void {
    throw invalidArgument(`WorksheetFreezePanes.${name} cannot be set.`);
  }

  private freeze(method: string, args: unknown[], compute: (sheet: FakeSheet) => { rows: number; columns: number } | null): void {
    this._call(method, args, (sheet) => {
      this.context.noteWrite(liveSheet(this.context.workbookState, sheet));
      sheet.freeze = compute(sheet);
    });
  }

  freezeRows(count = 1): void {
    this.freeze('freezeRows', [count], () => (count > 0 ? { rows: count, columns: 0 } : null));
  }

  freezeColumns(count = 1): void {
    this.freeze('freezeColumns', [count], () => (count > 0 ? { rows: 0, columns: count } : null));
  }

  freezeAt(frozenRange: FakeRange | string): void {
    const arg = typeof frozenRange === 'string' ? frozenRange : frozenRange._path;
    this.freeze('freezeAt', [arg], () => {
      const rect = typeof frozenRange === 'string' ? parseAddress(frozenRange) : frozenRange._rect();
      if (!rect) throw invalidArgument(`'${arg}' is not a valid address.`, 'WorksheetFreezePanes.freezeAt');
      return { rows: rect.bottom + 1, columns: rect.right + 1 };
    });
  }

  unfreeze(): void {
    this.freeze('unfreeze', [], () => null);
  }

  getLocationOrNullObject(): FakeRange {
    return new FakeRange(this.context, `${this._path}.getLocationOrNullObject()`, () => {
      const sheet = this.owner._targetOrNull();
      if (sheet === null || sheet.freeze === null) return null;
      const { rows, columns } = sheet.freeze;
      return {
        sheet,
        rect: { top: 0, left: 0, bottom: rows > 0 ? rows - 1 : MAX_ROWS - 1, right: columns > 0 ? columns - 1 : MAX_COLUMNS - 1 },
      };
    });
  }
}

// ---- page layout (ExcelApi 1.9) ------------------------------------------------------------------

const PAPER_TYPES = new Set(['A3', 'A4', 'A5', 'Letter', 'Legal']);
const ORIENTATIONS = new Set(['Portrait', 'Landscape']);
const MARGINS = { leftMargin: 'left', rightMargin: 'right', topMargin: 'top', bottomMargin: 'bottom', headerMargin: 'header', footerMargin: 'footer' } as const;

/** A print-titles address: whole rows, `$12:$12` or `12:13`. */
const ROW_SPAN = /^\$?\d+:\$?\d+$/;

export class FakePageLayout extends FakeClientObject<FakeSheet> {
  private _headersFooters: FakeHeaderFooterGroup | undefined;

  constructor(context: FakeContextCore, path: string, owner: FakeWorksheet) {
    super(context, path, () => owner._targetOrNull());
  }
  protected get _typeName(): string {
    return 'PageLayout';
  }
  protected get _defaultProps(): readonly string[] {
    return ['orientation', 'paperSize', 'centerHorizontally', 'printGridlines', 'zoom'];
  }
  protected _readProp(name: string, sheet: FakeSheet): unknown {
    const page = sheet.page;
    switch (name) {
      case 'orientation':
        return page.orientation ?? 'Portrait';
      case 'paperSize':
        return page.paperSize ?? 'Letter';
      case 'centerHorizontally':
        return page.centerHorizontally ?? false;
      case 'printGridlines':
        return page.printGridlines ?? false;
      case 'zoom':
        return { ...(page.zoom ?? { scale: 100 }) };
      default: {
        const margin = MARGINS[name as keyof typeof MARGINS];
        if (margin) return page.margins?.[margin] ?? 54;
        throw invalidArgument(`PageLayout.${name} is not supported by the fake.`);
      }
    }
  }
  protected _writeProp(name: string, value: unknown, target: FakeSheet): void {
    const sheet = liveSheet(this.context.workbookState, target);
    this.context.noteWrite(sheet);
    const page = sheet.page;
    switch (name) {
      case 'orientation':
        if (typeof value !== 'string' || !ORIENTATIONS.has(value)) throw invalidArgument(`Bad orientation '${String(value)}'.`);
        page.orientation = value;
        return;
      case 'paperSize':
        if (typeof value !== 'string' || !PAPER_TYPES.has(value)) throw invalidArgument(`Bad paper size '${String(value)}'.`);
        page.paperSize = value;
        return;
      case 'centerHorizontally':
        page.centerHorizontally = Boolean(value);
        return;
      case 'printGridlines':
        page.printGridlines = Boolean(value);
        return;
      case 'zoom': {
        const zoom = value as { horizontalFitToPages?: unknown; verticalFitToPages?: unknown; scale?: unknown } | null;
        const pages = (n: unknown): boolean => n === undefined || (typeof n === 'number' && Number.isInteger(n) && n >= 0);
        if (typeof zoom !== 'object' || zoom === null || !pages(zoom.horizontalFitToPages) || !pages(zoom.verticalFitToPages)) {
          throw invalidArgument('Bad zoom options.');
        }
        page.zoom = { ...(zoom as NonNullable<FakePageState['zoom']>) };
        return;
      }
      default: {
        const margin = MARGINS[name as keyof typeof MARGINS];
        if (!margin) throw invalidArgument(`PageLayout.${name} cannot be set.`);
        if (typeof value !== 'number' || value < 0) throw invalidArgument(`Bad margin ${String(value)}.`);
        page.margins = { ...page.margins, [margin]: value };
      }
    }
  }

  setPrintArea(printArea: string): void {
    this._call('setPrintArea', [printArea], (target) => {
      const sheet = liveSheet(this.context.workbookState, target);
      if (typeof printArea !== 'string' || !parseAddress(printArea)) throw invalidArgument(`'${String(printArea)}' is not a valid print area.`, 'PageLayout.setPrintArea');
      this.context.noteWrite(sheet);
      sheet.page.printArea = printArea;
    });
  }

  setPrintTitleRows(printTitleRows: string): void {
    this._call('setPrintTitleRows', [printTitleRows], (target) => {
      const sheet = liveSheet(this.context.workbookState, target);
      if (typeof printTitleRows !== 'string' || !ROW_SPAN.test(printTitleRows)) throw invalidArgument(`'${String(printTitleRows)}' is not a row range.`, 'PageLayout.setPrintTitleRows');
      this.context.noteWrite(sheet);
      sheet.page.printTitleRows = printTitleRows;
    });
  }

  get headersFooters(): FakeHeaderFooterGroup {
    this._headersFooters ??= new FakeHeaderFooterGroup(this.context, `${this._path}.headersFooters`, this);
    return this._headersFooters;
  }
}
defineProxyProperties(FakePageLayout.prototype, ['orientation', 'paperSize', 'centerHorizontally', 'printGridlines', 'zoom', ...Object.keys(MARGINS)]);

export class FakeHeaderFooterGroup extends FakeClientObject<FakeSheet> {
  private _default: FakeHeaderFooter | undefined;
  constructor(context: FakeContextCore, path: string, owner: FakePageLayout) {
    super(context, path, () => owner._targetOrNull());
  }
  protected get _typeName(): string {
    return 'HeaderFooterGroup';
  }
  protected get _defaultProps(): readonly string[] {
    return [];
  }
  protected _readProp(name: string): unknown {
    throw invalidArgument(`HeaderFooterGroup.${name} is not supported by the fake.`);
  }
  protected _writeProp(name: string): void {
    throw invalidArgument(`HeaderFooterGroup.${name} cannot be set.`);
  }
  get defaultForAllPages(): FakeHeaderFooter {
    this._default ??= new FakeHeaderFooter(this.context, `${this._path}.defaultForAllPages`, this);
    return this._default;
  }
}

export class FakeHeaderFooter extends FakeClientObject<FakeSheet> {
  constructor(context: FakeContextCore, path: string, owner: FakeHeaderFooterGroup) {
    super(context, path, () => owner._targetOrNull());
  }
  protected get _typeName(): string {
    return 'HeaderFooter';
  }
  protected get _defaultProps(): readonly string[] {
    return ['centerFooter'];
  }
  protected _readProp(name: string, sheet: FakeSheet): unknown {
    if (name !== 'centerFooter') throw invalidArgument(`HeaderFooter.${name} is not supported by the fake.`);
    return sheet.page.centerFooter ?? '';
  }
  protected _writeProp(name: string, value: unknown, target: FakeSheet): void {
    if (name !== 'centerFooter') throw invalidArgument(`HeaderFooter.${name} cannot be set.`);
    const sheet = liveSheet(this.context.workbookState, target);
    this.context.noteWrite(sheet);
    sheet.page.centerFooter = String(value);
  }
}
defineProxyProperties(FakeHeaderFooter.prototype, ['centerFooter']);

export class FakePageBreakCollection extends FakeClientObject<FakeSheet> {
  constructor(context: FakeContextCore, path: string, owner: FakeWorksheet) {
    super(context, path, () => owner._targetOrNull());
  }
  protected get _typeName(): string {
    return 'PageBreakCollection';
  }
  protected get _defaultProps(): readonly string[] {
    return [];
  }
  protected _readProp(name: string): unknown {
    throw invalidArgument(`PageBreakCollection.${name} is not supported by the fake.`);
  }
  protected _writeProp(name: string): void {
    throw invalidArgument(`PageBreakCollection.${name} cannot be set.`);
  }
  /** A manual break above the top-left cell of `pageBreakRange` (an address); returns the break, as Excel does. */
  add(pageBreakRange: string): FakePageBreak {
    this._call('add', [pageBreakRange], (target) => {
      const sheet = liveSheet(this.context.workbookState, target);
      const rect = typeof pageBreakRange === 'string' ? parseAddress(pageBreakRange) : null;
      if (!rect) throw invalidArgument(`'${String(pageBreakRange)}' is not a valid address.`, 'PageBreakCollection.add');
      this.context.noteWrite(sheet);
      if (!sheet.page.rowBreaks.includes(rect.top)) sheet.page.rowBreaks = [...sheet.page.rowBreaks, rect.top].sort((a, b) => a - b);
    });
    return new FakePageBreak(this.context, `${this._path}.add(${quote(String(pageBreakRange))})`, this);
  }
  removePageBreaks(): void {
    this._call('removePageBreaks', [], (target) => {
      const sheet = liveSheet(this.context.workbookState, target);
      this.context.noteWrite(sheet);
      sheet.page.rowBreaks = [];
    });
  }
}

/** A page break `PageBreakCollection.add` returns (nothing of it is read here). */
export class FakePageBreak extends FakeClientObject<FakeSheet> {
  constructor(context: FakeContextCore, path: string, owner: FakePageBreakCollection) {
    super(context, path, () => owner._targetOrNull());
  }
  protected get _typeName(): string {
    return 'PageBreak';
  }
  protected get _defaultProps(): readonly string[] {
    return [];
  }
  protected _readProp(name: string): unknown {
    throw invalidArgument(`PageBreak.${name} is not supported by the fake.`);
  }
  protected _writeProp(name: string): void {
    throw invalidArgument(`PageBreak.${name} cannot be set.`);
  }
}

// ---- ranges -----------------------------------------------------------------------------------

function to2D(target: RangeTarget, cell: (row: number, col: number) => unknown): unknown[][] {
  const { rect } = target;
  const rows: unknown[][] = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    const row: unknown[] = [];
    for (let c = rect.left; c <= rect.right; c++) row.push(cell(r, c));
    rows.push(row);
  }
  return rows;
}

/** Calls `write` for each cell with the matching entry of a 2-D array (or the scalar for every cell). */
function forEachInput(target: RangeTarget, input: unknown, property: string, write: (row: number, col: number, value: unknown) => void): void {
  const { rect } = target;
  const rowCount = rect.bottom - rect.top + 1;
  const colCount = rect.right - rect.left + 1;
  if (!Array.isArray(input)) {
    for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) write(r, c, input);
    return;
  }
  if (input.length !== rowCount || !input.every((row) => Array.isArray(row) && row.length === colCount)) {
    throw invalidArgument(`The number of rows or columns in the input array doesn't match the size or dimensions of the range (${property}).`, `Range.${property}`);
  }
  (input as unknown[][]).forEach((row, i) => row.forEach((value, j) => write(rect.top + i, rect.left + j, value)));
}

export class FakeRange extends FakeClientObject<RangeTarget> {
  declare values: unknown[][];
  declare numberFormat: unknown[][];
  declare readonly valueTypes: string[][];
  declare readonly formulas: unknown[][];
  declare readonly address: string;
  declare readonly rowCount: number;
  declare readonly columnCount: number;
  declare readonly rowIndex: number;
  declare readonly columnIndex: number;
  private _format: FakeRangeFormat | undefined;
  private _dataValidation: FakeDataValidation | undefined;


  protected get _typeName(): string {
    return 'Range';
  }
  protected get _defaultProps(): readonly string[] {
    return ['address', 'rowCount', 'columnCount', 'rowIndex', 'columnIndex', 'values', 'numberFormat', 'valueTypes', 'formulas'];
  }
  protected override _navigate(name: string): FakeClientObject<unknown> | undefined {
    if (name === 'format') return this.format;
    return undefined;
  }

  /** The bound rectangle at sync time (for freezeAt). */
  _rect(): Rect {
    return this._bound().rect;
  }

  protected _readProp(name: string, target: RangeTarget): unknown {
    const { sheet, rect } = target;
    switch (name) {
      case 'address':
        return qualifiedAddress(sheet.name, rect);
      case 'rowCount':
        return rect.bottom - rect.top + 1;
      case 'columnCount':
        return rect.right - rect.left + 1;
      case 'rowIndex':
        return rect.top;
      case 'columnIndex':
        return rect.left;
      case 'values':
      case 'numberFormat':
      case 'valueTypes':
      case 'formulas':
        // "On all platforms, a range is limited to five million cells for get operations. … When a
        // get operation using Range.values exceeds the five-million-cell limit, the API doesn't always
        // throw an error. In some cases, Range.values returns null." (office-js-docs-pr
        // docs/excel/performance.md, PR #5821). The fake always returns null above the limit.
        if (rectCellCount(rect) > this.context.env.limits.getCells) return null;
        return this.cells(name, target);
      default:
        throw invalidArgument(`Range.${name} is not supported by the fake.`);
    }
  }

  private cells(name: string, target: RangeTarget): unknown[][] {
    const { sheet } = target;
    switch (name) {
      case 'values':
        return to2D(target, (r, c) => sheet.view(r, c).value);
      case 'numberFormat':
        return to2D(target, (r, c) => sheet.view(r, c).numberFormat);
      case 'valueTypes':
        return to2D(target, (r, c) => sheet.view(r, c).valueType);
      default:
        return to2D(target, (r, c) => {
          const v = sheet.view(r, c);
          return v.formula ?? v.value;
        });
    }
  }

  protected _writeProp(name: string, value: unknown, target: RangeTarget): void {
    const sheet = liveSheet(this.context.workbookState, target.sheet);
    this.context.noteWrite(sheet);
    switch (name) {
      case 'values':
        forEachInput(target, value, 'values', (r, c, v) => sheet.writeValue(r, c, v));
        return;
      case 'numberFormat':
        forEachInput(target, value, 'numberFormat', (r, c, v) => sheet.writeNumberFormat(r, c, v));
        return;
      default:
        throw invalidArgument(`Range.${name} cannot be set.`);
    }
  }

  get format(): FakeRangeFormat {
    this._format ??= new FakeRangeFormat(this.context, `${this._path}.format`, this);
    return this._format;
  }

  get dataValidation(): FakeDataValidation {
    this._dataValidation ??= new FakeDataValidation(this.context, `${this._path}.dataValidation`, this);
    return this._dataValidation;
  }

  private mutate(method: string, args: unknown[], apply: (sheet: FakeSheet, rect: Rect) => void): void {
    this._call(method, args, (target) => {
      const sheet = liveSheet(this.context.workbookState, target.sheet);
      this.context.noteWrite(sheet);
      apply(sheet, target.rect);
    });
  }

  clear(applyTo: string = 'All'): void {
    if (!['All', 'Formats', 'Contents', 'Hyperlinks', 'RemoveHyperlinks'].includes(applyTo)) throw invalidArgument(`Bad applyTo '${applyTo}'.`);
    this.mutate('clear', [applyTo], (sheet, rect) => sheet.clear(rect, applyTo));
  }

  merge(across = false): void {
    this.mutate('merge', [across], (sheet, rect) => sheet.merge(rect, across));
  }

  unmerge(): void {
    this.mutate('unmerge', [], (sheet, rect) => sheet.unmerge(rect));
  }

  select(): void {
    this._call('select', [], (target) => {
      const wb = this.context.workbookState;
      const sheet = liveSheet(wb, target.sheet);
      if (sheet.visibility !== 'Visible') throw new FakeExcelError('InvalidSelection', 'A range on a hidden worksheet cannot be selected.');
      wb.activeSheetId = sheet.id;
      wb.selection = { sheetId: sheet.id, rect: target.rect };
    });
  }

  getCell(row: number, column: number): FakeRange {
    return new FakeRange(this.context, `${this._path}.getCell(${row},${column})`, () => {
      const t = this._targetOrNull();
      if (t === null) return null;
      const r = t.rect.top + row;
      const c = t.rect.left + column;
      if (r >= MAX_ROWS || c >= MAX_COLUMNS || row < 0 || column < 0) throw invalidArgument('Cell outside the sheet.', 'Range.getCell');
      return { sheet: t.sheet, rect: { top: r, left: c, bottom: r, right: c } };
    });
  }

  /**
   * Excel's check of an array against the range before office.js writes it in chunks
   * (`setRangePropertiesInBulk` calls `range._ValidateArraySize(rows, columns)`); a mismatch is
   * InvalidArgument, as for a mismatched `values` array.
   */
  _ValidateArraySize(rows: number, columns: number): void {
    this._call('_ValidateArraySize', [rows, columns], ({ rect }) => {
      if (rows !== rect.bottom - rect.top + 1 || columns !== rect.right - rect.left + 1) {
        throw invalidArgument("The number of rows or columns in the input array doesn't match the size or dimensions of the range.", 'Range._ValidateArraySize');
      }
    });
  }

  /** office.js stops tracking the range (client-side only: nothing to do in the fake). */
  untrack(): this {
    return this;
  }

  /** The row `row` of this range (0-based), as wide as the range. */
  getRow(row: number): FakeRange {
    return new FakeRange(this.context, `${this._path}.getRow(${row})`, () => {
      const t = this._targetOrNull();
      if (t === null) return null;
      const r = t.rect.top + row;
      if (!Number.isInteger(row) || row < 0 || r > t.rect.bottom) throw invalidArgument('The row is outside the range.', 'Range.getRow');
      return { sheet: t.sheet, rect: { top: r, left: t.rect.left, bottom: r, right: t.rect.right } };
    });
  }

  /** The smallest range that contains this range and `other` (office.js chunks large writes with it). */
  getBoundingRect(other: FakeRange | string): FakeRange {
    const arg = typeof other === 'string' ? other : other._path;
    return new FakeRange(this.context, `${this._path}.getBoundingRect(${quote(arg)})`, () => {
      const t = this._targetOrNull();
      if (t === null) return null;
      const o = typeof other === 'string' ? parseAddress(other) : other._targetOrNull()?.rect;
      if (!o) throw invalidArgument(`'${arg}' is not a valid range.`, 'Range.getBoundingRect');
      return {
        sheet: t.sheet,
        rect: { top: Math.min(t.rect.top, o.top), left: Math.min(t.rect.left, o.left), bottom: Math.max(t.rect.bottom, o.bottom), right: Math.max(t.rect.right, o.right) },
      };
    });
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.context, `${this._path}.getMergedAreasOrNullObject()`, () => {
      const t = this._targetOrNull();
      if (t === null) return null;
      const areas = t.sheet.mergesIn(t.rect);
      // "Note that if the merged areas count in this range is more than 512, then this method will
      // fail to return the result." (learn.microsoft.com Excel.Range.getMergedAreasOrNullObject;
      // @types/office-js index.d.ts). Whether it throws or returns a null object is not documented:
      // the fake fails the request by default and can be told to return null instead.
      const { mergedAreas, mergedAreasOverLimit } = this.context.env.limits;
      if (areas.length > mergedAreas) {
        if (mergedAreasOverLimit === 'null') return null;
        throw new FakeExcelError('GeneralException', `The merged areas count in this range (${areas.length}) is more than ${mergedAreas}.`, 'Range.getMergedAreasOrNullObject');
      }
      return areas.length === 0 ? null : { sheet: t.sheet, areas };
    });
  }
}
defineProxyProperties(
  FakeRange.prototype,
  ['values', 'numberFormat', 'valueTypes', 'formulas', 'address', 'rowCount', 'columnCount', 'rowIndex', 'columnIndex'],
  ['valueTypes', 'formulas', 'address', 'rowCount', 'columnCount', 'rowIndex', 'columnIndex'],
);

export class FakeRangeAreas extends FakeClientObject<AreasTarget> {
  declare readonly address: string;
  declare readonly areaCount: number;
  private _areas: FakeRangeCollection | undefined;

  protected get _typeName(): string {
    return 'RangeAreas';
  }
  protected get _defaultProps(): readonly string[] {
    return ['address', 'areaCount'];
  }
  protected override _navigate(name: string): FakeClientObject<unknown> | undefined {
    return name === 'areas' ? this.areas : undefined;
  }
  protected _readProp(name: string, target: AreasTarget): unknown {
    switch (name) {
      case 'address':
        return target.areas.map((a) => qualifiedAddress(target.sheet.name, a)).join(', ');
      case 'areaCount':
        return target.areas.length;
      default:
        throw invalidArgument(`RangeAreas.${name} is not supported by the fake.`);
    }
  }
  protected _writeProp(name: string): void {
    throw invalidArgument(`RangeAreas.${name} cannot be set.`);
  }
  /** Client-side only, as for ranges. */
  untrack(): this {
    return this;
  }

  get areas(): FakeRangeCollection {
    this._areas ??= new FakeRangeCollection(this.context, `${this._path}.areas`, () => {
      const t = this._targetOrNull();
      return t === null ? null : t.areas.map((rect) => ({ sheet: t.sheet, rect }));
    });
    return this._areas;
  }
}
defineProxyProperties(FakeRangeAreas.prototype, ['address', 'areaCount'], ['address', 'areaCount']);

export class FakeRangeCollection extends FakeClientObject<RangeTarget[]> {
  declare items: FakeRange[];

  protected get _typeName(): string {
    return 'RangeCollection';
  }
  protected get _defaultProps(): readonly string[] {
    return ['items/address'];
  }
  protected _readProp(name: string): unknown {
    throw invalidArgument(`RangeCollection.${name} cannot be loaded.`);
  }
  protected _writeProp(name: string): void {
    throw invalidArgument(`RangeCollection.${name} cannot be set.`);
  }
  override load(spec?: unknown): this {
    const paths = (parseLoadSpec(spec) ?? [...this._defaultProps]).map((p) => (p.startsWith('items/') ? p.slice(6) : p)).filter((p) => p !== 'items');
    this.context.enqueue({
      request: { i: this._id, l: paths.map((p) => `items/${p}`) },
      log: { object: this._path, kind: 'load', name: paths.join(',') },
      run: () => {
        const targets = this._targetOrNull() ?? [];
        const rows = targets.map((t) => Object.fromEntries(paths.map((p) => [p, p === 'address' ? qualifiedAddress(t.sheet.name, t.rect) : rectToA1(t.rect)])));
        return {
          response: rows,
          deliver: () => {
            const items = targets.map((t, i) => {
              const item = new FakeRange(this.context, `${this._path}.items[${i}]`, () => t);
              for (const [k, v] of Object.entries(rows[i] ?? {})) item._deliver(k, v);
              return item;
            });
            this._deliver('items', items);
          },
        };
      },
    });
    return this;
  }
}
defineProxyProperties(FakeRangeCollection.prototype, ['items'], ['items']);

// ---- formats ----------------------------------------------------------------------------------

const H_ALIGN = ['General', 'Left', 'Center', 'Right', 'Fill', 'Justify', 'CenterAcrossSelection', 'Distributed'];
const V_ALIGN = ['Top', 'Center', 'Bottom', 'Justify', 'Distributed'];

/** Base of the format proxies: they act on their range's rectangle. */
abstract class FakeRangePart extends FakeClientObject<RangeTarget> {
  constructor(context: FakeContextCore, path: string, owner: { _targetOrNull(): RangeTarget | null }) {
    super(context, path, () => owner._targetOrNull());
  }
  protected get _defaultProps(): readonly string[] {
    return [];
  }
  protected writable(target: RangeTarget): FakeSheet {
    const sheet = liveSheet(this.context.workbookState, target.sheet);
    this.context.noteWrite(sheet);
    return sheet;
  }
}

export class FakeRangeFormat extends FakeRangePart {
  declare horizontalAlignment: string;
  declare verticalAlignment: string;
  declare wrapText: boolean;
  declare columnWidth: number;
  declare rowHeight: number;
  declare useStandardHeight: boolean;
  declare useStandardWidth: boolean;
  private _font: FakeRangeFont | undefined;
  private _fill: FakeRangeFill | undefined;
  private _borders: FakeRangeBorderCollection | undefined;

  protected get _typeName(): string {
    return 'RangeFormat';
  }
  protected override get _defaultProps(): readonly string[] {
    return ['horizontalAlignment', 'verticalAlignment', 'wrapText', 'columnWidth', 'rowHeight'];
  }
  protected override _navigate(name: string): FakeClientObject<unknown> | undefined {
    if (name === 'font') return this.font;
    if (name === 'fill') return this.fill;
    return undefined;
  }

  get font(): FakeRangeFont {
    this._font ??= new FakeRangeFont(this.context, `${this._path}.font`, this);
    return this._font;
  }
  get fill(): FakeRangeFill {
    this._fill ??= new FakeRangeFill(this.context, `${this._path}.fill`, this);
    return this._fill;
  }
  get borders(): FakeRangeBorderCollection {
    this._borders ??= new FakeRangeBorderCollection(this.context, `${this._path}.borders`, this);
    return this._borders;
  }

  protected _readProp(name: string, { sheet, rect }: RangeTarget): unknown {
    const uniform = <T>(values: Iterable<T>): T | null => {
      let first: { v: T } | undefined;
      for (const v of values) {
        if (!first) first = { v };
        else if (first.v !== v) return null;
      }
      return first ? first.v : null;
    };
    const span = (a: number, b: number): number[] => Array.from({ length: Math.min(b - a + 1, 100_000) }, (_, i) => a + i);
    switch (name) {
      case 'horizontalAlignment':
        return sheet.readFormat(rect, (f) => f.horizontalAlignment ?? 'General');
      case 'verticalAlignment':
        return sheet.readFormat(rect, (f) => f.verticalAlignment ?? 'Bottom');
      case 'wrapText':
        return sheet.readFormat(rect, (f) => f.wrapText ?? false);
      case 'columnWidth':
        return uniform(span(rect.left, rect.right).map((c) => sheet.columnWidth(c)));
      case 'rowHeight':
        return uniform(span(rect.top, rect.bottom).map((r) => sheet.rowHeight(r)));
      case 'useStandardHeight':
        return span(rect.top, rect.bottom).every((r) => !sheet.rowHeights.has(r));
      case 'useStandardWidth':
        return span(rect.left, rect.right).every((c) => !sheet.columnWidths.has(c));
      default:
        throw invalidArgument(`RangeFormat.${name} is not supported by the fake.`);
    }
  }

  protected _writeProp(name: string, value: unknown, target: RangeTarget): void {
    const sheet = this.writable(target);
    const { rect } = target;
    const wholeRows = rect.top === 0 && rect.bottom === MAX_ROWS - 1;
    const wholeColumns = rect.left === 0 && rect.right === MAX_COLUMNS - 1;
    switch (name) {
      case 'horizontalAlignment':
        if (typeof value !== 'string' || !H_ALIGN.includes(value)) throw invalidArgument(`Bad horizontalAlignment '${String(value)}'.`);
        sheet.setFormat(rect, (f) => (f.horizontalAlignment = value));
        return;
      case 'verticalAlignment':
        if (typeof value !== 'string' || !V_ALIGN.includes(value)) throw invalidArgument(`Bad verticalAlignment '${String(value)}'.`);
        sheet.setFormat(rect, (f) => (f.verticalAlignment = value));
        return;
      case 'wrapText':
        sheet.setFormat(rect, (f) => (f.wrapText = Boolean(value)));
        return;
      case 'columnWidth':
        if (typeof value !== 'number' || value < 0) throw invalidArgument('Bad columnWidth.');
        for (let c = rect.left; c <= rect.right; c++) sheet.columnWidths.set(c, value);
        return;
      case 'rowHeight':
        if (typeof value !== 'number' || value < 0) throw invalidArgument('Bad rowHeight.');
        if (wholeRows) throw invalidArgument('The fake does not set a height on every row.');
        for (let r = rect.top; r <= rect.bottom; r++) sheet.rowHeights.set(r, value);
        return;
      case 'useStandardHeight':
        if (value !== true) return;
        if (wholeRows) sheet.rowHeights.clear();
        else for (let r = rect.top; r <= rect.bottom; r++) sheet.rowHeights.delete(r);
        return;
      case 'useStandardWidth':
        if (value !== true) return;
        if (wholeColumns) sheet.columnWidths.clear();
        else for (let c = rect.left; c <= rect.right; c++) sheet.columnWidths.delete(c);
        return;
      default:
        throw invalidArgument(`RangeFormat.${name} cannot be set.`);
    }
  }
}
defineProxyProperties(FakeRangeFormat.prototype, [
  'horizontalAlignment',
  'verticalAlignment',
  'wrapText',
  'columnWidth',
  'rowHeight',
  'useStandardHeight',
  'useStandardWidth',
]);

export class FakeRangeFont extends FakeRangePart {
  declare bold: boolean;
  declare italic: boolean;
  declare size: number;
  declare color: string;
  declare name: string;

  protected get _typeName(): string {
    return 'RangeFont';
  }
  protected override get _defaultProps(): readonly string[] {
    return ['bold', 'italic', 'size', 'color'];
  }
  protected _readProp(name: string, { sheet, rect }: RangeTarget): unknown {
    const read: Record<string, (f: FakeCellFormat) => unknown> = {
      bold: (f) => f.bold ?? false,
      italic: (f) => f.italic ?? false,
      size: (f) => f.size ?? 11,
      color: (f) => f.color ?? '#000000',
      name: (f) => f.fontName ?? 'Calibri',
    };
    const fn = read[name];
    if (!fn) throw invalidArgument(`RangeFont.${name} is not supported by the fake.`);
    return sheet.readFormat(rect, fn);
  }
  protected _writeProp(name: string, value: unknown, target: RangeTarget): void {
    const sheet = this.writable(target);
    switch (name) {
      case 'bold':
        sheet.setFormat(target.rect, (f) => (f.bold = Boolean(value)));
        return;
      case 'italic':
        sheet.setFormat(target.rect, (f) => (f.italic = Boolean(value)));
        return;
      case 'size':
        if (typeof value !== 'number' || value <= 0) throw invalidArgument('Bad font size.');
        sheet.setFormat(target.rect, (f) => (f.size = value));
        return;
      case 'color': {
        const color = normaliseColor(value);
        sheet.setFormat(target.rect, (f) => (f.color = color));
        return;
      }
      case 'name':
        if (typeof value !== 'string' || value === '') throw invalidArgument('Bad font name.');
        sheet.setFormat(target.rect, (f) => (f.fontName = value));
        return;
      default:
        throw invalidArgument(`RangeFont.${name} cannot be set.`);
    }
  }
}
defineProxyProperties(FakeRangeFont.prototype, ['bold', 'italic', 'size', 'color', 'name']);

export class FakeRangeFill extends FakeRangePart {
  declare color: string;

  protected get _typeName(): string {
    return 'RangeFill';
  }
  protected override get _defaultProps(): readonly string[] {
    return ['color'];
  }
  protected _readProp(name: string, { sheet, rect }: RangeTarget): unknown {
    if (name !== 'color') throw invalidArgument(`RangeFill.${name} is not supported by the fake.`);
    return sheet.readFormat(rect, (f) => f.fill ?? '#FFFFFF');
  }
  protected _writeProp(name: string, value: unknown, target: RangeTarget): void {
    if (name !== 'color') throw invalidArgument(`RangeFill.${name} cannot be set.`);
    const sheet = this.writable(target);
    const color = normaliseColor(value);
    sheet.setFormat(target.rect, (f) => (f.fill = color));
  }
  clear(): void {
    this._call('clear', [], (target) => {
      const sheet = this.writable(target);
      sheet.forEachStoredCell(target.rect, (cell) => {
        if (cell.format) delete cell.format.fill;
      });
    });
  }
}
defineProxyProperties(FakeRangeFill.prototype, ['color']);

export class FakeRangeBorderCollection extends FakeRangePart {
  protected get _typeName(): string {
    return 'RangeBorderCollection';
  }
  protected _readProp(name: string): unknown {
    throw invalidArgument(`RangeBorderCollection.${name} is not supported by the fake.`);
  }
  protected _writeProp(name: string): void {
    throw invalidArgument(`RangeBorderCollection.${name} cannot be set.`);
  }
  getItem(index: string): FakeRangeBorder {
    return new FakeRangeBorder(this.context, `${this._path}.getItem(${quote(index)})`, this, index);
  }
}

export class FakeRangeBorder extends FakeRangePart {
  declare style: string;
  declare color: string;
  declare weight: string;

  constructor(context: FakeContextCore, path: string, owner: { _targetOrNull(): RangeTarget | null }, private readonly edge: string) {
    super(context, path, owner);
  }
  protected get _typeName(): string {
    return 'RangeBorder';
  }
  protected override get _defaultProps(): readonly string[] {
    return ['style', 'color', 'weight'];
  }
  protected _readProp(name: string, { sheet, rect }: RangeTarget): unknown {
    const edge = this.edge as keyof NonNullable<FakeCellFormat['borders']>;
    const outer: Record<string, (r: number, c: number) => boolean> = {
      EdgeTop: (r) => r === rect.top,
      EdgeBottom: (r) => r === rect.bottom,
      EdgeLeft: (_r, c) => c === rect.left,
      EdgeRight: (_r, c) => c === rect.right,
    };
    const on = outer[this.edge];
    if (!on) throw invalidArgument(`The fake reads outer border edges only (not '${this.edge}').`);
    let result: unknown = undefined;
    for (let r = rect.top; r <= rect.bottom; r++) {
      for (let c = rect.left; c <= rect.right; c++) {
        if (!on(r, c)) continue;
        const b: FakeBorder = sheet.getCell(r, c)?.format?.borders?.[edge] ?? { style: 'None', color: '#000000', weight: 'Thin' };
        const v = b[name as keyof FakeBorder];
        if (v === undefined) throw invalidArgument(`RangeBorder.${name} is not supported by the fake.`);
        if (result === undefined) result = v;
        else if (result !== v) return null;
      }
    }
    return result ?? null;
  }
  protected _writeProp(name: string, value: unknown, target: RangeTarget): void {
    const sheet = this.writable(target);
    switch (name) {
      case 'style':
        if (typeof value !== 'string') throw invalidArgument('Bad border style.');
        sheet.setBorder(target.rect, this.edge, (b) => (b.style = value));
        return;
      case 'weight':
        if (typeof value !== 'string') throw invalidArgument('Bad border weight.');
        sheet.setBorder(target.rect, this.edge, (b) => (b.weight = value));
        return;
      case 'color': {
        const color = normaliseColor(value);
        sheet.setBorder(target.rect, this.edge, (b) => (b.color = color));
        return;
      }
      default:
        throw invalidArgument(`RangeBorder.${name} cannot be set.`);
    }
  }
}
defineProxyProperties(FakeRangeBorder.prototype, ['style', 'color', 'weight']);

// ---- data validation --------------------------------------------------------------------------

export class FakeDataValidation extends FakeRangePart {
  declare rule: { list?: { inCellDropDown?: boolean; source: string } };

  protected get _typeName(): string {
    return 'DataValidation';
  }
  protected override get _defaultProps(): readonly string[] {
    return ['rule'];
  }
  protected _readProp(name: string, { sheet, rect }: RangeTarget): unknown {
    if (name !== 'rule') throw invalidArgument(`DataValidation.${name} is not supported by the fake.`);
    const dv = sheet.dataValidations.find((d) => contains(d.range, rect));
    return dv ? { list: { inCellDropDown: dv.inCellDropDown, source: dv.source } } : {};
  }
  protected _writeProp(name: string, value: unknown, target: RangeTarget): void {
    if (name !== 'rule') throw invalidArgument(`DataValidation.${name} cannot be set.`);
    const sheet = this.writable(target);
    const list = (value as { list?: { inCellDropDown?: unknown; source?: unknown } } | null)?.list;
    if (!list || typeof list.source !== 'string' || list.source === '') throw invalidArgument('The fake supports list rules only.', 'DataValidation.rule');
    if (sheet.dataValidations.some((d) => intersects(d.range, target.rect))) {
      throw new FakeExcelError('InvalidOperation', 'The range already has data validation; clear it first.', 'DataValidation.rule');
    }
    sheet.dataValidations.push({
      range: target.rect,
      source: list.source,
      list: list.source.startsWith('=') ? this.referencedList(list.source.slice(1)) : list.source.split(','),
      inCellDropDown: list.inCellDropDown !== false,
    });
  }
  /** The values of a `Sheet!$B$1:$B$3` reference (the list a drop-down offers). */
  private referencedList(reference: string): string[] {
    const bang = reference.lastIndexOf('!');
    const sheetName = bang >= 0 ? reference.slice(0, bang).replace(/^'(.*)'$/, '$1').replace(/''/g, "'") : '';
    const source = this.context.workbookState.findSheet(sheetName);
    const rect = parseAddress(reference);
    if (!source || !rect) throw invalidArgument(`The list source '=${reference}' is not a valid reference.`, 'DataValidation.rule');
    const out: string[] = [];
    for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) out.push(String(source.view(r, c).value));
    return out;
  }

  clear(): void {
    this._call('clear', [], (target) => {
      const sheet = this.writable(target);
      sheet.dataValidations = sheet.dataValidations.filter((d) => !intersects(d.range, target.rect));
    });
  }
}
defineProxyProperties(FakeDataValidation.prototype, ['rule']);

// ---- settings, application, runtime -----------------------------------------------------------

export class FakeSettingCollection extends FakeClientObject<FakeWorkbook> {
  constructor(context: FakeContextCore) {
    super(context, 'settings', undefined, context.workbookState);
  }
  protected get _typeName(): string {
    return 'SettingCollection';
  }
  protected get _defaultProps(): readonly string[] {
    return [];
  }
  protected _readProp(name: string): unknown {
    throw invalidArgument(`SettingCollection.${name} cannot be loaded.`);
  }
  protected _writeProp(name: string): void {
    throw invalidArgument(`SettingCollection.${name} cannot be set.`);
  }

  add(key: string, value: unknown): FakeSetting {
    const stored = JSON.stringify(value);
    return new FakeSetting(this.context, `settings.add(${quote(key)})`, () => {
      if (stored === undefined) throw invalidArgument('A setting value must be JSON.');
      this.context.workbookState.settings.set(key, JSON.parse(stored));
      return key;
    });
  }

  getItem(key: string): FakeSetting {
    return new FakeSetting(this.context, `settings.getItem(${quote(key)})`, () => {
      if (!this.context.workbookState.settings.has(key)) throw itemNotFound(`The setting '${key}' doesn't exist.`);
      return key;
    });
  }

  getItemOrNullObject(key: string): FakeSetting {
    return new FakeSetting(this.context, `settings.getItemOrNullObject(${quote(key)})`, () => (this.context.workbookState.settings.has(key) ? key : null));
  }
}

export class FakeSetting extends FakeClientObject<string> {
  declare value: unknown;
  declare readonly key: string;

  protected get _typeName(): string {
    return 'Setting';
  }
  protected get _defaultProps(): readonly string[] {
    return ['key', 'value'];
  }
  protected _readProp(name: string, key: string): unknown {
    if (name === 'key') return key;
    if (name === 'value') return this.context.workbookState.settings.get(key);
    throw invalidArgument(`Setting.${name} is not supported by the fake.`);
  }
  protected _writeProp(name: string, value: unknown, key: string): void {
    if (name !== 'value') throw invalidArgument(`Setting.${name} cannot be set.`);
    this.context.workbookState.settings.set(key, JSON.parse(JSON.stringify(value)) as unknown);
  }
  delete(): void {
    this._call('delete', [], (key) => {
      this.context.workbookState.settings.delete(key);
    });
  }
}
defineProxyProperties(FakeSetting.prototype, ['value', 'key'], ['key']);

export class FakeApplication extends FakeClientObject<FakeWorkbook> {
  declare calculationMode: string;

  constructor(context: FakeContextCore) {
    super(context, 'application', undefined, context.workbookState);
  }
  protected get _typeName(): string {
    return 'Application';
  }
  protected get _defaultProps(): readonly string[] {
    return ['calculationMode'];
  }
  protected _readProp(name: string, wb: FakeWorkbook): unknown {
    if (name === 'calculationMode') return wb.application.reportedCalculationMode();
    throw invalidArgument(`Application.${name} is not supported by the fake.`);
  }
  protected _writeProp(name: string, value: unknown, wb: FakeWorkbook): void {
    if (name !== 'calculationMode') throw invalidArgument(`Application.${name} cannot be set.`);
    if (value !== 'Automatic' && value !== 'AutomaticExceptTables' && value !== 'Manual') throw invalidArgument(`Bad calculationMode '${String(value)}'.`);
    wb.application.setCalculationMode(value);
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this._call('suspendScreenUpdatingUntilNextSync', [], () => {
      this.context.screenUpdatingSuspended = true;
    });
  }
  suspendApiCalculationUntilNextSync(): void {
    this._call('suspendApiCalculationUntilNextSync', [], (wb) => {
      wb.apiCalculationSuspended = true;
    });
  }
  calculate(calculationType: string): void {
    this._call('calculate', [calculationType], (wb) => wb.calculate());
  }
}
defineProxyProperties(FakeApplication.prototype, ['calculationMode']);

export class FakeRuntime extends FakeClientObject<FakeWorkbook> {
  declare enableEvents: boolean;

  constructor(context: FakeContextCore) {
    super(context, 'runtime', undefined, context.workbookState);
  }
  protected get _typeName(): string {
    return 'Runtime';
  }
  protected get _defaultProps(): readonly string[] {
    return ['enableEvents'];
  }
  protected _readProp(name: string, wb: FakeWorkbook): unknown {
    if (name === 'enableEvents') return wb.enableEvents;
    throw invalidArgument(`Runtime.${name} is not supported by the fake.`);
  }
  protected _writeProp(name: string, value: unknown, wb: FakeWorkbook): void {
    if (name !== 'enableEvents') throw invalidArgument(`Runtime.${name} cannot be set.`);
    wb.enableEvents = Boolean(value);
  }
}
defineProxyProperties(FakeRuntime.prototype, ['enableEvents']);

export { STANDARD_COLUMN_WIDTH, STANDARD_ROW_HEIGHT };
