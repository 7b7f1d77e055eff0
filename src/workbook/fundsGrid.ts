/**
 * The funds block of the official form (DOMAIN.md §8.2): a grid of row labels (年度资金总额, 其中：当年/本年
 * 财政拨款, 上年结转资金, 其他资金) × column headers (年初预算数, 全年预算数, 调整后预算数, 全年执行数, 分值,
 * 执行率, 得分; `（A）`/`（B）` letters allowed). Read by row label × column header, never as key–value:
 * a value cell is never another label, dashes are blank, the unit is 万元 unless the block says 元.
 */
import type { CellRange, CellValue, SheetGrid } from '../domain/grid';
import type { CellRef, ProjectField } from '../domain/model';
import type { Diagnostic } from '../domain/diagnostics/types';
import { diag } from '../domain/diagnostics/create';
import { cellText, normalizeText } from '../domain/text/normalize';
import { at, isBlank, isBlankOrDash, shortText, type MergeIndex } from './cells';
import { labelKey } from './headers';
import { readAmount, type MoneyUnit } from './amount';
import { roundHalfUp } from '../domain/scoring/rounding';
import { toDateMonthOfLabel } from './toDateColumn';

export type FundsColumn =
  | 'initialBudget'
  | 'annualBudget'
  | 'adjustedBudget'
  | 'executed'
  | 'received'
  | 'executedToDate'
  | 'projectedExecuted'
  | 'weight'
  | 'rate'
  | 'score';

type FundsRowKind = 'total' | 'appropriation' | 'carryOver' | 'otherFunds';

const COLUMN_LABELS: ReadonlyMap<string, FundsColumn> = new Map([
  ['年初预算数', 'initialBudget'],
  ['年初预算', 'initialBudget'],
  ['全年预算数', 'annualBudget'],
  ['全年预算', 'annualBudget'],
  ['预算数', 'annualBudget'],
  ['调整后预算数', 'adjustedBudget'],
  ['调整后预算', 'adjustedBudget'],
  ['全年执行数', 'executed'],
  ['执行数', 'executed'],
  ['预算执行数', 'executed'],
  ['实际支出', 'executed'],
  ['资金到位数', 'received'],
  ['到位数', 'received'],
  ['实际到位数', 'received'],
  // Tracking mode's year-end projection (DOMAIN.md §9); the execution to date is matched by its month (columnOf).
  ['全年预计执行数', 'projectedExecuted'],
  ['预计全年执行数', 'projectedExecuted'],
  ['全年预计支出数', 'projectedExecuted'],
  ['预计全年支出数', 'projectedExecuted'],
  ['预计到年底执行数', 'projectedExecuted'],
  ['预计年底执行数', 'projectedExecuted'],
  ['全年预计执行', 'projectedExecuted'],
  ['分值', 'weight'],
  ['权重', 'weight'],
  ['执行率', 'rate'],
  ['预算执行率', 'rate'],
  ['得分', 'score'],
]);

/** Money columns this reader does not use (`全年预计执行率`, `拨款数`) still belong to the grid. */
const OTHER_MONEY_COLUMN = /(预算数|执行数|预算|执行率|到位数|拨款数)$/;

const ROW_LABELS: ReadonlyMap<string, FundsRowKind> = new Map([
  ['年度资金总额', 'total'],
  ['资金总额', 'total'],
  ['年度财政资金总额', 'total'],
  ['总额', 'total'],
  ['当年财政拨款', 'appropriation'],
  ['本年财政拨款', 'appropriation'],
  ['财政拨款', 'appropriation'],
  ['财政资金', 'appropriation'],
  ['当年一般公共预算拨款', 'appropriation'],
  ['一般公共预算拨款', 'appropriation'],
  ['上年结转资金', 'carryOver'],
  ['上年结转', 'carryOver'],
  ['其他资金', 'otherFunds'],
  ['财政专户管理资金', 'otherFunds'],
  ['单位资金', 'otherFunds'],
]);

/** The budget columns, in the order their totals are checked. */
const BUDGET_COLUMNS = ['annualBudget', 'adjustedBudget', 'initialBudget', 'executed', 'received', 'executedToDate', 'projectedExecuted'] as const;

/** How far down a sheet a funds header is looked for. */
const SEARCH_ROWS = 60;
/** Row labels stand at most this many rows under the header. */
const MAX_LABEL_ROWS = 8;

function rowKind(v: CellValue | undefined): FundsRowKind | undefined {
  const t = shortText(v);
  if (t === '') return undefined;
  const key = labelKey(t).base.replace(/^其中[:：]?/, '');
  return ROW_LABELS.get(key);
}

