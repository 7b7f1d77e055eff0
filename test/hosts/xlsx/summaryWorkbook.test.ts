/**
 * The summary workbook as a file (written part by part, summaryWorkbook.ts): the chart parts are in the
 * package and linked (ECMA-376: chart part, drawing, relationships, content types), the same plan gives the
 * same bytes, and ExcelJS, openpyxl and LibreOffice open it — LibreOffice printing the chart.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';
import type { BatchEntry } from '../../../src/app/batch/entry';
import { buildSummaryPlan } from '../../../src/app/batch/summaryPlan';
import { getProfile } from '../../../src/domain/schema/profiles';
import { summaryToBuffer } from '../../../src/hosts/xlsx/summary/summaryWorkbook';

const entries: BatchEntry[] = [
  { kind: 'evaluated', file: 'a.xlsx', name: '甲项目', department: '某局', unit: '某中心', annual: 120, executed: 75.64, rate: 0.63, scored: true, total: 62.5, max: 100, grade: '中', provisional: true, errors: 2, warnings: 1, codes: [{ code: 'ACTUAL_MISSING', severity: 'error', count: 2 }], profile: 'central', mode: 'self' },
  { kind: 'evaluated', file: 'b.xlsx', name: '乙项目', department: '某局', unit: '某站', annual: 50, executed: 50, rate: 1, scored: true, total: 93, max: 100, grade: '优', provisional: false, errors: 0, warnings: 0, codes: [], profile: 'central', mode: 'self' },
  { kind: 'unreadable', file: 'c.xls', reason: 'encrypted', message: 'c.xls 已加密或为旧版 .xls 格式。' },
];
const plan = buildSummaryPlan({ entries, fileCount: 3, interrupted: false, outputs: false, profile: getProfile('central'), locale: 'zh-CN', reasonTitle: (r) => r });

describe('the summary workbook', () => {
  let bytes: Buffer;
  let parts: Record<string, string>;
  beforeAll(async () => {
    bytes = await summaryToBuffer(plan);
    parts = Object.fromEntries(Object.entries(unzipSync(new Uint8Array(bytes))).map(([name, data]) => [name, strFromU8(data)]));
  });

  it('holds a real chart: chart part, drawing, relationships and content types, every part well-formed', () => {
    for (const [name, text] of Object.entries(parts)) if (/\.(xml|rels)$/.test(name)) expect([name, XMLValidator.validate(text)]).toEqual([name, true]);
    const parser = new XMLParser({ ignoreAttributes: false });
    const chart = parser.parse(parts['xl/charts/chart1.xml'] ?? '') as Record<string, Record<string, Record<string, Record<string, unknown>>>>;
    const bar = chart['c:chartSpace']?.['c:chart']?.['c:plotArea']?.['c:barChart'] as Record<string, unknown>;
    expect(bar['c:barDir']).toEqual({ '@_val': 'col' });
    const series = bar['c:ser'] as { 'c:val': { 'c:numRef': { 'c:f': string } } }[];
    expect(series.map((s) => s['c:val']['c:numRef']['c:f'])).toEqual(["'等级分布'!$B$4:$B$7", "'等级分布'!$C$4:$C$7"]);
    expect(parts['xl/drawings/drawing1.xml']).toContain('r:id="rId1"');
    expect(parts['xl/drawings/_rels/drawing1.xml.rels']).toContain('Target="../charts/chart1.xml"');
    expect(parts['xl/worksheets/sheet2.xml']).toMatch(/<drawing r:id="(rId\d+)"\/><\/worksheet>$/);
    expect(parts['xl/worksheets/_rels/sheet2.xml.rels']).toContain('Target="../drawings/drawing1.xml"');
    expect(parts['[Content_Types].xml']).toContain('<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>');
    expect(parts['[Content_Types].xml']).toContain('<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>');
  });

  it('is print-ready: A4 fitted to one page wide, header rows repeated, page footer, no gridlines', () => {
    for (const n of [1, 2, 3]) {
      const sheet = parts[`xl/worksheets/sheet${n}.xml`] ?? '';
      expect(sheet).toContain('<pageSetUpPr fitToPage="1"/>');
      expect(sheet).toMatch(/<pageSetup paperSize="9" orientation="(landscape|portrait)"[^>]* fitToWidth="1" fitToHeight="[01]"\/>/);
      expect(sheet).toContain('<oddFooter>&amp;C第 &amp;P 页 共 &amp;N 页</oddFooter>');
      expect(sheet).toContain('showGridLines="0"');
    }
    expect(parts['xl/workbook.xml']).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;项目汇总&apos;!$3:$3</definedName>`);
    expect(parts['xl/workbook.xml']).toContain(`<definedName name="_xlnm.Print_Area" localSheetId="1">&apos;等级分布&apos;!$A$1:$E$34</definedName>`);
    expect(parts['xl/worksheets/sheet1.xml']).toContain('<cfRule type="cellIs" dxfId="0" priority="1" operator="equal"><formula>&quot;优&quot;</formula></cfRule>');
  });

  it('gives the same bytes for the same plan', async () => {
    expect((await summaryToBuffer(plan)).equals(bytes)).toBe(true);
  });

  it('opens in ExcelJS with its values and conditional formats', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(['项目汇总', '等级分布', '常见问题']);
    const ws = wb.getWorksheet('项目汇总');
    expect(ws?.getCell('C4').value).toBe('甲项目');
    expect(ws?.getCell('J5').value).toBe('优');
    expect(ws?.getCell('P6').value).toBe('c.xls 已加密或为旧版 .xls 格式。');
    const cf = (ws as unknown as { conditionalFormattings: { ref: string }[] }).conditionalFormattings;
    expect(cf.map((f) => f.ref)).toEqual(['J4:J6', 'J4:J6', 'J4:J6', 'J4:J6']);
  });

  it('opens in openpyxl with its chart, print titles and conditional formatting', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'perf-eval-summary-'));
    const file = path.join(dir, 'summary.xlsx');
    writeFileSync(file, bytes);
    const script = [
      'import sys, openpyxl',
      'wb = openpyxl.load_workbook(sys.argv[1])',
      'print([ws.title for ws in wb])',
      "print(len(wb['等级分布']._charts), wb['项目汇总'].print_title_rows, len(wb['项目汇总'].conditional_formatting))",
      "print(wb['项目汇总']['J5'].value, wb['等级分布']['B4'].value)",
    ].join('\n');
    const out = execFileSync('/usr/bin/python3', ['-c', script, file], { encoding: 'utf8' });
    expect(out.trim().split('\n')).toEqual(["['项目汇总', '等级分布', '常见问题']", '1 $3:$3 1', '优 1']);
  });

  it('prints in LibreOffice with the chart on the grades page', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'perf-eval-summary-'));
    const file = path.join(dir, 'summary.xlsx');
    writeFileSync(file, bytes);
    execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file], { stdio: 'pipe', timeout: 120_000 });
    const pdf = path.join(dir, 'summary.pdf');
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/Pages:\s+3/);
    expect(info).toMatch(/A4/);
    const page2 = execFileSync('pdftotext', ['-f', '2', '-l', '2', '-layout', pdf, '-'], { encoding: 'utf8' });
    expect(page2).toContain('各等级项目数');
    expect(page2).toMatch(/第\s*2\s*页\s*共\s*3\s*页/);
  }, 150_000);
});
