import { isNumericTarget, parseTarget } from '../../../src/domain/parse/parseTarget';
import type { Target } from '../../../src/domain/values';

describe('parseTarget: text forms', () => {
  test.each<[string, Target]>([
    ['≥320', { kind: 'GE', value: 320, unit: '', scale: 1 }],
    ['>0', { kind: 'GT', value: 0, unit: '', scale: 1 }],
    ['<5次', { kind: 'LT', value: 5, unit: '次', scale: 1 }],
    ['=100%', { kind: 'EQ', value: 100, unit: '%', scale: 1 }],
    ['≤0', { kind: 'LE', value: 0, unit: '', scale: 1 }],
    ['≥-5%', { kind: 'GE', value: -5, unit: '%', scale: 1 }],
    ['50人及以上', { kind: 'GE', value: 50, unit: '人', scale: 1 }],
    ['不少于20场', { kind: 'GE', value: 20, unit: '场', scale: 1 }],
    ['至少3次', { kind: 'GE', value: 3, unit: '次', scale: 1 }],
    ['5%以下', { kind: 'LE', value: 5, unit: '%', scale: 1 }],
    ['不高于100万元', { kind: 'LE', value: 1e6, unit: '元', scale: 1e4 }],
    ['不多于3次', { kind: 'LE', value: 3, unit: '次', scale: 1 }],
    ['至多2个', { kind: 'LE', value: 2, unit: '个', scale: 1 }],
    ['30天内', { kind: 'LE', value: 30, unit: '天', scale: 1 }],
    ['大于等于90%', { kind: 'GE', value: 90, unit: '%', scale: 1 }],
    ['超过100家', { kind: 'GT', value: 100, unit: '家', scale: 1 }],
    ['控制在5%以内', { kind: 'LE', value: 5, unit: '%', scale: 1 }],
    ['满意度≥90%', { kind: 'GE', value: 90, unit: '%', scale: 1 }],
    ['满意度达到95%以上', { kind: 'GE', value: 95, unit: '%', scale: 1 }],
    ['≥90%以上', { kind: 'GE', value: 90, unit: '%', scale: 1 }],
    ['>90%以上', { kind: 'GT', value: 90, unit: '%', scale: 1 }],
    ['100%以上（含）', { kind: 'GE', value: 100, unit: '%', scale: 1 }],
    ['≥1.5万', { kind: 'GE', value: 15000, unit: '', scale: 1e4 }],
    ['≥3个重点项目', { kind: 'GE', value: 3, unit: '个重点项目', scale: 1 }],
    ['0个', { kind: 'EQ', value: 0, unit: '个', scale: 1 }],
    ['0%', { kind: 'EQ', value: 0, unit: '%', scale: 1 }],
    ['5000平方米', { kind: 'GE', value: 5000, unit: '平方米', scale: 1 }],
    ['<±5%', { kind: 'BAND', value: 5, unit: '%', scale: 1 }],
    ['±5%以内', { kind: 'BAND', value: 5, unit: '%', scale: 1 }],
    ['+-3%', { kind: 'BAND', value: 3, unit: '%', scale: 1 }],
    ['±10万元', { kind: 'BAND', value: 1e5, unit: '元', scale: 1e4 }],
    ['80~90%', { kind: 'RANGE', low: 80, high: 90, unit: '%', scale: 1 }],
    ['80%～90%', { kind: 'RANGE', low: 80, high: 90, unit: '%', scale: 1 }],
    ['80%至90%', { kind: 'RANGE', low: 80, high: 90, unit: '%', scale: 1 }],
    ['在80%-90%之间', { kind: 'RANGE', low: 80, high: 90, unit: '%', scale: 1 }],
    ['90%-80%', { kind: 'RANGE', low: 80, high: 90, unit: '%', scale: 1 }],
    ['-5%~5%', { kind: 'RANGE', low: -5, high: 5, unit: '%', scale: 1 }],
    ['1-2亿元', { kind: 'RANGE', low: 1e8, high: 2e8, unit: '元', scale: 1e8 }],
  ])('%j', (text, expected) => {
    expect(parseTarget(text, 'General', {})).toEqual(expected);
  });

  test.each(['≥', '≥abc', '1.2.3%', '>=--5', '≥90%以下', '≥80%-90%', '≥±5%', '1,2000', '80%-90个', '不低于9.5.1%', '5-', '±-5%', '==5'])(
    '%j looks numeric but cannot be read: UNPARSED',
    (text) => {
      const target = parseTarget(text, 'General', {});
      expect(target.kind).toBe('UNPARSED');
    },
  );

  test.each(['健全', '在3个月内完成', '3个月内完成招标工作', '2021年12月31日前完成', '2021-12-31', '不低于上年', '按时完成', '良好', '存在5个问题'])(
    '%j is qualitative',
    (text) => {
      expect(parseTarget(text, 'General', {})).toEqual({ kind: 'QUAL', text });
    },
  );

  test('QUAL and UNPARSED carry the normalised text', () => {
    expect(parseTarget(' 效果\n明显 ', 'General', {})).toEqual({ kind: 'QUAL', text: '效果明显' });
    expect(parseTarget('＞＝ａｂｃ', 'General', {})).toEqual({ kind: 'UNPARSED', text: '≥abc' });
  });

  test('empty and blank cells are EMPTY', () => {
    expect(parseTarget(null, 'General', {})).toEqual({ kind: 'EMPTY' });
    expect(parseTarget('', 'General', {})).toEqual({ kind: 'EMPTY' });
    expect(parseTarget(' \n\u3000', 'General', {})).toEqual({ kind: 'EMPTY' });
  });
});

