/**
 * The ownership record's Office.js I/O. The record itself (its text, the meta-sheet name, the
 * 255-character rule, stored lists) is app/workbookRecord.ts, shared with the .xlsx host. Excel keeps
 * a copy in two workbook settings besides the meta sheet's A1: this host reads both and writes both;
 * the command line writes only the meta sheet, so where the two disagree the sheet is the newer.
 */
import { decodeSettings, decodeSheetList, mergeRecords, recordFromCells, type MetaRows, type WorkbookRecord } from '../../app/workbookRecord';

export { META_SHEET_NAME, fitsInlineList, storedListColumn } from '../../app/workbookRecord';

/** The owned sheet names (an array; JSON text of one is read too). */
export const OWNED_SHEETS_SETTING = 'perfEval.ownedSheets';
/** The workbook settings (an object `{profile?, mode?}`). */
export const WORKBOOK_SETTINGS_SETTING = 'perfEval.settings';

/**
 * The record from the two settings' values (undefined when absent) and the meta sheet's cells: sheet
 * names unioned, settings of the meta sheet winning field by field.
 */
export function recordOfWorkbook(ownedSetting: unknown, settingsSetting: unknown, metaRows: MetaRows): WorkbookRecord {
  const fromSettings: WorkbookRecord = { ownedSheets: decodeSheetList(ownedSetting), settings: decodeSettings(settingsSetting) };
  return mergeRecords(fromSettings, recordFromCells(metaRows));
}
