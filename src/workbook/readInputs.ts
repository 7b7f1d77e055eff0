/**
 * Reads a workbook's blocks wherever they stand (DOMAIN.md §1 and §8): project labels, the funds grid,
 * the goal block, indicator tables and the expense table, found by content on every sheet (one sheet
 * may hold all of them), and says which blocks it read (the layout).
 * Hidden sheets are not inputs (officers hide what they do not want read).
 */
import type { CellRange, SheetGrid } from '../domain/grid';
import type {
  CellRef,
  ExpenseTable,
  IndicatorRow,
  IndicatorSheet,
  InputModel,
  LayoutBlock,
  ProjectField,
  ProjectInfo,
} from '../domain/model';
import type { Diagnostic } from '../domain/diagnostics/types';
import type { InputRole } from '../domain/output/planTypes';
import type { ScoringProfile } from '../domain/schema/profiles';
import { matchLevel1, matchLevel2 } from '../domain/schema/schema';
import { diag } from '../domain/diagnostics/create';
import { findBlocks, firstTableRow, type SheetBlocks } from './findBlocks';
import { readFundsGrid } from './fundsGrid';
import { readGoalsBlock } from './goalsBlock';
import { readProjectLabels } from './readProjectInfo';
import { readExpenses } from './readExpenses';
import { readIndicatorSheet } from './readIndicators';
import { formHeading, sheetTitles } from './sheetTitles';
import { namesAsLevel2 } from './namesAsLevel2';

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

/** Project fields gathered from every block, the first value of each field winning (tab order, then top down). */
class ProjectFields {
  private readonly fields: Partial<Record<ProjectField, string | number>> = {};
  private readonly cells: Partial<Record<ProjectField, CellRef>> = {};
  private sheet: string | undefined;
  private toDateMonth: { readonly month: number; readonly ref: CellRef | undefined } | undefined;

  /** The month of the first `1-X月执行数` read (DOMAIN.md §9), and where its label stands. */
  month(month: number | undefined, ref: CellRef | undefined): void {
    if (month !== undefined) this.toDateMonth ??= { month, ref };
  }

  add(sheet: string, fields: Partial<Record<ProjectField, string | number | undefined>>, cells: Partial<Record<ProjectField, CellRef>>): void {
    let any = false;
    for (const key of Object.keys(fields) as ProjectField[]) {
      const value = fields[key];
      if (value === undefined || this.fields[key] !== undefined) continue;
      this.fields[key] = value;
      const cell = cells[key];
      if (cell) this.cells[key] = cell;
      any = true;
    }
    if (any) this.sheet ??= sheet;
  }

  /** Marks a sheet as the project's even if it gave no field yet (a 项目名称 label with a blank value). */
  touch(sheet: string): void {
    this.sheet ??= sheet;
  }

  info(): ProjectInfo | undefined {
    if (this.sheet === undefined) return undefined;
    const t = this.toDateMonth;
    const month = t ? { toDateMonth: t.month, ...(t.ref ? { toDateMonthRef: t.ref } : {}) } : {};
    return { sheet: this.sheet, cells: this.cells, ...this.fields, ...month } as ProjectInfo;
  }
}

interface SheetReading {
  readonly indicators?: IndicatorSheet;
  readonly expenses?: ExpenseTable;
}

