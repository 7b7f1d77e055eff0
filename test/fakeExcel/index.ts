/** The fake Excel: one in-memory workbook behind an `Excel.run`-shaped function (see createFakeExcel.ts). */
export { createFakeExcel, DEFAULT_PAYLOAD_LIMIT_BYTES, FakeRequestContext } from './createFakeExcel';
export type { FakeExcel, FakeRun, FakeBatch, FakeExcelOptions } from './createFakeExcel';
export type { FailRule, FakeExcelStats, FakeRequestLog } from './fakeContext';
export { FakeExcelError } from './fakeErrors';
export { FakeWorkbook, FakeSheet, STANDARD_COLUMN_WIDTH, STANDARD_ROW_HEIGHT } from './fakeWorkbook';
export type { CellView, FakeCellFormat, FakeBorder, Rect } from './fakeWorkbook';
export { fakeWorkbookFromSnapshot, snapshotOfFake, gridOfSheet, cellOf, mergesOf, sheetNamesOf, serializeFake, dateToSerial } from './fakeSnapshot';
export { utf8Length } from './fakeAddress';
