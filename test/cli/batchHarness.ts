/** A folder of mixed workbooks for the batch tests, and a reader of the summary's 项目汇总 rows. */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { XlsxHost } from '../../src/hosts/xlsx/xlsxHost';
import { workbookPlan } from '../../tools/generateWorkbook';
import { FORMS_DIR, LEGACY_XLS, SEED_XLSX, TRUNCATED_XLSX } from '../helpers/fixtures';

export const FORM_FILES = ['case1c-tools-own-form-alone.xlsx', 'case5a-yunnan-lijiang-property-unit-columns.xlsx'];

/**
 * `dir` with the seed, the published forms (in `forms/`), a second generated project, a legacy .xls,
 * a truncated .xlsx and a text file (not a workbook: left out of a folder batch).
 */
export async function mixedFolder(dir: string): Promise<string[]> {
  mkdirSync(path.join(dir, 'forms'), { recursive: true });
  copyFileSync(SEED_XLSX, path.join(dir, 'seed.xlsx'));
  for (const form of FORM_FILES) copyFileSync(path.join(FORMS_DIR, form), path.join(dir, 'forms', form));
  const second = XlsxHost.create();
  await second.apply(workbookPlan({ indicators: 12, expenses: 8 }));
  await second.save(path.join(dir, 'second.xlsx'));
  copyFileSync(LEGACY_XLS, path.join(dir, 'legacy.xls'));
  copyFileSync(TRUNCATED_XLSX, path.join(dir, 'truncated.xlsx'));
  writeFileSync(path.join(dir, 'notes.txt'), 'not a workbook');
  return ['forms/case1c-tools-own-form-alone.xlsx', 'forms/case5a-yunnan-lijiang-property-unit-columns.xlsx', 'legacy.xls', 'second.xlsx', 'seed.xlsx', 'truncated.xlsx'].map((f) =>
    path.join(dir, f),
  );
}

/** 项目汇总 as text rows, from the header down (the header row first). */
export async function summaryRows(file: string): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet('项目汇总');
  const out: string[][] = [];
  ws?.eachRow((row, n) => {
    if (n < 3) return;
    const cells: string[] = [];
    for (let c = 1; c <= ws.columnCount; c++) {
      const v = row.getCell(c).value;
      cells.push(v === null || v === undefined ? '' : String(v));
    }
    out.push(cells);
  });
  return out;
}
