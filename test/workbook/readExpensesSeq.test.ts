/** 序号 as text: whole numbers share their text between reads (a fast path); every value reads as cellText reads it. */
import { findExpenseHeader, readExpenses } from '../../src/workbook/readExpenses';
import { cellText } from '../../src/domain/text/normalize';
import type { CellValue } from '../../src/domain/grid';
import { grid } from '../helpers/grid';

const SEQS: CellValue[] = [1, 2, 0, -0, -1, 2.5, 0.1 + 0.2, 131_071, 131_072, 1e21, ' 7 ', '一', true, null];

function seqs(): string[] {
  const g = grid('支出', [['序号', '摘要', '金额'], ...SEQS.map((s): CellValue[] => [s, '费用', 1])]);
  const header = findExpenseHeader(g);
  if (!header) throw new Error('no header');
  return readExpenses(g, header).table.items.map((i) => i.seq);
}

test('序号 reads as its cell text, trimmed, the first time and every time after', () => {
  const expected = SEQS.map((s) => cellText(s).trim());
  expect(seqs()).toEqual(expected);
  expect(seqs()).toEqual(expected);
  expect(expected.slice(0, 9)).toEqual(['1', '2', '0', '0', '-1', '2.5', '0.3', '131071', '131072']);
});
