/**
 * 关键词对照: the officers' own synonyms for the coverage check (DOMAIN.md §10.2), on any visible sheet
 * whose header row (within the first 30 rows) has an expense-word column (`支出关键词` / `摘要关键词`)
 * and an indicator-word column (`指标关键词` / `三级指标关键词`). Each row below pairs the words of its
 * two cells; a cell may list several words (`宣传片、宣传推广`), and every expense word then pairs with
 * every indicator word. A row with only one side is KEYWORD_ROW_INCOMPLETE and not used.
 */
import type { SheetGrid } from '../domain/grid';
import type { Diagnostic } from '../domain/diagnostics/types';
import type { KeywordPair } from '../domain/workbench/keywords';
import { diag } from '../domain/diagnostics/create';
import { cellText, normalizeText } from '../domain/text/normalize';
import { findHeaderRow, type HeaderTable } from './headers';

type KeywordField = 'expense' | 'indicator';

const KEYWORD_HEADERS: HeaderTable<KeywordField> = {
  expense: ['支出关键词', '摘要关键词', '资金摘要关键词', '支出摘要关键词'],
  indicator: ['指标关键词', '三级指标关键词', '对应指标关键词', '指标名称关键词'],
};

const LIST_SEPARATORS = /[、，,；;/\s]+/u;

function words(text: string): string[] {
  return normalizeText(text)
    .split(LIST_SEPARATORS)
    .filter((w) => w !== '');
}

export interface KeywordTables {
  readonly pairs: readonly KeywordPair[];
  /** Sheets the pairs came from (tab order). */
  readonly sheets: readonly string[];
  readonly diagnostics: readonly Diagnostic[];
}

export function readKeywordTables(sheets: readonly SheetGrid[]): KeywordTables {
  const pairs: KeywordPair[] = [];
  const found: string[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const grid of sheets) {
    if (!grid.visible) continue;
    const header = findHeaderRow(grid, KEYWORD_HEADERS, (c) => c.expense !== undefined && c.indicator !== undefined);
    const expenseCol = header?.cols.expense;
    const indicatorCol = header?.cols.indicator;
    if (!header || expenseCol === undefined || indicatorCol === undefined) continue;
    found.push(grid.name);
    for (let r = header.row + 1; r < grid.values.length; r++) {
      const row = grid.values[r] ?? [];
      const expense = words(cellText(row[expenseCol] ?? null));
      const indicator = words(cellText(row[indicatorCol] ?? null));
      if (expense.length === 0 && indicator.length === 0) continue;
      if (expense.length === 0 || indicator.length === 0) {
        const col = expense.length === 0 ? expenseCol : indicatorCol;
        diagnostics.push(diag('KEYWORD_ROW_INCOMPLETE', { sheet: grid.name, row: r, col }, { word: [...expense, ...indicator].join('、') }));
        continue;
      }
      for (const e of expense) for (const i of indicator) pairs.push({ expense: e, indicator: i });
    }
  }
  return { pairs, sheets: found, diagnostics };
}
