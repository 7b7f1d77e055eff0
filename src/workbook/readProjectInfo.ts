/**
 * 项目信息: project labels read key–value (DOMAIN.md §1.1): a label in any column, its value the first
 * non-empty cell to its right — unless that cell is itself a label (§8.3: a blank 主管部门 stays blank, it
 * does not read 实施单位), or a dash (§8.4). `项目单位（盖章）：某某局` in one cell is a label and its value.
 * Cells inside other blocks of the sheet (the funds grid, the goal block, tables) are not read here.
 */
import type { CellRange, CellValue, SheetGrid } from '../domain/grid';
import type { CellRef, ProjectField } from '../domain/model';
import type { Diagnostic } from '../domain/diagnostics/types';
import { diag } from '../domain/diagnostics/create';
import { cellText, normalizeText } from '../domain/text/normalize';
import { isBlank, isDash } from './cells';
import { labelKey, splitLabel } from './headers';
import { cellToIsoDate, datesInText } from './dates';
import { moneyUnitOf, readAmount } from './amount';
import { isFundsLabel } from './fundsGrid';
import { isGoalLabel } from './goalsBlock';
import { isIndicatorLabel } from './indicatorHeader';
import { toDateMonthOfLabel } from './toDateColumn';

type Kind = 'text' | 'date' | 'amount' | 'period';

interface LabelSpec {
  readonly field: ProjectField | 'period';
  readonly kind: Kind;
  readonly labels: readonly string[];
}

const LABELS: readonly LabelSpec[] = [
  { field: 'name', kind: 'text', labels: ['项目名称'] },
  // 主管部门及代码: the 136号 monitoring form's label.
  { field: 'department', kind: 'text', labels: ['主管部门', '主管单位', '主管部门及代码'] },
  { field: 'unit', kind: 'text', labels: ['实施单位', '项目单位', '预算单位', '项目实施单位', '项目执行单位', '执行单位'] },
  { field: 'evaluationType', kind: 'text', labels: ['评价类型'] },
  { field: 'period', kind: 'period', labels: ['实施周期'] },
  { field: 'periodStart', kind: 'date', labels: ['开始日期'] },
  { field: 'periodEnd', kind: 'date', labels: ['结束日期'] },
  { field: 'asOf', kind: 'date', labels: ['评价截止日期', '数据截止日期', '截至日期', '截止日期'] },
  { field: 'initialBudget', kind: 'amount', labels: ['年初预算数'] },
  { field: 'annualBudget', kind: 'amount', labels: ['全年预算数', '预算数'] },
  { field: 'adjustedBudget', kind: 'amount', labels: ['调整后预算数'] },
  { field: 'executed', kind: 'amount', labels: ['全年执行数', '执行数', '实际支出'] },
  { field: 'appropriation', kind: 'amount', labels: ['当年财政拨款', '本年财政拨款', '财政拨款'] },
  { field: 'carryOver', kind: 'amount', labels: ['上年结转资金'] },
  { field: 'otherFunds', kind: 'amount', labels: ['其他资金'] },
  { field: 'received', kind: 'amount', labels: ['资金到位数', '实际到位资金', '到位资金'] },
  { field: 'projectedExecuted', kind: 'amount', labels: ['全年预计执行数', '预计全年执行数', '全年预计支出数'] },
  { field: 'goalPlanned', kind: 'text', labels: ['年度总体目标', '预期目标'] },
  // Why 预算执行率 fell short (profile sichuan asks for it below 90 %); a bare 偏差原因 is the indicator column's.
  { field: 'executionReason', kind: 'text', labels: ['执行率偏差原因', '预算执行率偏差原因', '预算执行偏差原因', '执行偏差原因'] },
  { field: 'goalActual', kind: 'text', labels: ['实际完成情况', '目标实际完成情况'] },
  // The printed form's signature block (`填报单位（盖章）` reads as 填报单位: the bracket is a suffix).
  { field: 'fillingUnit', kind: 'text', labels: ['填报单位'] },
  { field: 'unitHead', kind: 'text', labels: ['单位负责人'] },
  { field: 'financeHead', kind: 'text', labels: ['财务负责人'] },
  { field: 'filler', kind: 'text', labels: ['填报人'] },
  { field: 'phone', kind: 'text', labels: ['联系电话'] },
  { field: 'fillDate', kind: 'date', labels: ['填报日期'] },
];

