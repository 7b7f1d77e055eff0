/**
 * One task pane in the shared headless Chromium: a fresh context at the pane's size (350×700), every
 * request outside 127.0.0.1 blocked, office.js routed to the shim, the workbook and display
 * language set before the page loads, console errors and page errors collected.
 */
import * as fs from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { WorkbookSnapshot } from '../../src/app/ports';
import { readBrowserState, type BrowserState } from './browserState';
import { OFFICE_JS_URL } from './shimContract';
import { encodeSnapshot, type EncodedSnapshot } from './snapshotJson';

export const PANE_VIEWPORT = { width: 350, height: 700 } as const;

export interface PaneOptions {
  readonly snapshot: WorkbookSnapshot;
  /** Office.context.displayLanguage; default zh-CN. */
  readonly displayLanguage?: string;
  /**
   * Office.js still starting and the pane's bundle still downloading: `Office.onReady` waits for
   * `__ribbon.releaseReady()`, taskpane.[hash].js for `releasePaneScript()`. openPane then returns
   * without waiting for the pane to render.
   */
  readonly slowStart?: boolean;
}

export interface PaneSession {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Console messages of type error and uncaught page errors, in order. */
  readonly consoleErrors: string[];
  /** Requests the route refused (anything not served from 127.0.0.1 and not office.js). */
  readonly blockedRequests: string[];
  /** With `slowStart`: delivers the pane's bundle. */
  releasePaneScript(): void;
  close(): Promise<void>;
}

let state: BrowserState | undefined;
let shim: string | undefined;

/** Connects to the suite's one browser (started by globalSetup). */
export async function connectBrowser(): Promise<Browser> {
  state ??= readBrowserState();
  shim ??= fs.readFileSync(state.shimPath, 'utf8');
  return chromium.connect(state.wsEndpoint);
}

function isLocal(url: string): boolean {
  try {
    const { protocol, hostname } = new URL(url);
    return (protocol === 'http:' || protocol === 'https:') && hostname === '127.0.0.1';
  } catch {
    return false;
  }
}

/** Opens dist/taskpane.html over a fake workbook and waits until the pane has rendered its title. */
export async function openPane(browser: Browser, options: PaneOptions): Promise<PaneSession> {
  if (!state || shim === undefined) throw new Error('connectBrowser() first.');
  const shimSource = shim;
  const context = await browser.newContext({ viewport: PANE_VIEWPORT, deviceScaleFactor: 1, locale: options.displayLanguage ?? 'zh-CN' });
  const consoleErrors: string[] = [];
  const blockedRequests: string[] = [];
  let releasePaneScript: () => void = () => undefined;
  const paneScript = options.slowStart
    ? new Promise<void>((resolve) => {
        releasePaneScript = resolve;
      })
    : Promise.resolve();
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS_URL) {
      await route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: shimSource });
    } else if (isLocal(url)) {
      if (/\/taskpane\.[0-9a-f]+\.js$/.test(url)) await paneScript;
      await route.continue();
    } else {
      blockedRequests.push(url);
      await route.abort('blockedbyclient');
    }
  });
  const init: { snapshot: EncodedSnapshot; language: string; holdReady: boolean } = {
    snapshot: encodeSnapshot(options.snapshot),
    language: options.displayLanguage ?? 'zh-CN',
    holdReady: options.slowStart === true,
  };
  await context.addInitScript((arg: typeof init) => {
    window.__FAKE_WORKBOOK__ = arg.snapshot;
    window.__OFFICE_DISPLAY_LANGUAGE__ = arg.language;
    if (arg.holdReady) window.__OFFICE_HOLD_READY__ = true;
  }, init);
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => consoleErrors.push(`page error: ${error.message}`));
  const session = { page, context, consoleErrors, blockedRequests, releasePaneScript: () => releasePaneScript(), close: () => context.close() };
  if (options.slowStart) {
    // The scripts are deferred: the page's load waits for the held pane script, so go no further than the HTML.
    await page.goto(`${state.baseUrl}taskpane.html`, { waitUntil: 'commit' });
    return session;
  }
  await page.goto(`${state.baseUrl}taskpane.html`);
  await page.locator('main h1').waitFor({ state: 'visible' });
  return session;
}

