/**
 * Bridges between the fake Excel and the engine's `WorkbookSnapshot`, plus accessors for assertions
 * (cell value / number format / format, merges, sheet names) and a canonical dump for comparing
 * two fake states.
 */
import type { WorkbookSnapshot } from '../../src/app/ports';
import type { CellRange, CellValue, SheetGrid } from '../../src/domain/grid';
import { isCellError } from '../../src/domain/grid';
import { parseA1 } from '../../src/domain/address';
import { encodeRecord, type WorkbookRecord } from '../../src/app/workbookRecord';
import { META_SHEET_NAME, OWNED_SHEETS_SETTING, WORKBOOK_SETTINGS_SETTING, recordOfWorkbook } from '../../src/hosts/office/ownershipRecord';
import { rectToA1 } from './fakeAddress';
import { FakeWorkbook, type CellView, type FakeApplicationState, type FakeSheet } from './fakeWorkbook';
import type { FakeExcel } from './createFakeExcel';

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** A JS date as an Excel serial (whole days since 1899-12-30, UTC). */
export function dateToSerial(date: Date): number {
  return (date.getTime() - EXCEL_EPOCH_MS) / 86_400_000;
}

export interface FromSnapshotOptions {
  /** Where to record `snapshot.ownedSheets` and `snapshot.settings`: the workbook settings (default), the meta sheet, or both. */
  readonly ownership?: 'settings' | 'meta' | 'both';
  /** The Excel application the workbook is open in (default: an application of its own). */
  readonly application?: FakeApplicationState;
}

/** Builds a fake workbook holding the snapshot's sheets (values, number formats, merges, visibility). */
export function fakeWorkbookFromSnapshot(snapshot: WorkbookSnapshot, options: FromSnapshotOptions = {}): FakeWorkbook {
  const wb = new FakeWorkbook(options.application);
  for (const grid of snapshot.sheets) {
    const sheet = wb.addSheet(grid.name);
    grid.values.forEach((row, r) => {
      row.forEach((value, c) => writeCellValue(sheet, r, c, value));
    });
    grid.numberFormats.forEach((row, r) => {
      row.forEach((format, c) => {
        if (format !== undefined && format !== 'General') sheet.cellForWrite(r, c).numberFormat = format;
      });
    });
    sheet.merges = grid.merges.map((m) => ({ ...m }));
    if (!grid.visible) sheet.visibility = 'Hidden';
  }
  const mode = options.ownership ?? 'settings';
  const record: WorkbookRecord = { ownedSheets: snapshot.ownedSheets, settings: snapshot.settings ?? {} };
  const hasSettings = Object.keys(record.settings).length > 0;
  if (record.ownedSheets.length > 0 || hasSettings) {
    if (mode !== 'meta') {
      if (record.ownedSheets.length > 0) wb.settings.set(OWNED_SHEETS_SETTING, [...record.ownedSheets]);
      if (hasSettings) wb.settings.set(WORKBOOK_SETTINGS_SETTING, { ...record.settings });
    }
    if (mode !== 'settings') {
      const meta = wb.addSheet(META_SHEET_NAME);
      meta.visibility = 'VeryHidden';
      meta.cellForWrite(0, 0).numberFormat = '@';
      meta.writeValue(0, 0, encodeRecord(record));
    }
  }
  return wb;
}

function writeCellValue(sheet: FakeSheet, r: number, c: number, value: CellValue): void {
  if (value === null || value === '') return;
  if (isCellError(value)) {
    sheet.writeError(r, c, value.error);
    return;
  }
  const cell = sheet.cellForWrite(r, c);
  cell.value = value instanceof Date ? dateToSerial(value) : value;
}

function workbookOf(source: FakeWorkbook | FakeExcel): FakeWorkbook {
  return source instanceof FakeWorkbook ? source : source.workbook;
}

