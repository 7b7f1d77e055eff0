import { buildDetailSheet, DETAIL_HEADERS } from '../../../src/domain/output/detailSheet';
import { PALETTE } from '../../../src/domain/output/sheetBuilder';
import { cell, fillsAt, formatOf, rowOf, seedEvaluation, SEED_INDICATOR_SHEET, shapeProblems } from './fixtures';

const evaluation = seedEvaluation();
const plan = buildDetailSheet(evaluation.indicators, '指标得分明细');

describe('指标得分明细', () => {
  it('is one row per indicator under a frozen header', () => {
    expect(shapeProblems(plan)).toEqual([]);
    expect(plan.values[0]).toEqual([...DETAIL_HEADERS]);
    expect(plan.values).toHaveLength(evaluation.indicators.length + 1);
    expect(plan.freeze).toEqual({ rows: 1, columns: 0 });
    expect(plan.role).toBe('detail');
  });

  it('writes every field with its format and the 三级 cell as 来源', () => {
    expect(plan.values[1]).toEqual([
      '产出指标',
      '数量指标',
      '接洽客商（批次）',
      '≥320',
      '210',
      '定量',
      210 / 320,
      4.17,
      null,
      2.74,
      '未达成',
      null,
      `${SEED_INDICATOR_SHEET}!C3`,
    ]);
    expect(formatOf(plan, 1, 6)).toBe('0.00%');
    expect(formatOf(plan, 1, 7)).toBe('0.00');
    expect(formatOf(plan, 1, 8)).toBe('0.00');
    expect(formatOf(plan, 1, 9)).toBe('0.00');
  });

  it('shows the unit\'s own score beside ours', () => {
    const ev = seedEvaluation();
    const first = ev.indicators[0];
    if (!first) throw new Error('fixture');
    const p = buildDetailSheet([{ ...first, row: { ...first.row, manualScore: 4.17 } }], 'd');
    expect([cell(p, 1, 8), cell(p, 1, 9)]).toEqual([4.17, 2.74]);
    expect([DETAIL_HEADERS[8], DETAIL_HEADERS[9]]).toEqual(['自评得分', '复核得分']);
  });

  it('labels the statuses and leaves the completion rate blank when undefined', () => {
    const statuses = plan.values.slice(1).map((r) => r[10]);
    // 服务客商及企业满意度: `满意度较高` is filled in but is no number: 需填数值, not 缺失.
    expect(new Set(statuses)).toEqual(new Set(['未达成', '达成', '缺失', '需填数值', '不计分']));
    const missing = rowOf(plan, '招商引资成本节约率');
    expect(cell(plan, missing, 10)).toBe('缺失');
    expect(cell(plan, missing, 6)).toBeNull();
    expect(formatOf(plan, missing, 6)).toBe('0.00%');
    const placeholder = rowOf(plan, '无');
    expect(cell(plan, placeholder, 10)).toBe('不计分');
    expect([cell(plan, placeholder, 5), cell(plan, placeholder, 7), cell(plan, placeholder, 9)]).toEqual([null, null, null]);
  });

  it('labels partial and qualitative indicators', () => {
    const ev = seedEvaluation();
    const first = ev.indicators[0];
    if (!first) throw new Error('fixture');
    const p = buildDetailSheet([{ ...first, status: 'partial', type: 'qualitative' }], 'd');
    expect(cell(p, 1, 5)).toBe('定性');
    expect(cell(p, 1, 10)).toBe('部分达成');
    // Below full marks: highlighted too (DOMAIN.md §5.2), lighter than unmet.
    expect(fillsAt(p, 1, 0)).toEqual([PALETTE.partial]);
  });

  it('says why a filled actual cannot be scored instead of 缺失', () => {
    const first = seedEvaluation().indicators[0];
    if (!first) throw new Error('fixture');
    const filled = { ...first, status: 'missing' as const, row: { ...first.row, actualText: '满意度较高' } };
    const p = buildDetailSheet([filled, { ...filled, type: 'qualitative' as const }, { ...filled, row: { ...filled.row, actualText: '' } }], 'd');
    expect([cell(p, 1, 10), cell(p, 2, 10), cell(p, 3, 10)]).toEqual(['需填数值', '无法计分', '缺失']);
  });

  it('wraps long names and reasons so they do not run under the next cell', () => {
    const first = seedEvaluation().indicators[0];
    if (!first) throw new Error('fixture');
    const long = { ...first, row: { ...first.row, name: '对推动基建项目“四项制度”健全和落实的作用'.repeat(2) } };
    const p = buildDetailSheet([long], 'd');
    const name = DETAIL_HEADERS.indexOf('三级指标');
    expect(p.styles.some((st) => st.style.wrap === true && st.range.left <= name && st.range.right >= name)).toBe(true);
    expect(p.rowHeights.find((h) => h.row === 1)?.height ?? 0).toBeGreaterThan(20);
  });

  it('highlights unmet rows in red and missing rows in amber across the whole row, met rows not at all', () => {
    const unmet = rowOf(plan, '商务接待（次）');
    const missing = rowOf(plan, '提高社会群众就业率');
    const met = rowOf(plan, '接洽客商流程规范性');
    for (const col of [0, 5, 12]) {
      expect(fillsAt(plan, unmet, col)).toEqual([PALETTE.error]);
      expect(fillsAt(plan, missing, col)).toEqual([PALETTE.warning]);
      expect(fillsAt(plan, met, col)).toEqual([]);
    }
  });

  it('styles rows as blocks: one fill per run of equal status, not one per row', () => {
    const fills = plan.styles.filter((s) => s.style.fill === PALETTE.error);
    // The four unmet 数量 indicators are consecutive: one rectangle.
    expect(fills).toEqual([{ range: { top: 1, left: 0, bottom: 4, right: 12 }, style: { fill: PALETTE.error } }]);
  });

  it('says so when there is no indicator', () => {
    const p = buildDetailSheet([], 'd');
    expect(shapeProblems(p)).toEqual([]);
    expect(cell(p, 1, 0)).toBe('（未读取到绩效指标）');
  });
});
