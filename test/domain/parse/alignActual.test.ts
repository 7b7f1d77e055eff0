import { alignActual, type NumericActual } from '../../../src/domain/parse/alignActual';
import { parseActual } from '../../../src/domain/parse/parseActual';
import { isNumericTarget, parseTarget, type NumericTarget, type TargetContext } from '../../../src/domain/parse/parseTarget';
import { unitFromName } from '../../../src/domain/parse/unit';
import type { CellValue } from '../../../src/domain/grid';

/** Reads a target the way the sheet reader does: the name's bracketed unit goes into the context. */
function target(text: CellValue, name = '', format = 'General', extra: TargetContext = {}): NumericTarget {
  const nameUnit = unitFromName(name);
  const t = parseTarget(text, format, nameUnit === undefined ? extra : { ...extra, nameUnit });
  if (!isNumericTarget(t)) throw new Error(`not numeric: ${JSON.stringify(t)}`);
  return t;
}

function actual(value: CellValue, format = 'General'): NumericActual {
  const a = parseActual(value, format);
  if (a.kind !== 'NUM') throw new Error(`not a number: ${JSON.stringify(a)}`);
  return a;
}

describe('alignActual: the seed workbook (DOMAIN.md §7)', () => {
  test('210 against ≥320 named 接洽客商（批次） is 210 批次', () => {
    const t = target('≥320', '接洽客商（批次）');
    expect(t).toEqual({ kind: 'GE', value: 320, unit: '批次', scale: 1 });
    expect(alignActual(t, actual('210'))).toEqual({ value: 210, ambiguousPercent: false });
    expect(alignActual(t, actual(210))).toEqual({ value: 210, ambiguousPercent: false });
  });

  test('60余批次 against ≥85 named 接洽意向客商（批次）', () => {
    expect(alignActual(target('≥85', '接洽意向客商（批次）'), actual('60余批次'))).toEqual({ value: 60, ambiguousPercent: false });
  });

  test('23次 against ≥30 named 商务接待（次）', () => {
    expect(alignActual(target('≥30', '商务接待（次）'), actual('23次'))).toEqual({ value: 23, ambiguousPercent: false });
  });

  test('18天 against ≥24 named 小分队外出招商（次） is a unit mismatch, value 18', () => {
    expect(alignActual(target('≥24', '小分队外出招商（次）'), actual('18天'))).toEqual({
      value: 18,
      unitMismatch: { target: '次', actual: '天' },
      ambiguousPercent: false,
    });
  });

  test('7亿 against ≥7 named 招商活动签约项目累计资金（亿） is 7e8 against 7e8', () => {
    const t = target('≥7', '招商活动签约项目累计资金（亿）');
    expect(t.kind === 'GE' && t.value).toBe(7e8);
    expect(alignActual(t, actual('7亿'))).toEqual({ value: 7e8, ambiguousPercent: false });
  });

  test('约160亿 against ≥160 named 重大重点项目开工总投资金额（亿）', () => {
    const t = target('≥160', '重大重点项目开工总投资金额（亿）');
    expect(t.kind === 'GE' && t.value).toBe(1.6e10);
    expect(alignActual(t, actual('约160亿'))).toEqual({ value: 1.6e10, ambiguousPercent: false });
  });

  test('number 1 formatted 0% against 100% is 100, not ambiguous', () => {
    expect(alignActual(target('100%'), actual(1, '0%'))).toEqual({ value: 100, ambiguousPercent: false });
  });

  test('0.95 General against =95% is read as 95 and flagged ambiguous', () => {
    expect(alignActual(target('=95%'), actual(0.95, 'General'))).toEqual({ value: 95, ambiguousPercent: true });
  });
});

