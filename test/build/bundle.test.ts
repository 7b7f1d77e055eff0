/**
 * The production build of the pane: within its JS budget, with no exceljs, office.js loaded from
 * Microsoft's CDN (never bundled), icons and the manifest (with the deployed base URL) in dist/.
 * Reads dist/ when a previous `npm run build` left one that is newer than its sources; else runs the
 * build once.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { loadWebpackConfig } from './webpackConfigModule';

const root = path.resolve(__dirname, '..', '..');
const dist = path.join(root, 'dist');
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

function listFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? listFiles(full) : [full];
  });
}

/** Newest modification time of the build's inputs (sources, config, manifest, icons). */
function newestInput(): number {
  const inputs = [
    ...listFiles(path.join(root, 'src')),
    ...['webpack.config.js', 'package.json', 'manifest.xml'].map((f) => path.join(root, f)),
    ...fs.readdirSync(path.join(root, 'assets')).map((f) => path.join(root, 'assets', f)),
  ];
  return Math.max(...inputs.filter((f) => fs.existsSync(f)).map((f) => fs.statSync(f).mtimeMs));
}

/** An up-to-date production build is there: the page, its script, and a manifest without localhost. */
function hasProductionBuild(): boolean {
  const html = path.join(dist, 'taskpane.html');
  const manifest = path.join(dist, 'manifest.xml');
  if (!fs.existsSync(html) || !fs.existsSync(manifest)) return false;
  if (fs.statSync(html).mtimeMs < newestInput()) return false;
  const scripts = [...fs.readFileSync(html, 'utf8').matchAll(/<script[^>]*\bsrc="?([^"\s>]+)/g)].map((m) => m[1] ?? '');
  const local = scripts.filter((s) => !/^https?:/.test(s));
  return local.length > 0 && local.every((s) => fs.existsSync(path.join(dist, s))) && !/localhost/.test(fs.readFileSync(manifest, 'utf8'));
}

describe('production build (dist/)', () => {
  const config = loadWebpackConfig();
  let html = '';
  let entryScripts: string[] = [];

  beforeAll(() => {
    if (!hasProductionBuild()) {
      execFileSync(process.execPath, [path.join(root, 'node_modules', 'webpack', 'bin', 'webpack.js'), '--mode', 'production'], {
        cwd: root,
        stdio: 'pipe',
      });
    }
    html = fs.readFileSync(path.join(dist, 'taskpane.html'), 'utf8');
    entryScripts = [...html.matchAll(/<script[^>]*\bsrc="?([^"\s>]+)/g)].map((m) => m[1] ?? '').filter((s) => !/^https?:/.test(s));
  }, 300_000);

  it('writes taskpane.html that loads office.js from the CDN with a plain script tag, then the hashed scripts: the ribbon’s before the pane’s', () => {
    expect(html).toMatch(new RegExp(`<script src="?${OFFICE_JS.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}"?>`));
    expect(entryScripts.map((s) => s.replace(/\.[0-9a-f]{8,}\.js$/, ''))).toEqual(['ribbon', 'taskpane']);
    expect(html.indexOf(OFFICE_JS)).toBeLessThan(html.indexOf(entryScripts[0] ?? '\u0000'));
  });

  it('registers the ribbon’s functions from a script of a few KB that holds none of the pane or the engine', () => {
    const [ribbon = ''] = entryScripts;
    const ribbonJs = fs.readFileSync(path.join(dist, ribbon), 'utf8');
    // webpack's runtime and the ribbon's queue; the pane's bundle depends on it and holds neither again.
    expect(fs.statSync(path.join(dist, ribbon)).size).toBeLessThan(8 * 1024);
    expect(ribbonJs).toContain('associate');
    for (const heavy of ['react', '三级指标', 'Excel.run']) expect(ribbonJs).not.toContain(heavy);
  });

  it('keeps the pane’s own JS within 450 KiB minified (every chunk of the entry)', () => {
    const total = entryScripts.reduce((sum, f) => sum + fs.statSync(path.join(dist, f)).size, 0);
    expect(total).toBeGreaterThan(50 * 1024);
    expect(total).toBeLessThanOrEqual(config.PANE_BUDGET_BYTES);
  });

  it('loads the engine, the workbench, the Word writer, the template and the Office host\'s write machinery as chunks of their own, none of them in the entry', () => {
    const jsFiles = fs.readdirSync(dist).filter((f) => f.endsWith('.js'));
    const lazy = jsFiles.filter((f) => !entryScripts.includes(f));
    for (const name of ['engine', 'workbench', 'docx', 'template', 'write']) expect(lazy.some((f) => f.startsWith(`${name}.`))).toBe(true);
    const entry = entryScripts.map((f) => fs.readFileSync(path.join(dist, f), 'utf8')).join('\n');
    // The docx package (its document XML) and the draft's wording stay out of the first download.
    expect(entry).not.toContain('schemas.openxmlformats.org/wordprocessingml/2006/main');
    expect(entry).not.toContain('绩效自评报告（草稿）');
    // The engine (reader, profiles' detection, scoring, output sheets) follows the pane's UI: its texts are not in the entry.
    expect(entry).not.toContain('本次计算未能得出结果');
    expect(entry).not.toContain('未指定评分口径，按表格识别为');
    // Each lazy chunk is within the same budget as the entry.
    for (const f of lazy) expect(fs.statSync(path.join(dist, f)).size).toBeLessThanOrEqual(config.PANE_BUDGET_BYTES);
  });

  it('bundles no exceljs and no copy of office.js', () => {
    const offenders = listFiles(dist).filter((file) => fs.readFileSync(file).includes('exceljs'));
    expect(offenders.map((f) => path.relative(dist, f))).toEqual([]);
    for (const script of entryScripts) {
      const js = fs.readFileSync(path.join(dist, script), 'utf8');
      expect(js).not.toContain('OSF.DDA');
      expect(js).not.toMatch(/Office\.initialize\s*=/);
    }
  });

  it('copies the manifest with the deployed base URL (no localhost) and the icons', () => {
    const manifest = fs.readFileSync(path.join(dist, 'manifest.xml'), 'utf8');
    expect(manifest).not.toMatch(/localhost/i);
    expect(manifest).toMatch(/https:\/\/[^"<\s]+\/taskpane\.html/);
    const icons = fs.readdirSync(path.join(root, 'assets')).filter((f) => f.endsWith('.png'));
    for (const icon of icons) expect(fs.existsSync(path.join(dist, 'assets', icon))).toBe(true);
  });
});
