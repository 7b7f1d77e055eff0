/**
 * The outputs as printed (DOMAIN.md §5, "Printed and submitted"; issue 10): every output sheet of the
 * seed and of a published form (the Anhui entrusted-business form, the longest of test/fixtures/forms/),
 * each printed alone to PDF by LibreOffice headless (tools/print/printSheets.ts), read back with
 * poppler. Each sheet prints on A4 in the orientation its page setup names, one page wide (its header
 * on every page, so no page holds only the right-hand columns), the form with its title, 总分 and
 * 填报日期 — the seed's form on one landscape page with the signature block; and the seed in its own mode,
 * tracking: its 绩效运行监控表 on one landscape page with the signature block.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { recompute } from '../../src/app/useCases';
import { WORKBENCH } from '../../src/app/workbench';
import { OUTPUT_SHEET_NAMES } from '../../src/domain/output/planTypes';
import { DETAIL_HEADERS } from '../../src/domain/output/detailSheet';
import { DIAGNOSTICS_HEADERS } from '../../src/domain/output/diagnosticsSheet';
import { FORM_INDICATOR_HEADERS, FORM_TITLE } from '../../src/domain/output/formSheet';
import { XlsxHost } from '../../src/hosts/xlsx/xlsxHost';
import { MONITOR_TITLE } from '../../src/domain/output/monitorSheet';
import { FORMS_DIR, SEED_XLSX } from '../helpers/fixtures';
import { pageHas, printSheets, sheetNames, type PrintedSheet } from '../../tools/print/printSheets';
import { strFromU8, unzipSync } from 'fflate';

const PUBLISHED = path.join(FORMS_DIR, 'case06-anhui-tangxi-entrusted-business.xlsx');
const A4_LONG = 841.89;
const A4_SHORT = 595.3;

/** What the header of each sheet holds at its two ends: on every page, the sheet prints one page wide. */
function ends(headers: readonly string[]): readonly string[] {
  return [headers[0] ?? '', headers[headers.length - 1] ?? ''];
}

const HEADER_ENDS: Readonly<Record<string, readonly string[]>> = {
  [OUTPUT_SHEET_NAMES.form]: ends(FORM_INDICATOR_HEADERS),
  [OUTPUT_SHEET_NAMES.detail]: ends(DETAIL_HEADERS),
  [OUTPUT_SHEET_NAMES.diagnostics]: ends(DIAGNOSTICS_HEADERS),
};

async function evaluated(file: string): Promise<Uint8Array> {
  const host = await XlsxHost.open(file);
  // The year-end 自评表 (the seed's 评价类型 绩效跟踪 would otherwise ask for the tracking form).
  await recompute(host, { workbench: WORKBENCH, settings: { mode: 'selfEvaluation' } });
  return new Uint8Array(await host.toBuffer());
}

/** The orientation the written sheet's `<pageSetup>` names. */
function orientationOf(xlsx: Uint8Array, sheet: string): string {
  const parts = unzipSync(xlsx);
  const workbook = strFromU8(parts['xl/workbook.xml'] ?? new Uint8Array());
  const rels = strFromU8(parts['xl/_rels/workbook.xml.rels'] ?? new Uint8Array());
  const id = new RegExp(`<sheet\\b[^>]*name="${sheet}"[^>]*r:id="([^"]+)"`).exec(workbook)?.[1] ?? '';
  const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)?.[1] ?? '';
  const xml = strFromU8(parts[`xl/${target.replace(/^\/?xl\//, '')}`] ?? new Uint8Array());
  return /<pageSetup\b[^>]*orientation="(\w+)"/.exec(xml)?.[1] ?? 'none';
}

function outputSheets(xlsx: Uint8Array): string[] {
  const outputs = new Set<string>(Object.values(OUTPUT_SHEET_NAMES));
  return sheetNames(xlsx).filter((n) => outputs.has(n));
}

const dir = mkdtempSync(path.join(tmpdir(), 'printed-'));
const printed: Record<string, { xlsx: Uint8Array; sheets: PrintedSheet[] }> = {};

