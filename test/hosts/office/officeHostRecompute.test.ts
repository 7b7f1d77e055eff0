/**
 * Recompute through the office host over the fake Excel: the sync budget, text stays text, input
 * sheets untouched, idempotence, errors, the ownership record (sync budgets: officeHostSyncBudget.test.ts).
 */
import { recompute, validate, insertTemplate } from '../../../src/app/useCases';
import { OfficeHostError } from '../../../src/hosts/office/officeHostError';
import { META_SHEET_NAME, OWNED_SHEETS_SETTING } from '../../../src/hosts/office/ownershipRecord';
import { OUTPUT_SHEET_NAMES } from '../../../src/domain/output/planTypes';
import { columnWidthPoints } from '../../../src/hosts/office/outputFont';
import { printAreaAddress, printTitleRowsAddress } from '../../../src/hosts/office/pageLayoutWork';
import type { WorkbookSnapshot } from '../../../src/app/ports';
import type { CellValue } from '../../../src/domain/grid';
import { FakeApplicationState, FakeWorkbook, cellOf, fakeWorkbookFromSnapshot, serializeFake, sheetNamesOf, type FakeExcel, type FakeSheet } from '../../fakeExcel';
import { columnLetters } from '../../../src/domain/address';
import { MINIMUM_EXCEL, seedSnapshot, KITS, overKit } from './officeTestKit';
import { WORKBENCH } from '../../../src/app/workbench';

/** Every door runs with the evaluator's workbench (app/workbench.ts). */
const FULL = { workbench: WORKBENCH } as const;
import { SEED_OUTPUTS } from '../../helpers/fixtures';

/** The seed is a tracking report: its outputs (test/helpers/fixtures.ts). */
const OUTPUTS: readonly string[] = SEED_OUTPUTS;

function sheetDump(fake: FakeExcel, name: string): string {
  const wb = new FakeWorkbook();
  const source = fake.workbook.sheet(name);
  wb.sheets.push(source);
  return serializeFake(wb);
}

function allCells(sheet: FakeSheet): { row: number; col: number; value: unknown; formula?: string; valueType: string }[] {
  const out: { row: number; col: number; value: unknown; formula?: string; valueType: string }[] = [];
  for (const [row, cols] of sheet.rows) {
    for (const [col] of cols) {
      const view = sheet.view(row, col);
      out.push({ row, col, value: view.value, valueType: view.valueType, ...(view.formula !== undefined ? { formula: view.formula } : {}) });
    }
  }
  return out;
}

/** The seed with formula-looking text in an input cell the outputs copy (a deviation reason and a name). */
function seedWithFormulaText(seed: WorkbookSnapshot): WorkbookSnapshot {
  const sheets = seed.sheets.map((s) => {
    if (!s.values.some((row) => row.includes('偏差原因分析及改进措施'))) return s;
    const values = s.values.map((row) => [...row]);
    const header = values.findIndex((row) => row.includes('偏差原因分析及改进措施'));
    const reasonCol = values[header]?.indexOf('偏差原因分析及改进措施') ?? -1;
    const target = values[header + 1];
    if (target && reasonCol >= 0) target[reasonCol] = '=HYPERLINK("http://x","点我")';
    const second = values[header + 2];
    if (second && reasonCol >= 0) second[reasonCol] = '-未完成，原因见附件';
    return { ...s, values: values as CellValue[][] };
  });
  return { ...seed, sheets };
}

