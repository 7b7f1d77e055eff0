/**
 * Builds assets/samples/seed-2021-investment-promotion.xlsx: the seed workbook's facts (DOMAIN.md §7)
 * laid out with the project's own template (src/domain/output/templatePlan.ts), written by the .xlsx
 * host. Run: `npx tsx tools/makeSample.ts`.
 *
 * The seed's deliberate mistakes are kept, since the sample demonstrates the checks: the expense title
 * names another project (`表1 档案管理专项项目支出明细表`), 全年执行数 is blank (so it comes from the
 * expenses, in 元), several actuals are missing, `满意度较高` against `=95%`, `18天` against a count of
 * 次, the `无` placeholder, and a second, unscored indicator sheet with the unit's original targets
 * (no actual column) after the scored one. The sample scores 62.50, 中, 暂定 — as the seed does.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { CellRange } from '../src/domain/grid';
import type { SheetPlan } from '../src/domain/output/planTypes';
import {
  buildExpenseInputSheet,
  buildIndicatorInputSheet,
  buildProjectInfoSheet,
  templateLayout,
  type IndicatorInputRow,
} from '../src/domain/output/templatePlan';
import { XlsxHost } from '../src/hosts/xlsx/xlsxHost';

export const SAMPLE_PATH = path.resolve(__dirname, '../assets/samples/seed-2021-investment-promotion.xlsx');

const ORGANISATION = '南昌市青云谱区投资促进局';
const PROJECT = '2021年度招商引资专项项目';

const projectInfo = buildProjectInfoSheet('项目信息', {
  title: '项目基本信息',
  values: {
    name: PROJECT,
    department: ORGANISATION,
    unit: ORGANISATION,
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
    // 全年执行数 left blank, as in the seed: the expense table supplies it.
    goalPlanned:
      '通过参加省、市组织的招商引资活动、自主举办的招商引资推介会以及小分队外出招商考察、强化对外进行招商引资宣传推广、' +
      '来区考察洽谈等活动，有效的吸引省内外项目签约落户我区并实现项目进资，达到推进全区经济发展，提升区域内就业水平的目标。',
    goalActual:
      '截至2021年7月31日，接洽客商210批次，参加省、市招商活动4场，签约项目6个，累计签约资金7亿元；' +
      '14个集中开工的重大项目总投资约160亿元。',
  },
});

const expenses = buildExpenseInputSheet('支出明细', {
  title: '表1 档案管理专项项目支出明细表',
  unit: '元',
  rows: [
    { seq: 1, summary: '接待客商', amount: 73925.5 },
    { seq: 2, summary: '小分队外出招商', amount: 180515 },
    { seq: 3, summary: '制作宣传片、招商手册等', amount: 502000 },
  ],
});

const SATISFACTION = '满意度\n指标';

/** 表3: the evaluator's adjusted indicators with the actuals reported in the text (no 分值 column values). */
const ADJUSTED: readonly IndicatorInputRow[] = [
  { level1: '产出指标', level2: '数量指标', name: '接洽客商（批次）', target: '≥320', actual: 210 },
  { level1: '产出指标', level2: '数量指标', name: '接洽意向客商（批次）', target: '≥85', actual: '60余批次' },
  { level1: '产出指标', level2: '数量指标', name: '商务接待（次）', target: '≥30', actual: '23次' },
  { level1: '产出指标', level2: '数量指标', name: '小分队外出招商（次）', target: '≥24', actual: '18天' },
  { level1: '产出指标', level2: '质量指标', name: '接洽客商流程规范性', target: '100%', actual: 1, actualFormat: '0%' },
  { level1: '产出指标', level2: '质量指标', name: '接洽意向客商流程规范性', target: '100%', actual: '100%' },
  { level1: '产出指标', level2: '质量指标', name: '商务接待流程规范性', target: '100%', actual: 1, actualFormat: '0%' },
  { level1: '产出指标', level2: '质量指标', name: '外出招商流程规范性', target: '100%', actual: '100%' },
  { level1: '产出指标', level2: '时效指标', name: '接洽客商及时率', target: '100%', actual: 1, actualFormat: '0%' },
  { level1: '产出指标', level2: '时效指标', name: '商务接待及时率', target: '100%', actual: '100%' },
  { level1: '产出指标', level2: '时效指标', name: '外出招商及时率', target: '100%', actual: '100%' },
  { level1: '产出指标', level2: '成本指标', name: '招商引资成本节约率', target: '≤±5%' },
  { level1: '效益指标', level2: '经济效益', name: '招商活动签约项目累计资金（亿）', target: '≥7', actual: '7亿' },
  { level1: '效益指标', level2: '经济效益', name: '重大重点项目开工总投资金额（亿）', target: '≥160', actual: '约160亿' },
  { level1: '效益指标', level2: '社会效益', name: '提高社会群众就业率', target: '≥90%' },
  { level1: '效益指标', level2: '生态效益', name: '无', target: '' },
  { level1: '效益指标', level2: '可持续效益', name: '社会就业率可持续增长', target: '=100%' },
  { level1: SATISFACTION, level2: '满意度', name: '服务客商及企业满意度', target: '=95%', actual: '满意度较高' },
];