beforeAll(async () => {
  for (const [stem, file] of [
    ['seed', SEED_XLSX],
    ['published', PUBLISHED],
  ] as const) {
    const xlsx = await evaluated(file);
    printed[stem] = { xlsx, sheets: printSheets(xlsx, outputSheets(xlsx), dir, stem) };
  }
  // The seed in its own mode (评价类型 绩效跟踪): the 绩效运行监控表 alone.
  const host = await XlsxHost.open(SEED_XLSX);
  await recompute(host);
  const tracked = new Uint8Array(await host.toBuffer());
  printed['tracking'] = { xlsx: tracked, sheets: printSheets(tracked, [OUTPUT_SHEET_NAMES.monitor], dir, 'tracking') };
}, 600_000);

describe.each(['seed', 'published'])('the %s workbook’s outputs on paper', (stem) => {
  const get = (): { xlsx: Uint8Array; sheets: PrintedSheet[] } => {
    const found = printed[stem];
    if (!found) throw new Error(`not printed: ${stem}`);
    return found;
  };

  it('prints every output sheet, each on A4 in its page setup’s orientation', () => {
    const { xlsx, sheets } = get();
    expect(sheets.map((s) => s.sheet)).toEqual(expect.arrayContaining([OUTPUT_SHEET_NAMES.form, OUTPUT_SHEET_NAMES.detail, OUTPUT_SHEET_NAMES.diagnostics]));
    for (const s of sheets) {
      const landscape = orientationOf(xlsx, s.sheet) === 'landscape';
      expect({ sheet: s.sheet, width: Math.round(s.width), height: Math.round(s.height) }).toEqual({
        sheet: s.sheet,
        width: Math.round(landscape ? A4_LONG : A4_SHORT),
        height: Math.round(landscape ? A4_SHORT : A4_LONG),
      });
      expect(s.pages).toBeGreaterThan(0);
    }
  });

  it('prints each table one page wide: both ends of its header on every page', () => {
    for (const s of get().sheets) {
      const header = HEADER_ENDS[s.sheet];
      if (!header) continue;
      s.pageTexts.forEach((text, page) => expect({ sheet: s.sheet, page, both: pageHas(text, ...header) }).toEqual({ sheet: s.sheet, page, both: true }));
    }
  });

  it('prints the form with its title first and 总分 and 填报日期 last', () => {
    const form = get().sheets.find((s) => s.sheet === OUTPUT_SHEET_NAMES.form);
    const first = form?.pageTexts[0] ?? '';
    const last = form?.pageTexts[form.pageTexts.length - 1] ?? '';
    expect(pageHas(first, FORM_TITLE)).toBe(true);
    expect(pageHas(last, '总分', '填报日期', '填报单位（盖章）', '单位负责人', '财务负责人', '填报人', '联系电话')).toBe(true);
  });
});

it('prints the seed’s whole form on one A4 landscape page', () => {
  const form = printed['seed']?.sheets.find((s) => s.sheet === OUTPUT_SHEET_NAMES.form);
  expect(form?.pages).toBe(1);
  expect(form?.width).toBeGreaterThan(form?.height ?? Infinity);
  expect(pageHas(form?.pageTexts[0] ?? '', FORM_TITLE, '2021年度招商引资专项项目', '62.50', '填报日期')).toBe(true);
});

it('prints the seed’s 绩效运行监控表 (its own mode) on one A4 landscape page, the signature block included', () => {
  const monitor = printed['tracking']?.sheets[0];
  expect(monitor?.sheet).toBe(OUTPUT_SHEET_NAMES.monitor);
  expect(monitor?.pages).toBe(1);
  expect({ width: Math.round(monitor?.width ?? 0), height: Math.round(monitor?.height ?? 0) }).toEqual({ width: Math.round(A4_LONG), height: Math.round(A4_SHORT) });
  const text = monitor?.pageTexts[0] ?? '';
  expect(pageHas(text, MONITOR_TITLE, '75.6441', '63.04%', '58.33%', '+4.70', '绿灯', '70.87', '62.50', '填报单位（盖章）', '填报日期')).toBe(true);
});
