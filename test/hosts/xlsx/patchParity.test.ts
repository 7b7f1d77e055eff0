/**
 * The patching writer against the ExcelJS writer: the seed recomputed by the engine and saved both
 * ways reads back the same, sheet by sheet and (for the four outputs) cell style by cell style — as
 * the tracking report it is (the 绩效运行监控表) and as a self-evaluation (the 自评表).
 */
import type { Workbook, Worksheet } from 'exceljs';
import type { WorkbookSnapshot } from '../../../src/app/ports';
import type { EvaluationMode } from '../../../src/domain/workbookSettings';
import { META_SHEET_NAME } from '../../../src/hosts/xlsx/metaSheet';
import { XlsxHost } from '../../../src/hosts/xlsx/xlsxHost';
import { comparable, sheetNamed } from './planFixtures';
import { INPUT_SHEETS, PLAIN_LOOK, type Saved, lookOf, recomputeWith, seedBytes } from './patchKit';
import { SEED_OUTPUTS, SEED_SELF_OUTPUTS } from '../../helpers/fixtures';

const MODES: readonly (readonly [EvaluationMode, readonly string[]])[] = [
  ['tracking', SEED_OUTPUTS],
  ['selfEvaluation', SEED_SELF_OUTPUTS],
];

describe.each(MODES)('as %s', (mode, OUTPUTS) => {

  let patched: Saved;
  let viaExcelJs: Saved;
  let patchedBook: Workbook;
  let excelJsBook: Workbook;
  let patchedSnapshot: WorkbookSnapshot;
  let excelJsSnapshot: WorkbookSnapshot;

  beforeAll(async () => {
    const seed = await seedBytes();
    patched = await recomputeWith(seed, false, { mode });
    viaExcelJs = await recomputeWith(seed, true, { mode });
    patchedSnapshot = await (await XlsxHost.fromBuffer(patched.bytes)).read();
    excelJsSnapshot = await (await XlsxHost.fromBuffer(viaExcelJs.bytes)).read();
    patchedBook = (await XlsxHost.fromBuffer(patched.bytes)).workbook;
    excelJsBook = (await XlsxHost.fromBuffer(viaExcelJs.bytes)).workbook;
  });

  function worksheet(wb: Workbook, name: string): Worksheet {
    const ws = wb.getWorksheet(name);
    if (!ws) throw new Error(`no sheet ${name}`);
    return ws;
  }

  describe('seed → recompute → save: patch and ExcelJS agree', () => {
    it('saves by patching, unless the model was touched', () => {
      expect(patched.mode).toBe('patch');
      expect(viaExcelJs.mode).toBe('exceljs');
    });

    it('has the same sheets in the same order, owned the same', () => {
      const names = [...INPUT_SHEETS, ...OUTPUTS];
      expect(patchedSnapshot.sheets.map((s) => s.name)).toEqual(names);
      expect(excelJsSnapshot.sheets.map((s) => s.name)).toEqual(names);
      expect(patchedSnapshot.ownedSheets).toEqual(excelJsSnapshot.ownedSheets);
      expect(patchedBook.worksheets.map((ws) => ws.name)).toEqual(excelJsBook.worksheets.map((ws) => ws.name));
      expect(worksheet(patchedBook, META_SHEET_NAME).state).toBe('veryHidden');
    });

    it.each([...INPUT_SHEETS, ...OUTPUTS].map((n) => [n]))('%s: same values, number formats and merges', (name) => {
      const a = sheetNamed(patchedSnapshot, name);
      const b = sheetNamed(excelJsSnapshot, name);
      expect(comparable(a)).toEqual(comparable(b));
      if (OUTPUTS.includes(name)) expect(a.values.flat().filter((v) => v !== null).length).toBeGreaterThan(5);
    });

    it.each(OUTPUTS.map((n) => [n]))('%s: same look in every cell', (name) => {
      const a = worksheet(patchedBook, name);
      const b = worksheet(excelJsBook, name);
      const rows = Math.max(a.rowCount, b.rowCount);
      const columns = Math.max(a.columnCount, b.columnCount);
      expect(rows).toBeGreaterThan(2);
      let styled = 0;
      for (let r = 1; r <= rows; r++) {
        for (let c = 1; c <= columns; c++) {
          const mine = lookOf(a.getCell(r, c));
          expect({ at: a.getCell(r, c).address, look: mine }).toEqual({ at: b.getCell(r, c).address, look: lookOf(b.getCell(r, c)) });
          if (JSON.stringify(mine) !== JSON.stringify(PLAIN_LOOK)) styled++;
        }
      }
      expect(styled).toBeGreaterThan(columns);
    });

    it.each(OUTPUTS.map((n) => [n]))('%s: same widths, heights, frozen panes and tab colour', (name) => {
      const a = worksheet(patchedBook, name);
      const b = worksheet(excelJsBook, name);
      const columns = Math.max(a.columnCount, b.columnCount);
      for (let c = 1; c <= columns; c++) {
        const wa = a.getColumn(c).width;
        const wb = b.getColumn(c).width;
        // The ExcelJS writer nudges a width of exactly 9 to 9.01 (writeSheet.ts); the patch writes 9.
        if (wb === undefined) expect(wa).toBeUndefined();
        else expect(wa).toBeCloseTo(wb, 1);
      }
      for (let r = 1; r <= Math.max(a.rowCount, b.rowCount); r++) expect([r, a.getRow(r).height]).toEqual([r, b.getRow(r).height]);
      const view = (ws: Worksheet): unknown => {
        const v = (ws.views as Partial<{ state: string; xSplit: number; ySplit: number }>[] | null)?.[0];
        return { state: v?.state, xSplit: v?.xSplit ?? 0, ySplit: v?.ySplit ?? 0 };
      };
      expect(view(a)).toEqual(view(b));
      expect(a.properties.tabColor).toEqual(b.properties.tabColor);
    });

    it('freezes and colours what the plans ask for', () => {
      const form = worksheet(patchedBook, OUTPUTS[0] ?? '');
      expect(form.properties.tabColor).toEqual({ argb: 'FF2F5597' });
      const frozen = patchedBook.worksheets.filter((ws) => (ws.views as { state?: string }[] | null)?.[0]?.state === 'frozen');
      expect(frozen.length).toBeGreaterThan(0);
    });
  });
});