/** Reads one sheet's blocks into `project`, `diagnostics` and `layout`; returns its tables. */
function readSheet(blocks: SheetBlocks, project: ProjectFields, diagnostics: Diagnostic[], layout: LayoutBlock[]): SheetReading {
  const grid = blocks.grid;
  const sheet = grid.name;
  const here: LayoutBlock[] = [];
  const regions: CellRange[] = [];
  if (blocks.incompleteIndicators) {
    const h = blocks.incompleteIndicators;
    diagnostics.push(diag('MISSING_COLUMN', { sheet, row: h.row, col: h.cols.name }, { column: '年度指标值' }));
  }
  if (blocks.incompleteExpenses) {
    diagnostics.push(diag('MISSING_COLUMN', { sheet, row: blocks.incompleteExpenses.match.row }, { column: blocks.incompleteExpenses.missing }));
  }
  const tableRow = firstTableRow(blocks);
  // Blocks above the tables: funds and goals are read as grids, the rest as labels.
  const funds = blocks.funds ? readFundsGrid(grid, blocks.funds) : undefined;
  if (blocks.funds) regions.push(blocks.funds.range);
  if (blocks.goals) regions.push(blocks.goals.range);
  const labels = readProjectLabels(grid, regions, tableRow);
  diagnostics.push(...labels.diagnostics);
  if (labels.range) here.push({ role: 'project', sheet, range: labels.range });
  project.add(sheet, labels.fields, labels.cells);
  project.month(labels.toDateMonth, labels.toDateMonthRef);
  if (labels.hasName) project.touch(sheet);
  if (blocks.funds && funds) {
    here.push({ role: 'funds', sheet, range: blocks.funds.range });
    diagnostics.push(...funds.diagnostics);
    project.add(sheet, funds.values, funds.cells);
    const col = blocks.funds.cols.executedToDate;
    if (funds.values.executedToDate !== undefined && col !== undefined) {
      project.month(blocks.funds.toDateMonth, { sheet, row: blocks.funds.headerRow, col });
    }
    project.touch(sheet);
  }
  if (blocks.goals) {
    here.push({ role: 'goals', sheet, range: blocks.goals.range });
    const goals = readGoalsBlock(grid, blocks.goals);
    project.add(
      sheet,
      { goalPlanned: goals.goalPlanned?.text, goalActual: goals.goalActual?.text },
      {
        ...(goals.goalPlanned ? { goalPlanned: goals.goalPlanned.ref } : {}),
        ...(goals.goalActual ? { goalActual: goals.goalActual.ref } : {}),
      },
    );
  }
  // Titles (judged on the sheets that hold a table): text above the sheet's first block that is not the form's own words.
  const firstRow = Math.min(tableRow ?? grid.values.length, ...here.map((b) => b.range.top));
  const titles = blocks.indicators || blocks.expenses ? sheetTitles(grid, firstRow) : [];
  // The heading of a form on this sheet: a monitoring form's title (tracking mode), its year line.
  if (here.length > 0 || blocks.indicators) {
    const heading = formHeading(grid, firstRow);
    project.add(
      sheet,
      { trackingTitle: heading.trackingTitle?.text, formYear: heading.year?.value },
      { ...(heading.trackingTitle ? { trackingTitle: heading.trackingTitle.ref } : {}), ...(heading.year ? { formYear: heading.year.ref } : {}) },
    );
  }
  let indicators: IndicatorSheet | undefined;
  if (blocks.indicators) {
    const read = readIndicatorSheet(grid, blocks.indicators, titles);
    indicators = read.sheet;
    diagnostics.push(...read.diagnostics);
    here.push({ role: 'indicators', sheet, range: read.sheet.range });
  }
  let expenses: ExpenseTable | undefined;
  const expenseHeader = blocks.expenses;
  if (expenseHeader && !(indicators && expenseHeader.row <= indicators.range.bottom && expenseHeader.row >= indicators.range.top)) {
    const read = readExpenses(grid, expenseHeader, indicators ? [] : titles);
    expenses = read.table;
    diagnostics.push(...read.diagnostics);
    const cols = Object.values(expenseHeader.cols);
    here.push({
      role: 'expenses',
      sheet,
      range: { top: expenseHeader.row, left: Math.min(...cols), bottom: read.lastRow, right: Math.max(...cols) },
    });
  }
  here.sort((a, b) => a.range.top - b.range.top || a.range.left - b.range.left);
  layout.push(...here);
  return { ...(indicators ? { indicators } : {}), ...(expenses ? { expenses } : {}) };
}

export function readInputs(sheets: readonly SheetGrid[], profile: ScoringProfile): InputModel {
  const diagnostics: Diagnostic[] = [];
  const layout: LayoutBlock[] = [];
  const indicatorSheets: IndicatorSheet[] = [];
  const project = new ProjectFields();
  let expenses: ExpenseTable | undefined;
  for (const grid of sheets) {
    if (!grid.visible) continue;
    const read = readSheet(findBlocks(grid), project, diagnostics, layout);
    if (read.indicators) indicatorSheets.push(canonicalize(namesAsLevel2(read.indicators, profile), profile));
    // The first expense table is the one read; a later one is not an input.
    if (read.expenses && !expenses) expenses = read.expenses;
    else if (read.expenses) {
      const i = layout.findIndex((b) => b.role === 'expenses' && b.sheet === grid.name);
      if (i >= 0) layout.splice(i, 1);
    }
  }
  const info = project.info();
  if (!info) diagnostics.push(diag('NO_PROJECT_INFO', { sheet: '' }));
  if (!expenses) diagnostics.push(diag('NO_EXPENSE_SHEET', { sheet: '' }));
  const scored = indicatorSheets.find((s) => s.hasActualColumn) ?? indicatorSheets[0];
  if (!scored) {
    diagnostics.push(diag('NO_INDICATOR_SHEET', { sheet: '' }));
  } else if (!scored.hasActualColumn) {
    diagnostics.push(diag('MISSING_COLUMN', { sheet: scored.sheet, row: scored.headerRow }, { column: '实际完成值' }));
  }
  // Indicator tables other than the scored one are reference sets.
  const finalLayout = layout.map((b): LayoutBlock =>
    b.role === 'indicators' && !(scored && b.sheet === scored.sheet && b.range.top === scored.range.top) ? { ...b, role: 'reference' } : b,
  );
  return {
    ...(info ? { project: info } : {}),
    ...(expenses ? { expenses } : {}),
    ...(scored ? { indicators: scored } : {}),
    referenceSheets: indicatorSheets.filter((s) => s !== scored),
    diagnostics,
    layout: finalLayout,
  };
}

/**
 * The input sheets a workbook lacks, for 插入模板, asked of the same block finder as the reader.
 * Hidden sheets count as present (they are the user's).
 */
export function missingInputRoles(sheets: readonly SheetGrid[]): InputRole[] {
  let hasProject = false;
  let hasExpenses = false;
  let hasIndicators = false;
  for (const grid of sheets) {
    const b = findBlocks(grid);
    if (b.indicators || b.incompleteIndicators) hasIndicators = true;
    if (b.expenses || b.incompleteExpenses) hasExpenses = true;
    if (b.hasProjectName || b.funds) hasProject = true;
  }
  const roles: InputRole[] = [];
  if (!hasProject) roles.push('projectInfo');
  if (!hasExpenses) roles.push('expenseInput');
  if (!hasIndicators) roles.push('indicatorInput');
  return roles;
}
