import { findExpenseHeader, readExpenses } from '../../src/workbook/readExpenses';
import { locationA1 } from '../../src/domain/diagnostics/location';
import { grid } from '../helpers/grid';

function read(rows: Parameters<typeof grid>[1]) {
  const g = grid('支出', rows);
  const header = findExpenseHeader(g);
  if (!header) throw new Error('no header');
  return readExpenses(g, header);
}

describe('支出明细 (DOMAIN.md §1.2)', () => {
  test('titles, 单位 line, items, blank and 小计 rows, 合计', () => {
    const { table, diagnostics } = read([
      ['表1 某项目支出明细表'],
      ['单位：万元'],
      ['序号', '支出内容', '金额'],
      [1, '培训费', 10.5],
      [null, null, null],
      [2, '印刷费', '2.5'],
      ['小计', null, 13],
      [3, '差旅费', '一百'],
      ['合计', null, 13],
      ['备注：以下不计'],
      [4, '不计入', 99],
    ]);
    expect(table.unit).toBe('万元');
    expect(table.items.map((i) => [i.summary, i.amount])).toEqual([
      ['培训费', 10.5],
      ['印刷费', 2.5],
      ['差旅费', undefined],
    ]);
    expect(table.sum).toBe(13);
    expect(table.declaredTotal).toBe(13);
    expect(table.titles.map((t) => t.text)).toEqual(['表1 某项目支出明细表']);
    expect(diagnostics.map((d) => [d.code, locationA1(d)])).toEqual([['EXPENSE_AMOUNT_INVALID', 'C8']]);
  });

  test('the unit in the amount header, default 元', () => {
    expect(read([['摘要', '金额（万元）'], ['a', 1]]).table.unit).toBe('万元');
    expect(read([['摘要', '支出金额'], ['a', 1]]).table.unit).toBe('元');
  });
});
