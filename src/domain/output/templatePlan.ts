/**
 * 插入模板: the three input sheets (项目信息, 支出明细, 绩效指标) in the layout the reader recognises,
 * filled with clearly marked example data (a 培训 project). The per-role builders take real data too,
 * so a sample generator fills exactly the same layout; `templateLayout` says where everything goes.
 */
import type { ProjectField } from '../model';
import type { InputRole, SheetPlan, WritePlan } from './planTypes';
import type { ScoringProfile } from '../schema/profiles';
import { getProfile } from '../schema/profiles';
import { allLevel2Names, matchLevel1 } from '../schema/schema';
import { rect, estimateRowHeight, FORMAT, PALETTE, SheetBuilder } from './sheetBuilder';
import { DEVIATION_CATEGORIES, type DeviationCategory } from '../tracking/types';
import type { EvaluationMode } from '../workbookSettings';

export const TEMPLATE_SHEET_NAMES: Readonly<Record<InputRole, string>> = {
  projectInfo: '项目信息',
  expenseInput: '支出明细',
  indicatorInput: '绩效指标',
};

/** The order the template sheets are added in. */
export const INPUT_ROLES: readonly InputRole[] = ['projectInfo', 'expenseInput', 'indicatorInput'];

export type ProjectValueKind = 'text' | 'longText' | 'date' | 'amount' | 'choice';

export interface ProjectLabel {
  readonly field: ProjectField;
  readonly label: string;
  readonly kind: ProjectValueKind;
}

/** 评价类型 choices (DOMAIN.md §1.1). */
export const EVALUATION_TYPES = ['单位自评', '绩效跟踪', '运行监控', '部门评价'] as const;

/** One label per project field (DOMAIN.md §1.1), amounts in 万元, in the order of the sheet. */
export const PROJECT_INFO_LABELS: readonly ProjectLabel[] = [
  { field: 'name', label: '项目名称', kind: 'text' },
  { field: 'department', label: '主管部门', kind: 'text' },
  { field: 'unit', label: '实施单位', kind: 'text' },
  { field: 'evaluationType', label: '评价类型', kind: 'choice' },
  { field: 'periodStart', label: '开始日期', kind: 'date' },
  { field: 'periodEnd', label: '结束日期', kind: 'date' },
  { field: 'asOf', label: '评价截止日期', kind: 'date' },
  { field: 'initialBudget', label: '年初预算数（万元）', kind: 'amount' },
  { field: 'annualBudget', label: '全年预算数（万元）', kind: 'amount' },
  { field: 'appropriation', label: '其中：当年财政拨款（万元）', kind: 'amount' },
  { field: 'carryOver', label: '上年结转资金（万元）', kind: 'amount' },
  { field: 'otherFunds', label: '其他资金（万元）', kind: 'amount' },
  { field: 'received', label: '资金到位数（万元）', kind: 'amount' },
  { field: 'executed', label: '全年执行数（万元）', kind: 'amount' },
  { field: 'goalPlanned', label: '年度总体目标', kind: 'longText' },
  { field: 'goalActual', label: '实际完成情况', kind: 'longText' },
  // Printed in the form's signature block; blank lines there when left empty.
  { field: 'fillingUnit', label: '填报单位', kind: 'text' },
  { field: 'unitHead', label: '单位负责人', kind: 'text' },
  { field: 'financeHead', label: '财务负责人', kind: 'text' },
  { field: 'filler', label: '填报人', kind: 'text' },
  { field: 'phone', label: '联系电话', kind: 'text' },
  { field: 'fillDate', label: '填报日期', kind: 'date' },
];

/**
 * 项目信息 of a tracking report (DOMAIN.md §9): the execution to date (`1-7月执行数`, the month of the
 * summer report under 财预〔2019〕136号; the officer writes the month of the report) in place of 全年执行数,
 * and 全年预计执行数.
 */
