/**
 * The production pane the browser tests load: dist/ as `npm run build` writes it. Rebuilds when
 * dist/ is missing or older than what it is built from (src/, assets/, manifest.xml, the webpack
 * config, package.json).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { OFFICE_JS_URL } from './shimContract';

export const ROOT = path.resolve(__dirname, '..', '..');
export const DIST = path.join(ROOT, 'dist');
const SOURCES = ['src', 'assets', 'manifest.xml', 'webpack.config.js', 'package.json', 'tsconfig.json', 'tsconfig.base.json'];

function newestMtime(entry: string): number {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of fs.readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, child)));
  return newest;
}

/** Whether dist/ must be (re)built before the tests load it. */
export function needsBuild(): boolean {
  const html = path.join(DIST, 'taskpane.html');
  if (!fs.existsSync(html)) return true;
  const built = fs.statSync(html).mtimeMs;
  return SOURCES.some((s) => newestMtime(path.join(ROOT, s)) > built);
}

/** Builds when needed; returns whether it built. Throws with webpack's output when the build fails. */
export function ensureProductionBuild(): boolean {
  const stale = needsBuild();
  if (stale) {
    const webpack = path.join(ROOT, 'node_modules', 'webpack', 'bin', 'webpack.js');
    const build = spawnSync(process.execPath, [webpack, '--mode', 'production'], { cwd: ROOT, encoding: 'utf8' });
    if (build.status !== 0) {
      throw new Error(`npm run build failed (exit ${String(build.status)}):\n${build.stdout}${build.stderr}${build.error ? String(build.error) : ''}`);
    }
  }
  const html = fs.readFileSync(path.join(DIST, 'taskpane.html'), 'utf8');
  if (!html.includes(OFFICE_JS_URL)) {
    throw new Error(`dist/taskpane.html no longer loads ${OFFICE_JS_URL}: the browser tests route that URL to the office.js shim.`);
  }
  return stale;
}
