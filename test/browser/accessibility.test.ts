/** Scenario 7: the pane by keyboard alone, and axe-core finds no serious or critical violation. */
import type { Page } from 'playwright-core';
import { seriousViolations } from './axeScan';
import { runPaneAction, waitUntilIdle, withPane } from './paneSession';
import { useBrowserSuite } from './suiteSetup';

const suite = useBrowserSuite();

/** The text of the focused element and whether it is a button. */
function focused(page: Page): Promise<{ tag: string; text: string }> {
  return page.evaluate(() => ({ tag: document.activeElement?.tagName ?? '', text: document.activeElement?.textContent ?? '' }));
}

/**
 * Tabs through the page until focus has come back round, and returns the indexes (in document
 * order) of the buttons and disclosure summaries that received focus, and how many there are.
 */
async function tabCycle(page: Page): Promise<{ reached: Set<number>; total: number }> {
  const total = await page.evaluate(() => {
    const targets = [...document.querySelectorAll('button, summary, [role="button"]')];
    targets.forEach((element, i) => element.setAttribute('data-e2e-focus', String(i)));
    (document.activeElement as HTMLElement | null)?.blur();
    return targets.length;
  });
  const reached = new Set<number>();
  for (let i = 0; i < total * 2 + 5 && reached.size < total; i++) {
    await page.keyboard.press('Tab');
    const index = await page.evaluate(() => document.activeElement?.getAttribute('data-e2e-focus') ?? null);
    if (index !== null) reached.add(Number(index));
  }
  return { reached, total };
}

describe('accessibility in Chromium', () => {
  it('reaches 计算并写入 with Tab, runs it with Enter, and every button and group toggle takes focus', async () => {
    await withPane(suite.browser(), { snapshot: suite.seed() }, async ({ page }) => {
      let presses = 0;
      for (; presses < 10; presses++) {
        const now = await focused(page);
        if (now.tag === 'BUTTON' && now.text === '计算并写入') break;
        await page.keyboard.press('Tab');
      }
      await expect(focused(page)).resolves.toEqual({ tag: 'BUTTON', text: '计算并写入' });
      // The profile drop-down and the 评价类型 switch come first, then 校验, then 计算并写入.
      expect(presses).toBe(4);

      const runsBefore = await page.evaluate(() => window.__fake?.stats().runs ?? 0);
      await page.keyboard.press('Enter');
      await waitUntilIdle(page, runsBefore);
      await expect(page.getByTestId('total').textContent()).resolves.toBe('62.50 / 100');
      // Focus stayed on the button while it was busy (disabledFocusable), so the keyboard user is not lost.
      await expect(focused(page)).resolves.toEqual({ tag: 'BUTTON', text: '计算并写入' });

      const { reached, total } = await tabCycle(page);
      expect(total).toBeGreaterThan(3 + 1 + 3);
      expect([...reached].sort((a, b) => a - b)).toEqual([...Array(total).keys()]);
    });
  });

  it('Enter on a problem selects its cell in Excel', async () => {
    await withPane(suite.browser(), { snapshot: suite.seed() }, async ({ page }) => {
      await runPaneAction(page, '校验');
      const item = page.getByRole('button', { name: /绩效指标（调整后）!E6$/ });
      await item.focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => window.__fake?.selection()?.address === 'E6');
      await expect(page.evaluate(() => window.__fake?.selection())).resolves.toEqual({ sheet: '绩效指标（调整后）', address: 'E6' });
    });
  });

  it('Enter on the 偏差原因 link selects the scored sheet’s 偏差原因 cells, and Enter on 查看监控表 activates it', async () => {
    await withPane(suite.browser(), { snapshot: suite.seed() }, async ({ page }) => {
      await runPaneAction(page, '计算并写入');
      await page.getByRole('button', { name: '“绩效指标（调整后）”的偏差原因列' }).focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => window.__fake?.selection()?.address === 'G3:G20');
      await expect(page.evaluate(() => window.__fake?.activeSheet())).resolves.toBe('绩效指标（调整后）');
      await page.getByRole('button', { name: '查看监控表' }).focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => window.__fake?.activeSheet() === '绩效运行监控表');
    });
  });

  it('axe-core finds no serious or critical violation after 校验 and after 计算并写入', async () => {
    await withPane(suite.browser(), { snapshot: suite.seed() }, async ({ page }) => {
      await runPaneAction(page, '校验');
      expect(await seriousViolations(page)).toEqual([]);
      await runPaneAction(page, '计算并写入');
      expect(await seriousViolations(page)).toEqual([]);
    });
  });
});
