import {
  buildExpenseInputSheet,
  buildIndicatorInputSheet,
  buildProjectInfoSheet,
  buildTemplatePlan,
  EVALUATION_TYPES,
  EXAMPLE_EXPENSE_ROWS,
  EXAMPLE_INDICATOR_ROWS,
  excelDateSerial,
  EXPENSE_INPUT_HEADERS,
  INDICATOR_INPUT_HEADERS,
  PROJECT_INFO_LABELS,
  projectValueCell,
  templateLayout,
  uniqueSheetName,
  VALIDATION_ROWS,
} from '../../../src/domain/output/templatePlan';
import { CENTRAL_PROFILE } from '../../../src/domain/schema/profiles';
import { cell, formatOf, rowOf, shapeProblems } from './fixtures';

const LEVEL1 = ['产出指标', '效益指标', '满意度指标'];
const LEVEL2 = ['数量指标', '质量指标', '时效指标', '成本指标', '经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标', '服务对象满意度指标'];

describe('buildTemplatePlan', () => {
  it('plans the three input sheets in order, without ownership, activating the first', () => {
    const plan = buildTemplatePlan(['indicatorInput', 'projectInfo', 'expenseInput'], ['Sheet1']);
    expect(plan.sheets.map((s) => [s.role, s.name])).toEqual([
      ['projectInfo', '项目信息'],
      ['expenseInput', '支出明细'],
      ['indicatorInput', '绩效指标'],
    ]);
    expect('ownedSheets' in plan).toBe(false);
    expect(plan.activate).toBe('项目信息');
    for (const s of plan.sheets) expect(shapeProblems(s)).toEqual([]);
  });

  it('plans only the roles asked for, each once', () => {
    const plan = buildTemplatePlan(['expenseInput', 'expenseInput'], []);
    expect(plan.sheets.map((s) => s.name)).toEqual(['支出明细']);
    expect(buildTemplatePlan([], []).sheets).toEqual([]);
  });

  it('suffixes names that are taken', () => {
    const plan = buildTemplatePlan(['projectInfo', 'indicatorInput'], ['项目信息', '绩效指标', '绩效指标(2)']);
    expect(plan.sheets.map((s) => s.name)).toEqual(['项目信息(2)', '绩效指标(3)']);
    expect(uniqueSheetName('Data', ['data'])).toBe('Data(2)');
    expect(uniqueSheetName('支出明细', [])).toBe('支出明细');
  });
});

describe('项目信息 template', () => {
  const plan = buildProjectInfoSheet('项目信息');

  it('has every label of DOMAIN.md §1.1 in A with its value in B, amounts in 万元', () => {
    expect(shapeProblems(plan)).toEqual([]);
    const labels = plan.values.slice(1).map((r) => r[0]);
    expect(labels).toEqual(PROJECT_INFO_LABELS.map((l) => l.label));
    for (const label of ['项目名称', '主管部门', '实施单位', '评价类型', '评价截止日期', '年度总体目标', '实际完成情况']) expect(labels).toContain(label);
    for (const label of ['年初预算数', '全年预算数', '其中：当年财政拨款', '上年结转资金', '其他资金', '资金到位数', '全年执行数']) {
      expect(labels).toContain(`${label}（万元）`);
    }
    const name = projectValueCell('name');
    expect(cell(plan, name.row, 0)).toBe('项目名称');
    expect(typeof cell(plan, name.row, name.col)).toBe('string');
    expect(cell(plan, 0, 0)).toContain('示例');
  });

  it('writes amounts as numbers with 0.00 and dates as Excel dates', () => {
    const budget = projectValueCell('annualBudget');
    expect(cell(plan, budget.row, 1)).toBe(50);
    expect(formatOf(plan, budget.row, 1)).toBe('0.00');
    const asOf = projectValueCell('asOf');
    expect(cell(plan, asOf.row, 1)).toBe(excelDateSerial('2024-12-31'));
    expect(formatOf(plan, asOf.row, 1)).toBe('yyyy-mm-dd');
    expect(excelDateSerial('2021-07-31')).toBe(44408);
    expect(excelDateSerial('1900-03-01')).toBe(61);
    expect(excelDateSerial('2021-02-30')).toBeUndefined();
    expect(excelDateSerial('31/07/2021')).toBeUndefined();
  });

  it('offers the 评价类型 choices as a drop-down', () => {
    const at = projectValueCell('evaluationType');
    expect(plan.dataValidations).toEqual([{ range: { top: at.row, left: 1, bottom: at.row, right: 1 }, list: [...EVALUATION_TYPES] }]);
  });

  it('takes real values for a sample generator, text as text', () => {
    const p = buildProjectInfoSheet('x', { title: '项目基本信息', values: { name: '=1', asOf: '截至7月底', executed: 12.5 } });
    expect(cell(p, 0, 0)).toBe('项目基本信息');
    const name = projectValueCell('name');
    expect(cell(p, name.row, 1)).toBe('=1');
    expect(formatOf(p, name.row, 1)).toBe('@');
    expect(cell(p, projectValueCell('asOf').row, 1)).toBe('截至7月底');
    expect(cell(p, projectValueCell('executed').row, 1)).toBe(12.5);
    expect(cell(p, projectValueCell('department').row, 1)).toBeNull();
    expect(formatOf(p, projectValueCell('annualBudget').row, 1)).toBe('0.00');
  });
});

