/**
 * 五、存在问题及改进建议 and 六、评价结论. Problems are the workbook's own diagnostics on the scored
 * indicators, the expenses and the funds, grouped by theme and written with the cells they name;
 * each theme found brings its suggestion (advice, not a fact). What the themes do not cover is
 * counted and referred to the 校验问题 sheet.
 */
import type { DiagnosticCode } from '../../diagnostics/types';
import type { CellRef } from '../../model';
import type { DraftParagraph, DraftSection } from './draftTypes';
import type { DraftFacts } from './facts';
import { listed, Para } from './segments';
import { LISTED_NAMES, onIndicators, projectName, quotedName, section, words } from './sectionKit';

interface Theme {
  readonly heading: string;
  readonly codes: readonly DiagnosticCode[];
  readonly write: (facts: DraftFacts) => DraftParagraph[];
  /** The heading of its suggestion and the suggestion. */
  readonly advice: string;
  readonly suggestion: string;
}

/** The first LISTED_NAMES of a list, and a pointer to 校验问题 when there were more. */
function capped<T>(facts: DraftFacts, items: readonly T[], write: (item: T) => DraftParagraph): DraftParagraph[] {
  const out = items.slice(0, LISTED_NAMES).map(write);
  if (items.length > LISTED_NAMES) out.push(words(facts, '另有同类问题，详见“校验问题”工作表。'));
  return out;
}

function countOf(facts: DraftFacts, code: DiagnosticCode): Para {
  return new Para(facts).num({ kind: 'count', path: ['evaluation', 'diagnostics'], where: { code: [code] } }, 'integer');
}

function coverageParagraphs(facts: DraftFacts): DraftParagraph[] {
  const expenses = facts.evaluation.expenses;
  if (!expenses) return [];
  return facts.evaluation.diagnostics
    .filter((d) => d.code === 'EXPENSE_NOT_COVERED')
    .map((d) => {
      const i = expenses.items.findIndex((item) => item.row === d.row);
      const item = expenses.items[i];
      const p = new Para(facts).t('支出“');
      if (!item) return p.blank().t('”没有对应的绩效指标。').done();
      const at = (col: number | undefined): CellRef | undefined => (col === undefined ? undefined : { sheet: expenses.sheet, row: item.row, col });
      const amount = ['evaluation', 'expenses', 'items', i, 'amount'];
      p.cell(item.summary, at(expenses.summaryCol), '支出摘要').t('”');
      p.val(amount, expenses.unit === '元' ? 'yuan' : 'wan', [at(expenses.amountCol)]).t(`${expenses.unit}，占支出合计的`);
      p.num({ kind: 'ratio', numerator: amount, denominator: ['evaluation', 'expenses', 'sum'] }, 'share1', [at(expenses.amountCol)]);
      return p.t('，没有绩效指标衡量这笔支出。').done();
    });
}

function indicatorDesign(facts: DraftFacts): DraftParagraph[] {
  const out = coverageParagraphs(facts);
  out.push(
    ...capped(facts, onIndicators(facts, 'PLACEHOLDER_INDICATOR'), ({ r }) =>
      new Para(facts).name(r.row.level2, 'level').t('下未设置三级指标（填写为“').cell(r.row.name || '（空）', { sheet: r.row.sheet, row: r.row.row, col: r.row.cols.name ?? 0 }).t('”）。').done(),
    ),
  );
  const measurable = [...onIndicators(facts, 'QUALITATIVE_TARGET'), ...onIndicators(facts, 'TARGET_UNPARSED')];
  if (measurable.length > 0) {
    const items = measurable.map(({ r }) => quotedName(new Para(facts), r).done());
    out.push(new Para(facts).add(listed(facts, items, LISTED_NAMES)).t('的年度指标值不是可衡量的数值。').done());
  }
  const satisfaction = [...onIndicators(facts, 'SATISFACTION_NOT_QUANTIFIED'), ...onIndicators(facts, 'SATISFACTION_TARGET_LOW')];
  out.push(...capped(facts, satisfaction, ({ r }) => quotedName(new Para(facts).t('满意度指标'), r).t('的年度指标值未量化或低于评分口径要求。').done()));
  out.push(...capped(facts, onIndicators(facts, 'SUSPICIOUS_ZERO_TARGET'), ({ r }) => quotedName(new Para(facts), r).t('是比率类指标，年度指标值却为零。').done()));
  out.push(...capped(facts, onIndicators(facts, 'DUPLICATE_INDICATOR'), ({ r }) => quotedName(new Para(facts), r).t('在同一二级指标下重复设置。').done()));
  return out;
}

