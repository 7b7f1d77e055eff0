/** 三、绩效目标完成情况 and 四、偏差及原因 of the self-evaluation draft. */
import type { IndicatorResult } from '../../model';
import type { DraftParagraph, DraftSection } from './draftTypes';
import type { DraftFacts } from './facts';
import { Para } from './segments';
import {
  LISTED_DEVIATIONS,
  LISTED_PER_LEVEL2,
  indicatorCell,
  indicatorPath,
  onIndicators,
  projectCell,
  quotedName,
  section,
  shortfalls,
  targetAndActual,
  words,
} from './sectionKit';

const ERRORS = { kind: 'count', path: ['evaluation', 'diagnostics'], where: { severity: ['error'] } } as const;

function overall(facts: DraftFacts): DraftParagraph[] {
  const e = facts.evaluation;
  const out: DraftParagraph[] = [];
  const p = new Para(facts).t('按').name(facts.profile.label['zh-CN'], 'profile').t('评分口径，项目总分');
  p.val(['evaluation', 'total'], 'fixed2').t('分（满分').val(['evaluation', 'max'], 'points').t(`分），评价等级为“${e.grade}”。`);
  if (e.provisional) p.t('因存在').num(ERRORS, 'integer').t('项错误级校验问题（详见“校验问题”工作表），上述结果为暂定。');
  out.push(p.done());
  const levels = new Para(facts).t('其中');
  facts.profile.level1.forEach((l1) => {
    if (!e.levels[l1.name]) return;
    levels.name(l1.name, 'level').t('得').val(['evaluation', 'levels', l1.name, 'score'], 'fixed2');
    levels.t('分（分值').val(['evaluation', 'levels', l1.name, 'weight'], 'points').t('分），');
  });
  levels.t('预算执行率得').val(['evaluation', 'budget', 'score'], 'fixed2').t('分（分值').val(['evaluation', 'budget', 'weight'], 'points').t('分）。');
  out.push(levels.done());
  const project = e.project;
  out.push(new Para(facts).t('年度总体目标实际完成情况：').cell(project?.goalActual, projectCell(project, 'goalActual'), '实际完成情况').done());
  return out;
}

/** `达成年度指标值` / `完成率65.63%` / `未填写实际完成值` … for one scored indicator. */
function outcome(p: Para, facts: DraftFacts, r: IndicatorResult): Para {
  switch (r.status) {
    case 'met':
      return p.t('达成年度指标值');
    case 'partial':
    case 'unmet':
      if (r.completion !== undefined) return p.t('完成率').val(indicatorPath(facts, r, 'completion'), 'percent2');
      return p.t(r.status === 'partial' ? '部分达成' : '未达成');
    case 'missing':
      return p.t(r.row.actualText === '' ? '不计分' : '无法计分');
    case 'excluded':
      return p.t('不计分');
  }
}

function indicatorSentence(facts: DraftFacts, r: IndicatorResult): DraftParagraph {
  const p = quotedName(new Para(facts), r);
  if (r.row.placeholder) return p.t('为占位内容，未设置三级指标，不计分').done();
  if (r.status === 'excluded') return p.t('不在指标体系中，不计分').done();
  targetAndActual(p, r).t('，');
  if (r.status !== 'missing' || r.row.actualText !== '') outcome(p, facts, r).t('，');
  p.t('得').val(indicatorPath(facts, r, 'score'), 'fixed2').t('分（分值').val(indicatorPath(facts, r, 'weight'), 'points').t('分）');
  return p.done();
}

/**
 * One paragraph per indicator, led by its 二级: `数量指标：“…”年度指标值…。`; a 二级 with more than
 * LISTED_PER_LEVEL2 indicators says how many it has and lists the first of them.
 */
function level1Paragraphs(facts: DraftFacts, level1: string): DraftParagraph[] {
  const rows = facts.evaluation.indicators.filter((r) => r.row.level1 === level1);
  const level2s = [...new Set(rows.map((r) => r.row.level2))];
  return level2s.flatMap((level2) => {
    const mine = rows.filter((r) => r.row.level2 === level2);
    const out: DraftParagraph[] = [];
    if (mine.length > LISTED_PER_LEVEL2) {
      const count = { kind: 'count', path: ['evaluation', 'indicators'], where: { 'row.level1': [level1], 'row.level2': [level2] } } as const;
      out.push(new Para(facts).name(level2, 'level').t('共').num(count, 'integer').t('项指标，以下列出其中一部分，全部见“指标得分明细”工作表。').done());
    }
    for (const r of mine.slice(0, LISTED_PER_LEVEL2)) {
      out.push(new Para(facts).name(level2, 'level').t('：').add(indicatorSentence(facts, r)).t('。').done());
    }
    return out;
  });
}