describe.each(KITS)('over the $name', (kit) => {
  const { officeOver, officeOverSnapshot } = overKit(kit);

  describe('recompute through the office host', () => {
    it('costs at most 3 syncs for the seed and writes the four output sheets', async () => {
      const seed = await seedSnapshot();
      const { fake, host } = officeOverSnapshot(seed);
      const result = await recompute(host, FULL);
      expect(fake.stats.syncs).toBeLessThanOrEqual(3);
      expect(fake.stats.runs.every((options) => options['delayForCellEdit'] === true)).toBe(true);
      expect(result.evaluation.total).toBeCloseTo(62.5, 2);
      const names = sheetNamesOf(fake);
      for (const output of OUTPUTS) expect(names).toContain(output);
      expect(names).toContain(META_SHEET_NAME);
      expect(fake.workbook.sheet(META_SHEET_NAME).visibility).toBe('VeryHidden');
      expect(fake.workbook.settings.get(OWNED_SHEETS_SETTING)).toEqual(result.plan.ownedSheets);
      expect(JSON.parse(String(cellOf(fake, META_SHEET_NAME, 'A1').value))).toEqual({ ownedSheets: result.plan.ownedSheets });
      const form = result.plan.sheets.find((s) => s.role === 'monitor');
      expect(cellOf(fake, OUTPUT_SHEET_NAMES.monitor, 'A1').value).toBe(form?.values[0]?.[0]);
      expect(fake.workbook.activeSheet()?.name).toBe(result.plan.activate);
    });

    it('writes exactly the plan: values, number formats, merges, widths and freeze panes', async () => {
      const seed = await seedSnapshot();
      const { fake, host } = officeOverSnapshot(seed);
      const { plan } = await recompute(host, FULL);
      for (const sheetPlan of plan.sheets) {
        const sheet = fake.workbook.sheet(sheetPlan.name);
        sheetPlan.values.forEach((row, r) =>
          row.forEach((value, c) => {
            const view = sheet.view(r, c);
            expect(view.value).toEqual(value ?? '');
            if (typeof value === 'number') expect(view.numberFormat).toBe(sheetPlan.numberFormats[r]?.[c] ?? 'General');
            if (typeof value === 'string' && value !== '') expect(view.numberFormat).toBe('@');
          }),
        );
        const planned = sheetPlan.merges.filter((m) => m.top !== m.bottom || m.left !== m.right).map((m) => JSON.stringify(m));
        expect(sheet.merges.map((m) => JSON.stringify(m)).sort()).toEqual(planned.sort());
        // Widths for the plan's font (宋体 10), set on every written cell; a title in its own face.
        sheetPlan.columnWidths.forEach((w, c) => expect(sheet.columnWidth(c)).toBe(columnWidthPoints(w, sheetPlan.font)));
        const titleFace = sheetPlan.styles.find((st) => st.style.fontName !== undefined && st.range.top === 0 && st.range.left === 0)?.style.fontName;
        expect(sheet.view(0, 0).format.fontName).toBe(titleFace ?? sheetPlan.font.name);
        expect(sheet.view(sheetPlan.values.length - 1, 0).format.fontName).toBe(sheetPlan.font.name);
        // How it prints: the plan's page setup, as the .xlsx writers write it.
        const page = sheetPlan.pageSetup;
        expect(sheet.page).toMatchObject({
          paperSize: 'A4',
          orientation: page.orientation === 'landscape' ? 'Landscape' : 'Portrait',
          zoom: { horizontalFitToPages: 1, verticalFitToPages: page.fitToHeight },
          centerHorizontally: true,
          printGridlines: false,
          printArea: printAreaAddress(page),
          centerFooter: '第 &P 页 共 &N 页',
          rowBreaks: page.rowBreaks,
          margins: { left: 28.8, right: 28.8, top: 36, bottom: 43.2, header: 21.6, footer: 21.6 },
        });
        expect(sheet.page.printTitleRows).toBe(printTitleRowsAddress(page));
        expect(sheet.freeze).toEqual(sheetPlan.freeze && (sheetPlan.freeze.rows > 0 || sheetPlan.freeze.columns > 0) ? sheetPlan.freeze : null);
      }
    });

    it('keeps formula-looking text as text (number format @ set before values)', async () => {
      const seed = seedWithFormulaText(await seedSnapshot());
      const { fake, host } = officeOverSnapshot(seed);
      await recompute(host, FULL);
      for (const name of OUTPUTS) {
        for (const cell of allCells(fake.workbook.sheet(name))) expect(cell.formula).toBeUndefined();
      }
      const copied = OUTPUTS.flatMap((name) => allCells(fake.workbook.sheet(name))).filter((c) => c.value === '=HYPERLINK("http://x","点我")');
      expect(copied.length).toBeGreaterThan(0);
      for (const cell of copied) expect(cell.valueType).toBe('String');
      // Every `values` write is preceded by the `numberFormat` write on the same range.
      for (const requests of fake.stats.requests) {
        requests.forEach((request, i) => {
          if (request.kind !== 'set' || request.name !== 'values') return;
          const earlier = requests.slice(0, i).filter((r) => r.object === request.object && r.kind === 'set');
          expect(earlier.map((r) => r.name)).toContain('numberFormat');
        });
      }
    });

    it('never modifies the input sheets', async () => {
      const seed = await seedSnapshot();
      const { fake, host } = officeOverSnapshot(seed);
      const before = seed.sheets.map((s) => sheetDump(fake, s.name));
      await recompute(host, FULL);
      await recompute(host, FULL);
      expect(seed.sheets.map((s) => sheetDump(fake, s.name))).toEqual(before);
    });

    it('gives an identical workbook on a second recompute, in at most 3 syncs again', async () => {
      const seed = await seedSnapshot();
      const { fake, host } = officeOverSnapshot(seed);
      await recompute(host, FULL);
      const first = serializeFake(fake);
      fake.resetStats();
      await recompute(host, FULL);
      expect(serializeFake(fake)).toBe(first);
      expect(fake.stats.syncs).toBeLessThanOrEqual(3);
    });

    it('rewrites owned outputs in place after the inputs change (no stale merges, values or validation)', async () => {
      const seed = await seedSnapshot();
      const { fake, host } = officeOverSnapshot(seed);
      await recompute(host, FULL);
      const fresh = officeOverSnapshot(seed);
      const indicatorSheet = seed.sheets.find((s) => s.values.some((row) => row.includes('实际完成值')));
      if (!indicatorSheet) throw new Error('seed has no indicator sheet');
      // Remove the last indicator row in both workbooks, then recompute: the rewritten sheets must match a first run.
      for (const setup of [fake, fresh.fake]) {
        const sheet = setup.workbook.sheet(indicatorSheet.name);
        const last = Math.max(...sheet.rows.keys());
        sheet.clear({ top: last, left: 0, bottom: last, right: 20 }, 'Contents');
      }
      await recompute(host, FULL);
      await recompute(fresh.host, FULL);
      for (const name of OUTPUTS) expect(sheetDump(fake, name)).toBe(sheetDump(fresh.fake, name));
    });

    it('suspends screen updating and switches events off during the write, restores them, and never touches calculation', async () => {
      const seed = await seedSnapshot();
      const { fake, host } = officeOverSnapshot(seed);
      await recompute(host, FULL);
      expect(fake.workbook.enableEvents).toBe(true);
      expect(fake.workbook.screenUpdatingSuspendedSyncs).toBeGreaterThanOrEqual(1);
      const requests = fake.stats.requests.flat();
      const sets = requests.filter((r) => r.kind === 'set' && (r.name === 'calculationMode' || r.name === 'enableEvents'));
      expect(sets.map((r) => r.name)).toEqual(['enableEvents', 'enableEvents']);
      expect(requests.some((r) => r.name === 'suspendApiCalculationUntilNextSync')).toBe(false);
      expect(fake.workbook.application.modeChanges).toEqual([]);
    });

    it("keeps an officer's own formula that refers to an output sheet up to date", async () => {
      const seed = await seedSnapshot();
      const { fake, host } = officeOverSnapshot(seed);
      const first = await recompute(host, FULL);
      // A cover sheet of the officer's showing the total of the form.
      const form = fake.workbook.sheet(OUTPUT_SHEET_NAMES.monitor);
      const totalAt = allCells(form).find((c) => c.value === first.evaluation.total);
      if (!totalAt) throw new Error('the form shows no total');
      const cover = fake.workbook.addSheet('封面');
      cover.setReferenceFormula(0, 0, `=${OUTPUT_SHEET_NAMES.monitor}!${columnLetters(totalAt.col)}${totalAt.row + 1}`);
      fake.workbook.calculate();
      expect(cover.view(0, 0).value).toBe(first.evaluation.total);
      // The inputs change (the first measured actual becomes 0): the total changes, and so does the cover.
      const indicatorSheet = seed.sheets.find((g) => g.values.some((row) => row.includes('实际完成值')));
      const header = indicatorSheet?.values.findIndex((row) => row.includes('实际完成值')) ?? -1;
      const column = indicatorSheet?.values[header]?.indexOf('实际完成值') ?? -1;
      const row = indicatorSheet?.values.findIndex((r, i) => i > header && typeof r[column] === 'number' && (r[column] as number) > 0) ?? -1;
      if (!indicatorSheet || row < 0) throw new Error('seed has no measured actual');
      fake.workbook.sheet(indicatorSheet.name).writeValue(row, column, 0);
      const second = await recompute(host, FULL);
      expect(second.evaluation.total).not.toBe(first.evaluation.total);
      expect(fake.workbook.dirty).toBe(false);
      expect(cover.view(0, 0).value).toBe(second.evaluation.total);
    });

    it.each(['Manual', 'AutomaticExceptTables'] as const)("leaves the application's calculation mode %s as it was", async (mode) => {
      const application = new FakeApplicationState();
      application.calculationMode = mode;
      // Excel reported AutomaticExceptTables as Automatic (office-js#2770): restoring what it read changed the setting.
      application.misreportAutomaticExceptTables = true;
      const wb = fakeWorkbookFromSnapshot(await seedSnapshot(), { application });
      const { fake, host } = officeOver(wb);
      await recompute(host, FULL);
      expect(application.calculationMode).toBe(mode);
      expect(application.modeChanges).toEqual([]);
      expect(fake.stats.requests.flat().some((r) => r.name === 'calculationMode')).toBe(false);
    });

    it('works on an Excel with only the manifest minimum (ExcelApi 1.7)', async () => {
      const seed = await seedSnapshot();
      const { fake, host } = officeOverSnapshot(seed, { capabilities: MINIMUM_EXCEL });
      const result = await recompute(host, FULL);
      expect(result.evaluation.total).toBeCloseTo(62.5, 2);
      // Method names without their arguments (`getMergedAreasOrNullObject()` → `getMergedAreasOrNullObject`).
      const calls = fake.stats.requests.flat().map((r) => r.name.replace(/\(.*$/, ''));
      for (const newer of ['calculationMode', 'enableEvents', 'suspendScreenUpdatingUntilNextSync', 'rule', 'getMergedAreasOrNullObject', 'setPrintArea', 'orientation']) {
        expect(calls).not.toContain(newer);
      }
      expect(fake.stats.runs.some((o) => 'mergeUndoGroup' in o)).toBe(false);
    });

    it('validate({ write: true }) writes only the diagnostics sheet', async () => {
      const seed = await seedSnapshot();
      const { fake, host } = officeOverSnapshot(seed);
      await validate(host, { write: true });
      const names = sheetNamesOf(fake);
      expect(names).toContain(OUTPUT_SHEET_NAMES.diagnostics);
      expect(names).not.toContain(OUTPUT_SHEET_NAMES.form);
      expect(names).not.toContain(OUTPUT_SHEET_NAMES.monitor);
      expect(fake.workbook.activeSheet()?.name).toBe(OUTPUT_SHEET_NAMES.diagnostics);
    });

    it('insertTemplate adds the input sheets to an empty workbook without an ownership record', async () => {
      const wb = new FakeWorkbook();
      wb.addSheet('Sheet1');
      const { fake, host } = officeOver(wb);
      const { created } = await insertTemplate(host);
      expect(created.length).toBeGreaterThan(0);
      for (const name of created) expect(sheetNamesOf(fake)).toContain(name);
      expect(fake.workbook.settings.has(OWNED_SHEETS_SETTING)).toBe(false);
    });
  });

  describe('errors through the office host', () => {
    it('surfaces an error while writing an output sheet as OfficeHostError and leaves inputs untouched', async () => {
      const seed = await seedSnapshot();
      const { fake, host } = officeOverSnapshot(seed);
      const before = seed.sheets.map((s) => sheetDump(fake, s.name));
      fake.failOn({ onWriteToSheet: OUTPUT_SHEET_NAMES.detail, code: 'GeneralException', message: 'An internal error has occurred.' });
      const attempt = recompute(host, FULL);
      await expect(attempt).rejects.toBeInstanceOf(OfficeHostError);
      await expect(attempt).rejects.toMatchObject({ code: 'GeneralException', operation: 'apply' });
      expect(seed.sheets.map((s) => sheetDump(fake, s.name))).toEqual(before);
      expect(fake.workbook.calculationMode).toBe('Automatic');
      expect(fake.workbook.enableEvents).toBe(true);
      // The sheets already added are recorded as ours, so the next run rewrites them rather than avoiding them.
      await recompute(host, FULL);
      expect(sheetNamesOf(fake).filter((n) => n.startsWith(OUTPUT_SHEET_NAMES.detail))).toEqual([OUTPUT_SHEET_NAMES.detail]);
    });

    it('explains cell-edit mode in both languages', async () => {
      const seed = await seedSnapshot();
      const { fake, host } = officeOverSnapshot(seed, { locale: 'en-US' });
      fake.failOn({ atSync: 1, code: 'InvalidOperationInCellEditMode', message: 'cell edit' });
      const error = (await recompute(host, FULL).catch((e: unknown) => e)) as OfficeHostError;
      expect(error).toBeInstanceOf(OfficeHostError);
      expect(error.operation).toBe('read');
      expect(error.messages['zh-CN']).toContain('请按 Enter 结束编辑后重试');
      expect(error.messages['en-US']).toContain('Press Enter');
      expect(error.message).toBe(error.messages['en-US']);
      expect(error.cause).toMatchObject({ code: 'InvalidOperationInCellEditMode' });
    });

    it('wraps a plain { code, message } error with a generic message naming the code', async () => {
      const seed = await seedSnapshot();
      const { fake, host } = officeOverSnapshot(seed);
      const plain = { code: 'GeneralException', message: 'boom' };
      // Sync 3 is the seed's (only) write sync: after the read's two (cells, merged areas), which answer which sheets exist.
      fake.failOn({ atSync: 3, error: plain });
      const error = (await recompute(host, FULL).catch((e: unknown) => e)) as OfficeHostError;
      expect(error).toBeInstanceOf(OfficeHostError);
      // The plain error itself through the fake's API; the client's own error with its code and message through office.js.
      expect(error.cause).toMatchObject(plain);
      expect(error.messages['zh-CN']).toContain('GeneralException');
      expect(error.messages['zh-CN']).toContain('boom');
      expect(fake.workbook.calculationMode).toBe('Automatic');
    });
  });
});
