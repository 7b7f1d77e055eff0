/**
 * Tracking mode in the production pane (DOMAIN.md §9) over the seed, a tracking report: the tracking
 * card (时间进度 marker on each bar, the funds gap with its light, the light counts, 预计全年得分 beside
 * 截至日得分（参考）) loaded as its own chunk; the mode switch on 单位自评 writes the 自评表, turns the
 * 监控表 into a pointer, and is remembered in the workbook; the pane then offers 查看自评表 and names the mode
 * taken beside 项目信息's 评价类型.
 */
import { dumpWorkbook, horizontalOverflow, roundTrips, runPaneAction, withPane, waitForProjectName } from './paneSession';
import { useBrowserSuite } from './suiteSetup';
import { saveScreenshot } from './screenshots';
import { SEED_INPUT_SHEETS, SELF_OUTPUT_SHEETS } from './seedFixtures';

const suite = useBrowserSuite();

describe('tracking mode in Chromium (zh-CN, seed workbook)', () => {
  it('shows the seed’s §9 figures on the tracking card, with 时间进度 marked on every bar', async () => {
    await withPane(suite.browser(), { snapshot: suite.seed() }, async ({ page, consoleErrors }) => {
      await waitForProjectName(page, '2021年度招商引资专项项目');
      await expect(page.getByRole('combobox', { name: '评价类型' }).inputValue()).resolves.toBe('tracking');
      await runPaneAction(page, '计算并写入');
      const card = page.getByTestId('tracking-card');
      await card.waitFor();
      await expect(card.getByRole('heading').textContent()).resolves.toBe('绩效跟踪（截至 2021-07-31）');
      await expect(card.getByTestId('time-progress').textContent()).resolves.toBe('58.33%');
      await expect(card.getByTestId('funds-gap').textContent()).resolves.toBe('进度差 +4.70 个百分点 绿灯');
      await expect(card.getByTestId('light-counts').locator('li').allTextContents()).resolves.toEqual([
        '绿灯 13',
        '黄灯 0',
        '红灯 0',
        '灰灯（未填报） 4',
      ]);
      await expect(card.getByTestId('projected-total').textContent()).resolves.toBe('70.87');
      await expect(card.getByTestId('snapshot-total').textContent()).resolves.toBe('62.50');
      await expect(page.getByTestId('total').textContent()).resolves.toBe('62.50 / 100');
      // The funds bar and the six cumulative indicators, each with the marker at 7/12 of the year.
      const bars = card.getByRole('progressbar');
      await expect(bars.count()).resolves.toBe(7);
      await expect(bars.first().getAttribute('aria-valuetext')).resolves.toBe('63.04%（时间进度 58.33%）');
      await expect(card.getByRole('progressbar', { name: /接洽客商（批次）/ }).getAttribute('aria-valuenow')).resolves.toBe('65.63');
      const markers = await card.getByTestId('time-marker').evaluateAll((els) => els.map((e) => (e as HTMLElement).style.left));
      expect(markers).toHaveLength(7);
      for (const left of markers) expect(Number.parseFloat(left)).toBeCloseTo(58.333, 2);
      expect(await horizontalOverflow(page)).toBe(0);
      await saveScreenshot(page, 'tracking-zh-CN', card);
      expect(consoleErrors).toEqual([]);
    });
  });

  it('单位自评 on the switch writes the 自评表 (62.50, 中, 暂定), points the 监控表 at it, and is remembered', async () => {
    await withPane(suite.browser(), { snapshot: suite.seed() }, async ({ page }) => {
      await waitForProjectName(page, '2021年度招商引资专项项目');
      await runPaneAction(page, '计算并写入');
      await page.getByRole('combobox', { name: '评价类型' }).selectOption('selfEvaluation');
      await runPaneAction(page, '计算并写入');
      const names = await page.evaluate(() => window.__fake?.sheetNames() ?? []);
      expect(names.filter((n) => !n.startsWith('_'))).toEqual([...SEED_INPUT_SHEETS, '绩效运行监控表', ...SELF_OUTPUT_SHEETS.slice(1), '绩效自评表']);
      const form = await page.evaluate(() => window.__fake?.values('绩效自评表') ?? []);
      expect(form.find((row) => row[0] === '总分')).toContain(62.5);
      const stale = await page.evaluate(() => window.__fake?.values('绩效运行监控表') ?? []);
      expect(String(stale[0]?.[0])).toContain('「绩效自评表」');
      await expect(page.getByTestId('tracking-card').count()).resolves.toBe(0);
      // What the pane says of this run: the mode taken (项目信息 says 绩效跟踪), and 查看自评表 for the form it wrote.
      await expect(page.getByTestId('project-facts').textContent()).resolves.toBe('单位自评（项目信息：绩效跟踪） · 2021年度 · 截至 2021-07-31');
      await expect(page.getByTestId('scored-sheet').textContent()).resolves.toBe('已按“绩效指标（调整后）”计分（单位自评）。');
      await expect(page.getByRole('button', { name: '查看监控表' }).count()).resolves.toBe(0);
      const open = await roundTrips(page, () => page.getByRole('button', { name: '查看自评表' }).click(), 'A1', '绩效自评表');
      expect(open).toEqual({ runs: 1, syncs: 1 });
      await expect(page.evaluate(() => window.__fake?.activeSheet())).resolves.toBe('绩效自评表');
      await saveScreenshot(page, 'self-zh-CN', page.getByRole('group', { name: '一级指标得分' }));
      const dump = await dumpWorkbook(page);
      expect(JSON.stringify(dump.settings)).toContain('selfEvaluation');
    });
  });
});