const BY_LABEL = new Map<string, LabelSpec>();
for (const spec of LABELS) for (const label of spec.labels) BY_LABEL.set(label, spec);

/** Labels of the form that are no field of ours but are never a value either. */
const FORM_LABELS: ReadonlySet<string> = new Set([
  '项目负责人',
  '项目负责人及电话',
  '联系电话',
  '项目资金',
  '资金情况',
  '项目类别',
  '项目属性',
  '项目类型',
  '项目基本情况',
  '填报日期',
  '填报人',
  '单位负责人',
  '财务负责人',
  '评价等级',
]);

const TO_DATE: LabelSpec = { field: 'executedToDate', kind: 'amount', labels: [] };

/** The label spec a normalised text names, and the money unit its label carries (`1-7月执行数`: executed to date). */
function specOf(normalized: string): { spec: LabelSpec; unit: '元' | '万元' } | undefined {
  const { base, suffix } = splitLabel(normalized);
  const key = labelKey(base).base.replace(/^其中[:：]?/, '');
  const unit = moneyUnitOf(suffix) ?? '万元';
  const spec = BY_LABEL.get(key);
  if (spec) return { spec, unit };
  // Tracking mode's execution to date (DOMAIN.md §9): 1-7月执行数, 截至6月执行数.
  const month = /执行数$|支出数$|执行金额$/u.test(key) ? toDateMonthOfLabel(key) : undefined;
  return month !== undefined ? { spec: TO_DATE, unit } : undefined;
}

function labelOf(value: CellValue): { spec: LabelSpec; unit: '元' | '万元' } | undefined {
  if (typeof value !== 'string' || value.length > 40) return undefined;
  return specOf(normalizeText(value));
}

/** `项目单位（盖章）：某某局` — a label and its value in one cell. */
function inlineLabel(value: CellValue): { spec: LabelSpec; unit: '元' | '万元'; value: string } | undefined {
  if (typeof value !== 'string' || value.length > 200) return undefined;
  const m = /^([^:：]{2,20})[:：]\s*(.*)$/s.exec(value.trim());
  if (!m || m[1] === undefined) return undefined;
  const label = specOf(normalizeText(m[1]));
  if (!label) return undefined;
  return { ...label, value: (m[2] ?? '').trim() };
}

/** True when a text is a label of any block: a value cell holding one is no value (DOMAIN.md §8.3). */
export function isKnownLabel(value: CellValue): boolean {
  if (typeof value !== 'string' || value.length > 200) return false;
  const t = normalizeText(value);
  // `label：value` in one cell, or a `单位：万元` line: another label, not this one's value.
  const inline = /^([^:：]{1,20})[:：]/.exec(t);
  if (inline && inline[1] !== undefined && (inline[1] === '单位' || isLabelText(inline[1]))) return true;
  return t.length <= 40 && isLabelText(t);
}

function isLabelText(t: string): boolean {
  const key = labelKey(t).base;
  return specOf(t) !== undefined || FORM_LABELS.has(key) || isFundsLabel(t) || isGoalLabel(t) || isIndicatorLabel(t);
}

function inside(ranges: readonly CellRange[], row: number, col: number): boolean {
  return ranges.some((g) => row >= g.top && row <= g.bottom && col >= g.left && col <= g.right);
}

/** How far down a sheet project labels are looked for. */
const SEARCH_ROWS = 200;

export interface ProjectLabels {
  readonly fields: Partial<Record<ProjectField, string | number>>;
  readonly cells: Partial<Record<ProjectField, CellRef>>;
  readonly diagnostics: readonly Diagnostic[];
  /** The label and value cells read (for the layout); undefined when no label was found. */
  readonly range?: CellRange;
  /** True when the 项目名称 label stands on the sheet. */
  readonly hasName: boolean;
  /** The X of a `1-X月执行数` label (tracking mode's month), when one was read. */
  readonly toDateMonth?: number;
  /** Where the `1-X月执行数` amount stands (the label is beside it). */
  readonly toDateMonthRef?: CellRef;
}

/**
 * Reads the project labels of a sheet above `lastRow` (exclusive), skipping cells in `exclude` (the
 * other blocks of the sheet).
 */
