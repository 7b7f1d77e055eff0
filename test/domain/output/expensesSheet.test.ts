import type { ExpenseItem } from '../../../src/domain/model';
import { buildExpensesSheet, NO_EXPENSE_SHEET_LINE } from '../../../src/domain/output/expensesSheet';
import { cell, formatOf, rowOf, SEED_BUDGET, SEED_EXPENSES, shapeProblems } from './fixtures';

const plan = buildExpensesSheet(SEED_EXPENSES, SEED_BUDGET, '支出汇总');

describe('支出汇总', () => {
  it('lists the items with amount in the sheet unit and share of the total', () => {
    expect(shapeProblems(plan)).toEqual([]);
    const h = rowOf(plan, '序号');
    expect(plan.values[h]).toEqual(['序号', '摘要', '金额（元）', '占比']);
    expect(plan.values[h + 1]).toEqual(['1', '接待客商', 73925.5, 73925.5 / 756440.5]);
    expect(formatOf(plan, h + 1, 2)).toBe('#,##0.00');
    expect(formatOf(plan, h + 1, 3)).toBe('0.00%');
    expect(cell(plan, h + 3, 1)).toBe('制作宣传片、招商手册等');
    const t = rowOf(plan, '合计');
    expect(t).toBe(h + 4);
    expect(cell(plan, t, 2)).toBe(756440.5);
    expect(cell(plan, t, 3)).toBe(1);
  });

  it('ends with the budget lines in 万元 and the execution rate', () => {
    const a = rowOf(plan, '全年预算数（万元）');
    expect(cell(plan, a, 2)).toBe(120);
    expect(formatOf(plan, a, 2)).toBe('0.00');
    const b = rowOf(plan, '全年执行数（万元）');
    expect(cell(plan, b, 2)).toBe(75.64405);
    expect(cell(plan, b, 3)).toBe('按支出明细合计折算');
    const r = rowOf(plan, '预算执行率');
    expect(cell(plan, r, 2)).toBeCloseTo(0.6304, 4);
    expect(formatOf(plan, r, 2)).toBe('0.00%');
  });

  it('shows a declared 合计 that disagrees with the items, and unreadable amounts as blanks', () => {
    const items = [...SEED_EXPENSES.items, { ...(SEED_EXPENSES.items[0] as ExpenseItem), seq: '4', summary: '坏数', amount: undefined }];
    const p = buildExpensesSheet({ ...SEED_EXPENSES, items, declaredTotal: 800000 }, SEED_BUDGET, 's');
    expect(shapeProblems(p)).toEqual([]);
    const bad = rowOf(p, '坏数');
    expect([cell(p, bad, 2), cell(p, bad, 3)]).toEqual([null, null]);
    const d = rowOf(p, '表内合计（与明细之和不符）');
    expect(cell(p, d, 2)).toBe(800000);
  });

  it('names the unit in the header when the sheet is in 万元', () => {
    const p = buildExpensesSheet({ ...SEED_EXPENSES, unit: '万元' }, SEED_BUDGET, 's');
    expect(cell(p, rowOf(p, '序号'), 2)).toBe('金额（万元）');
  });

  it('says in one line that there is no expense sheet, and still gives the budget lines', () => {
    const p = buildExpensesSheet(undefined, { annual: 120, executed: 100, executedSource: 'projectInfo', rate: 100 / 120, weight: 10, score: 8.33 }, 's');
    expect(shapeProblems(p)).toEqual([]);
    expect(cell(p, 1, 0)).toBe(NO_EXPENSE_SHEET_LINE);
    expect(p.values.flat()).not.toContain('序号');
    expect(cell(p, rowOf(p, '全年执行数（万元）'), 2)).toBe(100);
    expect(cell(p, rowOf(p, '全年执行数（万元）'), 3)).toBe('取自项目信息');
  });

  it('leaves shares blank when the items sum to zero and budget lines blank when unknown', () => {
    const p = buildExpensesSheet({ ...SEED_EXPENSES, items: [], sum: 0 }, { executedSource: 'none', weight: 10, score: 0 }, 's');
    const t = rowOf(p, '合计');
    expect([cell(p, t, 2), cell(p, t, 3)]).toEqual([0, null]);
    expect(cell(p, rowOf(p, '预算执行率'), 2)).toBeNull();
  });
});