/** The snapshot the office host should read from this fake (the meta sheet excluded, the record's copies merged). */
export function snapshotOfFake(source: FakeWorkbook | FakeExcel): WorkbookSnapshot {
  const wb = workbookOf(source);
  const sheets: SheetGrid[] = [];
  let metaA1: unknown = null;
  for (const sheet of wb.sheets) {
    if (sheet.name === META_SHEET_NAME) {
      metaA1 = sheet.getCell(0, 0)?.value ?? null;
      continue;
    }
    sheets.push(gridOfSheet(sheet));
  }
  const record = recordOfWorkbook(wb.settings.get(OWNED_SHEETS_SETTING), wb.settings.get(WORKBOOK_SETTINGS_SETTING), [[metaA1]]);
  return { sheets, ownedSheets: record.ownedSheets, settings: record.settings };
}

/** One fake sheet as a grid (values from A1; error cells as `{ error }`; General formats omitted). */
export function gridOfSheet(sheet: FakeSheet): SheetGrid {
  const used = sheet.usedRange(true);
  const values: CellValue[][] = [];
  const numberFormats: (string | undefined)[][] = [];
  if (used) {
    for (let r = 0; r <= used.bottom; r++) {
      const vRow: CellValue[] = [];
      const fRow: (string | undefined)[] = [];
      if (r >= used.top) {
        for (let c = 0; c <= used.right; c++) {
          if (c < used.left) {
            vRow.push(null);
            fRow.push(undefined);
            continue;
          }
          const cell = sheet.getCell(r, c);
          vRow.push(cell === undefined || cell.value === null ? null : cell.error ? { error: String(cell.value) } : cell.value);
          fRow.push(cell?.numberFormat);
        }
      }
      values.push(vRow);
      numberFormats.push(fRow);
    }
  }
  const merges: CellRange[] = sheet.merges.map((m) => ({ ...m }));
  return { name: sheet.name, values, numberFormats, merges, visible: sheet.visibility === 'Visible' };
}

// ---- assertion helpers ------------------------------------------------------------------------

export function sheetNamesOf(source: FakeWorkbook | FakeExcel): string[] {
  return workbookOf(source).sheetNames();
}

/** A cell by sheet name and A1 address. */
export function cellOf(source: FakeWorkbook | FakeExcel, sheetName: string, a1: string): CellView {
  const at = parseA1(a1);
  if (!at) throw new Error(`Bad cell address ${a1}`);
  return workbookOf(source).sheet(sheetName).view(at.row, at.col);
}

/** Merged areas of a sheet as sorted A1 ranges. */
export function mergesOf(source: FakeWorkbook | FakeExcel, sheetName: string): string[] {
  return workbookOf(source)
    .sheet(sheetName)
    .merges.map((m) => rectToA1(m))
    .sort();
}

/** A canonical text dump of everything the fake stores (for "same state twice" assertions). */
export function serializeFake(source: FakeWorkbook | FakeExcel): string {
  const wb = workbookOf(source);
  const sheets = wb.sheets.map((s) => {
    const cells: [string, unknown][] = [];
    const rows = [...s.rows.keys()].sort((a, b) => a - b);
    for (const r of rows) {
      const row = s.rows.get(r);
      if (!row) continue;
      for (const c of [...row.keys()].sort((a, b) => a - b)) cells.push([rectToA1({ top: r, left: c, bottom: r, right: c }), row.get(c)]);
    }
    return {
      name: s.name,
      visibility: s.visibility,
      tabColor: s.tabColor,
      freeze: s.freeze,
      merges: s.merges.map((m) => rectToA1(m)).sort(),
      columnWidths: [...s.columnWidths].sort((a, b) => a[0] - b[0]),
      rowHeights: [...s.rowHeights].sort((a, b) => a[0] - b[0]),
      dataValidations: s.dataValidations.map((d) => ({ range: rectToA1(d.range), source: d.source, list: d.list })),
      page: s.page,
      cells,
    };
  });
  const settings = [...wb.settings].sort((a, b) => a[0].localeCompare(b[0]));
  const active = wb.activeSheet()?.name ?? null;
  return JSON.stringify({ sheets, settings, active, calculationMode: wb.calculationMode, enableEvents: wb.enableEvents });
}
