/**
 * The monitoring layout as units publish it (绩效监控表 / 运行监控表, DOMAIN.md §9; case12 in
 * test/fixtures/forms): the funds grid's to-date and projected columns, the form's heading (a 监控表 title,
 * its year line), 指标名称 holding 二级 words without a 二级 column, and the trailer rows that end the table.
 */
import type { CellValue } from '../../src/domain/grid';
import { readInputs } from '../../src/workbook/readInputs';
import { getProfile } from '../../src/domain/schema/profiles';
import { findFundsGrid, readFundsGrid } from '../../src/workbook/fundsGrid';
import { MergeIndex } from '../../src/workbook/cells';
import { formHeading } from '../../src/workbook/sheetTitles';
import { toDateMonthOfLabel } from '../../src/workbook/toDateColumn';
import { evaluateSnapshot } from '../../src/app/useCases';
import { grid } from '../helpers/grid';

const central = getProfile('central');

function funds(header: readonly CellValue[], total: readonly CellValue[]) {
  const g = grid('监控表', [['项目名称', '某项目'], header, total]);
  const block = findFundsGrid(g, MergeIndex.of(g));
  return { block, reading: block ? readFundsGrid(g, block) : undefined };
}

describe('the funds grid of a monitoring form', () => {
  test('年初预算数 | 1-6月执行数 | 全年预计执行数: budget, executed to date and the projection, June', () => {
    const { block, reading } = funds(['项目资金（万元）', '年初预算数', '1-6月执行数', '全年预计执行数'], ['年度资金总额：', 220, 87.57, 200]);
    expect(block?.toDateMonth).toBe(6);
    expect(reading?.values).toMatchObject({ initialBudget: 220, executedToDate: 87.57, projectedExecuted: 200 });
    expect(reading?.values.executed).toBeUndefined();
  });

  test.each([
    ['1-7月执行数', 7],
    ['1—7月执行数（万元）', 7],
    ['截至7月底执行数', 7],
    ['截止8月执行数', 8],
    ['半年执行数', 6],
  ])('%s is the execution to date of month %i', (label, month) => {
    const { block, reading } = funds(['项目资金', '全年预算数', label, '预计到年底执行数'], ['年度资金总额', 100, 40, null]);
    expect(block?.toDateMonth).toBe(month);
    expect(reading?.values).toMatchObject({ annualBudget: 100, executedToDate: 40 });
    expect(reading?.values.projectedExecuted).toBeUndefined();
  });

  test('a blank 年度资金总额 row takes its sub-rows for the to-date column too', () => {
    const g = grid('监控表', [
      ['项目资金', '年初预算数', '1-7月执行数'],
      ['年度资金总额', null, null],
      ['其中：当年财政拨款', 80, 30],
      ['上年结转资金', 20, 10],
    ]);
    const block = findFundsGrid(g, MergeIndex.of(g));
    const reading = block ? readFundsGrid(g, block) : undefined;
    expect(reading?.values).toMatchObject({ initialBudget: 100, executedToDate: 40 });
    expect(reading?.diagnostics.map((d) => d.code)).toEqual(['FUND_BREAKDOWN_MISMATCH']);
  });
});

describe('the heading of a monitoring form', () => {
  test.each([
    ['黄石市项目支出绩效监控表（申遗）'],
    ['项目支出绩效运行监控表'],
    ['2021年度部门项目绩效目标执行监控表'],
    ['绩效跟踪情况表'],
    ['预算绩效运行监控情况表（1-7月）'],
  ])('%s names a monitoring form', (title) => {
    const g = grid('表', [[title], ['项目名称', '某项目']]);
    expect(formHeading(g, 1).trackingTitle).toMatchObject({ text: title, ref: { row: 0, col: 0 } });
  });

  test.each([['项目支出绩效自评表'], ['评价类型：绩效跟踪'], ['关于开展2019年度预算绩效运行监控工作的通知，请各单位按附表填报并于8月10日前报送财政局绩效科']])(
    '%s names none',
    (title) => {
      expect(formHeading(grid('表', [[title]]), 1).trackingTitle).toBeUndefined();
    },
  );

  test('the year line or the title gives the year; a year inside a sentence does not', () => {
    expect(formHeading(grid('表', [['某某监控表'], ['（2019年度）']]), 2).year).toMatchObject({ value: 2019, ref: { row: 1 } });
    expect(formHeading(grid('表', [['2021年度项目支出绩效运行监控表']]), 1).year?.value).toBe(2021);
    expect(formHeading(grid('表', [['某某单位于2020年制定本表']]), 1).year).toBeUndefined();
  });
});

