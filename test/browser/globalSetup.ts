/**
 * Once per browser run: the production build (when stale), the office.js shim bundle, a static
 * server for dist/ and ONE headless Chromium that every test file connects to.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type BrowserServer } from 'playwright-core';
import { buildShim } from './buildShim';
import { CHROMIUM_ARGS, CHROMIUM_PATH, STATE_ENV, type BrowserState } from './browserState';
import { DIST, ensureProductionBuild } from './productionBuild';
import { serveDirectory, type StaticServer } from './staticServer';

export interface BrowserHarness {
  readonly dir: string;
  readonly server: StaticServer;
  readonly browser: BrowserServer;
}

const HARNESS_KEY = '__perfEvalBrowserHarness';

export function harnessOf(scope: typeof globalThis): BrowserHarness | undefined {
  return (scope as unknown as Record<string, BrowserHarness | undefined>)[HARNESS_KEY];
}

export default async function globalSetup(): Promise<void> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(`browser tests need ${CHROMIUM_PATH} (run them with "npm run test:browser", which skips without it).`);
  }
  const built = ensureProductionBuild();
  process.stdout.write(built ? '\nbrowser tests: built dist/ (npm run build)\n' : '\nbrowser tests: dist/ is up to date\n');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'perf-eval-browser-'));
  const shimPath = path.join(dir, 'office-shim.js');
  fs.writeFileSync(shimPath, await buildShim());
  const server = await serveDirectory(DIST);
  const browser = await chromium.launchServer({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  const state: BrowserState = { baseUrl: server.url, wsEndpoint: browser.wsEndpoint(), shimPath };
  const stateFile = path.join(dir, 'state.json');
  fs.writeFileSync(stateFile, JSON.stringify(state));
  process.env[STATE_ENV] = stateFile;
  (globalThis as unknown as Record<string, BrowserHarness>)[HARNESS_KEY] = { dir, server, browser };
}
