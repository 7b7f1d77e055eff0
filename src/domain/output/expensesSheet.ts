/**
 * 支出汇总: the expense items with their share of the total (amounts in the expense sheet's own unit),
 * the total, then the budget lines in 万元: 全年预算数, 全年执行数, 预算执行率.
 */
import type { BudgetResult, ExpenseTable } from '../model';
import type { SheetPlan } from './planTypes';
import { FORMAT, PALETTE, SheetBuilder } from './sheetBuilder';

export const EXPENSES_TITLE = '支出汇总';
export const NO_EXPENSE_SHEET_LINE = '未找到支出明细表，以下仅列预算执行情况。';

const COLS = 4;
const LAST = COLS - 1;
const WIDTHS = [18, 40, 18, 16] as const;
const TOLERANCE = 0.005;
/** 序号, 摘要, 金额, 占比 of an item row. */
const ITEM_FORMATS: readonly string[] = [FORMAT.text, FORMAT.text, FORMAT.amount, FORMAT.percent2];

const EXECUTED_SOURCE: Readonly<Record<BudgetResult['executedSource'], string>> = {
  projectInfo: '取自项目信息',
  expenses: '按支出明细合计折算',
  none: '未取得',
};

export function expenseHeaders(unit: ExpenseTable['unit']): readonly string[] {
  return ['序号', '摘要', `金额（${unit}）`, '占比'];
}

function writeItems(b: SheetBuilder, top: number, expenses: ExpenseTable): number {
  expenseHeaders(expenses.unit).forEach((h, i) => b.text(top, i, h));
  b.style(top, 0, top, LAST, { bold: true, fill: PALETTE.header, hAlign: 'center', border: true });
  const first = top + 1;
  const items = expenses.items;
  const sum = expenses.sum;
  // One writeRow per item: this table can hold 100k rows.
  items.forEach((item, i) => {
    const share = item.amount !== undefined && sum !== 0 ? item.amount / sum : undefined;
    b.writeRow(first + i, [item.seq, item.summary, item.amount, share], ITEM_FORMATS);
  });
  let row = first + items.length;
  b.text(row, 0, '合计').merge(row, 0, row, 1);
  b.number(row, 2, sum, FORMAT.amount);
  b.number(row, 3, sum !== 0 ? 1 : undefined, FORMAT.percent2);
  b.style(row, 0, row, LAST, { bold: true, fill: PALETTE.label });
  b.style(row, 0, row, 0, { hAlign: 'center' });
  const declared = expenses.declaredTotal;
  if (declared !== undefined && Math.abs(declared - sum) > TOLERANCE) {
    row++;
    b.text(row, 0, '表内合计（与明细之和不符）').merge(row, 0, row, 1);
    b.number(row, 2, declared, FORMAT.amount);
    b.style(row, 0, row, LAST, { fill: PALETTE.error });
  }
  b.style(first, 0, row, LAST, { border: true });
  return row + 1;
}

function writeBudget(b: SheetBuilder, top: number, budget: BudgetResult): void {
  const lines: readonly [string, number | undefined, string, string][] = [
    ['全年预算数（万元）', budget.annual, FORMAT.fixed2, ''],
    ['全年执行数（万元）', budget.executed, FORMAT.fixed2, EXECUTED_SOURCE[budget.executedSource]],
    ['预算执行率', budget.rate, FORMAT.percent2, ''],
  ];
  lines.forEach(([label, value, format, note], i) => {
    const row = top + i;
    b.text(row, 0, label).merge(row, 0, row, 1);
    b.number(row, 2, value, format);
    b.text(row, 3, note);
  });
  b.style(top, 0, top + lines.length - 1, 1, { bold: true, fill: PALETTE.label });
  b.style(top, 0, top + lines.length - 1, LAST, { border: true });
}

export function buildExpensesSheet(expenses: ExpenseTable | undefined, budget: BudgetResult, name: string): SheetPlan {
  const b = new SheetBuilder('expenses', name, COLS).columnWidths(WIDTHS);
  b.text(0, 0, EXPENSES_TITLE).merge(0, 0, 0, LAST);
  b.style(0, 0, 0, LAST, { bold: true, fontSize: 14, hAlign: 'center' });
  let row: number;
  if (expenses) {
    b.text(1, 0, `来源：${expenses.sheet}（单位：${expenses.unit}）`).merge(1, 0, 1, LAST);
    b.freeze(3, 0);
    row = writeItems(b, 2, expenses);
  } else {
    b.text(1, 0, NO_EXPENSE_SHEET_LINE).merge(1, 0, 1, LAST);
    b.style(1, 0, 1, LAST, { fill: PALETTE.warning });
    row = 2;
  }
  writeBudget(b, row + 1, budget);
  return b.build();
}
