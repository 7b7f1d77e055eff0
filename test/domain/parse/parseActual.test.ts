import { EXCEL_ERROR_CODES, TIER_SPELLINGS, parseActual, tierOf } from '../../../src/domain/parse/parseActual';
import type { Actual } from '../../../src/domain/values';

function num(value: number, extra: Partial<Extract<Actual, { kind: 'NUM' }>> = {}): Actual {
  return {
    kind: 'NUM',
    value,
    unit: '',
    scale: 1,
    hasUnit: false,
    approximate: false,
    percentFormat: false,
    fromNumberCell: false,
    ...extra,
  };
}

describe('parseActual: numbers in text', () => {
  test.each<[string, Actual]>([
    ['210', num(210)],
    ['89.974', num(89.974)],
    ['-3', num(-3)],
    ['0.95', num(0.95)],
    ['23次', num(23, { unit: '次', hasUnit: true })],
    ['7亿', num(7e8, { scale: 1e8, hasUnit: true })],
    ['6000万元', num(6e7, { unit: '元', scale: 1e4, hasUnit: true })],
    ['89.974万元', num(899740, { unit: '元', scale: 1e4, hasUnit: true })],
    ['100百分比', num(100, { unit: '%', hasUnit: true })],
    ['60余批次', num(60, { unit: '批次', hasUnit: true, approximate: true })],
    ['约160亿', num(1.6e10, { scale: 1e8, hasUnit: true, approximate: true })],
    ['大约50人', num(50, { unit: '人', hasUnit: true, approximate: true })],
    ['近300家', num(300, { unit: '家', hasUnit: true, approximate: true })],
    ['将近300家', num(300, { unit: '家', hasUnit: true, approximate: true })],
    ['200多人', num(200, { unit: '人', hasUnit: true, approximate: true })],
    ['160多亿', num(1.6e10, { scale: 1e8, hasUnit: true, approximate: true })],
    ['1万多元', num(1e4, { unit: '元', scale: 1e4, hasUnit: true, approximate: true })],
    ['50左右', num(50, { approximate: true })],
    ['50人左右', num(50, { unit: '人', hasUnit: true, approximate: true })],
    ['1,350人', num(1350, { unit: '人', hasUnit: true })],
    [' １２０ 次 ', num(120, { unit: '次', hasUnit: true })],
    ['100%以上', num(100, { unit: '%', hasUnit: true, hasOperator: true })],
    ['3天以内', num(3, { unit: '天', hasUnit: true, hasOperator: true })],
    ['≥266米', num(266, { unit: '米', hasUnit: true, hasOperator: true })],
    ['≥90%', num(90, { unit: '%', hasUnit: true, hasOperator: true })],
    ['不低于90%', num(90, { unit: '%', hasUnit: true, hasOperator: true })],
    ['=100', num(100, { hasOperator: true })],
    ['≥约50人', num(50, { unit: '人', hasUnit: true, approximate: true, hasOperator: true })],
  ])('%j', (text, expected) => {
    expect(parseActual(text, 'General')).toEqual(expected);
  });

  test.each(['满意度较高', '完成3个', '210批次客商及企业', '90%完成率', '约', '左右', '1.2.3', '近期完成', '≥', '以上', '≥±5%'])('%j is TEXT', (text) => {
    expect(parseActual(text, 'General')).toEqual({ kind: 'TEXT', text });
  });
});

describe('parseActual: number cells', () => {
  test('keep the stored value and say whether the format shows %', () => {
    expect(parseActual(0.95, '0%')).toEqual(num(0.95, { percentFormat: true, fromNumberCell: true }));
    expect(parseActual(0.95, 'General')).toEqual(num(0.95, { fromNumberCell: true }));
    expect(parseActual(210, '0.00')).toEqual(num(210, { fromNumberCell: true }));
    expect(parseActual(-0, 'General')).toEqual(num(0, { fromNumberCell: true }));
  });

  test('the format is optional', () => {
    expect(parseActual(1)).toEqual(num(1, { fromNumberCell: true }));
  });

  test('a date-formatted number is TEXT with its date', () => {
    expect(parseActual(44408, 'yyyy"年"m"月"d"日"')).toEqual({ kind: 'TEXT', text: '2021-07-31' });
  });

  test('non-finite numbers are an error, not a number', () => {
    expect(parseActual(Number.NaN, 'General')).toEqual({ kind: 'ERROR', error: '#NUM!' });
    expect(parseActual(Number.NEGATIVE_INFINITY, '0%')).toEqual({ kind: 'ERROR', error: '#NUM!' });
  });
});

describe('parseActual: tiers', () => {
  const cases = (['achieved', 'partial', 'notAchieved'] as const).flatMap((tier) =>
    TIER_SPELLINGS[tier].map((text) => [text, tier] as const),
  );

  test.each(cases)('%j is tier %s', (text, tier) => {
    expect(parseActual(text, 'General')).toEqual({ kind: 'TIER', tier, text });
    expect(tierOf(text)).toBe(tier);
  });

  test('tiers are matched after normalisation, and only exactly', () => {
    expect(parseActual(' 已\n完成 ', 'General')).toEqual({ kind: 'TIER', tier: 'achieved', text: '已完成' });
    expect(parseActual('基本完成。', 'General').kind).toBe('TEXT');
    expect(tierOf('完成较好')).toBeUndefined();
  });
});

describe('parseActual: empty and errors', () => {
  test('empty cells', () => {
    expect(parseActual(null, 'General')).toEqual({ kind: 'EMPTY' });
    expect(parseActual('', 'General')).toEqual({ kind: 'EMPTY' });
    expect(parseActual(' \r\n\u3000', 'General')).toEqual({ kind: 'EMPTY' });
  });

  test('error values and error codes typed as text', () => {
    expect(parseActual({ error: '#DIV/0!' }, 'General')).toEqual({ kind: 'ERROR', error: '#DIV/0!' });
    for (const code of ['#N/A', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#NULL!']) {
      expect(EXCEL_ERROR_CODES).toContain(code);
      expect(parseActual(code, 'General')).toEqual({ kind: 'ERROR', error: code });
    }
    expect(parseActual(' #n/a ', 'General')).toEqual({ kind: 'ERROR', error: '#N/A' });
    expect(parseActual('#N/A原因', 'General').kind).toBe('TEXT');
  });

  test('booleans and dates are TEXT', () => {
    expect(parseActual(true, 'General')).toEqual({ kind: 'TEXT', text: 'TRUE' });
    expect(parseActual(new Date(Date.UTC(2021, 6, 31)), 'General')).toEqual({ kind: 'TEXT', text: '2021-07-31' });
  });
});