describe('to-date columns of the indicator table', () => {
  test.each([
    ['半年度\n指标执行情况', 6],
    ['上半年完成情况', 6],
    ['半年实际完成值', 6],
    ['1-7月执行情况', 7],
    ['1-7月实际完成值', 7],
    ['截至7月完成值', 7],
    ['截止6月底完成情况', 6],
  ])('%s is to month %i', (label, month) => {
    expect(toDateMonthOfLabel(label)).toBe(month);
  });

  test('全年预计完成值 and 年度指标值 are not to-date columns', () => {
    expect(toDateMonthOfLabel('全年预计完成值')).toBeUndefined();
    expect(toDateMonthOfLabel('年度指标值')).toBeUndefined();
  });
});

/** case12's indicator block: 指标名称 holds the 二级 words, no 二级 column, trailer rows below. */
function monitoringTable(trailer: readonly (readonly CellValue[])[]) {
  return grid(
    '监控表',
    [
      ['某某项目支出绩效监控表'],
      ['项目名称', '某项目'],
      ['绩效指标', '一级指标', '指标名称', '指标值', '半年度指标执行情况', '完成目标可能性（确定能、有可能、不可能）', '备注'],
      [null, '产出指标', '质量'],
      [null, null, '时效'],
      [null, null, '数量', '≥10场', 6, '确定能'],
      [null, '效益指标', '社会效益', '宣传效果明显', null, '有可能'],
      ...trailer,
    ],
    { merges: ['A3:A7', 'B4:B6'] },
  );
}

describe('指标名称 holding 二级 words, and the trailer rows', () => {
  test('the names are the 二级 (kept as names); empty ones are placeholders', () => {
    const input = readInputs([monitoringTable([])], central);
    const rows = input.indicators?.rows ?? [];
    expect(rows.map((r) => [r.level1, r.level2, r.name, r.placeholder])).toEqual([
      ['产出指标', '质量指标', '质量', true],
      ['产出指标', '时效指标', '时效', true],
      ['产出指标', '数量指标', '数量', false],
      ['效益指标', '社会效益指标', '社会效益', false],
    ]);
    expect(input.indicators?.hasActualColumn).toBe(true);
    expect(input.indicators?.toDateMonth).toBe(6);
    expect(input.diagnostics.map((d) => d.code)).not.toContain('MISSING_COLUMN');
  });

  test('偏差或不能完成目标原因分析 / 相关建议或举措 / 注 end the table, even when their text runs into 指标名称', () => {
    const table = monitoringTable([
      ['偏差或不能完成目标原因分析', null, '宣传活动受场地影响推迟'],
      ['相关建议或举措', null, '下半年集中开展'],
      ['注：1.完成目标可能性：分确定能、有可能、不可能三级。'],
    ]);
    const input = readInputs([table], central);
    expect(input.indicators?.rows.map((r) => r.name)).toEqual(['质量', '时效', '数量', '社会效益']);
    expect(input.indicators?.range.bottom).toBe(6);
  });

  test('the 偏差或不能完成目标原因分析 row is the reason of the 有可能 rows (the form asks for it there)', () => {
    const filled = monitoringTable([['偏差或不能完成目标原因分析', null, '宣传活动受场地影响推迟'], ['相关建议或举措', null, '下半年集中开展']]);
    const input = readInputs([filled], central);
    expect(input.indicators?.trailerReason).toEqual({ text: '宣传活动受场地影响推迟', ref: { sheet: '监控表', row: 7, col: 2 } });
    const codes = (sheet: ReturnType<typeof grid>) => evaluateSnapshot({ sheets: [sheet], ownedSheets: [] }).report.diagnostics.map((d) => d.code);
    expect(codes(filled)).not.toContain('LIKELIHOOD_WITHOUT_REASON');
    const rows = evaluateSnapshot({ sheets: [filled], ownedSheets: [] }).evaluation.indicators.map((i) => i.row);
    expect(rows.find((r) => r.name === '社会效益')?.deviationReason).toBe('宣传活动受场地影响推迟');
    expect(rows.find((r) => r.name === '数量')?.deviationReason).toBe('');
    const blank = monitoringTable([['偏差或不能完成目标原因分析'], ['相关建议或举措']]);
    expect(codes(blank)).toContain('LIKELIHOOD_WITHOUT_REASON');
  });

  test('a table with a 二级 column is left as written', () => {
    const g = grid('表', [
      ['一级指标', '二级指标', '三级指标', '年度指标值', '1-6月执行情况'],
      ['产出指标', '数量指标', '质量', '≥1', 1],
    ]);
    const rows = readInputs([g], central).indicators?.rows ?? [];
    expect(rows.map((r) => [r.level2, r.name, r.placeholder])).toEqual([['数量指标', '质量', false]]);
  });
});

describe('the title makes the mode (src/app/modeChoice.ts)', () => {
  test('the heading reaches the project: the title, its cell and the year', () => {
    const input = readInputs([monitoringTable([])], central);
    expect(input.project).toMatchObject({ trackingTitle: '某某项目支出绩效监控表', cells: { trackingTitle: { sheet: '监控表', row: 0, col: 0 } } });
  });
});
