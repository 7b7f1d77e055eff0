/**
 * Scenario 6: with Excel's display language English, the pane and its diagnostics speak English — what a
 * run did too (the facts line, the scored sheet, the reference findings apart, the rewrite note, Open the 监控表).
 */
import { horizontalOverflow, roundTrips, runPaneAction, withPane, waitForProjectName } from './paneSession';
import { isReferenceFinding } from '../../src/taskpane/referenceFindings';
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
      const own = report.diagnostics.filter((d) => !isReferenceFinding(d, report.layout));
      const count = (severity: string) => own.filter((d) => d.severity === severity).length;
      await expect(list.locator('summary').allTextContents()).resolves.toEqual([
        `Errors (${count('error')})`,
        `Warnings (${count('warning')})`,
        `Notes (${count('info')})`,
        `Reference 绩效指标（原） (no effect on the score) (${report.diagnostics.length - own.length})`,
      ]);
      const unit = diagnosticAt(report, 'UNIT_MISMATCH', '绩效指标（调整后）', 'E6');
      expect(unit.message).toMatch(/^Units differ for "小分队外出招商（次）"/);
      const listed = await list.locator('details[open] .pe-diag-item').allTextContents();
      for (const d of own.filter((x) => x.severity !== 'info')) expect(listed).toContain(`${d.message}${d.sheet}!${d.cell}`);
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
      await expect(page.getByTestId('project-facts').textContent()).resolves.toBe('Tracking · 2021 · as of 2021-07-31');
      await expect(page.getByTestId('scored-sheet').textContent()).resolves.toBe('Scored from 绩效指标（调整后） (tracking).');
      await expect(page.getByTestId('reference-sheets').textContent()).resolves.toBe(
        '绩效指标（原）: reference only — checked, not scored; its problems are listed apart below.',
      );
      await expect(page.getByTestId('rewrite-note').textContent()).resolves.toBe(
        'Output sheets are rewritten on every run; changes made in them are lost. Type deviation reasons (偏差原因) in the 偏差原因 column of 绩效指标（调整后）',
      );
      await expect(page.getByTestId('bars-note').textContent()).resolves.toBe('Each bar is the score as a share of its points.');
      await expect(page.getByRole('group', { name: 'Scores by level-1 indicator' }).isVisible()).resolves.toBe(true);
      const names = await page.evaluate(() => window.__fake?.sheetNames() ?? []);
      expect(names).toEqual(expect.arrayContaining([...OUTPUT_SHEETS]));
      expect(await horizontalOverflow(page)).toBe(0);
      await saveScreenshot(page, 'recompute-en-US');
      await saveScreenshot(page, 'facts-en-US', page.getByRole('group', { name: 'Scores by level-1 indicator' }));
      // No Chinese UI label is left on the buttons.
      await expect(page.getByRole('button', { name: '计算并写入' }).count()).resolves.toBe(0);
      await expect(page.getByRole('button', { name: 'Open the 自评表' }).count()).resolves.toBe(0);
      const link = await roundTrips(page, () => page.getByRole('button', { name: 'the 偏差原因 column of 绩效指标（调整后）' }).click(), 'G3:G20', '绩效指标（调整后）');
      const open = await roundTrips(page, () => page.getByRole('button', { name: 'Open the 监控表' }).click(), 'A1', '绩效运行监控表');
      expect([link, open]).toEqual([
        { runs: 1, syncs: 1 },
        { runs: 1, syncs: 1 },
      ]);
      await expect(page.evaluate(() => window.__fake?.activeSheet())).resolves.toBe('绩效运行监控表');
    });
  });
});
