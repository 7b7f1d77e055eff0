/**
 * What each diagnostic code means, in a few words per locale: the heading under which the same problem
 * found in many projects is counted (the batch summary's 常见问题), where a full message with its
 * params would say too much. A code without a title in a locale is a compile error.
 */
import type { DiagnosticCode, Locale } from './types';

export type CodeTitleTable = { readonly [C in DiagnosticCode]: string };

const ZH: CodeTitleTable = {
  NO_INDICATOR_SHEET: '未找到绩效指标表',
  NO_PROJECT_INFO: '未找到项目信息表',
  NO_EXPENSE_SHEET: '未找到支出明细表',
  MISSING_COLUMN: '缺少必需的列',
  UNKNOWN_LEVEL1: '一级指标不在指标体系中',
  UNKNOWN_LEVEL2: '二级指标不在指标体系中',
  LEVEL2_PARENT_MISMATCH: '二级指标放错了一级指标',
  PLACEHOLDER_INDICATOR: '二级指标下没有实际的三级指标',
  DUPLICATE_INDICATOR: '三级指标重复',
  TARGET_UNPARSED: '年度指标值无法识别',
  ACTUAL_MISSING: '未填写实际完成值',
  ACTUAL_NOT_NUMERIC: '定量指标的实际完成值不是数值',
  ACTUAL_INVALID: '实际完成值是 Excel 错误值',
  QUAL_ACTUAL_UNRECOGNIZED: '定性指标的实际完成值无法识别',
  QUAL_SCORE_OUT_OF_BAND: '定性指标得分超出分档',
  APPROXIMATE_ACTUAL: '实际完成值是约数',
  AMBIGUOUS_PERCENT: '实际完成值缺少百分号',
  UNIT_MISMATCH: '年度指标值与实际完成值单位不一致',
  NEGATIVE_ACTUAL: '实际完成值为负数',
  OVER_ACHIEVED: '完成率偏离年度指标值较大',
  DEVIATION_REASON_MISSING: '未填写偏差原因分析',
  WEIGHTS_DEFAULTED: '未填写分值，已平均分配',
  WEIGHTS_INCOMPLETE: '分值只填写了一部分',
  WEIGHT_SUM_MISMATCH: '分值合计不等于 100',
  LEVEL1_MISSING: '一级指标没有可计分的指标',
  QUALITATIVE_TARGET: '年度指标值不可衡量',
  SATISFACTION_NOT_QUANTIFIED: '满意度指标值不是百分比',
  SATISFACTION_TARGET_LOW: '满意度指标值偏低',
  SUSPICIOUS_ZERO_TARGET: '比率类指标的年度指标值为 0',
  BUDGET_MISSING: '未填写全年预算数',
  LOW_EXECUTION_RATE: '预算执行率偏低',
  FUND_BREAKDOWN_MISMATCH: '资金来源之和不等于全年预算数',
  EXPENSE_TOTAL_MISMATCH: '支出明细合计与各项之和不符',
  EXPENSE_AMOUNT_INVALID: '支出金额不是数值',
  EXECUTED_MISMATCH: '全年执行数与支出明细合计不符',
  EXECUTED_EXCEEDS_RECEIVED: '全年执行数超过资金到位数',
  OVER_BUDGET: '全年执行数超过全年预算数',
  TITLE_PROJECT_MISMATCH: '标题与项目名称不符',
  OUTPUT_NAME_TAKEN: '输出表名已被占用',
  EXPENSE_NOT_COVERED: '支出没有对应的绩效指标',
  KEYWORD_ROW_INCOMPLETE: '关键词对照只填一侧',
  MERGES_UNKNOWN: 'Excel 未返回合并单元格',
  SHEET_READ_IN_PARTS: '工作表太大，分段读取',
  SHEET_NOT_READ: 'Excel 未返回工作表内容',
};

const EN: CodeTitleTable = {
  NO_INDICATOR_SHEET: 'No indicator sheet',
  NO_PROJECT_INFO: 'No project information sheet',
  NO_EXPENSE_SHEET: 'No expense sheet',
  MISSING_COLUMN: 'A required column is missing',
  UNKNOWN_LEVEL1: 'Level-1 indicator not in the schema',
  UNKNOWN_LEVEL2: 'Level-2 indicator not in the schema',
  LEVEL2_PARENT_MISMATCH: 'Level-2 indicator under the wrong level 1',
  PLACEHOLDER_INDICATOR: 'No real level-3 indicator under a level 2',
  DUPLICATE_INDICATOR: 'Duplicate level-3 indicator',
  TARGET_UNPARSED: 'Target not recognised',
  ACTUAL_MISSING: 'Actual value missing',
  ACTUAL_NOT_NUMERIC: 'Quantitative indicator with a non-numeric actual',
  ACTUAL_INVALID: 'Actual is an Excel error value',
  QUAL_ACTUAL_UNRECOGNIZED: 'Qualitative actual not recognised',
  QUAL_SCORE_OUT_OF_BAND: 'Qualitative score outside its band',
  APPROXIMATE_ACTUAL: 'Approximate actual',
  AMBIGUOUS_PERCENT: 'Actual without a percent sign',
  UNIT_MISMATCH: 'Target and actual in different units',
  NEGATIVE_ACTUAL: 'Negative actual',
  OVER_ACHIEVED: 'Completion far from the target',
  DEVIATION_REASON_MISSING: 'Reason for deviation missing',
  WEIGHTS_DEFAULTED: 'No weights: split evenly',
  WEIGHTS_INCOMPLETE: 'Weights partly filled in',
  WEIGHT_SUM_MISMATCH: 'Weights do not add up to 100',
  LEVEL1_MISSING: 'A level 1 without scored indicators',
  QUALITATIVE_TARGET: 'Target not measurable',
  SATISFACTION_NOT_QUANTIFIED: 'Satisfaction target not a percentage',
  SATISFACTION_TARGET_LOW: 'Satisfaction target too low',
  SUSPICIOUS_ZERO_TARGET: 'Rate indicator with a zero target',
  BUDGET_MISSING: 'Annual budget missing',
  LOW_EXECUTION_RATE: 'Low budget execution rate',
  FUND_BREAKDOWN_MISMATCH: 'Fund sources do not add up to the budget',
  EXPENSE_TOTAL_MISMATCH: 'Expense total does not match its items',
  EXPENSE_AMOUNT_INVALID: 'Expense amount not a number',
  EXECUTED_MISMATCH: 'Executed amount does not match the expenses',
  EXECUTED_EXCEEDS_RECEIVED: 'Executed amount exceeds funds received',
  OVER_BUDGET: 'Executed amount exceeds the budget',
  TITLE_PROJECT_MISMATCH: 'Title does not name the project',
  OUTPUT_NAME_TAKEN: 'Output sheet name taken',
  EXPENSE_NOT_COVERED: 'Spending no indicator measures',
  KEYWORD_ROW_INCOMPLETE: 'Key-word row with one side',
  MERGES_UNKNOWN: 'Merged cells not returned by Excel',
  SHEET_READ_IN_PARTS: 'Sheet too large, read in parts',
  SHEET_NOT_READ: 'Sheet cells not returned by Excel',
};

const TITLES: Readonly<Record<Locale, CodeTitleTable>> = { 'zh-CN': ZH, 'en-US': EN };

/** The short meaning of a code; a code this build does not know (an older cache) is shown as itself. */
export function codeTitle(code: string, locale: Locale): string {
  const table = TITLES[locale] as Readonly<Record<string, string>>;
  return table[code] ?? code;
}
