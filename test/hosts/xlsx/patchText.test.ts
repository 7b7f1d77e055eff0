/**
 * Cell text through the patching writer (patch/sheetXml.ts): strings that look like formulas stay
 * text, XML specials are escaped, characters XML cannot hold are dropped, edge spaces are kept, astral
 * characters survive, numbers and booleans read back equal — and the same as through ExcelJS.
 */
import type { Worksheet } from 'exceljs';
import type { PlanValue, SheetPlan, WritePlan } from '../../../src/domain/output/planTypes';
import { XlsxHost } from '../../../src/hosts/xlsx/xlsxHost';
import { BODY_FONT } from '../../../src/domain/output/sheetBuilder';
import { plainPageSetup } from '../../../src/domain/output/pageSetup';
import { FORMULA_LOOKING } from './planFixtures';
import { partText, saveWith, seedBytes, sheetParts } from './patchKit';

const SHEET = '文本';

/** [written, read back] */
const STRINGS: readonly (readonly [string, string])[] = [
  ...FORMULA_LOOKING.map((s): [string, string] => [s, s]),
  ['a < b & c > "d"', 'a < b & c > "d"'],
  ["it's", "it's"],
  ['  leading and trailing  ', '  leading and trailing  '],
  [' ', ' '],
  ['x\u0001y', 'xy'],
  ['d\u007Fe', 'de'],
  ['a\u000Bb\u000Cc\u001Fd', 'abcd'],
  ['𠀀𪚥', '𠀀𪚥'],
  ['绩效😀评价👨‍👩‍👧', '绩效😀评价👨‍👩‍👧'],
  ['第一行\n第二行', '第一行\n第二行'],
  // XML reads a raw CR as a line feed; the ExcelJS writer does the same.
  ['a\r\nb', 'a\nb'],
];
const NUMBERS = [0, -1.5, 1e-7, 123456789.123, 1e21, -0, Number.MIN_VALUE, Number.MAX_SAFE_INTEGER];
const BOOLEANS = [true, false];

/** One column of values, strings formatted `@`; `style` styles the whole column. */
function columnPlan(values: readonly PlanValue[], withStyle = true): SheetPlan {
  return {
    role: 'diagnostics',
    name: SHEET,
    values: values.map((v) => [v]),
    numberFormats: values.map((v) => [typeof v === 'string' ? '@' : 'General']),
    merges: [],
    styles: withStyle ? [{ range: { top: 0, left: 0, bottom: values.length - 1, right: 0 }, style: { wrap: true } }] : [],
    columnWidths: [30],
    rowHeights: [],
    dataValidations: [],
    font: BODY_FONT,
    pageSetup: plainPageSetup({ top: 0, left: 0, bottom: Math.max(0, values.length - 1), right: 0 }),
  };
}

async function written(plan: WritePlan, viaExcelJs = false): Promise<{ ws: Worksheet; bytes: Buffer }> {
  const saved = await saveWith(await seedBytes(), plan, viaExcelJs);
  expect(saved.mode).toBe(viaExcelJs ? 'exceljs' : 'patch');
  const ws = (await XlsxHost.fromBuffer(saved.bytes)).workbook.getWorksheet(SHEET);
  if (!ws) throw new Error('sheet missing');
  return { ws, bytes: saved.bytes };
}

const VALUES: readonly PlanValue[] = [...STRINGS.map(([s]) => s), ...NUMBERS, ...BOOLEANS];
const EXPECTED: readonly PlanValue[] = [...STRINGS.map(([, s]) => s), ...NUMBERS.map((n) => (Object.is(n, -0) ? 0 : n)), ...BOOLEANS];

describe('text through the patch path', () => {
  it('reads back every string, number and boolean as written, never a formula', async () => {
    const { ws, bytes } = await written({ sheets: [columnPlan(VALUES)] });
    EXPECTED.forEach((expected, i) => {
      const cell = ws.getCell(i + 1, 1);
      expect({ row: i + 1, value: cell.value, formula: cell.formula }).toEqual({ row: i + 1, value: expected, formula: undefined });
    });
    FORMULA_LOOKING.forEach((_, i) => expect(ws.getCell(i + 1, 1).numFmt).toBe('@'));
    const xml = partText(bytes, sheetParts(bytes).get(SHEET) ?? '');
    expect(xml).not.toContain('<f>');
    expect(xml).toContain('xml:space="preserve">  leading and trailing  </t>');
    // eslint-disable-next-line no-control-regex
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/);
  });

  it('stores exactly what the ExcelJS writer stores', async () => {
    const viaPatch = await written({ sheets: [columnPlan(VALUES)] });
    const viaExcelJs = await written({ sheets: [columnPlan(VALUES)] }, true);
    VALUES.forEach((_, i) => expect(viaPatch.ws.getCell(i + 1, 1).value).toEqual(viaExcelJs.ws.getCell(i + 1, 1).value));
  });

  it('drops U+FFFE and U+FFFF, and writes a lone surrogate as U+FFFD', async () => {
    const { ws } = await written({ sheets: [columnPlan(['a\uFFFEb\uFFFFc', 'x\uD800y', 'z\uDC00'])] });
    expect([1, 2, 3].map((r) => ws.getCell(r, 1).value)).toEqual(['abc', 'x\uFFFDy', 'z\uFFFD']);
  });

  it('reads a string of nothing but control characters as empty', async () => {
    const { ws } = await written({ sheets: [columnPlan(['\u0001\u0002', 'after'])] });
    expect(ws.getCell('A1').value ?? '').toBe('');
    expect(ws.getCell('A2').value).toBe('after');
  });

  it('writes no cell for an empty string without format or style', async () => {
    const plan = columnPlan(['', 'after'], false);
    const { ws, bytes } = await written({ sheets: [{ ...plan, numberFormats: [['General'], ['@']] }] });
    expect(ws.getCell('A1').value).toBeNull();
    expect(partText(bytes, sheetParts(bytes).get(SHEET) ?? '')).not.toContain('r="A1"');
  });

  // PlanValue allows '' (SheetBuilder never writes it): a formatted empty cell, not broken XML.
  it('reads an empty string in a formatted cell as empty', async () => {
    const { ws } = await written({ sheets: [columnPlan(['', 'after'])] });
    expect(ws.getCell('A1').value ?? '').toBe('');
    expect(ws.getCell('A1').numFmt).toBe('@');
    expect(ws.getCell('A2').value).toBe('after');
  });
});
