/**
 * 插入模板 as the official form (DOMAIN.md §8): the one-sheet 项目支出绩效自评表 in columns A–I, with the
 * profile's points in its labels, drop-downs for 一级 / 二级, and a 总分 row.
 */
import type { SheetPlan } from '../../../src/domain/output/planTypes';
import { buildFormTemplateSheet, FORM_TEMPLATE_SHEET_NAME, level1Label } from '../../../src/domain/output/formTemplate';
import { getProfile } from '../../../src/domain/schema/profiles';
import { allLevel2Names } from '../../../src/domain/schema/schema';
import { detectProfile } from '../../../src/domain/schema/detectProfile';
import { cell, find, mergesInColumn, rowOf, shapeProblems } from './fixtures';

function template(profile: string): SheetPlan {
  return buildFormTemplateSheet(FORM_TEMPLATE_SHEET_NAME, getProfile(profile));
}

/** The 分值 (column G) of the indicator rows, between the header and 总分. */
function weights(plan: SheetPlan): number[] {
  const header = rowOf(plan, '偏差原因分析及改进措施');
  const total = rowOf(plan, '总分');
  const out: number[] = [];
  for (let r = header + 1; r < total; r++) {
    const w = cell(plan, r, 6);
    if (typeof w === 'number') out.push(w);
  }
  return out;
}

function sum(values: readonly number[]): number {
  return Math.round(values.reduce((a, b) => a + b, 0) * 100) / 100;
}

describe('the form template (central)', () => {
  const plan = template('central');

  test('is a valid plan on columns A–I', () => {
    expect(shapeProblems(plan)).toEqual([]);
    expect(plan.columnWidths).toHaveLength(9);
    expect(plan.role).toBe('formTemplate');
    expect(plan.name).toBe('项目支出绩效自评表');
  });

  test('has the official blocks in order: title, year, 项目名称, 主管部门 | 实施单位, funds, goals, indicators, 总分', () => {
    expect(cell(plan, 0, 0)).toBe('项目支出绩效自评表');
    expect(cell(plan, 1, 0)).toBe('（2024年度）');
    expect([cell(plan, 2, 0), cell(plan, 3, 0), cell(plan, 3, 4)]).toEqual(['项目名称', '主管部门', '实施单位']);
    expect(plan.values[4]?.slice(3)).toEqual(['年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分']);
    expect(cell(plan, 4, 0)).toBe('项目资金（万元）');
    expect([5, 6, 7, 8].map((r) => cell(plan, r, 1))).toEqual(['年度资金总额', '其中：当年财政拨款', '上年结转资金', '其他资金']);
    expect(cell(plan, 5, 6)).toBe(10);
    expect(cell(plan, 9, 0)).toBe('年度总体目标');
    const header = rowOf(plan, '偏差原因分析及改进措施');
    expect(plan.values[header]).toEqual(['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施']);
    const total = rowOf(plan, '总分');
    expect(total).toBeGreaterThan(header);
    expect(cell(plan, total, 6)).toBe(100);
    // 绩效指标 merged down column A over the whole indicator block.
    expect(mergesInColumn(plan, 0)).toContain(`${header}-${total - 1}`);
  });

  test('writes the profile’s points into the 一级 labels, each 一级 and 二级 merged, every 二级 of the schema kept', () => {
    for (const label of ['产出指标（50分）', '效益指标（30分）', '满意度指标（10分）']) expect(find(plan, label)).toBeDefined();
    const header = rowOf(plan, '偏差原因分析及改进措施');
    const output = rowOf(plan, '产出指标（50分）');
    expect(mergesInColumn(plan, 1)).toContain(`${output}-${output + 3}`);
    const level2 = plan.values.slice(header + 1, rowOf(plan, '总分')).map((r) => r[2]);
    expect(level2).toEqual(allLevel2Names(getProfile('central')));
    // The example's weights add up to the indicators' 90 points.
    expect(sum(weights(plan))).toBe(90);
  });

  test('offers drop-downs for 一级 (with their points) and 二级 over the indicator rows', () => {
    const header = rowOf(plan, '偏差原因分析及改进措施');
    const total = rowOf(plan, '总分');
    const [level1, level2] = plan.dataValidations;
    expect(level1).toEqual({
      range: { top: header + 1, left: 1, bottom: total - 1, right: 1 },
      list: ['产出指标（50分）', '效益指标（30分）', '满意度指标（10分）'],
    });
    expect(level2?.range).toEqual({ top: header + 1, left: 2, bottom: total - 1, right: 2 });
    expect(level2?.list).toEqual(allLevel2Names(getProfile('central')));
  });

  test('ends with a note naming the profile and its points', () => {
    const note = cell(plan, rowOf(plan, '总分') + 1, 0);
    expect(note).toContain('评分口径：中央部门（财预〔2020〕10号）');
    expect(note).toContain('预算执行率 10 分，绩效指标 90 分（产出 50、效益 30、满意度 10）');
  });

  test('is not mistaken for a 20/80 form', () => {
    expect(detectProfile([{ name: plan.name, values: plan.values, numberFormats: [], merges: [], visible: true }])).toBeUndefined();
  });
});

