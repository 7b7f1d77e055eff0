/**
 * Hand-built evaluations for the write-plan tests, resembling the seed workbook (DOMAIN.md §7),
 * plus helpers to look into a SheetPlan the way a user looks at the sheet.
 */
import type {
  BudgetResult,
  Evaluation,
  ExpenseTable,
  IndicatorResult,
  IndicatorRow,
  IndicatorStatus,
  ProjectInfo,
} from '../../../src/domain/model';
import type { RenderedDiagnostic, Severity } from '../../../src/domain/diagnostics/types';
import type { PlanValue, SheetPlan } from '../../../src/domain/output/planTypes';
import type { CellRange } from '../../../src/domain/grid';
import { diag } from '../../../src/domain/diagnostics/create';

export const SEED_INDICATOR_SHEET = '绩效指标（调整后）';

export interface ResultSpec {
  readonly level1: string;
  readonly level2: string;
  readonly name: string;
  readonly target: string;
  readonly actual?: string;
  readonly weight: number;
  readonly score: number;
  readonly status: IndicatorStatus;
  readonly completion?: number;
  readonly type?: 'quantitative' | 'qualitative';
  readonly reason?: string;
}

export function indicatorResult(spec: ResultSpec, row: number, sheet = SEED_INDICATOR_SHEET): IndicatorResult {
  const indicatorRow: IndicatorRow = {
    sheet,
    row,
    level1: spec.level1,
    level2: spec.level2,
    name: spec.name,
    targetText: spec.target,
    actualText: spec.actual ?? '',
    target: { kind: 'QUAL', text: spec.target },
    actual: spec.actual === undefined ? { kind: 'EMPTY' } : { kind: 'TEXT', text: spec.actual },
    deviationReason: spec.reason ?? '',
    placeholder: spec.status === 'excluded',
    cols: { level1: 0, level2: 1, name: 2, target: 3, actual: 4, weight: 5, reason: 6 },
  };
  return {
    row: indicatorRow,
    type: spec.type ?? 'quantitative',
    weight: spec.weight,
    score: spec.score,
    status: spec.status,
    ...(spec.completion !== undefined ? { completion: spec.completion } : {}),
  };
}

const P = '产出指标';
const X = '效益指标';
const S = '满意度指标';

export const SEED_SPECS: readonly ResultSpec[] = [
  { level1: P, level2: '数量指标', name: '接洽客商（批次）', target: '≥320', actual: '210', weight: 4.17, score: 2.74, status: 'unmet', completion: 210 / 320 },
  { level1: P, level2: '数量指标', name: '接洽意向客商（批次）', target: '≥85', actual: '60余批次', weight: 4.17, score: 2.94, status: 'unmet', completion: 60 / 85 },
  { level1: P, level2: '数量指标', name: '商务接待（次）', target: '≥30', actual: '23次', weight: 4.17, score: 3.2, status: 'unmet', completion: 23 / 30 },
  { level1: P, level2: '数量指标', name: '小分队外出招商（次）', target: '≥24', actual: '18天', weight: 4.17, score: 3.13, status: 'unmet', completion: 0.75 },
  { level1: P, level2: '质量指标', name: '接洽客商流程规范性', target: '100%', actual: '100%', weight: 4.17, score: 4.17, status: 'met', completion: 1 },
  { level1: P, level2: '质量指标', name: '接洽意向客商流程规范性', target: '100%', actual: '100%', weight: 4.17, score: 4.17, status: 'met', completion: 1 },
  { level1: P, level2: '质量指标', name: '商务接待流程规范性', target: '100%', actual: '100%', weight: 4.17, score: 4.17, status: 'met', completion: 1 },
  { level1: P, level2: '质量指标', name: '外出招商流程规范性', target: '100%', actual: '100%', weight: 4.17, score: 4.17, status: 'met', completion: 1 },
  { level1: P, level2: '时效指标', name: '接洽客商及时率', target: '100%', actual: '100%', weight: 4.17, score: 4.17, status: 'met', completion: 1 },
  { level1: P, level2: '时效指标', name: '商务接待及时率', target: '100%', actual: '100%', weight: 4.17, score: 4.17, status: 'met', completion: 1 },
  { level1: P, level2: '时效指标', name: '外出招商及时率', target: '100%', actual: '100%', weight: 4.17, score: 4.17, status: 'met', completion: 1 },
  { level1: P, level2: '成本指标', name: '招商引资成本节约率', target: '≤±5%', weight: 4.13, score: 0, status: 'missing' },
  { level1: X, level2: '经济效益指标', name: '招商活动签约项目累计资金（亿）', target: '≥7', actual: '7亿', weight: 7.5, score: 7.5, status: 'met', completion: 1 },
  { level1: X, level2: '经济效益指标', name: '重大重点项目开工总投资金额（亿）', target: '≥160', actual: '约160亿', weight: 7.5, score: 7.5, status: 'met', completion: 1 },
  { level1: X, level2: '社会效益指标', name: '提高社会群众就业率', target: '≥90%', weight: 7.5, score: 0, status: 'missing' },
  { level1: X, level2: '生态效益指标', name: '无', target: '', weight: 0, score: 0, status: 'excluded', type: 'qualitative' },
  { level1: X, level2: '可持续影响指标', name: '社会就业率可持续增长', target: '=100%', weight: 7.5, score: 0, status: 'missing' },
  { level1: S, level2: '服务对象满意度指标', name: '服务客商及企业满意度', target: '=95%', actual: '满意度较高', weight: 10, score: 0, status: 'missing' },
];