/** The execution to date of a tracking form: `1-6月执行数`, `截至7月执行数`, `半年执行数` (its month, DOMAIN.md §9). */
function toDateMonthOfColumn(key: string): number | undefined {
  return /(执行数|支出数|执行金额)$/u.test(key) ? toDateMonthOfLabel(key) : undefined;
}

function columnOf(v: CellValue | undefined): FundsColumn | 'other' | undefined {
  const t = shortText(v);
  if (t === '') return undefined;
  const key = labelKey(t).base;
  const known = COLUMN_LABELS.get(key);
  if (known) return known;
  if (toDateMonthOfColumn(key) !== undefined) return 'executedToDate';
  return OTHER_MONEY_COLUMN.test(key) ? 'other' : undefined;
}

/** True when a text is one of the grid's own labels (a row label or a column header). */
export function isFundsLabel(normalized: string): boolean {
  const key = labelKey(normalized).base;
  return COLUMN_LABELS.has(key) || toDateMonthOfColumn(key) !== undefined || ROW_LABELS.has(key.replace(/^其中[:：]?/, ''));
}

export interface FundsBlock {
  readonly sheet: string;
  readonly headerRow: number;
  readonly cols: Readonly<Partial<Record<FundsColumn, number>>>;
  /** The X of the `1-X月执行数` column, when the grid has one. */
  readonly toDateMonth?: number;
  readonly rows: readonly { readonly kind: FundsRowKind; readonly row: number; readonly label: string }[];
  readonly unit: MoneyUnit;
  /** The block on the sheet: block label, header and row labels. */
  readonly range: CellRange;
}

/** `元` when the text says so (`（元）`, `单位：元`), `万元` when it names 万元. */
function unitIn(text: string): MoneyUnit | undefined {
  if (text.length > 60) return undefined;
  const t = normalizeText(text);
  if (/[(（]元[)）]|单位[:：]?元$/.test(t)) return '元';
  if (/万元/.test(t)) return '万元';
  return undefined;
}

/** The row label of a row: its rightmost text left of the first value column. */
function labelCellOf(row: readonly CellValue[] | undefined, firstValueCol: number): number | undefined {
  for (let c = firstValueCol - 1; c >= 0; c--) if (!isBlank(at(row, c))) return c;
  return undefined;
}

/** Finds the funds grid of a sheet within its first rows (`lastRow` exclusive bounds the search). */
export function findFundsGrid(grid: SheetGrid, merges: MergeIndex, lastRow = grid.values.length): FundsBlock | undefined {
  const end = Math.min(grid.values.length, lastRow, SEARCH_ROWS);
  for (let r = 0; r < end; r++) {
    const row = grid.values[r];
    if (!row) continue;
    const cols: Partial<Record<FundsColumn, number>> = {};
    const others: number[] = [];
    let toDateMonth: number | undefined;
    for (let c = 0; c < row.length; c++) {
      const f = columnOf(row[c]);
      if (f === 'other') others.push(c);
      else if (f !== undefined && cols[f] === undefined) {
        cols[f] = c;
        if (f === 'executedToDate') toDateMonth = toDateMonthOfColumn(labelKey(shortText(row[c])).base);
      }
    }
    const known = Object.values(cols);
    if (known.length === 0) continue;
    const firstCol = Math.min(...known);
    // Other money columns count right of the first known one (a corner cell `年度预算数（万元）` is no column).
    const extra = others.filter((c) => c > firstCol);
    const lastCol = Math.max(...known, ...extra);
    const hasMoney = BUDGET_COLUMNS.some((f) => cols[f] !== undefined);
    if (known.length + extra.length < 2 || !hasMoney || firstCol === 0) continue;
    const rows: { kind: FundsRowKind; row: number; label: string }[] = [];
    let labelLeft = firstCol;
    for (let rr = r + 1; rr < Math.min(grid.values.length, r + 1 + MAX_LABEL_ROWS); rr++) {
      const line = grid.values[rr];
      const c = labelCellOf(line, firstCol);
      if (c === undefined) {
        if (rows.length > 0) break;
        continue;
      }
      const kind = rowKind(at(line, c));
      if (!kind) break;
      rows.push({ kind, row: rr, label: normalizeText(cellText(at(line, c))) });
      labelLeft = Math.min(labelLeft, c);
    }
    if (rows.length === 0) continue;
    const last = rows[rows.length - 1]?.row ?? r;
    // The block label (项目资金（万元）) stands left of the row labels, often merged down.
    let left = labelLeft;
    let top = r;
    let unit: MoneyUnit | undefined;
    for (let c = 0; c < labelLeft; c++) {
      const m = merges.covering(r, c);
      const text = m ? cellText(at(grid.values[m.top], m.left)) : cellText(at(row, c));
      if (isBlank(text)) continue;
      left = Math.min(left, m ? m.left : c);
      if (m) top = Math.min(top, m.top);
      unit ??= unitIn(text);
    }
    for (let c = labelLeft; c < firstCol && unit === undefined; c++) unit = unitIn(cellText(at(row, c)));
    for (let c = firstCol; c <= lastCol && unit === undefined; c++) unit = unitIn(cellText(at(row, c)));
    for (let rr = Math.max(0, r - 2); rr < r && unit === undefined; rr++) {
      for (const v of grid.values[rr] ?? []) {
        const t = shortText(v);
        if (/^单位[:：]?(万元|元)$/.test(t)) unit = unitIn(t);
      }
    }
    return {
      sheet: grid.name,
      headerRow: r,
      cols,
      ...(toDateMonth !== undefined ? { toDateMonth } : {}),
      rows,
      unit: unit ?? '万元',
      range: { top, left, bottom: last, right: Math.max(lastCol, merges.covering(r, lastCol)?.right ?? lastCol) },
    };
  }
  return undefined;
}

