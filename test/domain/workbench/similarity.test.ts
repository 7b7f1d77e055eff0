/** The measure that pairs reworded indicator names (DOMAIN.md §10.1). */
import { indicatorKey, lcsLength, lcsRatio, SIMILARITY_THRESHOLD } from '../../../src/domain/workbench/similarity';

describe('indicatorKey', () => {
  test('normalises and drops a trailing bracket (the unit added to a name is not a new indicator)', () => {
    expect(indicatorKey('接洽客商（批次）')).toBe('接洽客商');
    expect(indicatorKey(' 接洽客商 (批次) ')).toBe('接洽客商');
    expect(indicatorKey('满意度\n指标')).toBe('满意度指标');
    expect(indicatorKey('（试行）')).toBe('(试行)');
  });
});

describe('lcsRatio', () => {
  test('LCS by characters, ratio 2·LCS / (|a| + |b|)', () => {
    expect(lcsLength('资金到位及时率', '接洽客商及时率')).toBe(3);
    expect(lcsRatio('abc', 'abc')).toBe(1);
    expect(lcsRatio('', '')).toBe(1);
    expect(lcsRatio('财务监控有效性', '')).toBe(0);
  });

  test.each([
    ['资金到位及时率', '接洽客商及时率', true],
    ['解决社会就业', '提高社会群众就业率', true],
    ['客商满意度', '服务客商及企业满意度', true],
    ['财务监控有效性', '接洽客商流程规范性', false],
    ['财务监控有效性', '商务接待流程规范性', false],
    ['项目超额支出', '招商引资成本节约率', false],
    ['招商手册印制数量', '招商引资成本节约率', false],
  ])('%s ~ %s: over the threshold %p', (a, b, over) => {
    expect(lcsRatio(a, b) >= SIMILARITY_THRESHOLD).toBe(over);
  });
});