describe('alignActual: units and magnitudes', () => {
  test('an actual without unit takes the target unit and magnitude', () => {
    expect(alignActual(target('≤90万元'), actual('89.974'))).toEqual({ value: 899740, ambiguousPercent: false });
    expect(alignActual(target('≤90万元'), actual(89.974))).toEqual({ value: 899740, ambiguousPercent: false });
    expect(alignActual(target('≥7', '资金（亿）'), actual(7))).toEqual({ value: 7e8, ambiguousPercent: false });
  });

  test('an actual with its own magnitude is compared after scaling', () => {
    expect(alignActual(target('≥0.5亿元'), actual('6000万元'))).toEqual({ value: 6e7, ambiguousPercent: false });
    expect(alignActual(target('≥0.5亿元'), actual('7亿'))).toEqual({ value: 7e8, ambiguousPercent: false });
    expect(alignActual(target('≤90万元'), actual('89.974元'))).toEqual({ value: 89.974, ambiguousPercent: false });
  });

  test('equivalent units are not a mismatch; an empty unit on either side is not either', () => {
    expect(alignActual(target('≥85批次'), actual('60批'))).toEqual({ value: 60, ambiguousPercent: false });
    expect(alignActual(target('≤3天'), actual('2日'))).toEqual({ value: 2, ambiguousPercent: false });
    expect(alignActual(target('≥320'), actual('210批次'))).toEqual({ value: 210, ambiguousPercent: false });
    expect(alignActual(target('≥50个'), actual('7万'))).toEqual({ value: 7e4, ambiguousPercent: false });
  });

  test('different base units are a mismatch and the number is still used', () => {
    expect(alignActual(target('≥50个'), actual('60%'))).toEqual({
      value: 60,
      unitMismatch: { target: '个', actual: '%' },
      ambiguousPercent: false,
    });
  });
});

describe('alignActual: percentages', () => {
  test('a %-formatted cell against a % target is ×100 without float noise', () => {
    expect(alignActual(target('≥90%'), actual(0.95, '0.00%'))).toEqual({ value: 95, ambiguousPercent: false });
    expect(alignActual(target('≥90%'), actual(0.07, '0%'))).toEqual({ value: 7, ambiguousPercent: false });
    expect(alignActual(target(0.9, '', '0%'), actual(0.95, '0%'))).toEqual({ value: 95, ambiguousPercent: false });
  });

  test('a text percentage is used as written', () => {
    expect(alignActual(target('=95%'), actual('95%'))).toEqual({ value: 95, ambiguousPercent: false });
    expect(alignActual(target('≥90%'), actual('0.5%'))).toEqual({ value: 0.5, ambiguousPercent: false });
  });

  test('a bare number above 1 against a % target is a percentage', () => {
    expect(alignActual(target('≥90%'), actual(92))).toEqual({ value: 92, ambiguousPercent: false });
    expect(alignActual(target('≥90%'), actual('92'))).toEqual({ value: 92, ambiguousPercent: false });
  });

  test('a bare fraction is ambiguous only against a target above 1, and never for 0', () => {
    expect(alignActual(target('≥90%'), actual('0.95'))).toEqual({ value: 95, ambiguousPercent: true });
    expect(alignActual(target('≥90%'), actual(1))).toEqual({ value: 100, ambiguousPercent: true });
    expect(alignActual(target('≤1%'), actual(0.5))).toEqual({ value: 0.5, ambiguousPercent: false });
    expect(alignActual(target('≥90%'), actual(0))).toEqual({ value: 0, ambiguousPercent: false });
    expect(alignActual(target('±5%'), actual(-0.03))).toEqual({ value: -3, ambiguousPercent: true });
    expect(alignActual(target('80%-90%'), actual(0.85))).toEqual({ value: 85, ambiguousPercent: true });
  });

  test('a %-formatted cell against a target not in % keeps its stored value', () => {
    expect(alignActual(target('≥0.9'), actual(0.95, '0%'))).toEqual({ value: 0.95, ambiguousPercent: false });
    expect(alignActual(target('≥50个'), actual(0.95, '0%'))).toEqual({
      value: 0.95,
      unitMismatch: { target: '个', actual: '%' },
      ambiguousPercent: false,
    });
  });
});
