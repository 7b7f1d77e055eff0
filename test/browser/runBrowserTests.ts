/**
 * `npm run test:browser`: the browser suite (jest.browser.config.js) in headless Chromium, or a clear
 * skip (exit 0) when /usr/bin/chromium is not installed. Extra arguments go to jest (e.g. a file
 * pattern). Ends with one summary line.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CHROMIUM_PATH } from './browserState';

const root = path.resolve(__dirname, '..', '..');

function main(): number {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    console.log(`browser tests skipped: ${CHROMIUM_PATH} not found`);
    return 0;
  }
  const started = Date.now();
  const jest = path.join(root, 'node_modules', 'jest', 'bin', 'jest.js');
  const result = spawnSync(
    process.execPath,
    [jest, '--config', path.join('test', 'browser', 'jest.browser.config.js'), '--runInBand', ...process.argv.slice(2)],
    { cwd: root, stdio: 'inherit' },
  );
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const code = result.status ?? 1;
  if (result.error) console.error(result.error);
  console.log(code === 0 ? `browser tests passed (${seconds} s)` : `browser tests FAILED (exit ${code}, ${seconds} s)`);
  return code;
}

process.exitCode = main();
