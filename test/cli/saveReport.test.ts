/**
 * The command line says how it made the output file: patched, or by ExcelJS and why the patching
 * writer gave up (`save` in the JSON report, a line in the summary). A programming error while saving
 * is not a quiet fallback: it is one line, reported as an internal error, and no file is written.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Report } from '../../src/app/report';
import { OUTPUT_SHEET_NAMES } from '../../src/domain/output/planTypes';
import { XlsxHost } from '../../src/hosts/xlsx/xlsxHost';
import * as patchModule from '../../src/hosts/xlsx/patch/patchPackage';
import { SEED_XLSX } from '../helpers/fixtures';
import { runCli, tempDir } from './cliHarness';

type Saved = Report & { save?: { mode: string; reason?: string } };

afterEach(() => {
  jest.restoreAllMocks();
});

describe('how the output was saved', () => {
  it('is `save: {mode: "patch"}` in the JSON and a line of the summary', async () => {
    const dir = tempDir();
    const json = await runCli('evaluate', SEED_XLSX, '-o', path.join(dir, 'a.xlsx'), '--json');
    expect((JSON.parse(json.stdout) as Saved).save).toEqual({ mode: 'patch' });
    const text = await runCli('evaluate', SEED_XLSX, '-o', path.join(dir, 'b.xlsx'));
    expect(text.stdout).toContain('保存方式：在输入文件的副本上增改输出表');
    const en = await runCli('evaluate', SEED_XLSX, '-o', path.join(dir, 'c.xlsx'), '--lang', 'en-US');
    expect(en.stdout).toContain('Saved by patching a copy of the input');
  });

  it('names the reason when ExcelJS saved instead (an output sheet with a note of its own)', async () => {
    const dir = tempDir();
    const first = path.join(dir, 'first.xlsx');
    expect((await runCli('evaluate', SEED_XLSX, '-o', first)).code).toBe(0);
    const annotated = await XlsxHost.open(first);
    const form = annotated.workbook.getWorksheet(OUTPUT_SHEET_NAMES.monitor);
    if (!form) throw new Error('no form');
    form.getCell('A1').note = '备注';
    const noted = path.join(dir, 'noted.xlsx');
    writeFileSync(noted, await annotated.toBuffer());

    const json = await runCli('evaluate', noted, '-o', path.join(dir, 'again.xlsx'), '--json');
    expect(json.code).toBe(0);
    expect((JSON.parse(json.stdout) as Saved).save).toEqual({ mode: 'exceljs', reason: 'outputSheetHasParts' });
    const en = await runCli('evaluate', noted, '-o', path.join(dir, 'again-en.xlsx'), '--lang', 'en-US');
    expect(en.stdout).toContain('Saved by ExcelJS rewriting the whole workbook (an existing output sheet has comments, drawings or other parts of its own)');
  });

  it('is absent when no file was written', async () => {
    const dir = tempDir();
    const empty = path.join(dir, 'empty.xlsx');
    const host = XlsxHost.create();
    host.workbook.addWorksheet('说明').getCell('A1').value = '没有指标';
    writeFileSync(empty, await host.toBuffer());
    const json = await runCli('evaluate', empty, '--json');
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).not.toHaveProperty('save');
  });

  it('does not hide a programming error behind ExcelJS: one line, internal error, no file', async () => {
    jest.spyOn(patchModule, 'patchPackage').mockRejectedValue(new TypeError("Cannot read properties of undefined (reading 'path')\n    at patch (patchPackage.ts:1:1)"));
    const out = path.join(tempDir(), 'out.xlsx');
    const result = await runCli('evaluate', SEED_XLSX, '-o', out);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("perf-eval: 内部错误：Cannot read properties of undefined (reading 'path')\n");
    expect(existsSync(out)).toBe(false);
    expect(readFileSync(SEED_XLSX).length).toBeGreaterThan(0);
  });
});
