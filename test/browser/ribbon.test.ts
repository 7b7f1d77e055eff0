/**
 * Scenario 4: the ribbon's ExecuteFunction commands, called the way Excel calls them (the function
 * associated with Office.actions.associate, an event whose completed() Excel waits for), with the
 * pane's UI left untouched.
 */
import type { Page } from 'playwright-core';
import { dumpWorkbook, openPane, runPaneAction, withPane, type WorkbookDump } from './paneSession';
import { useBrowserSuite } from './suiteSetup';
import { OUTPUT_SHEETS, SEED_INPUT_SHEETS } from './seedFixtures';

const suite = useBrowserSuite();

/** Invokes a ribbon function and waits until it has called event.completed(). */
async function invokeRibbon(page: Page, name: string): Promise<void> {
  await page.evaluate((command) => window.__ribbon?.invoke(command), name);
  await page.waitForFunction((command) => (window.__ribbon?.completed ?? []).some((c) => c.name === command), name);
}

describe('ribbon commands in Chromium (shared runtime)', () => {
  it('registers 计算并写入 (recompute) and 校验 (validate) when office.js is ready', async () => {
    await withPane(suite.browser(), { snapshot: suite.seed() }, async ({ page }) => {
      const registered = await page.evaluate(() => window.__ribbon?.registered() ?? []);
      expect([...registered].sort()).toEqual(['recompute', 'validate']);
    });
  });

  it('the ribbon’s 计算并写入 writes the same output as the pane’s and calls event.completed() once', async () => {
    let fromPane: WorkbookDump | undefined;
    await withPane(suite.browser(), { snapshot: suite.seed() }, async ({ page }) => {
      await runPaneAction(page, '计算并写入');
      fromPane = await dumpWorkbook(page);
    });

    await withPane(suite.browser(), { snapshot: suite.seed() }, async ({ page }) => {
      await invokeRibbon(page, 'recompute');
      // Give a stray second completed() call the chance to show up before counting.
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
      await expect(page.evaluate(() => window.__ribbon?.completed)).resolves.toEqual([{ name: 'recompute', options: null }]);
      await expect(page.evaluate(() => window.__ribbon?.failures)).resolves.toEqual([]);
      const names = await page.evaluate(() => window.__fake?.sheetNames() ?? []);
      expect(names.filter((n) => !n.startsWith('_'))).toEqual([...SEED_INPUT_SHEETS, ...OUTPUT_SHEETS]);
      expect(await dumpWorkbook(page)).toEqual(fromPane);
    });
  });

  it('the ribbon’s 计算并写入 clicked before office.js is ready and before the pane’s bundle has loaded still runs, then shows the pane with its outcome', async () => {
    let fromPane: WorkbookDump | undefined;
    await withPane(suite.browser(), { snapshot: suite.seed() }, async ({ page }) => {
      await runPaneAction(page, '计算并写入');
      fromPane = await dumpWorkbook(page);
    });

    const session = await openPane(suite.browser(), { snapshot: suite.seed(), slowStart: true });
    try {
      const { page } = session;
      // The ribbon's few-KB script has associated the functions; the pane's bundle is still held back.
      await page.waitForFunction(() => (window.__ribbon?.registered() ?? []).includes('recompute'));
      expect(await page.evaluate(() => document.querySelector('main') === null)).toBe(true);
      await page.evaluate(() => window.__ribbon?.invoke('recompute'));
      session.releasePaneScript();
      await page.waitForFunction(() => document.querySelector('#root') !== null && typeof window.__ribbon !== 'undefined');
      // office.js has not finished starting: the click waits, nothing ran against Excel.
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 200)));
      expect(await page.evaluate(() => window.__fake?.stats().runs)).toBe(0);
      expect(await page.evaluate(() => window.__ribbon?.completed.length)).toBe(0);

      await page.evaluate(() => window.__ribbon?.releaseReady());
      await page.waitForFunction(() => (window.__ribbon?.completed ?? []).some((c) => c.name === 'recompute'));
      await page.waitForFunction(() => (window.__ribbon?.shown() ?? 0) > 0);
      expect(await page.evaluate(() => window.__ribbon?.failures)).toEqual([]);
      expect(await dumpWorkbook(page)).toEqual(fromPane);
      // The pane shows the ribbon's outcome (the total), even though it rendered after the run.
      await page.getByText(/计算完成：总分 62\.50/).waitFor({ state: 'visible' });
      expect(session.consoleErrors).toEqual([]);
      expect(session.blockedRequests).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('the ribbon’s 校验 writes only the 校验问题 sheet and completes', async () => {
    await withPane(suite.browser(), { snapshot: suite.seed() }, async ({ page }) => {
      await invokeRibbon(page, 'validate');
      const names = await page.evaluate(() => window.__fake?.sheetNames() ?? []);
      expect(names.filter((n) => !n.startsWith('_'))).toEqual([...SEED_INPUT_SHEETS, '校验问题']);
      await expect(page.evaluate(() => window.__ribbon?.completed.length)).resolves.toBe(1);
    });
  });
});