function actuals(facts: DraftFacts): DraftParagraph[] {
  const out: DraftParagraph[] = [];
  const missing = onIndicators(facts, 'ACTUAL_MISSING');
  if (missing.length > 0) {
    const names = listed(facts, missing.map(({ r }) => quotedName(new Para(facts), r).done()), LISTED_NAMES);
    out.push(countOf(facts, 'ACTUAL_MISSING').t('项指标未填写实际完成值：').add(names).t('。').done());
  }
  const unreadable = (['ACTUAL_NOT_NUMERIC', 'QUAL_ACTUAL_UNRECOGNIZED', 'ACTUAL_INVALID'] as const).flatMap((code) => onIndicators(facts, code));
  out.push(
    ...capped(facts, unreadable, ({ r }) =>
      quotedName(new Para(facts), r).t('的实际完成值“').cell(r.row.actualText, { sheet: r.row.sheet, row: r.row.row, col: r.row.cols.actual ?? 0 }).t('”无法计分。').done(),
    ),
  );
  out.push(
    ...capped(facts, onIndicators(facts, 'UNIT_MISMATCH'), ({ r, params }) => {
      const p = quotedName(new Para(facts), r).t('的年度指标值以“').name(String(params.targetUnit), 'unit').t('”计，实际完成值以“');
      return p.name(String(params.actualUnit), 'unit').t('”计，计量单位不一致。').done();
    }),
  );
  const approximate = onIndicators(facts, 'APPROXIMATE_ACTUAL');
  if (approximate.length > 0) {
    const items = approximate.map(({ r }) =>
      quotedName(new Para(facts), r).t('（').cell(r.row.actualText, { sheet: r.row.sheet, row: r.row.row, col: r.row.cols.actual ?? 0 }).t('）').done(),
    );
    out.push(countOf(facts, 'APPROXIMATE_ACTUAL').t('项指标的实际完成值为约数：').add(listed(facts, items, LISTED_NAMES)).t('。').done());
  }
  return out;
}

function reasons(facts: DraftFacts): DraftParagraph[] {
  const found = onIndicators(facts, 'DEVIATION_REASON_MISSING');
  if (found.length === 0) return [];
  const names = listed(facts, found.map(({ r }) => quotedName(new Para(facts), r).done()), LISTED_NAMES);
  return [countOf(facts, 'DEVIATION_REASON_MISSING').t('项未完成年度指标值或偏离较大的指标未填写偏差原因分析及改进措施：').add(names).t('。').done()];
}

function execution(facts: DraftFacts): DraftParagraph[] {
  const codes = new Set(facts.evaluation.diagnostics.map((d) => d.code));
  const out: DraftParagraph[] = [];
  if (codes.has('LOW_EXECUTION_RATE')) {
    out.push(new Para(facts).t('预算执行率').val(['evaluation', 'budget', 'rate'], 'percent2').t('，低于').val(['profile', 'lowExecutionRate'], 'percent2').t('。').done());
  }
  if (codes.has('OVER_BUDGET')) out.push(words(facts, '全年执行数超过全年预算数。'));
  if (codes.has('EXECUTED_EXCEEDS_RECEIVED')) out.push(words(facts, '全年执行数超过资金到位数。'));
  return out;
}

