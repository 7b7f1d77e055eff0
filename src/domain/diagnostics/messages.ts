/**
 * Messages per locale, rendered from a diagnostic's code and params. The same code always means the
 * same thing; a code without a message in a locale is a compile error (Record over every code).
 */
import type { CoreCode, Diagnostic, DiagnosticCode, DiagnosticOf, DiagnosticParams, Locale, RenderedDiagnostic, TrackingCode } from './types';
import { locationA1 } from './location';
import { PROFILES } from '../schema/profiles';

/** A profile's label in `locale`; the id itself for one this version does not know. */
function profileLabel(id: string, locale: Locale): string {
  return PROFILES.find((p) => p.id === id)?.label[locale] ?? id;
}

/**
 * One renderer per code, typed by that code's params. Tracking mode's codes have their table in its
 * chunk (src/domain/tracking/trackingMessages.ts), passed to renderDiagnostics by the runs that have it.
 */
export type MessageTable = { readonly [C in CoreCode]: (p: DiagnosticParams<C>) => string };
export type TrackingMessageTable = { readonly [C in TrackingCode]: (p: DiagnosticParams<C>) => string };
export type TrackingMessages = Readonly<Record<Locale, TrackingMessageTable>>;

const ZH: MessageTable = {
  NO_INDICATOR_SHEET: () => '未找到绩效指标表：没有任何工作表含有“三级指标”和“年度指标值”表头，无法评分。',
  NO_PROJECT_INFO: () => '未找到项目信息表（含“项目名称”的工作表），项目名称、预算数等将为空。',
  NO_EXPENSE_SHEET: () => '未找到支出明细表（含“摘要”和“金额”表头的工作表）。',
  MISSING_COLUMN: (p) => `缺少必需的列“${p.column}”。`,
  UNKNOWN_LEVEL1: (p) => `一级指标“${p.value}”不在指标体系中（应为产出指标、效益指标或满意度指标）。`,
  UNKNOWN_LEVEL2: (p) => `二级指标“${p.value}”不在“${p.level1}”的指标体系中。`,
  LEVEL2_PARENT_MISMATCH: (p) =>
    `二级指标“${p.value}”属于“${p.expected}”，不应放在“${p.level1}”下。`,
  PLACEHOLDER_INDICATOR: (p) => `二级指标“${p.level2}”下没有实际的三级指标（“${p.value}”），不计分。`,
  DUPLICATE_INDICATOR: (p) => `三级指标“${p.name}”在“${p.level2}”下重复出现（首次在 ${p.first}）。`,
  TARGET_UNPARSED: (p) => `“${p.name}”的年度指标值“${p.target}”像数值但无法识别，按定性指标处理。`,
  ACTUAL_MISSING: (p) => `“${p.name}”未填写实际完成值，得 0 分，结果为暂定。`,
  ACTUAL_NOT_NUMERIC: (p) =>
    `“${p.name}”的年度指标值“${p.target}”是定量的，实际完成值“${p.actual}”却不是数值，得 0 分。`,
  ACTUAL_INVALID: (p) => `“${p.name}”的实际完成值是 Excel 错误值 ${p.error}，得 0 分。`,
  QUAL_ACTUAL_UNRECOGNIZED: (p) =>
    `“${p.name}”是定性指标，实际完成值“${p.actual}”不是“达成 / 部分达成 / 未达成”之一，得 0 分。`,
  QUAL_SCORE_OUT_OF_BAND: (p) =>
    `“${p.name}”填写的得分 ${p.score} 不在“${p.tier}”的分档 [${p.low}, ${p.high}] 内，已按默认分 ${p.used} 计。`,
  APPROXIMATE_ACTUAL: (p) => `“${p.name}”的实际完成值“${p.actual}”是约数，按 ${p.value} 计算。`,
  AMBIGUOUS_PERCENT: (p) =>
    `“${p.name}”的实际完成值 ${p.actual} 没有百分号，按 ${p.value}% 理解，请确认。`,
  UNIT_MISMATCH: (p) =>
    `“${p.name}”的单位不一致：年度指标值为“${p.targetUnit}”，实际完成值为“${p.actualUnit}”，仍按数值比较。`,
  NEGATIVE_ACTUAL: (p) => `“${p.name}”的实际完成值为负数（${p.actual}），按 0 计。`,
  OVER_ACHIEVED: (p) =>
    `“${p.name}”完成率 ${p.ratio}，偏离年度指标值较大，年度指标值可能设置偏低（偏高），请说明原因。`,
  DEVIATION_REASON_MISSING: (p) => `“${p.name}”未完成年度指标值或偏离较大，但未填写偏差原因分析及改进措施。`,
  WEIGHTS_DEFAULTED: (p) => `未填写分值，已按一级指标分值平均分配：${p.detail}。`,
  WEIGHTS_INCOMPLETE: (p) => `分值列只填写了一部分（${p.blank} 个指标空白），空白的按 0 分计，结果为暂定。`,
  WEIGHT_SUM_MISMATCH: (p) =>
    `指标分值合计 ${p.sum} 加预算执行率分值 ${p.budget} 为 ${p.total}，不等于 100。`,
  LEVEL1_MISSING: (p) =>
    `一级指标“${p.level1}”没有可计分的指标，${p.points === undefined ? '其分值' : `其 ${p.points} 分`}未能取得。`,
  QUALITATIVE_TARGET: (p) =>
    `“${p.name}”属于“${p.level2}”，年度指标值“${p.target}”不是可衡量的数值（可衡量性）。`,
  SATISFACTION_NOT_QUANTIFIED: (p) => `满意度指标“${p.name}”的年度指标值“${p.target}”不是百分比。`,
  SATISFACTION_TARGET_LOW: (p) =>
    `满意度指标“${p.name}”的年度指标值 ${p.target} 低于 ${p.min}%。`,
  SUSPICIOUS_ZERO_TARGET: (p) => `“${p.name}”是比率类指标，年度指标值却为 0，请核实。`,
  BUDGET_MISSING: () => '未填写全年预算数（或为 0），无法计算预算执行率，该项得 0 分。',
  LOW_EXECUTION_RATE: (p) => `预算执行率 ${p.rate} 低于 ${p.min}。`,
  FUND_BREAKDOWN_MISMATCH: (p) =>
    `当年财政拨款、上年结转资金与其他资金之和 ${p.sum} 万元不等于全年预算数 ${p.budget} 万元。`,
  EXPENSE_TOTAL_MISMATCH: (p) =>
    `支出明细合计 ${p.declared} ${p.unit} 与各项金额之和 ${p.sum} ${p.unit} 不符。`,
  EXPENSE_AMOUNT_INVALID: (p) => `${p.label || '支出金额'}“${p.value}”不是数值，未计入。`,
  EXECUTED_MISMATCH: (p) =>
    `项目信息中的全年执行数 ${p.executed} 万元与支出明细合计 ${p.expenses} 万元不符。`,
  EXECUTED_EXCEEDS_RECEIVED: (p) => `全年执行数 ${p.executed} 万元超过资金到位数 ${p.received} 万元。`,
  OVER_BUDGET: (p) => `全年执行数 ${p.executed} 万元超过全年预算数 ${p.budget} 万元。`,
  TITLE_PROJECT_MISMATCH: (p) => `标题“${p.title}”写的是其他项目，与项目名称“${p.project}”不符。`,
  OUTPUT_NAME_TAKEN: (p) => `已有一个并非本插件创建的工作表“${p.name}”，结果写入“${p.used}”。`,
  EXPENSE_NOT_COVERED: (p) =>
    `支出“${p.summary}”${p.amount}，占支出合计的 ${p.share}，没有绩效指标衡量这笔支出（摘要的关键词与任何三级指标都不对应）。`,
  KEYWORD_ROW_INCOMPLETE: (p) => `关键词对照中“${p.word}”只填了一侧，缺少对应的支出关键词或指标关键词，未使用。`,
  MERGES_UNKNOWN: (p) =>
    `未能读取工作表“${p.sheet}”的合并单元格（${'code' in p ? `Excel 返回错误 ${p.code}` : `该表有 ${p.cells} 个单元格，太大`}），已按没有合并单元格处理；空白的一级、二级指标仍沿用上一行。如结果有误，请在 Excel 桌面版中重试或改用命令行。`,
  SHEET_READ_IN_PARTS: (p) => `工作表“${p.sheet}”有 ${p.cells} 个单元格，超过 Excel 一次读取的上限（500 万个），已分段读取。`,
  SHEET_NOT_READ: (p) =>
    `Excel 未返回工作表“${p.sheet}”的单元格内容（${p.cells} 个单元格），该表按空表处理。如它是输入表，请删除多余的行列后重试，或改用命令行。`,
  TEMPLATE_ROW: (p) => `第 ${p.rows} 行是表格模板的遗留行（如“指标1：”“……”），共 ${p.count} 行，不作为指标，已跳过。`,
  ACTUAL_HAS_OPERATOR: (p) =>
    `“${p.name}”的实际完成值“${p.actual}”写成了目标值的样子（带比较符号或“以上”等），按 ${p.value} 计算。`,
  NOTHING_SCORED: (p) =>
    `已找到绩效指标表 ${p.table}（${p.rows} 个指标${p.placeholders > 0 ? `，另有 ${p.placeholders} 行不计分` : ''}），但没有任何指标能够计分：` +
    `请检查三级指标列和实际完成值列是否填写、是否对应正确。${p.blocks ? `同时读取了：${p.blocks}。` : ''}` +
    (p.tracking ? '绩效运行监控表仍按资金进度生成。' : '未生成绩效自评表。'),
  QUAL_ACTUAL_RESTATES_TARGET: (p) => `“${p.name}”的实际完成值“${p.actual}”与年度指标值相同，视为达成。`,
  SELF_SCORE_DIFFERS: (p) => `“${p.name}”单位自评得分 ${p.self}，按评分规则复核为 ${p.computed}。`,
  SELF_TOTAL_MISMATCH: (p) => `表中填写的总分 ${p.printed} 与单位各项自评得分之和 ${p.sum} 不符。`,
  PROFILE_DETECTED: (p) =>
    `未指定评分口径，按表格识别为“${profileLabel(p.profile, 'zh-CN')}”：${p.budgetCell}“${p.budgetLabel}”与 ${p.indicatorCell}“${p.indicatorLabel}”。如不符，请在加载项中选择评分口径或在命令行使用 --profile。`,
  WEIGHTS_REQUIRED: (p) =>
    `评分口径“${profileLabel(p.profile, 'zh-CN')}”没有一级指标默认分值，必须在“分值”列为每个指标填写分值；${p.count} 个指标未填写，按 0 分计，结果为暂定。`,
};

