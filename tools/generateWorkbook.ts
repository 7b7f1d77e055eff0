/**
 * Large synthetic workbooks for the benchmark: N indicators and M expense rows, with the kinds of
 * targets and actuals real forms hold (comparators, percents, bands, ranges, qualitative tiers,
 * approximate and missing actuals). Deterministic: the same sizes give the same workbook.
 */
import type { WorkbookSnapshot } from '../src/app/ports';
import type { CellValue, SheetGrid } from '../src/domain/grid';
import type { WritePlan } from '../src/domain/output/planTypes';
import {
  buildExpenseInputSheet,
  buildIndicatorInputSheet,
  buildProjectInfoSheet,
  type ExpenseInputRow,
  type IndicatorInputRow,
} from '../src/domain/output/templatePlan';
import { getProfile } from '../src/domain/schema/profiles';

export interface WorkbookSize {
  readonly indicators: number;
  readonly expenses: number;
}

/** [target, actual, actual number format] patterns, cycled. */
const PATTERNS: readonly (readonly [string | number, string | number | undefined, string?])[] = [
  ['≥320', 210],
  ['≥85批次', '60余批次'],
  ['100%', 1, '0%'],
  ['100%', '100%'],
  ['≤±5%', '3%'],
  ['=95%', '96%'],
  ['≤90万元', 89.974],
  ['≥0.5亿元', '6000万元'],
  ['80%-90%', '85%'],
  ['3天以内', '2天'],
  ['≥50个', '约48个'],
  ['健全', '已完成'],
  ['良好', '基本完成'],
  ['效果明显', '达成预期指标'],
  ['≥30', undefined],
  ['不低于90%', '９５％'],
];

const SUMMARIES = ['接待客商', '小分队外出招商', '制作宣传片、招商手册等', '差旅费', '会议费', '印刷费'];
const CATEGORIES = ['商品和服务支出', '差旅费', '会议费', '印刷费'];

function level2Cycle(): { level1: string; level2: string }[] {
  return getProfile('central').level1.flatMap((l1) => l1.level2.map((l2) => ({ level1: l1.name, level2: l2.name })));
}

export function indicatorRows(count: number): IndicatorInputRow[] {
  const levels = level2Cycle();
  const rows: IndicatorInputRow[] = [];
  for (let i = 0; i < count; i++) {
    const { level1, level2 } = levels[Math.floor((i * levels.length) / count)] ?? { level1: '产出指标', level2: '数量指标' };
    const [target, actual, actualFormat] = PATTERNS[i % PATTERNS.length] ?? ['≥1', 1];
    rows.push({
      level1,
      level2,
      name: `${level2}第${i + 1}项`,
      target,
      ...(actual !== undefined ? { actual } : {}),
      ...(actualFormat !== undefined ? { actualFormat } : {}),
      ...(i % 7 === 0 ? { reason: '受疫情影响，部分活动延期，下半年加大工作力度。' } : {}),
    });
  }
  return rows;
}

export function expenseRows(count: number): ExpenseInputRow[] {
  const rows: ExpenseInputRow[] = [];
  for (let i = 0; i < count; i++) {
    const day = 1 + (i % 28);
    const month = 1 + (Math.floor(i / 28) % 12);
    rows.push({
      seq: i + 1,
      date: `2021-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      summary: `${SUMMARIES[i % SUMMARIES.length] ?? '支出'}（第${i + 1}笔）`,
      category: CATEGORIES[i % CATEGORIES.length] ?? '',
      amount: Math.round(((i * 7919) % 100_000) + 100) / 100,
      note: i % 11 === 0 ? '附发票' : '',
    });
  }
  return rows;
}

const PROJECT_VALUES = {
  name: '2021年度招商引资专项项目（基准测试）',
  department: '南昌市青云谱区投资促进局',
  unit: '南昌市青云谱区投资促进局',
  evaluationType: '单位自评',
  periodStart: '2021-01-01',
  periodEnd: '2021-12-31',
  asOf: '2021-12-31',
  initialBudget: 120,
  annualBudget: 120,
  appropriation: 120,
  carryOver: 0,
  otherFunds: 0,
  received: 120,
  goalPlanned: '基准测试用的年度总体目标。',
  goalActual: '基准测试用的实际完成情况。',
} as const;

/** The three input sheets as a write plan (the template's own layout). */
export function workbookPlan(size: WorkbookSize): WritePlan {
  return {
    sheets: [
      buildProjectInfoSheet('项目信息', { title: '项目基本信息', values: PROJECT_VALUES }),
      buildExpenseInputSheet('支出明细', { title: '支出明细表', unit: '元', rows: expenseRows(size.expenses) }),
      buildIndicatorInputSheet('绩效指标', { title: '绩效指标表', rows: indicatorRows(size.indicators) }),
    ],
  };
}

/** The same workbook as in-memory grids (what a host's read() would give), for the engine alone. */
export function workbookSnapshot(size: WorkbookSize): WorkbookSnapshot {
  const sheets: SheetGrid[] = workbookPlan(size).sheets.map((plan) => ({
    name: plan.name,
    values: plan.values as readonly (readonly CellValue[])[],
    numberFormats: plan.numberFormats,
    merges: plan.merges,
    visible: true,
  }));
  return { sheets, ownedSheets: [] };
}