export function readProjectLabels(
  grid: SheetGrid,
  exclude: readonly CellRange[] = [],
  lastRow = grid.values.length,
): ProjectLabels {
  const fields: Partial<Record<ProjectField, string | number>> = {};
  const cells: Partial<Record<ProjectField, CellRef>> = {};
  const diagnostics: Diagnostic[] = [];
  let range: { top: number; left: number; bottom: number; right: number } | undefined;
  let hasName = false;
  let toDateMonth: number | undefined;
  let toDateMonthRef: CellRef | undefined;
  const rows = Math.min(grid.values.length, lastRow, SEARCH_ROWS);
  const seen = (r: number, c: number): void => {
    if (!range) range = { top: r, left: c, bottom: r, right: c };
    else {
      range.top = Math.min(range.top, r);
      range.bottom = Math.max(range.bottom, r);
      range.left = Math.min(range.left, c);
      range.right = Math.max(range.right, c);
    }
  };
  const set = (field: ProjectField, value: string | number, ref: CellRef): void => {
    if (fields[field] !== undefined) return;
    fields[field] = value;
    cells[field] = ref;
  };
  const take = (spec: LabelSpec, unit: '元' | '万元', value: CellValue, ref: CellRef, labelText: string): void => {
    if (isBlank(value) || isDash(value)) return;
    if (spec.kind === 'text') {
      const text = cellText(value).trim();
      if (text !== '' && spec.field !== 'period') set(spec.field, text, ref);
    } else if (spec.kind === 'date') {
      const d = cellToIsoDate(value);
      if (d && spec.field !== 'period') set(spec.field, d, ref);
    } else if (spec.kind === 'period') {
      const [start, end] = datesInText(typeof value === 'string' ? value : '');
      if (start) set('periodStart', start, ref);
      if (end) set('periodEnd', end, ref);
    } else if (spec.field !== 'period') {
      const amount = readAmount(value, unit, '万元');
      if (amount === undefined) return;
      if (Number.isNaN(amount)) {
        diagnostics.push(
          diag('EXPENSE_AMOUNT_INVALID', { sheet: ref.sheet, row: ref.row, col: ref.col }, { value: cellText(value), label: labelText }),
        );
        return;
      }
      // 1-7月执行数 names the month of a tracking report (DOMAIN.md §9).
      const month = spec.field === 'executedToDate' && fields.executedToDate === undefined ? toDateMonthOfLabel(labelText) : undefined;
      if (month !== undefined) {
        toDateMonth = month;
        toDateMonthRef = ref;
      }
      set(spec.field, amount, ref);
    }
  };
  for (let r = 0; r < rows; r++) {
    const row = grid.values[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const v = row[c] ?? null;
      if (typeof v !== 'string' || inside(exclude, r, c)) continue;
      const label = labelOf(v);
      if (!label) {
        const inline = inlineLabel(v);
        if (inline) {
          seen(r, c);
          if (inline.spec.field === 'name') hasName = true;
          take(inline.spec, inline.unit, inline.value, { sheet: grid.name, row: r, col: c }, cellText(v));
        }
        continue;
      }
      seen(r, c);
      if (label.spec.field === 'name') hasName = true;
      // The value: the first non-empty cell to the right, unless it is a label or in another block.
      for (let vc = c + 1; vc < row.length; vc++) {
        const value = row[vc] ?? null;
        if (inside(exclude, r, vc)) break;
        if (isBlank(value)) continue;
        if (isKnownLabel(value)) break;
        seen(r, vc);
        take(label.spec, label.unit, value, { sheet: grid.name, row: r, col: vc }, cellText(v));
        break;
      }
    }
  }
  return {
    fields,
    cells,
    diagnostics,
    ...(range ? { range } : {}),
    hasName,
    ...(toDateMonth !== undefined ? { toDateMonth } : {}),
    ...(toDateMonthRef ? { toDateMonthRef } : {}),
  };
}

/** True when some cell of the sheet is the 项目名称 label. */
export function looksLikeProjectInfo(grid: SheetGrid): boolean {
  const rows = Math.min(grid.values.length, SEARCH_ROWS);
  for (let r = 0; r < rows; r++) {
    for (const v of grid.values[r] ?? []) {
      const l = labelOf(v) ?? inlineLabel(v);
      if (l?.spec.field === 'name') return true;
    }
  }
  return false;
}
