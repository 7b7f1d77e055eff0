/**
 * Write what every reader opens. For every package of test/fixtures/producers/ that openpyxl or
 * LibreOffice opens (verdicts.tsv), with the seed's three input sheets added by a minimal package edit
 * (seedInputs.ts), and for the seed as openpyxl, LibreOffice and gnumeric save it (resaved/):
 * evaluate, save, and check the output:
 * - every XML part the writer wrote parses as namespace-well-formed XML (saxes, namespaces on);
 * - when patched, every other part is the input's entry byte for byte (an input sheet whose tab was
 *   selected differs only by that mark);
 * - ExcelJS and openpyxl (/usr/bin/python3, one process for all) open it — each where it opens the
 *   file the case was made from — and it scores as the seed does (62.50 / 中 / 暂定) when read again;
 * - it is saved the way writeVerdicts.tsv says: by patching, or by ExcelJS for the reason given (the
 *   table also names the few files that cannot take part: not a zip, or refused by the reader on purpose).
 * Outputs are read again by the streaming reader (what the command line uses) and checked with ExcelJS.
 */
import { spawnSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { SheetGrid } from '../../../src/domain/grid';
import { recompute } from '../../../src/app/useCases';
import { OUTPUT_SHEET_NAMES } from '../../../src/domain/output/planTypes';
import { META_SHEET_NAME } from '../../../src/app/workbookRecord';
import { XlsxHost } from '../../../src/hosts/xlsx/xlsxHost';
import { XlsxOpenError } from '../../../src/hosts/xlsx/openErrors';
import { type ZipEntry, entryContent, readZip } from '../../../src/hosts/xlsx/zipArchive';
import { PRODUCERS_DIR, RESAVED_SEEDS, SEED_XLSX } from '../../helpers/fixtures';
import { xmlProblem } from '../../helpers/xmlWellFormed';
import { tempDir } from '../../cli/cliHarness';
import { readVerdicts, readable } from './producerVerdicts';
import { withSeedInputs } from './seedInputs';

const PYTHON = '/usr/bin/python3';
const SEED_INPUTS = ['项目信息', '支出明细', '绩效指标（调整后）'];
// The four sheets every run writes (the workbench's comparison and draft come only with its option). The
// seed's inputs are a tracking report (评价类型 绩效跟踪, DOMAIN.md §9): its form is the 绩效运行监控表, which
// shows the score to date (62.5, 中) as the 自评表 would.
const OUTPUTS = (['monitor', 'detail', 'expenses', 'diagnostics'] as const).map((role) => OUTPUT_SHEET_NAMES[role]);
const SEED_RESULT = [62.5, '中', true];

interface Case {
  readonly name: string;
  readonly input: Buffer;
  /** openpyxl opens the file the case was made from (else it cannot be asked to open the output). */
  readonly openpyxlOpens: boolean;
}

interface Result {
  readonly name: string;
  readonly openpyxlOpens: boolean;
  readonly input: Buffer;
  readonly output: Buffer;
  readonly mode: string;
  readonly reason: string | undefined;
  readonly outputFile: string;
}

/** The cases not saved by patching: file → reason (writeVerdicts.tsv; every other case must be patched). */
function expectedFallbacks(): Map<string, string> {
  const lines = readFileSync(path.join(PRODUCERS_DIR, 'writeVerdicts.tsv'), 'utf8').split('\n');
  const rows = lines.filter((l) => l !== '' && !l.startsWith('#')).slice(1);
  return new Map(rows.map((l) => l.split('\t')).map(([file = '', reason = '']) => [file, reason]));
}

function entries(zip: Buffer): Map<string, ZipEntry> {
  const list = readZip(zip);
  if (!list) throw new Error('the output is not a zip the copying reader reads');
  return new Map(list.map((e) => [e.name, e]));
}

const isXml = (name: string): boolean => /\.(xml|rels|vml)$/i.test(name) || name === '[Content_Types].xml';

const dir = tempDir();
const results: Result[] = [];
const failures: { name: string; error: string }[] = [];
const uneditable = new Map<string, string>();
const refused = new Map<string, string>();
let openpyxl: Record<string, { sheets?: string[]; form?: unknown[]; error?: string }> = {};

beforeAll(async () => {
  const seedSheets = (await (await XlsxHost.open(SEED_XLSX)).read()).sheets;
  const inputs = SEED_INPUTS.map((name) => seedSheets.find((s) => s.name === name)).filter((s): s is SheetGrid => s !== undefined);
  const cases: Case[] = Object.entries(RESAVED_SEEDS).map(([producer, file]) => ({ name: `resaved/${producer}`, input: readFileSync(file), openpyxlOpens: true }));
  for (const verdict of readVerdicts().filter(readable)) {
    try {
      const input = withSeedInputs(readFileSync(path.join(PRODUCERS_DIR, verdict.file)), inputs).bytes;
      cases.push({ name: verdict.file, input, openpyxlOpens: verdict.openpyxl === 'opens' });
    } catch (error) {
      // Not a package at all (only LibreOffice's recovery reads it): nothing to add sheets to.
      uneditable.set(verdict.file, error instanceof Error ? error.message : String(error));
    }
  }
  for (const [i, c] of cases.entries()) {
    let host: XlsxHost;
    try {
      host = await XlsxHost.fromBuffer(c.input, c.name, { lean: true });
    } catch (error) {
      // The reader refuses it on purpose (a DTD, an entity bomb: producerCorpus.test.ts): nothing to write.
      if (error instanceof XlsxOpenError) refused.set(c.name, error.reason);
      else failures.push({ name: c.name, error: error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error) });
      continue;
    }
    try {
      await recompute(host);
      const output = await host.toBuffer();
      const outcome = host.saveOutcome;
      const outputFile = path.join(dir, `out-${i}.xlsx`);
      writeFileSync(outputFile, output);
      results.push({ name: c.name, openpyxlOpens: c.openpyxlOpens, input: c.input, output, mode: outcome?.mode ?? '?', reason: outcome?.mode === 'exceljs' ? outcome.reason : undefined, outputFile });
    } catch (error) {
      failures.push({ name: c.name, error: error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error) });
    }
  }
  // openpyxl, once for every output: the sheet names and the form's values.
  const script = [
    'import json, sys, openpyxl, warnings',
    'warnings.simplefilter("ignore")',
    'out = {}',
    'for f in sys.argv[1:]:',
    '    try:',
    '        wb = openpyxl.load_workbook(f)',
    `        form = wb[${JSON.stringify(OUTPUT_SHEET_NAMES.monitor)}]`,
    '        values = [v for row in form.iter_rows(values_only=True) for v in row if v is not None]',
    '        out[f] = {"sheets": wb.sheetnames, "form": values}',
    '    except Exception as e:',
    '        out[f] = {"error": type(e).__name__ + ": " + str(e).splitlines()[0] if str(e) else type(e).__name__}',
    'print(json.dumps(out, ensure_ascii=False))',
  ].join('\n');
  if (existsSync(PYTHON)) {
    const run = spawnSync(PYTHON, ['-c', script, ...results.filter((r) => r.openpyxlOpens).map((r) => r.outputFile)], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    openpyxl = JSON.parse(run.stdout || '{}') as typeof openpyxl;
  }
}, 900_000);