describe('parseTarget: units from the context', () => {
  test('the text unit wins, then the name unit, then the unit column', () => {
    expect(parseTarget('≥7', 'General', { nameUnit: '亿' })).toEqual({ kind: 'GE', value: 7e8, unit: '', scale: 1e8 });
    expect(parseTarget('≥320', 'General', { nameUnit: '批次', unitColumn: '个' })).toEqual({ kind: 'GE', value: 320, unit: '批次', scale: 1 });
    expect(parseTarget('≥320', 'General', { unitColumn: '个' })).toEqual({ kind: 'GE', value: 320, unit: '个', scale: 1 });
    expect(parseTarget('≥320', 'General', { nameUnit: '', unitColumn: '万元' })).toEqual({ kind: 'GE', value: 3.2e6, unit: '元', scale: 1e4 });
    expect(parseTarget('≥5次', 'General', { nameUnit: '批次' })).toEqual({ kind: 'GE', value: 5, unit: '次', scale: 1 });
    expect(parseTarget('≥95', 'General', { unitColumn: '百分比' })).toEqual({ kind: 'GE', value: 95, unit: '%', scale: 1 });
  });

  test('magnitudes scale the value without float noise', () => {
    expect(parseTarget('≤90万元', 'General', {})).toEqual({ kind: 'LE', value: 900000, unit: '元', scale: 1e4 });
    expect(parseTarget('≥0.5亿元', 'General', {})).toEqual({ kind: 'GE', value: 5e7, unit: '元', scale: 1e8 });
    expect(parseTarget('≤89.974', 'General', { unitColumn: '万元' })).toEqual({ kind: 'LE', value: 899740, unit: '元', scale: 1e4 });
  });
});