function consistency(facts: DraftFacts): DraftParagraph[] {
  const out: DraftParagraph[] = [];
  for (const d of facts.evaluation.diagnostics) {
    if (d.code === 'TITLE_PROJECT_MISMATCH' && d.row !== undefined && d.col !== undefined) {
      const p = new Para(facts).t('“').name(d.sheet, 'sheet').t('”的标题“').cell(d.params.title, { sheet: d.sheet, row: d.row, col: d.col }).t('”与项目名称“');
      out.push(projectName(p, facts).t('”不符。').done());
    }
  }
  const codes = new Set(facts.evaluation.diagnostics.map((d) => d.code));
  if (codes.has('EXPENSE_TOTAL_MISMATCH')) out.push(words(facts, '支出明细的合计数与各项金额之和不符。'));
  if (codes.has('EXECUTED_MISMATCH')) out.push(words(facts, '项目信息中的全年执行数与支出明细合计不符。'));
  if (codes.has('FUND_BREAKDOWN_MISMATCH')) out.push(words(facts, '资金来源各项之和与全年预算数不符。'));
  return out;
}

/** The §9 checks of a tracking run (none of them is raised in a self-evaluation). */
export const TRACKING_CHECKS: readonly DiagnosticCode[] = [
  'EXECUTION_BEHIND_SCHEDULE',
  'INDICATOR_BEHIND_SCHEDULE',
  'LIKELIHOOD_WITHOUT_REASON',
  'LIKELIHOOD_INCONSISTENT',
  'AS_OF_OUTSIDE_PERIOD',
];

function trackingChecks(facts: DraftFacts): DraftParagraph[] {
  const codes = new Set(facts.evaluation.diagnostics.map((d) => d.code));
  const out: DraftParagraph[] = [];
  if (codes.has('EXECUTION_BEHIND_SCHEDULE')) {
    const p = new Para(facts).t('资金执行进度').val(['evaluation', 'tracking', 'funds', 'executionProgress'], 'percent2');
    p.t('，落后于时间进度').val(['evaluation', 'tracking', 'timeProgress'], 'percent2').t('超过');
    out.push(p.val(['profile', 'tracking', 'behindSchedule'], 'points').t('个百分点。').done());
  }
  const names = (code: DiagnosticCode): DraftParagraph => listed(facts, onIndicators(facts, code).map(({ r }) => quotedName(new Para(facts), r).done()), LISTED_NAMES);
  if (onIndicators(facts, 'INDICATOR_BEHIND_SCHEDULE').length > 0) {
    out.push(new Para(facts).add(names('INDICATOR_BEHIND_SCHEDULE')).t('为红灯，完成进度明显落后。').done());
  }
  if (onIndicators(facts, 'LIKELIHOOD_WITHOUT_REASON').length > 0) {
    out.push(new Para(facts).add(names('LIKELIHOOD_WITHOUT_REASON')).t('的完成目标可能性为“有可能”或“完全不可能”，未说明偏差原因。').done());
  }
  if (onIndicators(facts, 'LIKELIHOOD_INCONSISTENT').length > 0) {
    out.push(new Para(facts).add(names('LIKELIHOOD_INCONSISTENT')).t('的完成目标可能性填报为“确定能”，全年预计完成值却未达到年度指标值。').done());
  }
  if (codes.has('AS_OF_OUTSIDE_PERIOD')) out.push(words(facts, '评价截止日期不在项目实施周期内，时间进度无法计算，请核实。'));
  return out;
}

