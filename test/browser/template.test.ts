/**
 * Scenario 5: 插入模板 adds the three input sheets to an empty workbook and leaves a filled one alone;
 * 插入自评表 adds the one-sheet official form (its code is a chunk loaded on demand).
 */
import { dumpWorkbook, runPaneAction, withPane } from './paneSession';
import { useBrowserSuite } from './suiteSetup';
import { TEMPLATE_SHEETS, emptySnapshot, seedSnapshot } from './seedFixtures';

const suite = useBrowserSuite();

describe('插入模板 in Chromium', () => {
  it('creates 项目信息, 支出明细 and 绩效指标 in an empty workbook, keeping Sheet1', async () => {
    await withPane(suite.browser(), { snapshot: emptySnapshot() }, async ({ page }) => {
      await runPaneAction(page, '插入模板');
      const names = await page.evaluate(() => window.__fake?.sheetNames() ?? []);
      expect(names.filter((n) => !n.startsWith('_'))).toEqual(['Sheet1', ...TEMPLATE_SHEETS]);
      // The new sheets are filled in (their example project), Sheet1 is still empty.
      for (const sheet of TEMPLATE_SHEETS) {
        const values = await page.evaluate((name) => window.__fake?.values(name) ?? [], sheet);
        expect(values.flat().filter((v) => v !== null && v !== '').length).toBeGreaterThan(3);
      }
      await expect(page.evaluate(() => window.__fake?.values('Sheet1'))).resolves.toEqual([]);
      await expect(page.getByRole('group', { name: '完成', exact: true }).textContent()).resolves.toContain(
        '已插入模板工作表：项目信息、支出明细、绩效指标。',
      );
    });
  });

  it('touches nothing in the suite.seed() workbook, which already has its input sheets', async () => {
    await withPane(suite.browser(), { snapshot: await seedSnapshot() }, async ({ page }) => {
      const before = await dumpWorkbook(page);
      await runPaneAction(page, '插入模板');
      expect(await dumpWorkbook(page)).toEqual(before);
      await expect(page.getByRole('group', { name: '完成', exact: true }).textContent()).resolves.toContain(
        '项目信息、支出明细、绩效指标三张输入表均已存在，未作改动。',
      );
    });
  });

  it('插入自评表 loads its chunk and adds the one-sheet 项目支出绩效自评表 with the profile’s points', async () => {
    await withPane(suite.browser(), { snapshot: emptySnapshot() }, async ({ page }) => {
      await runPaneAction(page, '插入自评表');
      const names = await page.evaluate(() => window.__fake?.sheetNames() ?? []);
      expect(names.filter((n) => !n.startsWith('_'))).toEqual(['Sheet1', '项目支出绩效自评表']);
      const values = (await page.evaluate(() => window.__fake?.values('项目支出绩效自评表') ?? [])).flat();
      expect(values).toContain('项目支出绩效自评表');
      expect(values).toContain('产出指标（50分）');
      await expect(page.getByRole('group', { name: '完成', exact: true }).textContent()).resolves.toContain(
        '已插入模板工作表：项目支出绩效自评表。',
      );
    });
  });
});