describe('parseTarget: number cells', () => {
  test('a percent-formatted number is ×100 in %', () => {
    expect(parseTarget(0.95, '0%', {})).toEqual({ kind: 'GE', value: 95, unit: '%', scale: 1 });
    expect(parseTarget(1, '0.00%', {})).toEqual({ kind: 'GE', value: 100, unit: '%', scale: 1 });
    expect(parseTarget(0.07, '0%', {})).toEqual({ kind: 'GE', value: 7, unit: '%', scale: 1 });
  });

  test('a plain number is GE in the context unit; 0 is EQ 0', () => {
    expect(parseTarget(320, 'General', { nameUnit: '批次' })).toEqual({ kind: 'GE', value: 320, unit: '批次', scale: 1 });
    expect(parseTarget(7, 'General', { nameUnit: '亿' })).toEqual({ kind: 'GE', value: 7e8, unit: '', scale: 1e8 });
    expect(parseTarget(0, 'General', {})).toEqual({ kind: 'EQ', value: 0, unit: '', scale: 1 });
    expect(parseTarget(-0, '0%', {})).toEqual({ kind: 'EQ', value: 0, unit: '%', scale: 1 });
  });

  test('a date-formatted number is a qualitative date', () => {
    expect(parseTarget(44561, 'yyyy-mm-dd', {})).toEqual({ kind: 'QUAL', text: '2021-12-31' });
  });

  test('odd cell values never throw and read as data', () => {
    expect(parseTarget(Number.NaN, 'General', {}).kind).toBe('UNPARSED');
    expect(parseTarget(Number.POSITIVE_INFINITY, '0%', {}).kind).toBe('UNPARSED');
    expect(parseTarget({ error: '#N/A' }, 'General', {})).toEqual({ kind: 'UNPARSED', text: '#N/A' });
    expect(parseTarget(true, 'General', {})).toEqual({ kind: 'QUAL', text: 'TRUE' });
    expect(parseTarget(new Date(Date.UTC(2021, 11, 31)), 'General', {})).toEqual({ kind: 'QUAL', text: '2021-12-31' });
  });

  test('the number format and context are optional', () => {
    expect(parseTarget('≥320')).toEqual({ kind: 'GE', value: 320, unit: '', scale: 1 });
  });
});

describe('parseTarget: direction (指标性质) override', () => {
  test('replaces the operator of a comparison', () => {
    expect(parseTarget('320', 'General', { direction: 'LE' })).toEqual({ kind: 'LE', value: 320, unit: '', scale: 1 });
    expect(parseTarget('≥95%', 'General', { direction: 'EQ' })).toEqual({ kind: 'EQ', value: 95, unit: '%', scale: 1 });
    expect(parseTarget('0', 'General', { direction: 'GE' })).toEqual({ kind: 'GE', value: 0, unit: '', scale: 1 });
    expect(parseTarget(0.95, '0%', { direction: 'GT' })).toEqual({ kind: 'GT', value: 95, unit: '%', scale: 1 });
  });

  test('keeps bands, ranges, words and empties as they are', () => {
    expect(parseTarget('±5%', 'General', { direction: 'GE' }).kind).toBe('BAND');
    expect(parseTarget('80%-90%', 'General', { direction: 'LE' }).kind).toBe('RANGE');
    expect(parseTarget('良好', 'General', { direction: 'GE' })).toEqual({ kind: 'QUAL', text: '良好' });
    expect(parseTarget(null, 'General', { direction: 'GE' })).toEqual({ kind: 'EMPTY' });
  });

  test('QUAL makes any non-empty target qualitative with its text', () => {
    expect(parseTarget('≥95%', 'General', { direction: 'QUAL' })).toEqual({ kind: 'QUAL', text: '≥95%' });
    expect(parseTarget(0.95, '0%', { direction: 'QUAL' })).toEqual({ kind: 'QUAL', text: '95%' });
    expect(parseTarget(12, 'General', { direction: 'QUAL' })).toEqual({ kind: 'QUAL', text: '12' });
    expect(parseTarget('≥', 'General', { direction: 'QUAL' })).toEqual({ kind: 'QUAL', text: '≥' });
    expect(parseTarget('', 'General', { direction: 'QUAL' })).toEqual({ kind: 'EMPTY' });
  });
});

describe('isNumericTarget', () => {
  test('is true for the quantitative kinds only', () => {
    expect(isNumericTarget(parseTarget('≥1'))).toBe(true);
    expect(isNumericTarget(parseTarget('±5%'))).toBe(true);
    expect(isNumericTarget(parseTarget('80-90'))).toBe(true);
    expect(isNumericTarget(parseTarget('良好'))).toBe(false);
    expect(isNumericTarget(parseTarget('≥'))).toBe(false);
    expect(isNumericTarget(parseTarget(null))).toBe(false);
  });
});