const THEMES: readonly Theme[] = [
  {
    heading: '执行进度落后或完成目标存在风险',
    advice: '加快执行进度并及时纠偏',
    codes: TRACKING_CHECKS,
    write: trackingChecks,
    suggestion: '对落后于时间进度的资金和指标逐项分析原因，制定纠偏措施并明确完成时限；完成目标可能性为“有可能”或“完全不可能”的，应说明原因，确需调整的按程序申请调整绩效目标。',
  },
  {
    heading: '绩效指标设置不够完整',
    advice: '完善绩效指标设置',
    codes: ['EXPENSE_NOT_COVERED', 'PLACEHOLDER_INDICATOR', 'QUALITATIVE_TARGET', 'TARGET_UNPARSED', 'SATISFACTION_NOT_QUANTIFIED', 'SATISFACTION_TARGET_LOW', 'SUSPICIOUS_ZERO_TARGET', 'DUPLICATE_INDICATOR'],
    write: indicatorDesign,
    suggestion: '对照支出内容完善绩效指标：主要支出都应有产出或效益指标衡量，定性或未量化的年度指标值应细化为可衡量的数值，“无”等占位应替换为实际指标或删除。',
  },
  {
    heading: '实际完成值填报不完整、不规范',
    advice: '规范实际完成值填报',
    codes: ['ACTUAL_MISSING', 'ACTUAL_NOT_NUMERIC', 'QUAL_ACTUAL_UNRECOGNIZED', 'ACTUAL_INVALID', 'UNIT_MISMATCH', 'APPROXIMATE_ACTUAL'],
    write: actuals,
    suggestion: '完整填报各项指标的实际完成值，计量单位与年度指标值保持一致，以准确数值代替约数，并留存佐证资料。',
  },
  {
    heading: '偏差原因分析缺失',
    advice: '加强偏差原因分析',
    codes: ['DEVIATION_REASON_MISSING'],
    write: reasons,
    suggestion: '对未完成年度指标值或偏离较大的指标逐项分析偏差原因，提出针对性的改进措施。',
  },
  {
    heading: '预算执行有待加强',
    advice: '加快预算执行',
    codes: ['LOW_EXECUTION_RATE', 'OVER_BUDGET', 'EXECUTED_EXCEEDS_RECEIVED'],
    write: execution,
    suggestion: '加强预算执行管理，按计划及时支付使用资金，执行数不得超过预算和到位资金。',
  },
  {
    heading: '基础资料不一致',
    advice: '核实基础资料',
    codes: ['TITLE_PROJECT_MISMATCH', 'EXPENSE_TOTAL_MISMATCH', 'EXECUTED_MISMATCH', 'FUND_BREAKDOWN_MISMATCH'],
    write: consistency,
    suggestion: '核对支出明细等基础资料的标题和数据，确保与本项目及项目信息一致。',
  },
];

const HANDLED = new Set<DiagnosticCode>(THEMES.flatMap((t) => t.codes));

export function findingsSection(facts: DraftFacts): DraftSection {
  const problems: DraftSection[] = [];
  const suggestions: DraftSection[] = [];
  for (const theme of THEMES) {
    const paragraphs = theme.write(facts);
    if (paragraphs.length === 0) continue;
    problems.push(section(words(facts, theme.heading), paragraphs));
    suggestions.push(section(words(facts, theme.advice), [words(facts, theme.suggestion)]));
  }
  const references = new Set(facts.comparison ? [facts.comparison.referenceSheet] : []);
  const other = facts.evaluation.diagnostics.filter((d) => d.severity !== 'info' && !HANDLED.has(d.code) && !references.has(d.sheet));
  const otherCodes = [...new Set(other.map((d) => d.code))];
  const otherSheets = [...new Set(other.map((d) => d.sheet))];
  const problemParagraphs: DraftParagraph[] = [];
  if (problems.length === 0 && other.length === 0) problemParagraphs.push(words(facts, '校验未发现需要说明的问题。'));
  if (other.length > 0) {
    problemParagraphs.push(
      new Para(facts)
        .t('此外，另有')
        .num({ kind: 'count', path: ['evaluation', 'diagnostics'], where: { code: otherCodes, severity: ['error', 'warning'], sheet: otherSheets } }, 'integer')
        .t('项校验问题，详见“校验问题”工作表。')
        .done(),
    );
  }
  suggestions.push(section(words(facts, '其他'), [new Para(facts).t('其他问题及改进建议：').blank().done()]));
  return section(words(facts, '存在问题及改进建议'), [], [
    section(words(facts, '存在的问题'), problemParagraphs, problems),
    section(words(facts, '改进建议'), [], suggestions),
  ]);
}

export function conclusionSection(facts: DraftFacts): DraftSection {
  const e = facts.evaluation;
  const p = projectName(new Para(facts).t('综上，'), facts).t('绩效评价得分').val(['evaluation', 'total'], 'fixed2');
  p.t(`分，评价等级为“${e.grade}”`);
  if (e.provisional) {
    p.t('（暂定：尚有').num({ kind: 'count', path: ['evaluation', 'diagnostics'], where: { severity: ['error'] } }, 'integer').t('项错误级校验问题待更正）');
  }
  p.t('。');
  return section(words(facts, '评价结论'), [p.done(), new Para(facts).t('评价结论意见：').blank().done()]);
}
