/**
 * The central 项目支出绩效自评表 (DOMAIN.md §8) as a grid, columns A–I, for the reader's tests. Rows are
 * given by the caller from row 13 on (the indicator rows); the rest is the published layout.
 */
import type { CellValue, SheetGrid } from '../../src/domain/grid';
import { grid } from '../helpers/grid';

export interface FormOptions {
  readonly name?: string;
  readonly department?: CellValue;
  readonly funds?: readonly (readonly CellValue[])[];
  readonly indicatorRows?: readonly (readonly CellValue[])[];
  /** Rows after the indicator rows (总分, footnotes). */
  readonly tail?: readonly (readonly CellValue[])[];
  readonly merges?: readonly string[];
  readonly title?: string;
}

export const FORM_FUNDS: readonly (readonly CellValue[])[] = [
  ['项目资金（万元）', null, null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
  [null, '年度资金总额', null, 100, 100, 95, 10, 0.95, 9.5],
  [null, '其中：当年财政拨款', null, 100, 100, 95, '—', null, '—'],
  [null, '上年结转资金', null, null, '—', '—', '—', null, '—'],
  [null, '其他资金', null, null, '/', '/', '—', null, '—'],
];

export const FORM_INDICATORS: readonly (readonly CellValue[])[] = [
  [null, '产出指标', '数量指标', '培训人数（人）', '≥100', 100, 50, 50, null],
  [null, '效益指标', '社会效益指标', '培训合格率', '≥90%', '95%', 30, 30, null],
  [null, '满意度指标', '服务对象满意度指标', '学员满意度', '≥90%', '92%', 10, 10, null],
];

/** The form with its merges; row numbers in comments are the sheet's (1-based). */
export function officialForm(options: FormOptions = {}): SheetGrid {
  const indicators = options.indicatorRows ?? FORM_INDICATORS;
  const first = 13;
  const last = first + indicators.length - 1;
  const rows: (readonly CellValue[])[] = [
    [options.title ?? '项目支出绩效自评表'], // 1
    ['（2024年度）'], // 2
    ['项目名称', options.name ?? '2024年度培训项目'], // 3
    ['主管部门', options.department === undefined ? '某某局' : options.department, null, null, '实施单位', '某某中心'], // 4
    ...(options.funds ?? FORM_FUNDS), // 5–9
    ['年度总体目标', '预期目标', null, null, null, '实际完成情况'], // 10
    [null, '完成培训1000人次', null, null, null, '完成培训1020人次'], // 11
    ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'], // 12
    ...indicators,
    ...(options.tail ?? [['总分', null, null, null, null, null, 100, 99.5]]),
  ];
  const merges = [
    'A1:I1',
    'A2:I2',
    'B3:I3',
    'B4:D4',
    'F4:I4',
    'A5:A9',
    'B5:C5',
    'B6:C6',
    'B7:C7',
    'B8:C8',
    'B9:C9',
    'A10:A11',
    'B10:E10',
    'F10:I10',
    'B11:E11',
    'F11:I11',
    `A12:A${last}`,
    `A${last + 1}:F${last + 1}`,
    ...(options.merges ?? []),
  ];
  return grid('项目支出绩效自评表', rows, { merges, formats: { H6: '0.00%' } });
}
