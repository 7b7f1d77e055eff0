/** Scenario 8: Excel fails in the middle of a write: the pane says so, and the input sheets are untouched. */
import { dumpWorkbook, runPaneAction, sheetsOf, withPane } from './paneSession';
import { useBrowserSuite } from './suiteSetup';
import { SEED_INPUT_SHEETS } from './seedFixtures';

const suite = useBrowserSuite();

describe('an Excel error during 计算并写入', () => {
  it('shows an error MessageBar, leaves the input sheets as they were, and a retry succeeds', async () => {
    await withPane(suite.browser(), { snapshot: suite.seed() }, async ({ page }) => {
      const before = sheetsOf(await dumpWorkbook(page), SEED_INPUT_SHEETS);
      // The write fails when it reaches the second output sheet: 绩效自评表 may already be written.
      await page.evaluate(() => window.__fake?.failOn({ onWriteToSheet: '指标得分明细', code: 'GeneralException', message: 'An internal error has occurred.' }));
      await runPaneAction(page, '计算并写入');

      const alert = page.getByRole('group', { name: '操作未完成', exact: true });
      await expect(alert.isVisible()).resolves.toBe(true);
      const text = (await alert.textContent()) ?? '';
      expect(text.length).toBeGreaterThan('操作未完成'.length + 10);
      await expect(page.getByRole('group', { name: '完成', exact: true }).count()).resolves.toBe(0);
      await expect(page.getByTestId('total').count()).resolves.toBe(0);

      const after = await dumpWorkbook(page);
      expect(sheetsOf(after, SEED_INPUT_SHEETS)).toEqual(before);
      // The host restored Excel's state after the failure.
      expect(after.calculationMode).toBe('Automatic');
      expect(after.enableEvents).toBe(true);

      await page.evaluate(() => window.__fake?.clearFailures());
      await runPaneAction(page, '计算并写入');
      await expect(page.getByTestId('total').textContent()).resolves.toBe('62.50 / 100');
      await expect(alert.count()).resolves.toBe(0);
      expect(sheetsOf(await dumpWorkbook(page), SEED_INPUT_SHEETS)).toEqual(before);
    });
  });
});
