/**
 * Finds the three input sheets by their content, not their names (DOMAIN.md §1) and reads them.
 * Hidden sheets are not inputs (officers hide what they do not want read).
 */
import type { SheetGrid } from '../domain/grid';
import type { ExpenseTable, IndicatorRow, IndicatorSheet, InputModel, ProjectInfo } from '../domain/model';
import type { Diagnostic } from '../domain/diagnostics/types';
import type { InputRole } from '../domain/output/planTypes';
import type { ScoringProfile } from '../domain/schema/profiles';
import { matchLevel1, matchLevel2 } from '../domain/schema/schema';
import { diag } from '../domain/diagnostics/create';
import { looksLikeProjectInfo, readProjectInfo } from './readProjectInfo';
import { findExpenseHeader, findIncompleteExpenseHeader, readExpenses } from './readExpenses';
import { findIncompleteIndicatorHeader, findIndicatorHeader, readIndicatorSheet } from './readIndicators';

type Classified =
  | { kind: 'indicators'; sheet: IndicatorSheet }
  | { kind: 'expenses'; grid: SheetGrid }
  | { kind: 'projectInfo'; grid: SheetGrid }
  | { kind: 'none' };

function classify(grid: SheetGrid, diagnostics: Diagnostic[]): Classified {
  const indicatorHeader = findIndicatorHeader(grid);
  if (indicatorHeader) return { kind: 'indicators', sheet: readIndicatorSheet(grid, indicatorHeader) };
  const incompleteIndicators = findIncompleteIndicatorHeader(grid);
  if (incompleteIndicators) {
    diagnostics.push(
      diag('MISSING_COLUMN', { sheet: grid.name, row: incompleteIndicators.row, col: incompleteIndicators.cols.name }, {
        column: '年度指标值',
      }),
    );
    return { kind: 'none' };
  }
  if (findExpenseHeader(grid)) return { kind: 'expenses', grid };
  const incompleteExpenses = findIncompleteExpenseHeader(grid);
  if (incompleteExpenses) {
    diagnostics.push(
      diag('MISSING_COLUMN', { sheet: grid.name, row: incompleteExpenses.match.row }, { column: incompleteExpenses.missing }),
    );
    return { kind: 'none' };
  }
  if (looksLikeProjectInfo(grid)) return { kind: 'projectInfo', grid };
  return { kind: 'none' };
}

/** Rewrites 一级/二级 to their canonical names where the profile recognises them. */
function canonicalize(sheet: IndicatorSheet, profile: ScoringProfile): IndicatorSheet {
  // The labels repeat down the sheet (fill-down): match each distinct 一级/二级 pair once.
  const canonical = new Map<string, Map<string, readonly [string, string]>>();
  const rows = sheet.rows.map((row): IndicatorRow => {
    let byLevel2 = canonical.get(row.level1);
    if (byLevel2 === undefined) {
      byLevel2 = new Map();
      canonical.set(row.level1, byLevel2);
    }
    let names = byLevel2.get(row.level2);
    if (names === undefined) {
      const l1 = matchLevel1(profile, row.level1);
      const l2 = matchLevel2(profile, l1, row.level2);
      names = [l1?.name ?? row.level1, l2.kind === 'unknown' ? row.level2 : l2.level2.name];
      byLevel2.set(row.level2, names);
    }
    const [level1, level2] = names;
    return level1 === row.level1 && level2 === row.level2 ? row : { ...row, level1, level2 };
  });
  return { ...sheet, rows };
}

export function readInputs(sheets: readonly SheetGrid[], profile: ScoringProfile): InputModel {
  const diagnostics: Diagnostic[] = [];
  const indicatorSheets: IndicatorSheet[] = [];
  let project: ProjectInfo | undefined;
  let expenses: ExpenseTable | undefined;
  for (const grid of sheets) {
    if (!grid.visible) continue;
    const c = classify(grid, diagnostics);
    if (c.kind === 'indicators') {
      indicatorSheets.push(canonicalize(c.sheet, profile));
    } else if (c.kind === 'expenses' && !expenses) {
      const header = findExpenseHeader(c.grid);
      if (header) {
        const read = readExpenses(c.grid, header);
        expenses = read.table;
        diagnostics.push(...read.diagnostics);
      }
    } else if (c.kind === 'projectInfo' && !project) {
      const read = readProjectInfo(c.grid);
      project = read.info;
      diagnostics.push(...read.diagnostics);
    }
  }
  if (!project) diagnostics.push(diag('NO_PROJECT_INFO', { sheet: '' }));
  if (!expenses) diagnostics.push(diag('NO_EXPENSE_SHEET', { sheet: '' }));
  const scored = indicatorSheets.find((s) => s.hasActualColumn) ?? indicatorSheets[0];
  if (!scored) {
    diagnostics.push(diag('NO_INDICATOR_SHEET', { sheet: '' }));
  } else if (!scored.hasActualColumn) {
    diagnostics.push(diag('MISSING_COLUMN', { sheet: scored.sheet, row: scored.headerRow }, { column: '实际完成值' }));
  }
  return {
    ...(project ? { project } : {}),
    ...(expenses ? { expenses } : {}),
    ...(scored ? { indicators: scored } : {}),
    referenceSheets: indicatorSheets.filter((s) => s !== scored),
    diagnostics,
  };
}

/** The input sheets a workbook lacks, for 插入模板. Hidden sheets count as present (they are the user's). */
export function missingInputRoles(sheets: readonly SheetGrid[]): InputRole[] {
  let hasProject = false;
  let hasExpenses = false;
  let hasIndicators = false;
  for (const grid of sheets) {
    if (findIndicatorHeader(grid) || findIncompleteIndicatorHeader(grid)) hasIndicators = true;
    else if (findExpenseHeader(grid) || findIncompleteExpenseHeader(grid)) hasExpenses = true;
    else if (looksLikeProjectInfo(grid)) hasProject = true;
  }
  const roles: InputRole[] = [];
  if (!hasProject) roles.push('projectInfo');
  if (!hasExpenses) roles.push('expenseInput');
  if (!hasIndicators) roles.push('indicatorInput');
  return roles;
}