/** 表2: the unit's original indicators, a reference set (blank 一级 cells inherit from above). */
const ORIGINAL: readonly IndicatorInputRow[] = [
  { level1: '产出指标', level2: '数量指标', name: '接洽客商', target: '≥320' },
  { level1: '', level2: '', name: '接洽意向客商', target: '≥85批次' },
  { level1: '', level2: '质量指标', name: '财务监控有效性', target: '健全' },
  { level1: '', level2: '时效指标', name: '资金到位及时率', target: 0 },
  { level1: '', level2: '成本指标', name: '项目超额支出', target: 0 },
  { level1: '效益指标', level2: '经济效益', name: '无', target: '' },
  { level1: '', level2: '社会效益', name: '解决社会就业', target: '良好' },
  { level1: '', level2: '生态效益', name: '引进项目所属产业无污染产业', target: '引进无污染产业项目' },
  { level1: '', level2: '可持续效益', name: '优化环境，产业结构优化', target: '良好' },
  { level1: '满意度\n\n指标', level2: '满意度', name: '客商满意度', target: '满意' },
];

const TITLE = `${ORGANISATION}${PROJECT}绩效指标`;

const adjusted = buildIndicatorInputSheet('绩效指标（调整后）', { title: `表3 ${TITLE}`, rows: ADJUSTED });

function clip(range: CellRange, columns: number): CellRange | undefined {
  if (range.left >= columns) return undefined;
  return { ...range, right: Math.min(range.right, columns - 1) };
}

/** The plan cut to its first `columns` columns (the reference sheet has no actual, 分值 or reason column). */
function keepColumns(plan: SheetPlan, columns: number): SheetPlan {
  const ranges = <T extends { readonly range: CellRange }>(items: readonly T[]): T[] =>
    items.flatMap((item) => {
      const range = clip(item.range, columns);
      return range ? [{ ...item, range }] : [];
    });
  return {
    ...plan,
    values: plan.values.map((row) => row.slice(0, columns)),
    numberFormats: plan.numberFormats.map((row) => row.slice(0, columns)),
    merges: plan.merges.flatMap((m) => {
      const range = clip(m, columns);
      return range && (range.left !== range.right || range.top !== range.bottom) ? [range] : [];
    }),
    styles: ranges(plan.styles),
    columnWidths: plan.columnWidths.slice(0, columns),
    dataValidations: ranges(plan.dataValidations),
  };
}

const original = keepColumns(
  buildIndicatorInputSheet('绩效指标（原）', { title: `表2 ${TITLE}`, rows: ORIGINAL }),
  templateLayout.indicatorInput.columns.target + 1,
);

export async function makeSample(file: string = SAMPLE_PATH): Promise<void> {
  const host = XlsxHost.create();
  // Fixed document dates so that regenerating the sample changes as little as possible.
  host.workbook.creator = '绩效评价助手';
  host.workbook.created = new Date(Date.UTC(2021, 6, 31));
  host.workbook.modified = new Date(Date.UTC(2021, 6, 31));
  await host.apply({ sheets: [projectInfo, expenses, adjusted, original], activate: '项目信息' });
  await mkdir(path.dirname(file), { recursive: true });
  await host.save(file);
}

if (require.main === module) {
  makeSample().then(
    () => console.log(`wrote ${path.relative(process.cwd(), SAMPLE_PATH)}`),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