describe('支出明细 template', () => {
  const plan = buildExpenseInputSheet('支出明细');
  const L = templateLayout.expenseInput;

  it('has a title marked as example, the unit line, the header, two example rows and a 合计 row', () => {
    expect(shapeProblems(plan)).toEqual([]);
    expect(cell(plan, L.titleRow, 0)).toContain('示例');
    expect(cell(plan, L.unitRow, 0)).toBe('单位：元');
    expect(plan.values[L.headerRow]).toEqual([...EXPENSE_INPUT_HEADERS]);
    expect(EXAMPLE_EXPENSE_ROWS).toHaveLength(2);
    expect(cell(plan, L.firstDataRow, L.columns.summary)).toBe(EXAMPLE_EXPENSE_ROWS[0]?.summary);
    expect(formatOf(plan, L.firstDataRow, L.columns.amount)).toBe('#,##0.00');
    expect(formatOf(plan, L.firstDataRow, L.columns.date)).toBe('yyyy-mm-dd');
    const total = rowOf(plan, '合计');
    expect(total).toBe(L.firstDataRow + 2);
    expect(cell(plan, total, L.columns.amount)).toBe(450000);
    expect(plan.values).toHaveLength(total + 1);
  });

  it('takes real rows, a unit and a deliberately wrong total', () => {
    const p = buildExpenseInputSheet('x', { title: '表1', unit: '万元', rows: [{ seq: 1, summary: '-差旅', amount: '1,200.50' }], total: 99 });
    expect(cell(p, L.unitRow, 0)).toBe('单位：万元');
    expect(cell(p, L.firstDataRow, L.columns.summary)).toBe('-差旅');
    expect(cell(p, L.firstDataRow, L.columns.amount)).toBe('1,200.50');
    expect(formatOf(p, L.firstDataRow, L.columns.amount)).toBe('@');
    expect(cell(p, L.firstDataRow + 1, L.columns.amount)).toBe(99);
    const blank = buildExpenseInputSheet('x', { rows: [], total: null });
    expect(cell(blank, L.firstDataRow, 0)).toBe('合计');
    expect(cell(blank, L.firstDataRow, L.columns.amount)).toBeNull();
  });
});

describe('绩效指标 template', () => {
  const plan = buildIndicatorInputSheet('绩效指标');
  const L = templateLayout.indicatorInput;

  it('has a title marked as example, the header and example rows for each 一级', () => {
    expect(shapeProblems(plan)).toEqual([]);
    expect(cell(plan, L.titleRow, 0)).toContain('示例');
    expect(plan.values[L.headerRow]).toEqual([...INDICATOR_INPUT_HEADERS]);
    const rows = plan.values.slice(L.firstDataRow);
    expect(rows).toHaveLength(EXAMPLE_INDICATOR_ROWS.length);
    expect(new Set(rows.map((r) => r[L.columns.level1]))).toEqual(new Set(LEVEL1));
    for (const r of rows) expect(LEVEL2).toContain(r[L.columns.level2]);
    expect(formatOf(plan, L.firstDataRow, L.columns.weight)).toBe('0.00');
  });

  it('has example weights that make 100 with the budget weight', () => {
    const sum = EXAMPLE_INDICATOR_ROWS.reduce((s, r) => s + (r.weight ?? 0), 0);
    expect(sum + CENTRAL_PROFILE.budgetWeight).toBe(100);
    for (const l1 of CENTRAL_PROFILE.level1) {
      const points = EXAMPLE_INDICATOR_ROWS.filter((r) => r.level1 === l1.name).reduce((s, r) => s + (r.weight ?? 0), 0);
      expect(points).toBe(l1.points);
    }
  });

  it('offers drop-downs of the profile names on the 一级 and 二级 columns', () => {
    const first = L.firstDataRow;
    const last = first + VALIDATION_ROWS - 1;
    expect(plan.dataValidations).toEqual([
      { range: { top: first, left: L.columns.level1, bottom: last, right: L.columns.level1 }, list: LEVEL1 },
      { range: { top: first, left: L.columns.level2, bottom: last, right: L.columns.level2 }, list: LEVEL2 },
    ]);
  });

  it('takes real rows (numeric actuals with their format) and extends the drop-downs to cover them', () => {
    const rows = Array.from({ length: VALIDATION_ROWS + 5 }, (_, i) => ({ level1: '产出指标', level2: '数量', name: `n${i}`, target: '≥1', actual: 1, actualFormat: '0%' }));
    const p = buildIndicatorInputSheet('x', { rows });
    expect(cell(p, L.firstDataRow, L.columns.actual)).toBe(1);
    expect(formatOf(p, L.firstDataRow, L.columns.actual)).toBe('0%');
    expect(cell(p, L.firstDataRow, L.columns.weight)).toBeNull();
    expect(p.dataValidations[0]?.range.bottom).toBe(L.firstDataRow + rows.length - 1);
  });
});
