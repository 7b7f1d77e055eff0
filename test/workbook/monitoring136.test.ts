/**
 * The 1-7月 monitoring form of 财预〔2019〕136号 (项目支出绩效运行监控表, DOMAIN.md §9) in the variants units
 * fill it: a two-row header with `偏差原因分析` over the five tick columns (经费保障 / 制度保障 / 人员保障 /
 * 硬件条件保障 / 其他) and `完成目标可能性` over 确定能 / 有可能 / 完全不可能, ticks written ✓ / √ / 是, merged
 * 一级/二级 cells, `1—7月执行数 | 1—7月执行率 | 全年预计执行数 | 全年预计执行率` in the funds grid, and the
 * `预计到年底` wording. The layout is the form's as the notice prints it; the figures are made up for the test
 * (no filled copy of this form is among the published ones in test/fixtures/forms).
 */
import type { CellValue } from '../../src/domain/grid';
import { evaluateSnapshot } from '../../src/app/useCases';
import { grid } from '../helpers/grid';

type Row = readonly CellValue[];

const FUNDS_HEADER: Row = ['项目资金（万元）', null, '年初预算数', '1—7月执行数', '1—7月执行率', '全年预计执行数', '全年预计执行率'];

/** The indicator header on two rows (columns A–P). */
function header(projection = '全年预计完成情况'): [Row, Row] {
  return [
    ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '1—7月执行情况', projection, '偏差原因分析', null, null, null, null, '完成目标可能性', null, null, '备注'],
    [null, null, null, null, null, null, null, '经费保障', '制度保障', '人员保障', '硬件条件保障', '其他', '确定能', '有可能', '完全不可能', null],
  ];
}
const HEADER_MERGES = ['A11:A12', 'B11:B12', 'C11:C12', 'D11:D12', 'E11:E12', 'F11:F12', 'G11:G12', 'H11:L11', 'M11:O11', 'P11:P12'];

function form(rows: readonly Row[], options: { tick?: string; projection?: string; funds?: Row } = {}) {
  const tick = options.tick ?? '√';
  const t = (row: Row): Row => row.map((v) => (v === 'X' ? tick : v));
  const [h1, h2] = header(options.projection);
  return grid(
    '监控表',
    [
      ['项目支出绩效运行监控表'],
      ['（2024年度）'],
      ['项目名称', '2024年度职业技能培训'],
      ['主管部门及代码', '某某局', null, null, '实施单位', '某某中心'],
      FUNDS_HEADER,
      options.funds ?? ['年度资金总额', null, 100, 40, '40%', 95, '95%'],
      ['其中：当年财政拨款', null, 100, 40, '40%', 95, '95%'],
      ['上年结转资金', null, null, null, null, null, null],
      ['其他资金', null, null, null, null, null, null],
      ['年度总体目标', '完成培训1000人次'],
      h1,
      h2,
      ...rows.map(t),
    ],
    { merges: [...HEADER_MERGES, 'A5:B5', `A13:A${12 + rows.length}`, `B13:B${Math.min(12 + rows.length, 14)}`] },
  );
}

const ROWS: readonly Row[] = [
  [null, '产出指标', '数量指标', '培训人数', '≥1000人次', 700, 1100, null, null, null, null, null, 'X', null, null, null],
  [null, null, '质量指标', '培训合格率', '≥90%', '85%', '92%', null, 'X', 'X', null, null, null, 'X', null, '考核安排在下半年'],
  [null, '满意度指标', '服务对象满意度指标', '学员满意度', '≥90%', null, null, null, null, null, null, null, 'X', null, null, null],
];

function run(sheet: ReturnType<typeof grid>) {
  return evaluateSnapshot({ sheets: [sheet], ownedSheets: [] }).report;
}

describe('the 1-7月 form of 财预〔2019〕136号', () => {
  test('read with no option: tracking by the title, as-of 31 July from 1—7月, the funds and their projection', () => {
    const report = run(form(ROWS));
    expect(report.mode).toBe('tracking');
    expect(report.tracking).toMatchObject({
      asOf: '2024-07-31',
      executionProgress: 0.4,
      projectedExecuted: 95,
      projectedExecutedGiven: true,
      light: 'red',
    });
    expect(report.tracking?.timeProgress).toBeCloseTo(7 / 12, 6);
    expect(report.tracking?.gap).toBeCloseTo(-18.33, 2);
    const codes = report.diagnostics.map((d) => d.code);
    expect(codes).toEqual(expect.arrayContaining(['TRACKING_FROM_TITLE', 'AS_OF_FROM_LABEL', 'EXECUTION_BEHIND_SCHEDULE']));
    expect(report.diagnostics.find((d) => d.code === 'AS_OF_FROM_LABEL')?.cell).toBe('D5');
    expect(codes).not.toContain('MISSING_COLUMN');
    expect(codes).not.toContain('AS_OF_MISSING');
    expect(report.project).toMatchObject({ department: '某某局', unit: '某某中心' });
  });

  test('per indicator: to date, 全年预计完成情况, the ticked likelihood and categories', () => {
    const indicators = run(form(ROWS)).tracking?.indicators ?? [];
    expect(indicators.map((i) => [i.name, i.likelihood ?? null, i.categories, i.projection])).toEqual([
      ['培训人数', '确定能', [], 1100],
      ['培训合格率', '有可能', ['制度保障', '人员保障'], 92],
      ['学员满意度', '确定能', [], null],
    ]);
    expect(indicators.map((i) => i.light)).toEqual(['green', 'yellow', 'grey']);
  });

  test.each([['✓'], ['√'], ['是'], ['☑'], ['●']])('a tick written %s', (tick) => {
    const indicators = run(form(ROWS, { tick })).tracking?.indicators ?? [];
    expect(indicators[1]).toMatchObject({ likelihood: '有可能', categories: ['制度保障', '人员保障'] });
  });

  test.each([['预计到年底完成情况'], ['全年预计完成值'], ['预计全年完成值']])('the projection column written %s', (label) => {
    const indicators = run(form(ROWS, { projection: label })).tracking?.indicators ?? [];
    expect(indicators[0]).toMatchObject({ name: '培训人数', projection: 1100, projected: false });
  });

  test('有可能 with no tick and no reason is LIKELIHOOD_WITHOUT_REASON; a ticked category is a reason', () => {
    const bare: Row = [null, '产出指标', '时效指标', '完成及时率', '100%', '60%', '90%', null, null, null, null, null, null, 'X', null, null];
    const report = run(form([bare, ROWS[1] as Row]));
    const found = report.diagnostics.filter((d) => d.code === 'LIKELIHOOD_WITHOUT_REASON');
    // Said at the ticked 有可能 cell.
    expect(found.map((d) => d.cell)).toEqual(['N13']);
  });
});