describe('the patched output of every package another reader opens', () => {
  it('is made for every case (nothing thrown)', () => {
    expect(failures).toEqual([]);
    expect(results.length).toBeGreaterThanOrEqual(3 + 160);
  });

  it('is saved by patching, or by ExcelJS exactly where writeVerdicts.tsv says and for its reason', () => {
    const fellBack = new Map(results.filter((r) => r.mode !== 'patch').map((r) => [r.name, r.reason ?? r.mode]));
    for (const name of uneditable.keys()) fellBack.set(name, 'notAPackage');
    for (const name of refused.keys()) fellBack.set(name, 'refusedByReader');
    expect(Object.fromEntries(fellBack)).toEqual(Object.fromEntries(expectedFallbacks()));
    expect(results.filter((r) => r.mode !== 'patch' && r.mode !== 'exceljs')).toEqual([]);
  });

  it('has every part it wrote namespace-well-formed', () => {
    const problems: string[] = [];
    for (const r of results) {
      const before = entries(r.input);
      for (const [name, entry] of entries(r.output)) {
        if (!isXml(name)) continue;
        const original = before.get(name);
        if (original && original.crc === entry.crc && original.uncompressedSize === entry.uncompressedSize) continue;
        const problem = xmlProblem(entryContent(entry).toString('utf8'));
        if (problem !== undefined) problems.push(`${r.name} ${name}: ${problem}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('copies every part it did not write byte for byte when patching', () => {
    const WRITTEN = /(^|\/)(workbook\.xml|workbook\.xml\.rels|styles\.xml|\[Content_Types\]\.xml|calcChain\.xml)$/i;
    const changed: string[] = [];
    for (const r of results.filter((x) => x.mode === 'patch')) {
      const after = entries(r.output);
      for (const [name, original] of entries(r.input)) {
        const copy = after.get(name);
        if (!copy) {
          if (!/calcChain\.xml$/i.test(name)) changed.push(`${r.name} ${name}: missing`);
          continue;
        }
        if (copy.data.equals(original.data) && copy.crc === original.crc) continue;
        if (WRITTEN.test(name) || /perfevalTestStyles\.xml$/.test(name)) continue;
        // An input sheet that had the selected tab: only that mark may go.
        const text = entryContent(original).toString('utf8');
        const unselected = text.replace(/(<(?:[\w.-]+:)?sheetView\b[^>]*?)\s+tabSelected\s*=\s*(["'])(?:1|true)\2/g, '$1');
        if (unselected !== text && entryContent(copy).toString('utf8') === unselected) continue;
        changed.push(`${r.name} ${name}`);
      }
    }
    expect(changed).toEqual([]);
  });

  it('opens in ExcelJS (where ExcelJS opens the input) and scores as the seed when read again', async () => {
    const wrong: string[] = [];
    for (const r of results) {
      try {
        await new ExcelJS.Workbook().xlsx.load(r.output as unknown as ExcelJS.Buffer);
      } catch (error) {
        const inputOpens = await new ExcelJS.Workbook().xlsx.load(r.input as unknown as ExcelJS.Buffer).then(
          () => true,
          () => false,
        );
        if (inputOpens) wrong.push(`${r.name}: ExcelJS opens the input, not the output: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      }
      try {
        const host = await XlsxHost.fromBuffer(r.output, r.name, { lean: true });
        const snapshot = await host.read();
        const { report } = await recompute(host);
        const got = [report.total, report.grade, report.provisional];
        if (JSON.stringify(got) !== JSON.stringify(SEED_RESULT)) wrong.push(`${r.name}: ${JSON.stringify(got)}`);
        if (!OUTPUTS.every((o) => snapshot.ownedSheets.includes(o))) wrong.push(`${r.name}: owned ${JSON.stringify(snapshot.ownedSheets)}`);
      } catch (error) {
        wrong.push(`${r.name}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      }
    }
    expect(wrong).toEqual([]);
  }, 600_000);

  it('opens in openpyxl (where openpyxl opens the original) with the outputs and the very hidden record, the form showing 62.5 and 中', () => {
    if (!existsSync(PYTHON)) throw new Error(`${PYTHON} is needed (python3-openpyxl; .ci/run installs it)`);
    const wrong: string[] = [];
    for (const r of results.filter((x) => x.openpyxlOpens)) {
      const seen = openpyxl[r.outputFile];
      if (!seen || seen.error !== undefined) {
        wrong.push(`${r.name}: ${seen?.error ?? 'not read'}`);
        continue;
      }
      if (!OUTPUTS.every((o) => seen.sheets?.includes(o)) || !seen.sheets?.includes(META_SHEET_NAME)) wrong.push(`${r.name}: sheets ${JSON.stringify(seen.sheets)}`);
      if (!seen.form?.includes(62.5) || !seen.form.includes('中')) wrong.push(`${r.name}: form without 62.5 / 中`);
    }
    expect(wrong).toEqual([]);
  });
});
