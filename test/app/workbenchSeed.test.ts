/**
 * The seed's evaluator work (DOMAIN.md §10.1, §10.2): the 表2 → 表3 adjustments its evaluators listed
 * by hand come out of 指标调整对比, and the spending no indicator measures is reported at 支出明细.
 */
import { evaluateSnapshot, type RunResult } from '../../src/app/useCases';
import { WORKBENCH } from '../../src/app/workbench';
import type { ComparisonPair } from '../../src/domain/workbench/compareIndicators';
import { summaryLine } from '../../src/domain/workbench/comparisonSheet';
import { SEED_XLSX, readSnapshot } from '../helpers/fixtures';

let result: RunResult;

beforeAll(async () => {
  result = evaluateSnapshot(await readSnapshot(SEED_XLSX), { workbench: WORKBENCH });
});

function pairs(): readonly ComparisonPair[] {
  const c = result.comparison;
  if (!c) throw new Error('no comparison');
  return c.pairs;
}

/** `原 名称 目标 → 调整后 名称 目标`, `+ 名称 目标`, `- 名称 目标`. */
function described(p: ComparisonPair): string {
  const side = (s: ComparisonPair['scored']) => (s ? `${s.row.name} ${s.row.targetText}`.trim() : '');
  if (!p.reference) return `+ ${side(p.scored)}`;
  if (!p.scored) return `- ${side(p.reference)}`;
  return `${side(p.reference)} → ${side(p.scored)}`;
}