export const SEED_PROJECT: ProjectInfo = {
  sheet: '项目信息',
  name: '2021年度招商引资专项项目',
  department: '南昌市青云谱区投资促进局',
  unit: '南昌市青云谱区投资促进局',
  evaluationType: '绩效跟踪',
  periodStart: '2021-01-01',
  periodEnd: '2021-12-31',
  asOf: '2021-07-31',
  initialBudget: 120,
  annualBudget: 120,
  appropriation: 120,
  carryOver: 0,
  otherFunds: 0,
  received: 75.64,
  goalPlanned: '通过参加省、市组织的招商引资活动、自主举办的招商引资推介会以及小分队外出招商考察，有效的吸引省内外项目签约落户我区并实现项目进资。',
  goalActual: '截至2021年7月31日，接洽客商210批次，签约项目6个，累计签约资金7亿元；14个集中开工的重大项目总投资约160亿元。',
  cells: {},
};

export const SEED_EXPENSES: ExpenseTable = {
  sheet: '支出明细',
  unit: '元',
  items: [
    { seq: '1', date: '', summary: '接待客商', category: '', note: '', amount: 73925.5, row: 3 },
    { seq: '2', date: '', summary: '小分队外出招商', category: '', note: '', amount: 180515, row: 4 },
    { seq: '3', date: '', summary: '制作宣传片、招商手册等', category: '', note: '', amount: 502000, row: 5 },
  ],
  sum: 756440.5,
  declaredTotal: 756440.5,
  declaredTotalRef: { sheet: '支出明细', row: 6, col: 2 },
  titles: [{ text: '表1 档案管理专项项目支出明细表', ref: { sheet: '支出明细', row: 0, col: 0 } }],
};

export const SEED_BUDGET: BudgetResult = {
  annual: 120,
  executed: 75.64405,
  executedSource: 'expenses',
  rate: 75.64405 / 120,
  weight: 10,
  score: 6.3,
};

export function seedEvaluation(overrides: Partial<Evaluation> = {}): Evaluation {
  return {
    profile: 'central',
    mode: 'selfEvaluation',
    project: SEED_PROJECT,
    expenses: SEED_EXPENSES,
    budget: SEED_BUDGET,
    indicators: SEED_SPECS.map((s, i) => indicatorResult(s, i + 2)),
    levels: {
      产出指标: { weight: 50, score: 41.2 },
      效益指标: { weight: 30, score: 15 },
      满意度指标: { weight: 10, score: 0 },
    },
    total: 62.5,
    max: 100,
    grade: '中',
    provisional: true,
    year: 2021,
    diagnostics: [
      diag('ACTUAL_MISSING', { sheet: SEED_INDICATOR_SHEET, row: 13, col: 4 }, { name: '招商引资成本节约率' }),
      diag('UNIT_MISMATCH', { sheet: SEED_INDICATOR_SHEET, row: 5, col: 4 }, { name: '小分队外出招商（次）', targetUnit: '次', actualUnit: '天' }),
    ],
    layout: [],
    ...overrides,
  };
}

export function rendered(severity: Severity, code: RenderedDiagnostic['code'], message: string, cell = 'A1', sheet = '绩效指标'): RenderedDiagnostic {
  return { code, severity, sheet, cell, message };
}

