/** 支出明细: a header with a summary and an amount column, items until 合计 (DOMAIN.md §1.2). */
import type { CellValue, SheetGrid } from '../domain/grid';
import type { CellRef, ExpenseItem, ExpenseTable } from '../domain/model';
import type { Diagnostic } from '../domain/diagnostics/types';
import { diag } from '../domain/diagnostics/create';
import { cellText, normalizeText } from '../domain/text/normalize';
import { findHeaderRow, type HeaderMatch, type HeaderTable } from './headers';
import { moneyUnitOf, readAmount, type MoneyUnit } from './amount';
import { cellToIsoDate } from './dates';
import { sheetTitles } from './sheetTitles';
import { isDash } from './cells';

export type ExpenseField = 'seq' | 'date' | 'summary' | 'category' | 'amount' | 'note';

export const EXPENSE_HEADERS: HeaderTable<ExpenseField> = {
  seq: ['序号'],
  date: ['日期'],
  summary: ['资金摘要', '摘要', '支出内容', '支出事项', '用途', '明细'],
  category: ['支出类别', '经济分类'],
  amount: ['金额', '支出金额'],
  note: ['备注'],
};

const TOTAL_WORDS = new Set(['合计', '总计']);
const SUBTOTAL_WORDS = new Set(['小计']);

/** A header with both required columns. */
export function findExpenseHeader(grid: SheetGrid): HeaderMatch<ExpenseField> | undefined {
  return findHeaderRow(grid, EXPENSE_HEADERS, (c) => c.summary !== undefined && c.amount !== undefined);
}

/**
 * A header that has one required column and a typical optional one, but lacks the other required
 * column: the user's expense sheet with a column missing (MISSING_COLUMN).
 */
export function findIncompleteExpenseHeader(
  grid: SheetGrid,
): { match: HeaderMatch<ExpenseField>; missing: string } | undefined {
  const match = findHeaderRow(
    grid,
    EXPENSE_HEADERS,
    (c) =>
      (c.summary !== undefined) !== (c.amount !== undefined) &&
      (c.seq !== undefined || c.category !== undefined || c.note !== undefined),
  );
  if (!match) return undefined;
  return { match, missing: match.cols.summary === undefined ? '资金摘要' : '金额' };
}

function firstNonEmpty(row: readonly CellValue[]): CellValue {
  for (const v of row) {
    if (v !== null && v !== undefined && !(typeof v === 'string' && v.trim() === '')) return v;
  }
  return null;
}

/** 合计 / 总计 / 小计 are short: only short strings are worth normalising (hot path on 100k-row sheets). */
function marker(v: CellValue): string {
  return typeof v === 'string' && v.length <= 12 ? normalizeText(v) : '';
}

/** 序号 as text. */
function seqText(v: CellValue): string {
  return typeof v === 'number' ? cellText(v) : cellText(v).trim();
}

export function readExpenses(
  grid: SheetGrid,
  header: HeaderMatch<ExpenseField>,
  titles: ExpenseTable['titles'] = sheetTitles(grid, header.row),
): { table: ExpenseTable; diagnostics: Diagnostic[]; lastRow: number } {
  const diagnostics: Diagnostic[] = [];
  const cols = header.cols;
  const amountCol = cols.amount ?? 0;
  let unit: MoneyUnit | undefined = moneyUnitOf(header.suffixes.amount ?? '');
  // A `单位：元` / `单位：万元` line above the header sets the unit.
  for (let r = 0; r < header.row && unit === undefined; r++) {
    for (const v of grid.values[r] ?? []) {
      if (typeof v !== 'string' || v.length > 12 || v.trim() === '') continue;
      const unitLine = /^单位[:：]?(万元|元)$/.exec(normalizeText(v));
      if (unitLine) {
        unit = unitLine[1] === '万元' ? '万元' : '元';
        break;
      }
    }
  }
  const sheetUnit: MoneyUnit = unit ?? '元';
  const items: ExpenseItem[] = [];
  let sum = 0;
  let declaredTotal: number | undefined;
  let declaredTotalRef: CellRef | undefined;
  let lastRow = header.row;
  const text = (row: readonly CellValue[], col: number | undefined): string => {
    const v = col === undefined ? null : (row[col] ?? null);
    // Most cells are text: trimmed as they are (cellText returns text unchanged), one call fewer per cell.
    return typeof v === 'string' ? v.trim() : cellText(v).trim();
  };
  // Dates repeat across thousands of rows: convert each serial once.
  const dates = new Map<number, string>();
  const dateText = (row: readonly CellValue[], col: number | undefined): string => {
    const v = col === undefined ? null : (row[col] ?? null);
    if (typeof v !== 'number') return text(row, col);
    let iso = dates.get(v);
    if (iso === undefined) {
      iso = cellToIsoDate(v) ?? cellText(v);
      dates.set(v, iso);
    }
    return iso;
  };
  for (let r = header.row + 1; r < grid.values.length; r++) {
    const row = grid.values[r];
    if (!row) continue;
    const first = firstNonEmpty(row);
    if (first === null) continue;
    const firstText = marker(first);
    if (TOTAL_WORDS.has(firstText)) {
      lastRow = r;
      const total = readAmount(row[amountCol] ?? null, sheetUnit, sheetUnit);
      if (total !== undefined && !Number.isNaN(total)) {
        declaredTotal = total;
        declaredTotalRef = { sheet: grid.name, row: r, col: amountCol };
      } else if (total !== undefined) {
        diagnostics.push(
          diag('EXPENSE_AMOUNT_INVALID', { sheet: grid.name, row: r, col: amountCol }, { value: cellText(row[amountCol] ?? null) }),
        );
      }
      break;
    }
    if (SUBTOTAL_WORDS.has(firstText)) continue;
    const raw = row[amountCol] ?? null;
    // A dash is a blank amount (DOMAIN.md §8.4).
    const amount = isDash(raw) ? undefined : readAmount(raw, sheetUnit, sheetUnit);
    // A row without an amount is a heading inside the table (一、办公费), not an item.
    if (amount === undefined) continue;
    lastRow = r;
    if (Number.isNaN(amount)) {
      diagnostics.push(diag('EXPENSE_AMOUNT_INVALID', { sheet: grid.name, row: r, col: amountCol }, { value: cellText(raw) }));
    } else {
      sum += amount;
    }
    const seq = cols.seq === undefined ? '' : seqText(row[cols.seq] ?? null);
    const date = dateText(row, cols.date);
    const summary = text(row, cols.summary);
    const category = text(row, cols.category);
    const note = text(row, cols.note);
    items.push({
      seq,
      date,
      summary,
      category,
      note,
      amount: Number.isNaN(amount) ? undefined : amount,
      row: r,
    });
  }
  const table: ExpenseTable = {
    sheet: grid.name,
    unit: sheetUnit,
    items,
    sum,
    titles,
    ...(cols.summary !== undefined ? { summaryCol: cols.summary } : {}),
    ...(cols.amount !== undefined ? { amountCol: cols.amount } : {}),
    ...(declaredTotal !== undefined ? { declaredTotal } : {}),
    ...(declaredTotalRef ? { declaredTotalRef } : {}),
  };
  return { table, diagnostics, lastRow };
}