describe('指标调整对比 of the seed (DOMAIN.md §10.1)', () => {
  test('compares the adjusted 表3 against the original 表2', () => {
    expect(result.comparison?.scoredSheet).toBe('绩效指标（调整后）');
    expect(result.comparison?.referenceSheet).toBe('绩效指标（原）');
  });

  test('the list of §10.1', () => {
    const kinds = new Map(pairs().map((p) => [described(p), p.changes]));
    // 商务接待（次）≥30 and 小分队外出招商（次）≥24 added; two more 及时率 added.
    expect(kinds.get('+ 商务接待（次） ≥30')).toEqual(['added']);
    expect(kinds.get('+ 小分队外出招商（次） ≥24')).toEqual(['added']);
    expect(kinds.get('+ 商务接待及时率 100%')).toEqual(['added']);
    expect(kinds.get('+ 外出招商及时率 100%')).toEqual(['added']);
    // 财务监控有效性 removed.
    expect(kinds.get('- 财务监控有效性 健全')).toEqual(['removed']);
    // 资金到位及时率 0 → 接洽客商及时率 100 %; 项目超额支出 0 → 招商引资成本节约率 ≤±5%.
    expect(kinds.get('资金到位及时率 0 → 接洽客商及时率 100%')).toEqual(['targetChanged', 'wordingChanged']);
    expect(kinds.get('项目超额支出 0 → 招商引资成本节约率 ≤±5%')).toEqual(['targetChanged', 'wordingChanged']);
    // The 效益 and 满意度 wordings changed.
    expect(kinds.get('解决社会就业 良好 → 提高社会群众就业率 ≥90%')).toEqual(['targetChanged', 'wordingChanged']);
    expect(kinds.get('优化环境，产业结构优化 良好 → 社会就业率可持续增长 =100%')).toEqual(['targetChanged', 'wordingChanged']);
    expect(kinds.get('客商满意度 满意 → 服务客商及企业满意度 =95%')).toEqual(['targetChanged', 'wordingChanged']);
    // Unchanged: the unit moved into the name (接洽客商 → 接洽客商（批次）) is no change.
    expect(kinds.get('接洽客商 ≥320 → 接洽客商（批次） ≥320')).toEqual(['unchanged']);
    expect(kinds.get('接洽意向客商 ≥85批次 → 接洽意向客商（批次） ≥85')).toEqual(['unchanged']);
  });

  test('every row of both sets appears once (placeholders `无` are no indicators)', () => {
    expect(pairs().filter((p) => p.scored)).toHaveLength(17);
    expect(pairs().filter((p) => p.reference)).toHaveLength(9);
    expect(result.comparison?.summary).toEqual({
      added: 10,
      removed: 2,
      targetChanged: 5,
      wordingChanged: 5,
      level2Moved: 0,
      unchanged: 2,
    });
  });

  test('each pair shows its basis and similarity, each side its lints', () => {
    const timely = pairs().find((p) => p.reference?.row.name === '资金到位及时率');
    expect(timely).toMatchObject({ basis: 'similarName' });
    expect(timely?.similarity).toBeCloseTo(6 / 14, 10);
    expect(timely?.reference?.lints.map((d) => d.code)).toEqual(['SUSPICIOUS_ZERO_TARGET']);
    expect(pairs().find((p) => p.reference?.row.name === '项目超额支出')).toMatchObject({ basis: 'onlyPairInLevel2', similarity: 0 });
    const satisfaction = pairs().find((p) => p.reference?.row.name === '客商满意度');
    expect(satisfaction?.reference?.lints.map((d) => d.code)).toEqual(['SATISFACTION_NOT_QUANTIFIED']);
    expect(pairs().find((p) => p.reference?.row.name === '财务监控有效性')?.reference?.lints.map((d) => d.code)).toEqual(['QUALITATIVE_TARGET']);
  });

  test('the sheet: a row per pair, a summary line per kind, every text cell `@`', () => {
    const sheet = result.plan.sheets.find((s) => s.role === 'comparison');
    if (!sheet) throw new Error('no comparison sheet');
    expect(sheet.name).toBe('指标调整对比');
    expect(sheet.values[2]?.slice(0, 7)).toEqual(['一级指标', '二级指标', '原三级指标', '原年度指标值', '调整后三级指标', '调整后年度指标值', '调整情况']);
    const row = sheet.values.find((r) => r[2] === '资金到位及时率');
    expect(row?.slice(2, 9)).toEqual(['资金到位及时率', '0', '接洽客商及时率', '100%', '目标值调整：0 → 100%；表述调整', '名称相近', 6 / 14]);
    const text = sheet.values.flat().filter((v): v is string => typeof v === 'string');
    expect(text).toContain('删除 2 项：财务监控有效性 健全、引进项目所属产业无污染产业 引进无污染产业项目');
    expect(text).toContain(summaryLine(result.comparison ?? (undefined as never), 'targetChanged'));
    sheet.values.forEach((r, i) =>
      r.forEach((v, j) => {
        if (typeof v === 'string') expect(sheet.numberFormats[i]?.[j]).toBe('@');
      }),
    );
    expect(sheet.freeze).toEqual({ rows: 3, columns: 0 });
  });

  test('the JSON report carries the comparison', () => {
    const c = result.report.comparison;
    expect(c?.summary.added).toBe(10);
    const pair = c?.pairs.find((p) => p.reference?.name === '项目超额支出');
    expect(pair).toMatchObject({
      changes: ['targetChanged', 'wordingChanged'],
      basis: 'onlyPairInLevel2',
      similarity: 0,
      reference: { target: '0', cell: '绩效指标（原）!C7', lints: [] },
      scored: { name: '招商引资成本节约率', target: '≤±5%', cell: '绩效指标（调整后）!C14' },
    });
  });
});

describe('coverage of the seed (DOMAIN.md §10.2)', () => {
  test('制作宣传片、招商手册等 502,000.00 元, 66.4 % of the spending, has no indicator; the other two have', () => {
    const found = result.report.diagnostics.filter((d) => d.code === 'EXPENSE_NOT_COVERED');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', sheet: '支出明细', cell: 'B6' });
    expect(found[0]?.message).toContain('制作宣传片、招商手册等');
    expect(found[0]?.message).toContain('502,000.00 元');
    expect(found[0]?.message).toContain('66.4%');
  });
});

describe('a workbook without a reference set', () => {
  test('writes no 指标调整对比, but replaces the one it wrote before with a line saying there is nothing to compare', async () => {
    const seed = await readSnapshot(SEED_XLSX);
    const alone = { ...seed, sheets: seed.sheets.filter((s) => s.name !== '绩效指标（原）') };
    const first = evaluateSnapshot(alone, { workbench: WORKBENCH });
    expect(first.comparison).toBeUndefined();
    expect(first.report.comparison).toBeNull();
    expect(first.plan.sheets.map((s) => s.role)).not.toContain('comparison');
    const again = evaluateSnapshot({ ...alone, ownedSheets: ['指标调整对比'] }, { workbench: WORKBENCH });
    const sheet = again.plan.sheets.find((s) => s.role === 'comparison');
    expect(sheet?.values[1]?.[0]).toContain('未找到参考指标表');
  });
});