const EN: MessageTable = {
  NO_INDICATOR_SHEET: () =>
    'No indicator sheet: no sheet has a header with a level-3 indicator column and a target column, so nothing can be scored.',
  NO_PROJECT_INFO: () => 'No project information sheet (a sheet with 项目名称) was found; name and budget stay empty.',
  NO_EXPENSE_SHEET: () => 'No expense sheet (a header with a summary and an amount column) was found.',
  MISSING_COLUMN: (p) => `The required column "${p.column}" is missing.`,
  UNKNOWN_LEVEL1: (p) => `Level-1 indicator "${p.value}" is not in the schema (output, outcome or satisfaction).`,
  UNKNOWN_LEVEL2: (p) => `Level-2 indicator "${p.value}" is not in the schema under "${p.level1}".`,
  LEVEL2_PARENT_MISMATCH: (p) =>
    `Level-2 indicator "${p.value}" belongs under "${p.expected}", not "${p.level1}".`,
  PLACEHOLDER_INDICATOR: (p) =>
    `Level-2 indicator "${p.level2}" has no real level-3 indicator ("${p.value}"); it is not scored.`,
  DUPLICATE_INDICATOR: (p) =>
    `Indicator "${p.name}" appears twice under "${p.level2}" (first at ${p.first}).`,
  TARGET_UNPARSED: (p) =>
    `The target "${p.target}" of "${p.name}" looks numeric but cannot be read; it is treated as qualitative.`,
  ACTUAL_MISSING: (p) => `"${p.name}" has no actual value: it scores 0 and the result is provisional.`,
  ACTUAL_NOT_NUMERIC: (p) =>
    `"${p.name}" has a quantitative target "${p.target}" but the actual "${p.actual}" is not a number: it scores 0.`,
  ACTUAL_INVALID: (p) => `The actual of "${p.name}" is the Excel error ${p.error}: it scores 0.`,
  QUAL_ACTUAL_UNRECOGNIZED: (p) =>
    `"${p.name}" is qualitative and its actual "${p.actual}" is not one of achieved / partly achieved / not achieved: it scores 0.`,
  QUAL_SCORE_OUT_OF_BAND: (p) =>
    `The score ${p.score} typed for "${p.name}" is outside the band [${p.low}, ${p.high}] of tier "${p.tier}"; the default ${p.used} is used.`,
  APPROXIMATE_ACTUAL: (p) =>
    `The actual "${p.actual}" of "${p.name}" is approximate; ${p.value} is used.`,
  AMBIGUOUS_PERCENT: (p) =>
    `The actual ${p.actual} of "${p.name}" has no percent sign; it is read as ${p.value}%. Please check.`,
  UNIT_MISMATCH: (p) =>
    `Units differ for "${p.name}": the target is in "${p.targetUnit}", the actual in "${p.actualUnit}"; the numbers are still compared.`,
  NEGATIVE_ACTUAL: (p) => `The actual of "${p.name}" is negative (${p.actual}); it counts as 0.`,
  OVER_ACHIEVED: (p) =>
    `"${p.name}" reached ${p.ratio} of its target; the target may have been set too loosely. Please explain.`,
  DEVIATION_REASON_MISSING: (p) =>
    `"${p.name}" missed or strongly deviated from its target but gives no reason for the deviation.`,
  WEIGHTS_DEFAULTED: (p) => `No weights were filled; each level-1's points were split equally: ${p.detail}.`,
  WEIGHTS_INCOMPLETE: (p) =>
    `The weight column is only partly filled (${p.blank} blank); blanks count 0 and the result is provisional.`,
  WEIGHT_SUM_MISMATCH: (p) =>
    `Indicator weights ${p.sum} plus the budget weight ${p.budget} make ${p.total}, not 100.`,
  LEVEL1_MISSING: (p) =>
    `Level-1 "${p.level1}" has no scored indicator; its ${p.points === undefined ? 'points are' : `${p.points} points are`} not awarded.`,
  QUALITATIVE_TARGET: (p) =>
    `"${p.name}" under "${p.level2}" has the target "${p.target}", which is not measurable as a number.`,
  SATISFACTION_NOT_QUANTIFIED: (p) =>
    `The satisfaction target "${p.target}" of "${p.name}" is not a percentage.`,
  SATISFACTION_TARGET_LOW: (p) =>
    `The satisfaction target ${p.target} of "${p.name}" is below ${p.min}%.`,
  SUSPICIOUS_ZERO_TARGET: (p) => `"${p.name}" is a rate but its target is 0; please check.`,
  BUDGET_MISSING: () => 'The annual budget is missing (or 0): the execution rate cannot be computed and scores 0.',
  LOW_EXECUTION_RATE: (p) => `The budget execution rate ${p.rate} is below ${p.min}.`,
  FUND_BREAKDOWN_MISMATCH: (p) =>
    `Appropriation, carry-over and other funds add up to ${p.sum} (10k CNY), not the annual budget ${p.budget}.`,
  EXPENSE_TOTAL_MISMATCH: (p) =>
    `The declared expense total ${p.declared} ${p.unit} differs from the sum of the items ${p.sum} ${p.unit}.`,
  EXPENSE_AMOUNT_INVALID: (p) =>
    `The amount "${p.value}"${p.label ? ` (${p.label})` : ''} is not a number and is left out.`,
  EXECUTED_MISMATCH: (p) =>
    `The executed amount ${p.executed} (10k CNY) differs from the expense total ${p.expenses} (10k CNY).`,
  EXECUTED_EXCEEDS_RECEIVED: (p) =>
    `The executed amount ${p.executed} exceeds the funds received ${p.received} (10k CNY).`,
  OVER_BUDGET: (p) => `The executed amount ${p.executed} exceeds the annual budget ${p.budget} (10k CNY).`,
  TITLE_PROJECT_MISMATCH: (p) =>
    `The title "${p.title}" names another project than the project name "${p.project}".`,
  OUTPUT_NAME_TAKEN: (p) =>
    `A sheet named "${p.name}" exists that this add-in did not create; the output went to "${p.used}".`,
  EXPENSE_NOT_COVERED: (p) =>
    `The expense "${p.summary}" (${p.amount}, ${p.share} of spending) is measured by no indicator: none of its key words matches a level-3 indicator.`,
  KEYWORD_ROW_INCOMPLETE: (p) =>
    `The key-word row "${p.word}" has only one side (an expense word or an indicator word is missing); it is not used.`,
  MERGES_UNKNOWN: (p) =>
    `The merged cells of sheet "${p.sheet}" could not be read (${'code' in p ? `Excel reported ${p.code}` : `the sheet has ${p.cells} cells, too many`}); it is read as if nothing were merged, and blank level-1/level-2 labels still take the value above. If the result looks wrong, try Excel for desktop or the command line.`,
  SHEET_READ_IN_PARTS: (p) => `Sheet "${p.sheet}" has ${p.cells} cells, more than Excel reads at once (five million); it was read in parts.`,
  SHEET_NOT_READ: (p) =>
    `Excel did not return the cells of sheet "${p.sheet}" (${p.cells} cells); it is treated as empty. If it is an input sheet, delete unused rows and columns and try again, or use the command line.`,
  TEMPLATE_ROW: (p) =>
    `Row${p.count === 1 ? '' : 's'} ${p.rows} ${p.count === 1 ? 'is a leftover' : `are ${p.count} leftovers`} of the form template ("指标1：", "……"), not indicators; skipped.`,
  ACTUAL_HAS_OPERATOR: (p) =>
    `The actual "${p.actual}" of "${p.name}" is written like a target (a comparison sign or "以上"); ${p.value} is used.`,
  NOTHING_SCORED: (p) =>
    `An indicator table was found at ${p.table} (${p.rows} indicator${p.rows === 1 ? '' : 's'}${p.placeholders > 0 ? `, ${p.placeholders} row${p.placeholders === 1 ? '' : 's'} not scored` : ''}) but no indicator could be scored: ` +
    `check that the level-3 and actual columns are filled and in the right place.${p.blocks ? ` Also read: ${p.blocks}.` : ''}` +
    (p.tracking ? ' The monitoring form is still written, from the funds progress.' : ' No form was written.'),
  QUAL_ACTUAL_RESTATES_TARGET: (p) => `The actual "${p.actual}" of "${p.name}" repeats its target: read as achieved.`,
  SELF_SCORE_DIFFERS: (p) => `"${p.name}": the unit scored ${p.self}; by the rules it scores ${p.computed}.`,
  SELF_TOTAL_MISMATCH: (p) => `The printed total ${p.printed} differs from the sum of the unit's own scores, ${p.sum}.`,
  PROFILE_DETECTED: (p) =>
    `No scoring profile was chosen; the sheets read as "${profileLabel(p.profile, 'en-US')}": ${p.budgetCell} "${p.budgetLabel}" and ${p.indicatorCell} "${p.indicatorLabel}". If that is wrong, choose a profile in the add-in or pass --profile.`,
  WEIGHTS_REQUIRED: (p) =>
    `The profile "${profileLabel(p.profile, 'en-US')}" has no default level-1 points: every indicator needs a weight (分值); ${p.count} have none, count 0 and the result is provisional.`,
};