describe('the form template under the other profiles', () => {
  test('municipal-20-80: no 一级 points (分值 required), the block labels carry 20 and 80, and it detects as itself', () => {
    const plan = template('municipal-20-80');
    expect(shapeProblems(plan)).toEqual([]);
    expect(find(plan, '产出指标')).toBeDefined();
    expect(find(plan, '产出指标（50分）')).toBeUndefined();
    expect(find(plan, '绩效指标（80分）')).toBeDefined();
    expect(cell(plan, 4, 0)).toBe('项目资金（万元）\n预算执行（20分）');
    expect(cell(plan, 5, 6)).toBe(20);
    expect(cell(plan, rowOf(plan, '总分'), 6)).toBe(100);
    expect(sum(weights(plan))).toBe(80);
    const detected = detectProfile([{ name: plan.name, values: plan.values, numberFormats: [], merges: [], visible: true }]);
    expect(detected).toMatchObject({ profile: 'municipal-20-80', budget: { row: 4, col: 0 }, indicators: { col: 0 } });
  });

  test('sichuan: 调整后预算数 is the denominator column, and a line asks for 执行率偏差原因', () => {
    const plan = template('sichuan');
    expect(shapeProblems(plan)).toEqual([]);
    expect(cell(plan, 4, 4)).toBe('调整后预算数');
    const reason = rowOf(plan, '执行率偏差原因');
    expect(reason).toBe(9);
    expect(mergesInColumn(plan, 0)).toContain('4-9');
    expect(find(plan, '绩效指标（90分）')).toBeDefined();
    expect(sum(weights(plan))).toBe(90);
  });

  test('linear-le: the central points', () => {
    const plan = template('linear-le');
    expect(find(plan, '产出指标（50分）')).toBeDefined();
    expect(cell(plan, rowOf(plan, '总分') + 1, 0)).toContain('评分口径：线性反向（部分预算管理系统）');
  });

  test('level1Label leaves a name the profile does not know as it is', () => {
    expect(level1Label(getProfile('central'), '管理指标')).toBe('管理指标');
    expect(level1Label(getProfile('central'), '效益')).toBe('效益（30分）');
  });
});

describe('the form template with data', () => {
  test('writes the given project, funds and rows instead of the example, and no note when asked for none', () => {
    const plan = buildFormTemplateSheet('自评表', getProfile('central'), {
      year: 2021,
      project: { name: '2021年度招商引资专项项目', annualBudget: 120, executed: 75.64405 },
      rows: [{ level1: '产出指标', level2: '数量指标', name: '接洽客商（批次）', target: '≥320', actual: '210' }],
      note: '',
    });
    expect(shapeProblems(plan)).toEqual([]);
    expect(cell(plan, 1, 0)).toBe('（2021年度）');
    expect(cell(plan, 2, 1)).toBe('2021年度招商引资专项项目');
    expect([cell(plan, 5, 4), cell(plan, 5, 5)]).toEqual([120, 75.64405]);
    const row = rowOf(plan, '接洽客商（批次）');
    expect(plan.values[row]?.slice(1, 7)).toEqual(['产出指标（50分）', '数量指标', '接洽客商（批次）', '≥320', '210', null]);
    expect(plan.values.length).toBe(rowOf(plan, '总分') + 1);
  });
});
