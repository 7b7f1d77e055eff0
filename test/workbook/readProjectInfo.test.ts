import { readProjectLabels, looksLikeProjectInfo } from '../../src/workbook/readProjectInfo';
import { locationA1 } from '../../src/domain/diagnostics/location';
import { grid } from '../helpers/grid';

describe('项目信息 (DOMAIN.md §1.1)', () => {
  const sheet = grid(
    '基本情况',
    [
      ['项目基本信息'],
      [null, '项目名称：', null, '２０２１年度培训项目'],
      ['主管单位', '某某局', '项目单位', '某某中心'],
      ['实施周期', '2021-01-01至2021-12-31'],
      ['数据截止日期', 44408],
      ['年初预算数（元）', '1,200,000.50'],
      ['调整后预算数', '120万元'],
      ['其中：当年财政拨款（万元）', 100],
      ['上年结转资金', 20],
      ['执行数（万元）', '  '],
      ['到位资金', 'abc'],
      ['预期目标', '完成培训\n1000人次'],
    ],
    { formats: { B5: 'yyyy-mm-dd' } },
  );

  test('labels in any column, synonyms, units in the label, amounts and dates in every form', () => {
    expect(looksLikeProjectInfo(sheet)).toBe(true);
    const { fields: info, cells, diagnostics } = readProjectLabels(sheet);
    expect(info).toMatchObject({
      name: '２０２１年度培训项目',
      department: '某某局',
      unit: '某某中心',
      periodStart: '2021-01-01',
      periodEnd: '2021-12-31',
      asOf: '2021-07-31',
      adjustedBudget: 120,
      appropriation: 100,
      carryOver: 20,
    });
    expect(info.initialBudget as number).toBeCloseTo(120.00005, 8);
    expect(info.executed).toBeUndefined();
    expect(info.goalPlanned).toBe('完成培训\n1000人次');
    expect(cells.name).toEqual({ sheet: '基本情况', row: 1, col: 3 });
    expect(diagnostics.map((d) => [d.code, locationA1(d)])).toEqual([['EXPENSE_AMOUNT_INVALID', 'B11']]);
  });

  test('Chinese period text with 年月日', () => {
    const { fields: info } = readProjectLabels(grid('p', [['项目名称', 'x'], ['实施周期', '2021年1月1日-2021年12月31日']]));
    expect([info.periodStart, info.periodEnd]).toEqual(['2021-01-01', '2021-12-31']);
  });

  test('a sheet without 项目名称 is not project information', () => {
    expect(looksLikeProjectInfo(grid('x', [['名称', 'y']]))).toBe(false);
  });
});
