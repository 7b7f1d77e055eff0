/**
 * What globalSetup hands the test files: where dist/ is served, the browser's endpoint and the shim
 * bundle, in a JSON file named by an environment variable (workers and in-band runs both see it).
 */
import * as fs from 'node:fs';

export const STATE_ENV = 'PERF_EVAL_BROWSER_STATE';
/** Debian's chromium; PERF_EVAL_CHROMIUM points elsewhere (another machine, or a missing path to see the skip). */
export const CHROMIUM_PATH = process.env['PERF_EVAL_CHROMIUM'] ?? '/usr/bin/chromium';

/** The flags the suite launches Chromium with (headless, offline, no background traffic). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface BrowserState {
  /** dist/ served at this URL (ends with `/`). */
  readonly baseUrl: string;
  /** Playwright's endpoint of the one browser the suite shares. */
  readonly wsEndpoint: string;
  /** The bundled office.js shim. */
  readonly shimPath: string;
}

export function readBrowserState(): BrowserState {
  const file = process.env[STATE_ENV];
  if (!file || !fs.existsSync(file)) {
    throw new Error(`${STATE_ENV} is not set: run the browser suite with "npm run test:browser" (test/browser/jest.browser.config.js).`);
  }
  return JSON.parse(fs.readFileSync(file, 'utf8')) as BrowserState;
}