export function resultSection(facts: DraftFacts): DraftSection {
  const subsections = [section(words(facts, '总体完成情况'), overall(facts))];
  const known = facts.profile.level1.map((l) => l.name);
  const present = [...new Set(facts.evaluation.indicators.map((r) => r.row.level1))];
  for (const level1 of [...known.filter((l) => present.includes(l)), ...present.filter((l) => !known.includes(l))]) {
    subsections.push(section(new Para(facts).name(level1, 'level').t('完成情况').done(), level1Paragraphs(facts, level1)));
  }
  if (present.length === 0) subsections.push(section(words(facts, '绩效指标完成情况'), [new Para(facts).t('未找到可评分的绩效指标。').blank().done()]));
  return section(words(facts, '绩效目标完成情况'), [], subsections);
}

function unitNote(p: Para, facts: DraftFacts, r: IndicatorResult): void {
  const mismatch = onIndicators(facts, 'UNIT_MISMATCH').find((x) => x.r === r);
  if (mismatch) {
    p.t('年度指标值以“').name(String(mismatch.params.targetUnit), 'unit').t('”计，实际完成值以“');
    p.name(String(mismatch.params.actualUnit), 'unit').t('”计，计量单位不一致，请核实。');
  }
  if (onIndicators(facts, 'APPROXIMATE_ACTUAL').some((x) => x.r === r)) p.t('实际完成值为约数。');
  if (onIndicators(facts, 'ACTUAL_NOT_NUMERIC').some((x) => x.r === r)) p.t('实际完成值不是数值，无法与年度指标值比较。');
  if (onIndicators(facts, 'QUAL_ACTUAL_UNRECOGNIZED').some((x) => x.r === r)) p.t('实际完成值不是“达成 / 部分达成 / 未达成”之一。');
}

function deviationBlock(facts: DraftFacts, r: IndicatorResult): DraftSection {
  const p = targetAndActual(new Para(facts), r);
  if (r.status === 'missing' && r.row.actualText === '') p.t('。');
  else outcome(p.t('，'), facts, r).t('。');
  unitNote(p, facts, r);
  p.t('偏差原因：').cell(r.row.deviationReason, indicatorCell(r, 'reason'), '偏差原因及改进措施');
  if (r.row.deviationReason !== '') p.t('。');
  return section(new Para(facts).cell(r.row.name, indicatorCell(r, 'name')).done(), [p.done()]);
}

function budgetDeviation(facts: DraftFacts): DraftParagraph[] {
  const { budget, diagnostics } = facts.evaluation;
  if (budget.rate === undefined) return [new Para(facts).t('预算执行率无法计算（全年预算数或全年执行数缺失）').blank('全年预算数、全年执行数').t('。').done()];
  const low = diagnostics.some((d) => d.code === 'LOW_EXECUTION_RATE');
  const over = diagnostics.some((d) => d.code === 'OVER_BUDGET');
  const p = new Para(facts).t('预算执行率').val(['evaluation', 'budget', 'rate'], 'percent2');
  if (low) p.t('，低于').val(['profile', 'lowExecutionRate'], 'percent2').t('的要求。偏差原因：').blank();
  else if (over) p.t('，全年执行数超过全年预算数。原因：').blank();
  else p.t('，不低于评分口径要求的').val(['profile', 'lowExecutionRate'], 'percent2').t('。');
  return [p.done()];
}

export function deviationSection(facts: DraftFacts): DraftSection {
  const short = shortfalls(facts);
  const over = onIndicators(facts, 'OVER_ACHIEVED').map((x) => x.r);
  const rows = facts.evaluation.indicators.filter((r) => short.includes(r) || over.includes(r));
  const lead: DraftParagraph[] = [];
  if (rows.length > LISTED_DEVIATIONS) {
    const count = { kind: 'count', path: ['evaluation', 'indicators'], where: { status: ['partial', 'unmet', 'missing'] } } as const;
    lead.push(new Para(facts).t('共').num(count, 'integer').t('项指标未达到年度指标值，以下逐项说明其中一部分，全部见“指标得分明细”工作表。').done());
  }
  const indicators =
    rows.length > 0
      ? section(words(facts, '绩效指标偏差'), lead, rows.slice(0, LISTED_DEVIATIONS).map((r) => deviationBlock(facts, r)))
      : section(words(facts, '绩效指标偏差'), [words(facts, '各项绩效指标均达到年度指标值，且无偏离较大的情况。')]);
  return section(words(facts, '偏差及原因'), [], [indicators, section(words(facts, '预算执行偏差'), budgetDeviation(facts))]);
}
