/**
 * The one block finder (DOMAIN.md §8.1): on any sheet, independently, the indicator table's header,
 * the expense table's header, the funds grid, the goal block and the 项目名称 label. A sheet is not
 * "used up" by its first block: the official 自评表 holds all of them on one sheet. Both the reader
 * (readInputs) and the template's "which input sheets are missing" ask this module, so they cannot drift.
 */
import type { SheetGrid } from '../domain/grid';
import { MergeIndex } from './cells';
import type { HeaderMatch } from './headers';
import { findExpenseHeader, findIncompleteExpenseHeader, type ExpenseField } from './readExpenses';
import { findFundsGrid, type FundsBlock } from './fundsGrid';
import { findGoalsBlock, type GoalsBlock } from './goalsBlock';
import { findIndicatorHeader, type IndicatorHeader } from './indicatorHeader';
import { looksLikeProjectInfo } from './readProjectInfo';

export interface SheetBlocks {
  readonly grid: SheetGrid;
  readonly merges: MergeIndex;
  /** A complete indicator header (三级 and target columns). */
  readonly indicators?: IndicatorHeader;
  /** An indicator header without a target column (MISSING_COLUMN), when there is no complete one. */
  readonly incompleteIndicators?: IndicatorHeader;
  readonly expenses?: HeaderMatch<ExpenseField>;
  /** An expense header lacking 摘要 or 金额 (MISSING_COLUMN), on a sheet without a table. */
  readonly incompleteExpenses?: { readonly match: HeaderMatch<ExpenseField>; readonly missing: string };
  readonly funds?: FundsBlock;
  readonly goals?: GoalsBlock;
  /** The 项目名称 label stands on the sheet. */
  readonly hasProjectName: boolean;
}

/** The first row of the sheet's tables (project labels, funds and goals stand above it). */
export function firstTableRow(blocks: SheetBlocks): number | undefined {
  const rows = [blocks.indicators?.row, blocks.incompleteIndicators?.row, blocks.expenses?.row].filter(
    (r): r is number => r !== undefined,
  );
  return rows.length > 0 ? Math.min(...rows) : undefined;
}

export function findBlocks(grid: SheetGrid): SheetBlocks {
  const merges = MergeIndex.of(grid);
  const search = findIndicatorHeader(grid, merges);
  const indicators = search.complete;
  const incompleteIndicators = search.incomplete;
  let expenses = findExpenseHeader(grid);
  // One row cannot be both headers; an expense header inside the indicator header rows is not one.
  if (expenses && indicators && expenses.row >= indicators.row && expenses.row <= indicators.lastRow) expenses = undefined;
  const incompleteExpenses = !expenses && !indicators && !incompleteIndicators ? findIncompleteExpenseHeader(grid) : undefined;
  const tableRow = [indicators?.row, incompleteIndicators?.row, expenses?.row].filter((r): r is number => r !== undefined);
  const above = tableRow.length > 0 ? Math.min(...tableRow) : grid.values.length;
  const funds = findFundsGrid(grid, merges, above);
  const goals = findGoalsBlock(grid, merges, above);
  return {
    grid,
    merges,
    ...(indicators ? { indicators } : {}),
    ...(incompleteIndicators ? { incompleteIndicators } : {}),
    ...(expenses ? { expenses } : {}),
    ...(incompleteExpenses ? { incompleteExpenses } : {}),
    ...(funds ? { funds } : {}),
    ...(goals ? { goals } : {}),
    hasProjectName: looksLikeProjectInfo(grid),
  };
}
