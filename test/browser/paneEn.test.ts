/** Scenario 6: with Excel's display language English, the pane and its diagnostics speak English. */
import { horizontalOverflow, runPaneAction, withPane, waitForProjectName } from './paneSession';
import { useBrowserSuite } from './suiteSetup';
import { saveScreenshot } from './screenshots';
import { OUTPUT_SHEETS, diagnosticAt, expectedReport } from './seedFixtures';

const suite = useBrowserSuite();

describe('task pane in Chromium (en-US display language)', () => {
  it('shows the pane, its diagnostics and its result in English; the official sheets stay Chinese', async () => {
    await withPane(suite.browser(), { snapshot: suite.seed(), displayLanguage: 'en-US' }, async ({ page }) => {
      expect(await page.locator('html').getAttribute('lang')).toBe('en-US');
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Performance Evaluation Assistant');
      await waitForProjectName(page, '2021年度招商引资专项项目');
      const actions = page.getByRole('group', { name: 'Actions', exact: true });
      await expect(actions.getByRole('button').allTextContents()).resolves.toEqual([
        'Validate',
        'Calculate and write',
        'Insert template',
        'Insert form',
      ]);

      await runPaneAction(page, 'Validate');
      const report = expectedReport(suite.seed(), 'en-US');
      const list = page.getByRole('region', { name: 'Problems' });
      const count = (severity: string) => report.diagnostics.filter((d) => d.severity === severity).length;
      await expect(list.locator('summary').allTextContents()).resolves.toEqual([
        `Errors (${count('error')})`,
        `Warnings (${count('warning')})`,
        `Notes (${count('info')})`,
      ]);
      const unit = diagnosticAt(report, 'UNIT_MISMATCH', '绩效指标（调整后）', 'E6');
      expect(unit.message).toMatch(/^Units differ for "小分队外出招商（次）"/);
      const listed = await list.locator('details[open] .pe-diag-item').allTextContents();
      for (const d of report.diagnostics.filter((x) => x.severity !== 'info')) expect(listed).toContain(`${d.message}${d.sheet}!${d.cell}`);
      await expect(list.getByRole('button', { name: unit.message }).getAttribute('title')).resolves.toBe('Go to 绩效指标（调整后）!E6');
      await expect(page.getByRole('group', { name: 'Done', exact: true }).textContent()).resolves.toContain(
        'Validation done; the problems were written to the 校验问题 sheet.',
      );
      expect(await horizontalOverflow(page)).toBe(0);
      await saveScreenshot(page, 'validate-en-US', list);

      await runPaneAction(page, 'Calculate and write');
      await expect(page.getByTestId('total').textContent()).resolves.toBe('62.50 / 100');
      await expect(page.getByTestId('grade').textContent()).resolves.toBe('Fair (中)');
      await expect(page.getByTestId('provisional').textContent()).resolves.toBe('Provisional');
      await expect(page.getByTestId('project-name').textContent()).resolves.toBe('2021年度招商引资专项项目');
      await expect(page.getByRole('group', { name: 'Scores by level-1 indicator' }).isVisible()).resolves.toBe(true);
      const names = await page.evaluate(() => window.__fake?.sheetNames() ?? []);
      expect(names).toEqual(expect.arrayContaining([...OUTPUT_SHEETS]));
      expect(await horizontalOverflow(page)).toBe(0);
      await saveScreenshot(page, 'recompute-en-US');
      // No Chinese UI label is left on the buttons.
      await expect(page.getByRole('button', { name: '计算并写入' }).count()).resolves.toBe(0);
    });
  });
});
