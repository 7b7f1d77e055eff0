/** The pane's screenshots for the README: the 350×700 viewport as Excel shows it, in docs/screenshots/. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Locator, Page } from 'playwright-core';

export const SCREENSHOT_DIR = path.resolve(__dirname, '../../docs/screenshots');

/**
 * Saves `taskpane-<name>.png` (the viewport only) and returns its path. With `top`, the pane is
 * scrolled so that element starts at the top of the viewport (else it is scrolled to the top).
 */
export async function saveScreenshot(page: Page, name: string, top?: Locator): Promise<string> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `taskpane-${name}.png`);
  // Settle first: no hover on the button just clicked, no focus ring, fonts loaded.
  await page.mouse.move(1, 1);
  await page.evaluate(async () => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
    await document.fonts.ready;
  });
  if (top) await top.evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: file, fullPage: false, animations: 'disabled', caret: 'hide' });
  return file;
}
