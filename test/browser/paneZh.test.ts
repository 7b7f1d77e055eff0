/**
 * Scenarios 1–3 in the production pane (zh-CN, Excel on the web) over the suite.seed() workbook: opening,
 * 校验 with its diagnostics (the reference sheet's apart) and go-to-cell, 计算并写入 and its idempotence,
 * what the pane says the run did (评价类型 · 年度 · 截止日期, the scored sheet, the blocks read, the rewrite note
 * and its link to the 偏差原因 cells, 查看监控表: the seed is a tracking report), each click one round trip.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { dumpWorkbook, horizontalOverflow, roundTrips, runPaneAction, withPane, waitForProjectName } from './paneSession';
import { useBrowserSuite } from './suiteSetup';
import { saveScreenshot } from './screenshots';
import { OUTPUT_SHEETS, SEED_INPUT_SHEETS, diagnosticAt, expectedReport } from './seedFixtures';
import { isReferenceFinding } from '../../src/taskpane/referenceFindings';

const suite = useBrowserSuite();

describe('task pane in Chromium (zh-CN, seed workbook)', () => {
  it('opens with the title, the project name (read on opening, nothing written), the profile and the three actions', async () => {
    await withPane(suite.browser(), { snapshot: suite.seed() }, async ({ page }) => {
      expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('绩效评价助手');
      // On opening the pane reads the workbook once, writing nothing, and names the project.
      await waitForProjectName(page, '2021年度招商引资专项项目');
      // The profile drop-down at 自动, and under it the profile the seed was read under (nothing detected: the default).
      const profile = page.getByRole('combobox', { name: '评价口径', exact: true });
      await expect(profile.isVisible()).resolves.toBe(true);
      await expect(profile.inputValue()).resolves.toBe('');
      await expect(page.getByTestId('profile-in-use').textContent()).resolves.toBe('当前口径：中央部门（财预〔2020〕10号）');
      const actions = page.getByRole('group', { name: '操作', exact: true });
      await expect(actions.getByRole('button').allTextContents()).resolves.toEqual(['校验', '计算并写入', '插入模板', '插入自评表']);
      for (const name of ['校验', '计算并写入', '插入模板', '插入自评表']) {
        const button = actions.getByRole('button', { name, exact: true });
        await expect(button.isEnabled()).resolves.toBe(true);
        await expect(button.getAttribute('aria-disabled')).resolves.toBeNull();
      }
      // Nothing was written by opening the pane.
      await expect(page.evaluate(() => window.__fake?.sheetNames())).resolves.toEqual([...SEED_INPUT_SHEETS]);

      await runPaneAction(page, '校验');
      await expect(page.getByTestId('project-name').textContent()).resolves.toBe('2021年度招商引资专项项目');
    });
  });

  it('校验 lists the seed’s problems, writes only 校验问题, and a click on a problem selects its cell in Excel', async () => {
    await withPane(suite.browser(), { snapshot: suite.seed() }, async ({ page }) => {
      await runPaneAction(page, '校验');
      const report = expectedReport(suite.seed(), 'zh-CN');
      const unit = diagnosticAt(report, 'UNIT_MISMATCH', '绩效指标（调整后）', 'E6');
      const title = diagnosticAt(report, 'TITLE_PROJECT_MISMATCH', '支出明细', 'A1');
      expect(unit.message).toContain('小分队外出招商（次）');

      const list = page.getByRole('region', { name: '校验问题' });
      // The reference sheet's findings (绩效指标（原）, checked, never scored) stand apart in a closed group.
      const reference = report.sheets.reference;
      expect(reference).toEqual(['绩效指标（原）']);
      const own = report.diagnostics.filter((d) => !isReferenceFinding(d, report.layout));
      expect(own.length).toBeLessThan(report.diagnostics.length);
      const count = (severity: string) => own.filter((d) => d.severity === severity).length;
      await expect(list.locator('summary').allTextContents()).resolves.toEqual([
        `错误（${count('error')}）`,
        `警告（${count('warning')}）`,
        `提示（${count('info')}）`,
        `参考表“绩效指标（原）”（不影响得分）（${report.diagnostics.length - own.length}）`,
      ]);
      await expect(page.getByTestId('scored-sheet').textContent()).resolves.toBe('已按“绩效指标（调整后）”计分（绩效跟踪）。');
      await expect(page.getByTestId('reference-sheets').textContent()).resolves.toBe('“绩效指标（原）”仅作参考：只校验，不计分，其问题另列于下方。');
      await expect(page.getByTestId('layout').textContent()).resolves.toMatch(/^读取：.*绩效指标 绩效指标（调整后）!.*参考指标 绩效指标（原）!/);
      // The reference group starts closed; opened, it lists exactly the reference sheet's findings.
      const apartGroup = list.locator('details[data-severity="reference"]');
      await expect(apartGroup.getAttribute('open')).resolves.toBeNull();
      await apartGroup.locator('summary').click();
      await expect(apartGroup.locator('.pe-diag-item').count()).resolves.toBe(report.diagnostics.length - own.length);
      await apartGroup.locator('summary').click();
      // Only 校验 ran: nothing but 校验问题 was written, so there is no form to open.
      await expect(page.getByTestId('open-form').count()).resolves.toBe(0);
      // Errors and warnings are open: every one of them is listed with its message and location.
      const listed = await list.locator('details[open] .pe-diag-item').allTextContents();
      const serious = own.filter((d) => d.severity !== 'info');
      expect(listed).toHaveLength(serious.length);
      for (const d of serious) expect(listed).toContain(`${d.message}${d.sheet}!${d.cell}`);

      await expect(page.getByRole('group', { name: '完成', exact: true }).textContent()).resolves.toContain('校验完成，问题已写入“校验问题”工作表。');
      // (The host may keep its very hidden `_perfeval_meta` sheet; the user-visible sheets are these.)
      const names = await page.evaluate(() => window.__fake?.sheetNames() ?? []);
      expect(names.filter((n) => !n.startsWith('_'))).toEqual([...SEED_INPUT_SHEETS, '校验问题']);
      expect(await horizontalOverflow(page)).toBe(0);
      await saveScreenshot(page, 'validate-zh-CN', list);

      await list.getByRole('button', { name: unit.message }).click();
      await page.waitForFunction(() => window.__fake?.selection()?.address === 'E6');
      await expect(page.evaluate(() => window.__fake?.selection())).resolves.toEqual({ sheet: '绩效指标（调整后）', address: 'E6' });
      await expect(page.evaluate(() => window.__fake?.activeSheet())).resolves.toBe('绩效指标（调整后）');

      await list.getByRole('button', { name: title.message }).click();
      await page.waitForFunction(() => window.__fake?.selection()?.sheet === '支出明细');
      await expect(page.evaluate(() => window.__fake?.selection())).resolves.toEqual({ sheet: '支出明细', address: 'A1' });
      await expect(page.evaluate(() => window.__fake?.activeSheet())).resolves.toBe('支出明细');
    });
  });

  it('计算并写入 writes the output sheets (62.5, 中) and shows 62.50 / 中 / 暂定; a second click changes nothing', async () => {
    await withPane(suite.browser(), { snapshot: suite.seed() }, async ({ page }) => {
      await runPaneAction(page, '计算并写入');
      const names = await page.evaluate(() => window.__fake?.sheetNames() ?? []);
      expect(names.filter((n) => !n.startsWith('_'))).toEqual([...SEED_INPUT_SHEETS, ...OUTPUT_SHEETS]);

      // The seed is a tracking report: the 监控表 gives the projection and, beside it, the score to date.
      const form = await page.evaluate(() => window.__fake?.values('绩效运行监控表') ?? []);
      const rowWith = (label: string) => form.find((row) => row.includes(label)) ?? [];
      expect(rowWith('截至日得分（参考）')).toEqual(expect.arrayContaining([62.5, '中', '暂定']));
      expect(rowWith('预计全年得分（按全年预计完成值和预计执行数，依自评规则计算）')).toEqual(expect.arrayContaining([70.87, '中']));

      await expect(page.getByTestId('total').textContent()).resolves.toBe('62.50 / 100');
      await expect(page.getByTestId('grade').textContent()).resolves.toBe('中');
      await expect(page.getByTestId('provisional').textContent()).resolves.toBe('暂定');
      await expect(page.getByRole('group', { name: '完成', exact: true }).textContent()).resolves.toContain(
        '已计算并写入：绩效运行监控表、指标得分明细、支出汇总、校验问题、指标调整对比、评价报告（草稿）。',
      );
      // What the run did: 评价类型 · 年度 · 截止日期, the scored sheet, the rewrite note with its link, the form one click away.
      await expect(page.getByTestId('project-facts').textContent()).resolves.toBe('绩效跟踪 · 2021年度 · 截至 2021-07-31');
      await expect(page.getByTestId('scored-sheet').textContent()).resolves.toBe('已按“绩效指标（调整后）”计分（绩效跟踪）。');
      await expect(page.getByTestId('rewrite-note').textContent()).resolves.toBe(
        '输出表每次计算时重写，在其中的修改会丢失。偏差原因请填在：“绩效指标（调整后）”的偏差原因列',
      );
      await expect(page.getByRole('button', { name: '查看自评表' }).count()).resolves.toBe(0);
      expect(await horizontalOverflow(page)).toBe(0);
      await saveScreenshot(page, 'recompute-zh-CN');
      // Below the total: the bars and what they show, the 读取 line, and what the run did.
      await saveScreenshot(page, 'facts-zh-CN', page.getByRole('group', { name: '一级指标得分' }));

      const first = await dumpWorkbook(page);
      const runsBefore = await page.evaluate(() => window.__fake?.stats().runs ?? 0);
      await runPaneAction(page, '计算并写入');
      // The second click did read and write again…
      await expect(page.evaluate(() => window.__fake?.stats().runs ?? 0)).resolves.toBeGreaterThanOrEqual(runsBefore + 2);
      // …and left every sheet's values, formats, merges and sizes exactly as they were.
      expect(await dumpWorkbook(page)).toEqual(first);
      await expect(page.getByTestId('total').textContent()).resolves.toBe('62.50 / 100');

      // The link selects the scored sheet's 偏差原因 cells, 查看监控表 activates the 监控表: one Excel.run, one sync each.
      const link = await roundTrips(page, () => page.getByRole('button', { name: '“绩效指标（调整后）”的偏差原因列' }).click(), 'G3:G20', '绩效指标（调整后）');
      expect(link).toEqual({ runs: 1, syncs: 1 });
      await expect(page.evaluate(() => window.__fake?.selection())).resolves.toEqual({ sheet: '绩效指标（调整后）', address: 'G3:G20' });
      const open = await roundTrips(page, () => page.getByRole('button', { name: '查看监控表' }).click(), 'A1', '绩效运行监控表');
      expect(open).toEqual({ runs: 1, syncs: 1 });
      await expect(page.evaluate(() => window.__fake?.activeSheet())).resolves.toBe('绩效运行监控表');
      // Selecting changed no cell.
      const after = await dumpWorkbook(page);
      expect(after.sheets).toEqual(first.sheets);
    });
  });

  it('shows the indicator changes with a link to 指标调整对比, and downloads the draft report as .docx (Excel on the web)', async () => {
    await withPane(suite.browser(), { snapshot: suite.seed() }, async ({ page }) => {
      await runPaneAction(page, '计算并写入');
      await expect(page.getByTestId('comparison-counts').textContent()).resolves.toBe(
        '新增 10 · 删除 2 · 目标值调整 5 · 表述调整 5 · 二级指标调整 0 · 未调整 2',
      );
      await page.getByRole('button', { name: '查看指标调整对比' }).click();
      await page.waitForFunction(() => window.__fake?.activeSheet() === '指标调整对比');
      const comparison = await page.evaluate(() => window.__fake?.values('指标调整对比') ?? []);
      expect(comparison.some((row) => row[2] === '资金到位及时率' && row[4] === '接洽客商及时率')).toBe(true);

      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: '下载 Word 文档' }).click();
      const file = await download;
      // The seed is a tracking report: its draft is the monitoring variant.
      expect(file.suggestedFilename()).toBe('2021年度招商引资专项项目绩效运行监控报告（草稿）.docx');
      const saved = path.join(mkdtempSync(path.join(tmpdir(), 'pane-docx-')), 'draft.docx');
      await file.saveAs(saved);
      const bytes = readFileSync(saved);
      expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
      expect(bytes.includes(Buffer.from('word/document.xml'))).toBe(true);
      expect(await horizontalOverflow(page)).toBe(0);
      await saveScreenshot(page, 'workbench-zh-CN', page.getByRole('region', { name: '指标调整与评价报告' }));
    });
  });
});