export const SEED_RENDERED: readonly RenderedDiagnostic[] = [
  rendered('info', 'APPROXIMATE_ACTUAL', '实际完成值“60余批次”为约数', 'E4'),
  rendered('error', 'ACTUAL_MISSING', '缺少实际完成值', 'E14'),
  rendered('warning', 'UNIT_MISMATCH', '单位不一致：次 与 天', 'E6'),
  rendered('error', 'ACTUAL_NOT_NUMERIC', '实际完成值“满意度较高”不是数值', 'E20'),
];

// ─────────────────────────── looking into a plan ───────────────────────────

export function cell(plan: SheetPlan, row: number, col: number): PlanValue {
  return plan.values[row]?.[col] ?? null;
}

export function formatOf(plan: SheetPlan, row: number, col: number): string | undefined {
  return plan.numberFormats[row]?.[col];
}

/** The first cell holding exactly `value`, or undefined. */
export function find(plan: SheetPlan, value: PlanValue): { row: number; col: number } | undefined {
  for (let row = 0; row < plan.values.length; row++) {
    const col = (plan.values[row] ?? []).indexOf(value);
    if (col >= 0) return { row, col };
  }
  return undefined;
}

/** The row index whose cells include `value`. Throws when absent (a test failure). */
export function rowOf(plan: SheetPlan, value: PlanValue): number {
  const at = find(plan, value);
  if (!at) throw new Error(`${String(value)} not found in ${plan.name}`);
  return at.row;
}

export function inside(range: CellRange, rows: number, cols: number): boolean {
  return range.top >= 0 && range.left >= 0 && range.top <= range.bottom && range.left <= range.right && range.bottom < rows && range.right < cols;
}

function overlaps(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/** Problems with a plan's shape; empty when it is a valid rectangular plan. */
export function shapeProblems(plan: SheetPlan): string[] {
  const problems: string[] = [];
  const cols = plan.columnWidths.length;
  const rows = plan.values.length;
  if (cols < 1) problems.push('no columns');
  if (rows < 1) problems.push('no rows');
  if (plan.numberFormats.length !== rows) problems.push('formats rows differ');
  plan.values.forEach((r, i) => {
    if (r.length !== cols) problems.push(`values row ${i} has ${r.length} cells, not ${cols}`);
    const f = plan.numberFormats[i];
    if (!f || f.length !== cols) problems.push(`formats row ${i} has the wrong length`);
    r.forEach((v, j) => {
      if (typeof v === 'string' && f?.[j] !== '@') problems.push(`string at ${i},${j} without @`);
      if (typeof v === 'number' && (!Number.isFinite(v) || f?.[j] === '@')) problems.push(`bad number at ${i},${j}`);
    });
  });
  plan.merges.forEach((m, i) => {
    if (!inside(m, rows, cols)) problems.push(`merge ${i} out of bounds`);
    for (let j = 0; j < i; j++) {
      const other = plan.merges[j];
      if (other && overlaps(m, other)) problems.push(`merges ${j} and ${i} overlap`);
    }
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) {
        if ((r !== m.top || c !== m.left) && plan.values[r]?.[c] !== null) problems.push(`value hidden under merge ${i}`);
      }
    }
  });
  plan.styles.forEach((s, i) => {
    if (!inside(s.range, rows, cols)) problems.push(`style ${i} out of bounds`);
  });
  plan.dataValidations.forEach((v, i) => {
    if (!inside(v.range, Number.MAX_SAFE_INTEGER, cols)) problems.push(`validation ${i} out of bounds`);
  });
  plan.rowHeights.forEach((h) => {
    if (h.row < 0 || h.row >= rows || !(h.height > 0)) problems.push(`bad row height ${h.row}`);
  });
  return problems;
}

/** The merged ranges in one column, as `top-bottom` strings (sheet rows, 0-based). */
export function mergesInColumn(plan: SheetPlan, col: number): string[] {
  return plan.merges.filter((m) => m.left === col && m.right === col).map((m) => `${m.top}-${m.bottom}`);
}

/** The fills that apply to a cell (in order). */
export function fillsAt(plan: SheetPlan, row: number, col: number): string[] {
  return plan.styles
    .filter((s) => s.style.fill !== undefined && row >= s.range.top && row <= s.range.bottom && col >= s.range.left && col <= s.range.right)
    .map((s) => s.style.fill as string);
}