export const TRACKING_PROJECT_INFO_LABELS: readonly ProjectLabel[] = PROJECT_INFO_LABELS.flatMap((l): ProjectLabel[] =>
  l.field === 'executed'
    ? [
        { field: 'executedToDate', label: '1-7月执行数（万元）', kind: 'amount' },
        { field: 'projectedExecuted', label: '全年预计执行数（万元）', kind: 'amount' },
      ]
    : l.field === 'goalActual'
      ? [{ field: 'goalActual', label: '截至目前完成情况', kind: 'longText' }]
      : [l],
);

export const EXPENSE_INPUT_HEADERS = ['序号', '日期', '资金摘要', '支出类别', '金额', '备注'] as const;

export const INDICATOR_INPUT_HEADERS = [
  '一级指标',
  '二级指标',
  '三级指标',
  '年度指标值',
  '实际完成值',
  '分值',
  '偏差原因分析及改进措施',
] as const;

/**
 * 绩效指标 of a tracking report (DOMAIN.md §9): the to-date actual (`1-7月执行情况`), 全年预计完成值 (blank:
 * 按进度推算), 完成目标可能性 and the five 偏差原因类别 as tick columns, each with its drop-down.
 */
export const TRACKING_INDICATOR_HEADERS = [
  '一级指标',
  '二级指标',
  '三级指标',
  '年度指标值',
  '1-7月执行情况',
  '分值',
  '全年预计完成值',
  '完成目标可能性',
  '经费保障',
  '制度保障',
  '人员保障',
  '硬件条件保障',
  '其他',
  '偏差原因分析及改进措施',
] as const;

export const LIKELIHOOD_CHOICES = ['确定能', '有可能', '完全不可能'] as const;

/** What a tick column's drop-down offers. */
export const TICK_CHOICES = ['√'] as const;

export const TRACKING_CATEGORY_COLUMNS: Readonly<Record<DeviationCategory, number>> = {
  funding: 8,
  institution: 9,
  staffing: 10,
  facilities: 11,
  other: 12,
};

/** Rows under the indicator header that get the 一级/二级 drop-downs (at least; more when more rows are given). */
export const VALIDATION_ROWS = 200;

const PROJECT_FIRST_ROW = 1;

function projectRows(labels: readonly ProjectLabel[] = PROJECT_INFO_LABELS): Readonly<Partial<Record<ProjectField, number>>> {
  const rows: Partial<Record<ProjectField, number>> = {};
  labels.forEach((l, i) => (rows[l.field] = PROJECT_FIRST_ROW + i));
  return rows;
}

/** Where things go on each template sheet (0-based rows and columns). */
export const templateLayout = {
  projectInfo: {
    titleRow: 0,
    labelCol: 0,
    valueCol: 1,
    /** The row of each field; its value is at (row, valueCol). */
    rows: projectRows(),
  },
  expenseInput: {
    titleRow: 0,
    unitRow: 1,
    headerRow: 2,
    firstDataRow: 3,
    columns: { seq: 0, date: 1, summary: 2, category: 3, amount: 4, note: 5 },
    /** The 合计 row follows the last item row. */
  },
  indicatorInput: {
    titleRow: 0,
    headerRow: 1,
    firstDataRow: 2,
    columns: { level1: 0, level2: 1, name: 2, target: 3, actual: 4, weight: 5, reason: 6 },
    /** The tracking template's columns (TRACKING_INDICATOR_HEADERS). */
    trackingColumns: { level1: 0, level2: 1, name: 2, target: 3, actual: 4, weight: 5, projection: 6, likelihood: 7, reason: 13 },
  },
} as const;

/** The cell (0-based) of a project field's value. */
export function projectValueCell(field: ProjectField): { readonly row: number; readonly col: number } {
  const row = templateLayout.projectInfo.rows[field];
  if (row === undefined) throw new Error(`the template has no ${field} row`);
  return { row, col: templateLayout.projectInfo.valueCol };
}

/** Excel's serial day number of an ISO date `YYYY-MM-DD`; undefined when the text is not one. */
export function excelDateSerial(iso: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return undefined;
  return Math.round((ms - Date.UTC(1899, 11, 30)) / 86_400_000);
}

