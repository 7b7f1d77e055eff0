import { buildDiagnosticsSheet, NO_PROBLEMS_LINE, sortBySeverity } from '../../../src/domain/output/diagnosticsSheet';
import { PALETTE } from '../../../src/domain/output/sheetBuilder';
import { cell, fillsAt, rendered, SEED_RENDERED, shapeProblems } from './fixtures';

describe('校验问题', () => {
  const plan = buildDiagnosticsSheet(SEED_RENDERED, '校验问题');

  it('has the header and one row per diagnostic', () => {
    expect(shapeProblems(plan)).toEqual([]);
    expect(plan.values[0]).toEqual(['级别', '说明', '工作表', '单元格', '代码']);
    expect(plan.values).toHaveLength(SEED_RENDERED.length + 1);
    expect(plan.freeze).toEqual({ rows: 1, columns: 0 });
  });

  it('puts errors first, then warnings, then info, stable within a severity', () => {
    expect(plan.values.slice(1).map((r) => [r[0], r[4], r[3]])).toEqual([
      ['错误', 'ACTUAL_MISSING', 'E14'],
      ['错误', 'ACTUAL_NOT_NUMERIC', 'E20'],
      ['警告', 'UNIT_MISMATCH', 'E6'],
      ['提示', 'APPROXIMATE_ACTUAL', 'E4'],
    ]);
    expect(cell(plan, 1, 2)).toBe('绩效指标');
    expect(cell(plan, 1, 1)).toBe('缺少实际完成值');
  });

  it('keeps the input order within a severity for many rows', () => {
    const many = Array.from({ length: 50 }, (_, i) => rendered(i % 3 === 0 ? 'warning' : 'error', 'ACTUAL_MISSING', `m${i}`));
    const sorted = sortBySeverity(many);
    const errors = sorted.filter((d) => d.severity === 'error').map((d) => Number(d.message.slice(1)));
    expect(errors).toEqual([...errors].sort((a, b) => a - b));
    expect(sorted.findIndex((d) => d.severity === 'warning')).toBe(errors.length);
  });

  it('fills each severity block', () => {
    expect(fillsAt(plan, 1, 0)).toEqual([PALETTE.error]);
    expect(fillsAt(plan, 2, 4)).toEqual([PALETTE.error]);
    expect(fillsAt(plan, 3, 0)).toEqual([PALETTE.warning]);
    expect(fillsAt(plan, 4, 0)).toEqual([PALETTE.info]);
    expect(plan.styles.filter((s) => s.style.fill !== undefined && s.range.top > 0)).toHaveLength(3);
  });

  it('writes blank sheet and cell columns for workbook-wide diagnostics', () => {
    const p = buildDiagnosticsSheet([rendered('error', 'NO_INDICATOR_SHEET', '未找到绩效指标表', '', '')], 'x');
    expect(p.values[1]).toEqual(['错误', '未找到绩效指标表', null, null, 'NO_INDICATOR_SHEET']);
  });

  it('says there is no problem when the list is empty', () => {
    const p = buildDiagnosticsSheet([], 'x');
    expect(shapeProblems(p)).toEqual([]);
    expect(cell(p, 1, 0)).toBe(NO_PROBLEMS_LINE);
    expect(p.values).toHaveLength(2);
  });

  it('says what a problem is in Chinese first, the code last in a narrow column, every long text wrapped to its height', () => {
    expect(cell(plan, 1, 4)).toBe('ACTUAL_MISSING');
    expect(plan.columnWidths[4]).toBeLessThan(plan.columnWidths[1] ?? 0);
    const long = buildDiagnosticsSheet([rendered('warning', 'UNIT_MISMATCH', '很长的说明'.repeat(30))], 'x');
    expect(long.styles.some((s) => s.style.wrap === true && s.range.left <= 1 && s.range.right >= 1 && s.range.top <= 1)).toBe(true);
    expect(long.rowHeights.find((h) => h.row === 1)?.height ?? 0).toBeGreaterThan(40);
  });
});