export type FundsField = Extract<
  ProjectField,
  | 'initialBudget'
  | 'annualBudget'
  | 'adjustedBudget'
  | 'executed'
  | 'received'
  | 'executedToDate'
  | 'projectedExecuted'
  | 'appropriation'
  | 'carryOver'
  | 'otherFunds'
  | 'selfBudgetScore'
>;

export interface FundsReading {
  readonly values: Partial<Record<FundsField, number>>;
  readonly cells: Partial<Record<FundsField, CellRef>>;
  readonly diagnostics: readonly Diagnostic[];
}

function readNumber(v: CellValue): number | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string') {
    const t = normalizeText(v).replace(/分$/, '');
    if (/^[+-]?\d+(\.\d+)?$/.test(t)) return Number(t);
  }
  return undefined;
}

/** Reads the grid: amounts by row label × column, the 年度资金总额 row completed from its sub-rows when blank. */
export function readFundsGrid(grid: SheetGrid, block: FundsBlock): FundsReading {
  const values: Partial<Record<FundsField, number>> = {};
  const cells: Partial<Record<FundsField, CellRef>> = {};
  const diagnostics: Diagnostic[] = [];
  const sheet = grid.name;
  const amount = (row: number, col: number, label: string): number | undefined => {
    const v = at(grid.values[row], col);
    if (isBlankOrDash(v)) return undefined;
    if (typeof v === 'string' && isFundsLabel(normalizeText(v))) return undefined;
    const a = readAmount(v, block.unit, '万元');
    if (a !== undefined && Number.isNaN(a)) {
      diagnostics.push(diag('EXPENSE_AMOUNT_INVALID', { sheet, row, col }, { value: cellText(v), label }));
      return undefined;
    }
    return a;
  };
  const total = block.rows.find((r) => r.kind === 'total');
  const subRows = block.rows.filter((r) => r.kind !== 'total');
  // Each source's amount: its 全年预算数, else 调整后预算数, else 年初预算数.
  const sourceCol = block.cols.annualBudget ?? block.cols.adjustedBudget ?? block.cols.initialBudget;
  for (const sub of subRows) {
    if (sourceCol === undefined) break;
    const a = amount(sub.row, sourceCol, sub.label);
    const field = sub.kind as Exclude<FundsRowKind, 'total'>;
    if (a === undefined) continue;
    values[field] = (values[field] ?? 0) + a;
    cells[field] ??= { sheet, row: sub.row, col: sourceCol };
  }
  let mismatchReported = false;
  for (const field of BUDGET_COLUMNS) {
    const col = block.cols[field];
    if (col === undefined) continue;
    const printed = total ? amount(total.row, col, total.label) : undefined;
    let sum = 0;
    let anySub = false;
    for (const sub of subRows) {
      const a = amount(sub.row, col, sub.label);
      if (a === undefined) continue;
      sum += a;
      anySub = true;
    }
    let value = printed;
    if ((printed === undefined || printed === 0) && anySub && sum !== 0) {
      value = sum;
      if (total && !mismatchReported) {
        mismatchReported = true;
        diagnostics.push(
          diag('FUND_BREAKDOWN_MISMATCH', { sheet, row: total.row, col }, { sum: String(roundHalfUp(sum, 6)), budget: String(printed ?? 0) }),
        );
      }
    }
    if (value === undefined) continue;
    values[field] = value;
    cells[field] = { sheet, row: total?.row ?? subRows[0]?.row ?? block.headerRow, col };
  }
  const scoreCol = block.cols.score;
  if (total && scoreCol !== undefined) {
    const score = readNumber(at(grid.values[total.row], scoreCol));
    if (score !== undefined) {
      values.selfBudgetScore = score;
      cells.selfBudgetScore = { sheet, row: total.row, col: scoreCol };
    }
  }
  return { values, cells, diagnostics };
}
