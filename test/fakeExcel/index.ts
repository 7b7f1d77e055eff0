/** The fake Excel: one in-memory workbook behind an `Excel.run`-shaped function (see createFakeExcel.ts). */
export { createFakeExcel, DEFAULT_PAYLOAD_LIMIT_BYTES, DEFAULT_MERGED_AREAS_LIMIT, DEFAULT_GET_CELLS_LIMIT, FakeRequestContext, limitsOf } from './createFakeExcel';
export type { FakeExcel, FakeRun, FakeBatch, FakeExcelOptions } from './createFakeExcel';
export type { FailRule, FakeEnvironment, FakeExcelStats, FakeLimits, FakeRequestLog, SyncMeasure } from './fakeContext';
export { FakeExcelError } from './fakeErrors';
export { FakeApplicationState, FakeWorkbook, FakeSheet, STANDARD_COLUMN_WIDTH, STANDARD_ROW_HEIGHT } from './fakeWorkbook';
export type { FakeCalculationMode } from './fakeWorkbook';
export type { CellView, FakeCellFormat, FakeBorder, Rect } from './fakeWorkbook';
export { fakeWorkbookFromSnapshot, snapshotOfFake, gridOfSheet, cellOf, mergesOf, sheetNamesOf, serializeFake, dateToSerial } from './fakeSnapshot';
export { utf8Length } from './fakeAddress';
