/**
 * Refreshes docs/print/: the seed's and a published form's output sheets printed alone through
 * LibreOffice headless, as PNG pages at 80 dpi (`npx tsx tools/printPreview.ts`). The README shows
 * the seed's form; the PDF test (test/print/) checks the same prints.
 */
import { mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { recompute } from '../src/app/useCases';
import { WORKBENCH } from '../src/app/workbench';
import { OUTPUT_SHEET_NAMES, type OutputRole } from '../src/domain/output/planTypes';
import { XlsxHost } from '../src/hosts/xlsx/xlsxHost';
import type { EvaluationMode } from '../src/domain/workbookSettings';
import { pagesAsPng, printSheets, sheetNames } from './print/printSheets';

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, 'docs', 'print');
const SEED = path.join(ROOT, 'test', 'fixtures', 'seed-2021-investment-promotion.xlsx');
/** Each workbook as a year-end 自评表 (chosen, whatever its 评价类型 says), and the seed in its own tracking mode. */
const INPUTS: readonly { stem: string; file: string; mode?: EvaluationMode; roles?: readonly OutputRole[] }[] = [
  { stem: 'seed', file: SEED, mode: 'selfEvaluation' },
  { stem: 'case06', file: path.join(ROOT, 'test', 'fixtures', 'forms', 'case06-anhui-tangxi-entrusted-business.xlsx'), mode: 'selfEvaluation' },
  // In its own mode (评价类型 绩效跟踪): the 绩效运行监控表 and the tracking draft; the other sheets print as above.
  { stem: 'seed-tracking', file: SEED, roles: ['monitor', 'draft'] },
];

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  for (const f of readdirSync(OUT)) if (f.endsWith('.png')) rmSync(path.join(OUT, f));
  const work = mkdtempSync(path.join(tmpdir(), 'print-preview-'));
  const roles = Object.entries(OUTPUT_SHEET_NAMES) as [OutputRole, string][];
  for (const { stem, file, mode, roles: only } of INPUTS) {
    const host = await XlsxHost.open(file);
    await recompute(host, { workbench: WORKBENCH, ...(mode !== undefined ? { mode } : {}) });
    const xlsx = new Uint8Array(await host.toBuffer());
    const present = new Set(sheetNames(xlsx));
    const sheets = roles.filter(([role, name]) => present.has(name) && (only === undefined || only.includes(role)));
    const prints = printSheets(xlsx, sheets.map(([, name]) => name), work, stem);
    prints.forEach((p, i) => {
      const role = sheets[i]?.[0] ?? 'sheet';
      // ASCII file names (stem-role-page.png): they travel in every archive and URL.
      for (const png of pagesAsPng(p.pdf, work, `${stem}-${role}`)) renameSync(png, path.join(OUT, path.basename(png)));
      process.stdout.write(`${stem} ${p.sheet}: ${p.pages} page(s), ${Math.round(p.width)} x ${Math.round(p.height)} pt\n`);
    });
  }
  rmSync(work, { recursive: true, force: true });
}

void main();
