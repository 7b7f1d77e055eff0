/**
 * The add-in's record inside an ExcelJS workbook: the I/O of app/workbookRecord.ts (which owns the
 * record's text, the meta-sheet name, the 255-character rule and the layout of stored lists) over a
 * very hidden worksheet `_perfeval_meta`: A1 holds the record, columns B, C, … hold drop-down lists
 * too long for an inline data validation, referenced as `_perfeval_meta!$B$1:$B$n`.
 * The meta sheet is never part of a snapshot and is kept last in tab order.
 */
import type { Workbook, Worksheet } from 'exceljs';
import {
  META_SHEET_NAME,
  encodeRecord,
  fitsInlineList,
  recordFromCells,
  storedListColumn,
  storedListRange,
  type MetaRows,
  type WorkbookRecord,
} from '../../app/workbookRecord';
import { internals } from './excelInternals';
import { isRichText, richTextToString } from './readSheet';

export { META_SHEET_NAME } from '../../app/workbookRecord';

export function findMetaSheet(wb: Workbook): Worksheet | undefined {
  return wb.worksheets.find((ws) => ws.name === META_SHEET_NAME);
}

/**
 * A cell's text: a string as it is, rich text joined. LibreOffice (and WPS) save a string that mixes
 * Latin and CJK as rich text runs, one per script, so the record can come back that way.
 */
function textOf(value: unknown): unknown {
  return isRichText(value) ? richTextToString(value) : value;
}

/** The meta sheet's values from A1, rich text joined. */
function metaRows(meta: Worksheet): MetaRows {
  const rows: unknown[][] = [];
  for (let r = 1; r <= meta.rowCount; r++) {
    const row: unknown[] = [];
    const cells = meta.getRow(r);
    for (let c = 1; c <= cells.cellCount; c++) row.push(textOf(meta.findCell(r, c)?.value ?? null));
    rows.push(row);
  }
  return rows;
}

/** The record in A1; empty when the sheet is absent or A1 is not a record. */
export function readRecord(meta: Worksheet | undefined): WorkbookRecord {
  return recordFromCells(meta ? [[textOf(meta.findCell(1, 1)?.value)]] : []);
}

/** Moves the sheet to the end of the tab order (other sheets keep their relative order). */
export function moveToEnd(wb: Workbook, ws: Worksheet): void {
  let last = 0;
  for (const other of wb.worksheets) if (other !== ws) last = Math.max(last, internals(other).orderNo);
  if (internals(ws).orderNo <= last) internals(ws).orderNo = last + 1;
}

export function ensureMetaSheet(wb: Workbook): Worksheet {
  const existing = findMetaSheet(wb);
  if (existing) {
    // Made only hidden by a program without very hidden sheets (LibreOffice): hide it again.
    existing.state = 'veryHidden';
    return existing;
  }
  const ws = wb.addWorksheet(META_SHEET_NAME, { state: 'veryHidden' });
  ws.state = 'veryHidden';
  // What ExcelJS gives every sheet it loads: set it now so the sheet saves the same on every run.
  ws.pageSetup.firstPageNumber = 1;
  return ws;
}

export function writeRecord(meta: Worksheet, record: WorkbookRecord): void {
  meta.getCell(1, 1).value = encodeRecord(record);
}

/** A list validation's formula: the items inline (`"a,b,c"`), or a reference to a list stored in the meta sheet. */
export function listFormula(wb: Workbook, list: readonly string[]): string {
  return fitsInlineList(list) ? `"${list.join(',')}"` : storedListFormula(ensureMetaSheet(wb), list);
}

/** A reference to the column of the meta sheet holding `list`, storing it in the first free column (from B) when none does. */
function storedListFormula(meta: Worksheet, list: readonly string[]): string {
  const { col, write } = storedListColumn(metaRows(meta), list);
  if (write) {
    list.forEach((item, i) => {
      const cell = meta.getCell(i + 1, col + 1);
      cell.value = item;
      cell.numFmt = '@';
    });
  }
  return storedListRange(col, list.length);
}