/**
 * Runs `scenario` in a fresh pane, then checks that the page logged no console error, threw no
 * uncaught error and asked for nothing outside 127.0.0.1; the context is closed either way.
 */
export async function withPane(browser: Browser, options: PaneOptions, scenario: (session: PaneSession) => Promise<void>): Promise<void> {
  const session = await openPane(browser, options);
  try {
    await scenario(session);
    expect(session.consoleErrors).toEqual([]);
    expect(session.blockedRequests).toEqual([]);
  } finally {
    await session.close();
  }
}

/**
 * Clicks one of the pane's action buttons (by its accessible name) and waits until the action has
 * finished: the fake saw a new Excel.run, the buttons are no longer inert and a MessageBar (the
 * success notice or the error) is shown.
 */
export async function runPaneAction(page: Page, buttonName: string): Promise<void> {
  const runsBefore = await page.evaluate(() => window.__fake?.stats().runs ?? 0);
  await page.getByRole('button', { name: buttonName, exact: true }).click();
  await waitUntilIdle(page, runsBefore);
}

/**
 * Waits for the pane to finish an action started after the fake had seen `runsBefore` runs, and for
 * the buttons' colour transitions back from inert to end (axe measures contrast mid-transition).
 */
export async function waitUntilIdle(page: Page, runsBefore: number): Promise<void> {
  await page.waitForFunction(
    (before) =>
      (window.__fake?.stats().runs ?? 0) > before &&
      document.querySelector('.pe-actions [aria-disabled="true"]') === null &&
      document.querySelector('main [role="group"][aria-labelledby] .fui-MessageBarBody') !== null &&
      document.getAnimations().every((a) => a.playState !== 'running'),
    runsBefore,
  );
}

/** How far the page extends past the pane's width, in CSS pixels (0 when nothing overflows). */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => Math.max(0, document.documentElement.scrollWidth - window.innerWidth));
}

/** Everything the fake workbook stores, parsed (for before/after comparisons). */
export interface WorkbookDump {
  readonly sheets: readonly ({ readonly name: string } & Record<string, unknown>)[];
  readonly settings: unknown;
  readonly active: string | null;
  readonly calculationMode: string;
  readonly enableEvents: boolean;
}

export async function dumpWorkbook(page: Page): Promise<WorkbookDump> {
  const text = await page.evaluate(() => window.__fake?.dump() ?? 'null');
  return JSON.parse(text) as WorkbookDump;
}

/** The dumps of the named sheets only (each sheet's values, formats, merges, sizes, validation). */
export function sheetsOf(dump: WorkbookDump, names: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(names.map((name) => [name, dump.sheets.find((s) => s.name === name) ?? null]));
}

/** Waits until the header names the project (the pane reads the workbook when it opens). */
export async function waitForProjectName(page: Page, name: string): Promise<void> {
  await page.waitForFunction(
    (expected) => document.querySelector('[data-testid="project-name"]')?.textContent === expected,
    name,
    { timeout: 10_000 },
  );
}

/**
 * The Excel round trips one pane action costs: `Excel.run` calls and `context.sync()`s the fake counted
 * between `act` and the moment the selection is `address` (on `sheet`, when given).
 */
export async function roundTrips(page: Page, act: () => Promise<void>, address: string, sheet?: string): Promise<{ runs: number; syncs: number }> {
  const before = await page.evaluate(() => window.__fake?.stats() ?? { runs: 0, syncs: 0 });
  await act();
  await page.waitForFunction(
    ([a, s]) => {
      const selection = window.__fake?.selection();
      return selection?.address === a && (s === undefined || selection.sheet === s);
    },
    [address, sheet] as const,
    { timeout: 10_000 },
  );
  const after = await page.evaluate(() => window.__fake?.stats() ?? { runs: 0, syncs: 0 });
  return { runs: after.runs - before.runs, syncs: after.syncs - before.syncs };
}
