/** Each browser test file: connect to the shared Chromium (and read the seed once) before, disconnect after. */
import type { Browser } from 'playwright-core';
import type { WorkbookSnapshot } from '../../src/app/ports';
import { connectBrowser } from './paneSession';
import { seedSnapshot } from './seedFixtures';

export interface BrowserSuite {
  readonly browser: () => Browser;
  readonly seed: () => WorkbookSnapshot;
}

export function useBrowserSuite(): BrowserSuite {
  let browser: Browser | undefined;
  let seed: WorkbookSnapshot | undefined;
  beforeAll(async () => {
    browser = await connectBrowser();
    seed = await seedSnapshot();
  });
  afterAll(async () => {
    await browser?.close();
  });
  const need = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not ready: call it inside a test`);
    return value;
  };
  return { browser: () => need(browser, 'the browser'), seed: () => need(seed, 'the seed workbook') };
}
