/** Key words of a 摘要 and the match against 三级 names (DOMAIN.md §10.2). */
import { BUILT_IN_KEYWORDS, measures, summaryKeywords } from '../../../src/domain/workbench/keywords';
import { formatShare, groupedFixed2 } from '../../../src/domain/workbench/coverage';

describe('summaryKeywords', () => {
  test.each([
    ['制作宣传片、招商手册等', ['制作宣传片', '招商手册']],
    ['培训费', ['培训']],
    ['支付小分队外出招商费用', ['小分队外出招商']],
    ['差旅费和会议费', ['差旅', '会议']],
    ['办公用品费用支出', ['办公用品']],
    ['费', []],
    ['ＡＢ（Ｃ）', ['AB']],
  ])('%s → %p', (summary, words) => {
    expect(summaryKeywords(summary)).toEqual(words);
  });
});

describe('measures', () => {
  test.each([
    ['商务接待（次）', '接待客商', true], // synonym 接待 ↔ 商务接待
    ['小分队外出招商（次）', '小分队外出招商', true], // the word stands in the name
    ['外出招商及时率', '小分队外出招商', true], // the name's core in the word
    ['宣传片制作数量（部）', '宣传片制作', true],
    ['培训人次', '培训', true],
    ['招商引资成本节约率', '招商手册', false], // 招商 alone is too common
    ['接洽客商（批次）', '制作宣传片', false],
  ])('%s measures %s: %p', (name, word, expected) => {
    expect(measures(name, word, BUILT_IN_KEYWORDS)).toBe(expected);
  });

  test('an officer\'s synonym links words the built-in table does not', () => {
    expect(measures('项目宣传覆盖人次', '招商手册', BUILT_IN_KEYWORDS)).toBe(false);
    expect(measures('项目宣传覆盖人次', '招商手册', [{ expense: '手册', indicator: '宣传覆盖' }])).toBe(true);
  });
});

describe('formats', () => {
  test('amounts with thousands separators and shares with one decimal, the same on every machine', () => {
    expect(groupedFixed2(502000)).toBe('502,000.00');
    expect(groupedFixed2(1234567.891)).toBe('1,234,567.89');
    expect(groupedFixed2(-73925.5)).toBe('-73,925.50');
    expect(formatShare(502000 / 756440.5)).toBe('66.4%');
  });
});