export const MESSAGES: Readonly<Record<Locale, MessageTable>> = {
  'zh-CN': ZH,
  'en-US': EN,
};

const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;

/**
 * Text from a cell on one line: a line break between two Chinese characters disappears (`一级\n指标`
 * is `一级指标`), elsewhere it becomes a space. Messages never carry raw line breaks.
 */
export function oneLine(text: string): string {
  if (!/[\r\n]/.test(text)) return text;
  return text.replace(/[ \t]*[\r\n]+[ \t]*/g, (match, offset: number, whole: string) => {
    const before = whole.charAt(offset - 1);
    const after = whole.charAt(offset + match.length);
    return before === '' || after === '' || (CJK.test(before) && CJK.test(after)) ? '' : ' ';
  });
}

function oneLineParams<P extends object>(params: P): P {
  let out: P | undefined;
  for (const [key, value] of Object.entries(params)) {
    if (typeof value !== 'string' || !/[\r\n]/.test(value)) continue;
    out ??= { ...params };
    (out as Record<string, unknown>)[key] = oneLine(value);
  }
  return out ?? params;
}

/** Correlates a diagnostic's code with its params (TypeScript cannot across the union by itself). */
function renderWith<C extends DiagnosticCode>(table: Readonly<Record<string, unknown>>, d: DiagnosticOf<C>): string {
  const render = table[d.code] as ((p: DiagnosticParams<C>) => string) | undefined;
  // A tracking code rendered without tracking's table (never in a run: the engine brings both) names itself.
  return render ? render(oneLineParams(d.params)) : d.code;
}

export function renderMessage(d: Diagnostic, locale: Locale, tracking?: TrackingMessages): string {
  const core: Readonly<Record<string, unknown>> = MESSAGES[locale];
  return renderWith(d.code in core ? core : (tracking?.[locale] ?? core), d);
}

export function renderDiagnostics(diagnostics: readonly Diagnostic[], locale: Locale, tracking?: TrackingMessages): RenderedDiagnostic[] {
  return diagnostics.map((d) => ({
    code: d.code,
    severity: d.severity,
    sheet: d.sheet,
    cell: locationA1(d),
    message: renderMessage(d, locale, tracking),
  }));
}