/** `base`, else `base(2)`, `base(3)`… — the first not in `taken` (compared case-insensitively, like Excel). */
export function uniqueSheetName(base: string, taken: readonly string[]): string {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  if (!used.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const candidate = `${base}(${i})`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

const TITLE_STYLE = { bold: true, fontSize: 14, hAlign: 'center', vAlign: 'middle' } as const;
const HEADER_STYLE = { bold: true, fill: PALETTE.header, hAlign: 'center', vAlign: 'middle', border: true, wrap: true } as const;

// ───────────────────────────── 项目信息 ─────────────────────────────

/** Project values: text, amounts (万元) as numbers, dates as ISO `YYYY-MM-DD` strings. */
export type ProjectInfoValues = Readonly<Partial<Record<ProjectField, string | number>>>;

export interface ProjectInfoSheetData {
  readonly title?: string;
  readonly values?: ProjectInfoValues;
  /** The labels, in order; default PROJECT_INFO_LABELS. */
  readonly labels?: readonly ProjectLabel[];
}

export const EXAMPLE_PROJECT_INFO: ProjectInfoValues = {
  name: '2024年度专业技术人员继续教育培训项目',
  department: '××市××局',
  unit: '××市××培训中心',
  evaluationType: '单位自评',
  periodStart: '2024-01-01',
  periodEnd: '2024-12-31',
  asOf: '2024-12-31',
  initialBudget: 50,
  annualBudget: 50,
  appropriation: 50,
  carryOver: 0,
  otherFunds: 0,
  received: 50,
  executed: 45,
  goalPlanned: '全年组织专业技术人员继续教育培训不少于500人次，考核合格率不低于95%，提升参训人员业务能力。',
  goalActual: '全年完成培训520人次，考核合格率97%，参训人员满意度93%。',
};

/** The same project on 31 July (a tracking report). */
export const EXAMPLE_TRACKING_PROJECT_INFO: ProjectInfoValues = {
  ...EXAMPLE_PROJECT_INFO,
  evaluationType: '绩效跟踪',
  asOf: '2024-07-31',
  received: 40,
  executedToDate: 28,
  projectedExecuted: 50,
  goalActual: '截至7月底完成培训310人次，考核合格率96%；业务能力提升专题班因师资未到位推迟至9月。',
};

export function buildProjectInfoSheet(name: string, data: ProjectInfoSheetData = {}): SheetPlan {
  const values = data.values ?? EXAMPLE_PROJECT_INFO;
  const labels = data.labels ?? PROJECT_INFO_LABELS;
  const layout = templateLayout.projectInfo;
  const rows = projectRows(labels);
  const b = new SheetBuilder('projectInfo', name, 2).columnWidths([28, 64]);
  b.text(layout.titleRow, 0, data.title ?? '项目基本信息（示例数据，请替换为本项目的实际信息）');
  b.merge(layout.titleRow, 0, layout.titleRow, 1).style(layout.titleRow, 0, layout.titleRow, 1, TITLE_STYLE);
  b.rowHeight(layout.titleRow, 28);
  for (const l of labels) {
    const row = rows[l.field] ?? PROJECT_FIRST_ROW;
    const col = layout.valueCol;
    const v = values[l.field];
    b.text(row, layout.labelCol, l.label);
    switch (l.kind) {
      case 'amount':
        b.value(row, col, v, FORMAT.fixed2);
        break;
      case 'date': {
        const serial = typeof v === 'string' ? excelDateSerial(v) : undefined;
        if (serial !== undefined) b.number(row, col, serial, FORMAT.date);
        else b.value(row, col, v, FORMAT.date);
        break;
      }
      case 'choice':
        b.value(row, col, v ?? '', FORMAT.text);
        b.validation(rect(row, col), EVALUATION_TYPES);
        break;
      case 'longText': {
        b.value(row, col, v ?? '', FORMAT.text);
        b.rowHeight(row, estimateRowHeight(typeof v === 'string' ? v : '', 64, 60));
        break;
      }
      case 'text':
        b.value(row, col, v ?? '', FORMAT.text);
        break;
    }
  }
  const last = PROJECT_FIRST_ROW + labels.length - 1;
  b.style(PROJECT_FIRST_ROW, 0, last, 1, { border: true, vAlign: 'middle', wrap: true });
  b.style(PROJECT_FIRST_ROW, 0, last, 0, { bold: true, fill: PALETTE.label });
  return b.build();
}

// ───────────────────────────── 支出明细 ─────────────────────────────

export interface ExpenseInputRow {
  readonly seq?: string | number;
  /** ISO `YYYY-MM-DD` (written as an Excel date) or any text. */
  readonly date?: string;
  readonly summary: string;
  readonly category?: string;
  readonly amount?: number | string;
  readonly note?: string;
}

export interface ExpenseInputSheetData {
  readonly title?: string;
  readonly unit?: '元' | '万元';
  readonly rows?: readonly ExpenseInputRow[];
  /**
   * The 合计 amount; default the sum of the numeric amounts. A sample can pass a wrong total on
   * purpose (EXPENSE_TOTAL_MISMATCH), or null to leave the 合计 amount blank.
   */
  readonly total?: number | null;
}

export const EXAMPLE_EXPENSE_ROWS: readonly ExpenseInputRow[] = [
  { seq: 1, date: '2024-04-15', summary: '培训场地租赁费', category: '培训费', amount: 180000, note: '示例' },
  { seq: 2, date: '2024-06-20', summary: '培训师资讲课费', category: '培训费', amount: 270000, note: '示例' },
];

export function buildExpenseInputSheet(name: string, data: ExpenseInputSheetData = {}): SheetPlan {
  const layout = templateLayout.expenseInput;
  const c = layout.columns;
  const rows = data.rows ?? EXAMPLE_EXPENSE_ROWS;
  const cols = EXPENSE_INPUT_HEADERS.length;
  const last = cols - 1;
  const b = new SheetBuilder('expenseInput', name, cols).columnWidths([8, 14, 36, 16, 16, 24]);
  b.text(layout.titleRow, 0, data.title ?? '支出明细表（示例数据，请替换为实际支出）');
  b.merge(layout.titleRow, 0, layout.titleRow, last).style(layout.titleRow, 0, layout.titleRow, last, TITLE_STYLE);
  b.rowHeight(layout.titleRow, 28);
  b.text(layout.unitRow, 0, `单位：${data.unit ?? '元'}`);
  EXPENSE_INPUT_HEADERS.forEach((h, i) => b.text(layout.headerRow, i, h));
  b.style(layout.headerRow, 0, layout.headerRow, last, HEADER_STYLE);
  b.freeze(layout.headerRow + 1, 0);

  b.ensureRows(layout.firstDataRow + rows.length + 1);
  let sum = 0;
  rows.forEach((r, i) => {
    const row = layout.firstDataRow + i;
    b.value(row, c.seq, r.seq, FORMAT.general);
    const serial = r.date !== undefined ? excelDateSerial(r.date) : undefined;
    if (serial !== undefined) b.number(row, c.date, serial, FORMAT.date);
    else b.value(row, c.date, r.date, FORMAT.date);
    b.text(row, c.summary, r.summary);
    b.value(row, c.category, r.category, FORMAT.text);
    b.value(row, c.amount, r.amount, FORMAT.amount);
    b.value(row, c.note, r.note, FORMAT.text);
    if (typeof r.amount === 'number' && Number.isFinite(r.amount)) sum += r.amount;
  });
  const totalRow = layout.firstDataRow + rows.length;
  b.text(totalRow, c.seq, '合计');
  b.merge(totalRow, c.seq, totalRow, c.amount - 1);
  const total = data.total === undefined ? Math.round(sum * 100) / 100 : data.total;
  b.number(totalRow, c.amount, total ?? undefined, FORMAT.amount);
  b.style(totalRow, 0, totalRow, last, { bold: true, fill: PALETTE.label });
  b.style(totalRow, 0, totalRow, 0, { hAlign: 'center' });
  b.style(layout.firstDataRow, 0, totalRow, last, { border: true, vAlign: 'middle' });
  if (rows.length > 0) b.style(layout.firstDataRow, c.seq, totalRow - 1, c.seq, { hAlign: 'center' });
  return b.build();
}

// ───────────────────────────── 绩效指标 ─────────────────────────────

export interface IndicatorInputRow {
  readonly level1: string;
  readonly level2: string;
  readonly name: string;
  readonly target: string | number;
  readonly actual?: string | number;
  /** Number format of a numeric actual (e.g. `0%` for a percent cell). */
  readonly actualFormat?: string;
  readonly weight?: number;
  readonly reason?: string;
  /** Tracking template: 全年预计完成值, 完成目标可能性, the ticked 偏差原因类别. */
  readonly projection?: string | number;
  readonly likelihood?: (typeof LIKELIHOOD_CHOICES)[number];
  readonly categories?: readonly DeviationCategory[];
}

export interface IndicatorInputSheetData {
  readonly title?: string;
  readonly rows?: readonly IndicatorInputRow[];
  /** Supplies the drop-down lists; default profile `central`. */
  readonly profile?: ScoringProfile;
}

export const EXAMPLE_INDICATOR_ROWS: readonly IndicatorInputRow[] = [
  { level1: '产出指标', level2: '数量指标', name: '培训人次（人次）', target: '≥500', actual: '520', weight: 12.5 },
  { level1: '产出指标', level2: '质量指标', name: '培训考核合格率', target: '≥95%', actual: '97%', weight: 12.5 },
  { level1: '产出指标', level2: '时效指标', name: '培训按期完成率', target: '100%', actual: '100%', weight: 12.5 },
  { level1: '产出指标', level2: '成本指标', name: '人均培训成本（元）', target: '≤1000', actual: '865', weight: 12.5 },
  { level1: '效益指标', level2: '社会效益指标', name: '参训人员业务能力提升', target: '明显提升', actual: '达成', weight: 15 },
  { level1: '效益指标', level2: '可持续影响指标', name: '培训成果长效应用机制', target: '建立健全', actual: '已完成', weight: 15 },
  { level1: '满意度指标', level2: '服务对象满意度指标', name: '参训人员满意度', target: '≥90%', actual: '93%', weight: 10 },
];

/**
 * The example rows with weights that add up to the profile's indicator points: each 一级's default
 * points split equally over its rows, or — for a profile whose forms carry every 分值 — 满意度 10,
 * 效益 30 and 产出 the rest (example data only; scoring never uses these numbers).
 */
export function exampleIndicatorRows(profile: ScoringProfile): IndicatorInputRow[] {
  const nominal: Readonly<Record<string, number>> = { 满意度指标: 10, 效益指标: 30 };
  const rest = profile.indicatorPoints - Object.values(nominal).reduce((a, b) => a + b, 0);
  const pointsOf = (level1: string): number => matchLevel1(profile, level1)?.points ?? nominal[level1] ?? rest;
  const count = new Map<string, number>();
  for (const r of EXAMPLE_INDICATOR_ROWS) count.set(r.level1, (count.get(r.level1) ?? 0) + 1);
  return EXAMPLE_INDICATOR_ROWS.map((r) => ({
    ...r,
    weight: Math.round((pointsOf(r.level1) / (count.get(r.level1) ?? 1)) * 100) / 100,
  }));
}

export function buildIndicatorInputSheet(name: string, data: IndicatorInputSheetData = {}): SheetPlan {
  const layout = templateLayout.indicatorInput;
  const c = layout.columns;
  const profile = data.profile ?? getProfile('central');
  const rows = data.rows ?? exampleIndicatorRows(profile);
  const cols = INDICATOR_INPUT_HEADERS.length;
  const last = cols - 1;
  const b = new SheetBuilder('indicatorInput', name, cols).columnWidths([12, 18, 30, 14, 14, 8, 32]);
  b.text(layout.titleRow, 0, data.title ?? '绩效指标表（示例数据，请替换为实际指标）');
  b.merge(layout.titleRow, 0, layout.titleRow, last).style(layout.titleRow, 0, layout.titleRow, last, TITLE_STYLE);
  b.rowHeight(layout.titleRow, 28);
  INDICATOR_INPUT_HEADERS.forEach((h, i) => b.text(layout.headerRow, i, h));
  b.style(layout.headerRow, 0, layout.headerRow, last, HEADER_STYLE);
  b.freeze(layout.headerRow + 1, 0);

  b.ensureRows(layout.firstDataRow + rows.length);
  rows.forEach((r, i) => {
    const row = layout.firstDataRow + i;
    b.text(row, c.level1, r.level1);
    b.text(row, c.level2, r.level2);
    b.text(row, c.name, r.name);
    b.value(row, c.target, r.target, FORMAT.general);
    b.value(row, c.actual, r.actual, r.actualFormat ?? FORMAT.general);
    b.number(row, c.weight, r.weight, FORMAT.fixed2);
    b.value(row, c.reason, r.reason, FORMAT.text);
  });
  if (rows.length > 0) {
    const lastRow = layout.firstDataRow + rows.length - 1;
    b.style(layout.firstDataRow, 0, lastRow, last, { border: true, vAlign: 'middle', wrap: true });
  }
  const validationEnd = layout.firstDataRow + Math.max(VALIDATION_ROWS, rows.length) - 1;
  b.validation(rect(layout.firstDataRow, c.level1, validationEnd, c.level1), profile.level1.map((l) => l.name));
  b.validation(rect(layout.firstDataRow, c.level2, validationEnd, c.level2), allLevel2Names(profile));
  return b.build();
}

/** The same indicators on 31 July: to-date actuals, one behind with its reason, two not yet reported. */
export const EXAMPLE_TRACKING_INDICATOR_ROWS: readonly IndicatorInputRow[] = [
  { level1: '产出指标', level2: '数量指标', name: '培训人次（人次）', target: '≥500', actual: '310', weight: 12.5, likelihood: '确定能' },
  { level1: '产出指标', level2: '质量指标', name: '培训考核合格率', target: '≥95%', actual: '96%', weight: 12.5, likelihood: '确定能' },
  { level1: '产出指标', level2: '时效指标', name: '培训按期完成率', target: '100%', actual: '100%', weight: 12.5, likelihood: '确定能' },
  { level1: '产出指标', level2: '成本指标', name: '人均培训成本（元）', target: '≤1000', actual: '880', weight: 12.5, likelihood: '确定能' },
  {
    level1: '效益指标',
    level2: '社会效益指标',
    name: '参训人员业务能力提升',
    target: '明显提升',
    actual: '部分达成',
    weight: 15,
    projection: '达成',
    likelihood: '有可能',
    categories: ['staffing'],
    reason: '业务能力提升专题班师资未到位，推迟至9月举办。',
  },
  { level1: '效益指标', level2: '可持续影响指标', name: '培训成果长效应用机制', target: '建立健全', weight: 15, projection: '达成', likelihood: '确定能' },
  { level1: '满意度指标', level2: '服务对象满意度指标', name: '参训人员满意度', target: '≥90%', weight: 10, likelihood: '确定能', reason: '满意度调查于年底结训时开展。' },
];

/** 绩效指标 with the tracking columns (DOMAIN.md §9), drop-downs for 完成目标可能性 and each 偏差原因类别. */
export function buildTrackingIndicatorInputSheet(name: string, data: IndicatorInputSheetData = {}): SheetPlan {
  const layout = templateLayout.indicatorInput;
  const c = layout.trackingColumns;
  const rows = data.rows ?? EXAMPLE_TRACKING_INDICATOR_ROWS;
  const profile = data.profile ?? getProfile('central');
  const cols = TRACKING_INDICATOR_HEADERS.length;
  const last = cols - 1;
  const b = new SheetBuilder('indicatorInput', name, cols).columnWidths([12, 18, 30, 14, 14, 8, 16, 14, 9, 9, 9, 12, 8, 32]);
  b.text(layout.titleRow, 0, data.title ?? '绩效指标跟踪表（示例数据，请替换为实际指标和截至目前的完成情况）');
  b.merge(layout.titleRow, 0, layout.titleRow, last).style(layout.titleRow, 0, layout.titleRow, last, TITLE_STYLE);
  b.rowHeight(layout.titleRow, 28);
  TRACKING_INDICATOR_HEADERS.forEach((h, i) => b.text(layout.headerRow, i, h));
  b.style(layout.headerRow, 0, layout.headerRow, last, HEADER_STYLE);
  b.rowHeight(layout.headerRow, 32);
  b.freeze(layout.headerRow + 1, 3);

  b.ensureRows(layout.firstDataRow + rows.length);
  rows.forEach((r, i) => {
    const row = layout.firstDataRow + i;
    b.text(row, c.level1, r.level1);
    b.text(row, c.level2, r.level2);
    b.text(row, c.name, r.name);
    b.value(row, c.target, r.target, FORMAT.general);
    b.value(row, c.actual, r.actual, r.actualFormat ?? FORMAT.general);
    b.number(row, c.weight, r.weight, FORMAT.fixed2);
    b.value(row, c.projection, r.projection, FORMAT.general);
    b.value(row, c.likelihood, r.likelihood, FORMAT.text);
    for (const category of DEVIATION_CATEGORIES) {
      b.value(row, TRACKING_CATEGORY_COLUMNS[category], r.categories?.includes(category) ? TICK_CHOICES[0] : undefined, FORMAT.text);
    }
    b.value(row, c.reason, r.reason, FORMAT.text);
  });
  if (rows.length > 0) {
    const lastRow = layout.firstDataRow + rows.length - 1;
    b.style(layout.firstDataRow, 0, lastRow, last, { border: true, vAlign: 'middle', wrap: true });
    b.style(layout.firstDataRow, c.likelihood, lastRow, TRACKING_CATEGORY_COLUMNS.other, { hAlign: 'center' });
  }
  const first = layout.firstDataRow;
  const validationEnd = first + Math.max(VALIDATION_ROWS, rows.length) - 1;
  b.validation(rect(first, c.level1, validationEnd, c.level1), profile.level1.map((l) => l.name));
  b.validation(rect(first, c.level2, validationEnd, c.level2), allLevel2Names(profile));
  b.validation(rect(first, c.likelihood, validationEnd, c.likelihood), LIKELIHOOD_CHOICES);
  b.validation(rect(first, TRACKING_CATEGORY_COLUMNS.funding, validationEnd, TRACKING_CATEGORY_COLUMNS.other), TICK_CHOICES);
  return b.build();
}

// ───────────────────────────── the plan ─────────────────────────────

/** Builds one input sheet with its example data: a self-evaluation's (with `profile`'s indicator drop-downs), or a tracking report's (rules §9). */
export function buildTemplateSheet(role: InputRole, name: string, profile?: ScoringProfile, mode: EvaluationMode = 'selfEvaluation'): SheetPlan {
  const tracking = mode === 'tracking';
  switch (role) {
    case 'projectInfo':
      return tracking
        ? buildProjectInfoSheet(name, { values: EXAMPLE_TRACKING_PROJECT_INFO, labels: TRACKING_PROJECT_INFO_LABELS })
        : buildProjectInfoSheet(name);
    case 'expenseInput':
      return buildExpenseInputSheet(name);
    case 'indicatorInput':
      return tracking ? buildTrackingIndicatorInputSheet(name) : buildIndicatorInputSheet(name, profile ? { profile } : {});
  }
}

/**
 * The input sheets for `roles` (in the order 项目信息, 支出明细, 绩效指标, each once), named
 * 项目信息 etc., suffixed `(2)`, `(3)`… when `existingNames` has the name. Touches no ownership.
 */
export function buildTemplatePlan(
  roles: readonly InputRole[],
  existingNames: readonly string[],
  profile?: ScoringProfile,
  mode: EvaluationMode = 'selfEvaluation',
): WritePlan {
  const taken = [...existingNames];
  const sheets: SheetPlan[] = [];
  for (const role of INPUT_ROLES) {
    if (!roles.includes(role)) continue;
    const name = uniqueSheetName(TEMPLATE_SHEET_NAMES[role], taken);
    taken.push(name);
    sheets.push(buildTemplateSheet(role, name, profile, mode));
  }
  const first = sheets[0];
  return first ? { sheets, activate: first.name } : { sheets };
}
