/**
 * The sections of the tracking draft (DOMAIN.md §9, §10.3): 二、资金到位及执行进度, 三、绩效目标完成进度,
 * 四、偏差原因及纠偏措施 and 六、监控结论 (一、 and 五、 are the self-evaluation's). Every figure is a path
 * into `evaluation.tracking` with the cells it comes from; what the sheets do not say — why a figure
 * deviates, what will be done about it — is a 【请补充】 blank.
 */
import type { CellRef, IndicatorResult } from '../../model';
import type { FundsTracking, IndicatorTracking, TrackingResult } from '../../tracking/types';
import type { DraftParagraph, DraftSection, FactPath } from './draftTypes';
import type { DraftFacts } from './facts';
import { isNumericTarget } from '../../parse/parseTarget';
import { projectedUnit, scaledForDisplay } from '../../tracking/formatProjected';
import { CATEGORY_LABEL } from '../../tracking/likelihood';
import { lightWord } from '../../tracking/lightWord';
import { listed, Para } from './segments';
import { TRACKING_CHECKS } from './findingSections';
import { LISTED_DEVIATIONS, LISTED_NAMES, LISTED_PER_LEVEL2, indicatorCell, projectCell, projectName, quotedName, section, words } from './sectionKit';

const T: FactPath = ['evaluation', 'tracking'];
const FUNDS: FactPath = [...T, 'funds'];

function trackingOf(facts: DraftFacts): TrackingResult | undefined {
  return facts.evaluation.tracking;
}

/** The cells of the funds' figures: the execution to date, the base of 执行进度, 资金到位数, 全年预计执行数. */
function fundCells(facts: DraftFacts, f: FundsTracking): { executed?: CellRef; base?: CellRef; received?: CellRef; projected?: CellRef } {
  const { project, budget, expenses } = facts.evaluation;
  const executed =
    project?.executedToDate !== undefined
      ? projectCell(project, 'executedToDate')
      : budget.executedSource === 'projectInfo'
        ? projectCell(project, 'executed')
        : expenses?.declaredTotalRef;
  const base = f.baseSource ? projectCell(project, f.baseSource) : undefined;
  const received = projectCell(project, 'received');
  const projected = f.projectedGiven ? projectCell(project, 'projectedExecuted') : undefined;
  return { ...(executed ? { executed } : {}), ...(base ? { base } : {}), ...(received ? { received } : {}), ...(projected ? { projected } : {}) };
}

/** `截至2021年7月31日`. */
function asOfPhrase(p: Para, facts: DraftFacts): Para {
  const project = facts.evaluation.project;
  return p.t('截至').date(trackingOf(facts)?.asOf, [...T, 'asOf'], [projectCell(project, 'asOf')], '评价截止日期');
}

/** `时间进度58.33%`, with the dates it comes from. */
function timeProgress(p: Para, facts: DraftFacts): Para {
  const project = facts.evaluation.project;
  const cells = [projectCell(project, 'asOf'), projectCell(project, 'periodStart'), projectCell(project, 'periodEnd')];
  return p.t('时间进度').val([...T, 'timeProgress'], 'percent2', cells, '时间进度');
}

const BASE_LABEL = { annualBudget: '全年预算数', adjustedBudget: '调整后预算数', initialBudget: '年初预算数' } as const;

function fundsParagraphs(facts: DraftFacts, t: TrackingResult): DraftParagraph[] {
  const f = t.funds;
  const cells = fundCells(facts, f);
  const out: DraftParagraph[] = [];
  const received = asOfPhrase(new Para(facts), facts).t('，资金到位数');
  if (f.received === undefined) received.blank('资金到位数').t('。');
  else {
    received.val([...FUNDS, 'received'], 'wan', [cells.received]).t('万元，到位率');
    received.val([...FUNDS, 'receivedRate'], 'percent2', [cells.received, cells.base], '到位率').t('。');
  }
  out.push(received.done());
  const p = asOfPhrase(new Para(facts), facts).t('，项目执行数');
  p.val([...FUNDS, 'executed'], 'wan', [cells.executed], '截至日执行数');
  if (f.executed !== undefined) p.t('万元');
  const { project, budget } = facts.evaluation;
  if (project?.executedToDate === undefined && budget.executedSource === 'expenses') p.t('（项目信息未填写执行数，按支出明细合计折算）');
  p.t('，占').t(f.baseSource ? BASE_LABEL[f.baseSource] : '全年预算数').val([...FUNDS, 'base'], 'wan', [cells.base], '全年预算数');
  if (f.base !== undefined) p.t('万元');
  p.t('的').val([...FUNDS, 'executionProgress'], 'percent2', [cells.executed, cells.base], '执行进度').t('（执行进度）；');
  timeProgress(p, facts).t('。');
  out.push(p.done());
  const gap = new Para(facts).t('执行进度与时间进度之差为');
  gap.val([...FUNDS, 'gap'], 'gap', [cells.executed, cells.base], '进度差');
  if (f.gap !== undefined) gap.t(`个百分点，${lightWord(f.light, false)}`).t(f.light === 'green' ? '，资金执行不落后于时间进度。' : '，资金执行落后于时间进度。');
  else gap.t('。');
  out.push(gap.done());
  const projection = new Para(facts).t(f.projectedGiven ? '单位填报的全年预计执行数' : '按进度推算（截至日执行数÷时间进度），全年预计执行数');
  projection.val([...FUNDS, 'projectedExecuted'], 'wan', f.projectedGiven ? [cells.projected] : [cells.executed], '全年预计执行数');
  if (f.projectedExecuted !== undefined) {
    projection.t('万元，预计执行率').val([...FUNDS, 'projectedRate'], 'percent2', [], '预计执行率').t('（以百分之百为限）');
  }
  out.push(projection.t('。').done());
  return out;
}

export function trackingFundsSection(facts: DraftFacts): DraftSection | undefined {
  const t = trackingOf(facts);
  if (!t) return undefined;
  return section(words(facts, '资金到位及执行进度'), fundsParagraphs(facts, t));
}

function rowCell(r: IndicatorResult, col: number | undefined): CellRef | undefined {
  return col === undefined ? undefined : { sheet: r.row.sheet, row: r.row.row, col };
}

/** `全年预计完成102.86批次（按进度推算）` / `全年预计完成值“…”（单位填报）`; nothing when there is no projection. */
function projectionPhrase(p: Para, x: IndicatorTracking, i: number): Para {
  const projection = x.projection;
  const r = x.result;
  if (!projection) return p;
  if (projection.given) {
    return p.t('；全年预计完成值“').cell(r.row.tracking?.projectionText, rowCell(r, r.row.cols.projection), '全年预计完成值').t('”（单位填报）');
  }
  const target = r.row.target;
  if (projection.value === undefined || !isNumericTarget(target) || x.measure !== 'cumulative') return p.t('；全年预计与截至日持平');
  const value: FactPath = [...T, 'indicators', i, 'projection', 'value'];
  const cells = [indicatorCell(r, 'actual')];
  p.t('；全年预计完成');
  if (scaledForDisplay(target)) {
    p.num({ kind: 'ratio', numerator: value, denominator: [...T, 'indicators', i, 'result', 'row', 'target', 'scale'] }, 'points', cells);
  } else {
    p.val(value, 'points', cells);
  }
  p.name(projectedUnit(target), 'unit');
  return projection.projected ? p.t('（按进度推算）') : p;
}

/** One indicator: `“接洽客商（批次）”年度指标值≥320，截至日完成值210，完成进度65.63%，绿灯；全年预计完成360批次（按进度推算）；完成目标可能性：确定能。` */
function indicatorSentence(facts: DraftFacts, x: IndicatorTracking, i: number): DraftParagraph {
  const r = x.result;
  const p = quotedName(new Para(facts), r).t('年度指标值');
  if (r.row.targetText === '') p.blank('年度指标值');
  else p.cell(r.row.targetText, indicatorCell(r, 'target'));
  if (r.row.actualText === '') {
    p.t('，截至日尚未填报完成值，').t(lightWord('grey'));
  } else {
    // A number as it stands, a text in quotes (as the self-evaluation draft writes it).
    const quoted = r.row.actual.kind === 'TEXT' || r.row.actual.kind === 'TIER';
    p.t(quoted ? '，截至日完成值“' : '，截至日完成值').cell(r.row.actualText, indicatorCell(r, 'actual')).t(quoted ? '”' : '');
    if (x.progress !== undefined) p.t('，完成进度').val([...T, 'indicators', i, 'progress'], 'percent2', [indicatorCell(r, 'target'), indicatorCell(r, 'actual')]);
    p.t('，').t(lightWord(x.light, x.grey !== 'unreadable'));
  }
  projectionPhrase(p, x, i);
  if (r.row.tracking?.likelihoodText) {
    p.t('；完成目标可能性：').cell(r.row.tracking.likelihoodText, rowCell(r, r.row.cols.likelihood));
  }
  return p.t('。').done();
}

function overall(facts: DraftFacts, t: TrackingResult): DraftParagraph[] {
  const c = (light: string): FactPath => [...T, 'counts', light];
  const p = asOfPhrase(new Para(facts), facts).t('，');
  timeProgress(p, facts).t('。跟踪的').num({ kind: 'count', path: [...T, 'indicators'] }, 'integer').t('项绩效指标中，');
  p.t('绿灯').val(c('green'), 'integer').t('项、黄灯').val(c('yellow'), 'integer').t('项、红灯').val(c('red'), 'integer');
  p.t('项、未填报或无法判断').val(c('grey'), 'integer').t('项。');
  const score = new Para(facts).t('按全年预计完成值和预计执行数，依').name(facts.profile.label['zh-CN'], 'profile');
  score.t('自评规则计算，预计全年得分').val([...T, 'projectedTotal'], 'fixed2').t(`分（评价等级“${t.projectedGrade}”）；`);
  score.t('截至日得分（参考）').val([...T, 'snapshotTotal'], 'fixed2').t(`分（评价等级“${facts.evaluation.grade}”`);
  score.t(facts.evaluation.provisional ? '，暂定）。' : '）。');
  const project = facts.evaluation.project;
  const goal = new Para(facts).t('年度总体目标截至日完成情况：').cell(project?.goalActual, projectCell(project, 'goalActual'), '截至日完成情况').done();
  return [p.done(), score.done(), goal];
}

/** Per 一级, its indicators by 二级 (the first LISTED_PER_LEVEL2 of a 二级; all of them in 指标得分明细). */
function level1Sections(facts: DraftFacts, t: TrackingResult): DraftSection[] {
  const known = facts.profile.level1.map((l) => l.name);
  const present = [...new Set(t.indicators.map((x) => x.result.row.level1))];
  return [...known.filter((l) => present.includes(l)), ...present.filter((l) => !known.includes(l))].map((level1) => {
    const mine = t.indicators.map((x, i) => ({ x, i })).filter(({ x }) => x.result.row.level1 === level1);
    const level2s = [...new Set(mine.map(({ x }) => x.result.row.level2))];
    const paragraphs = level2s.flatMap((level2) =>
      mine
        .filter(({ x }) => x.result.row.level2 === level2)
        .slice(0, LISTED_PER_LEVEL2)
        .map(({ x, i }) => new Para(facts).name(level2, 'level').t('：').add(indicatorSentence(facts, x, i)).done()),
    );
    return section(new Para(facts).name(level1, 'level').t('完成进度').done(), paragraphs);
  });
}

export function progressSection(facts: DraftFacts): DraftSection | undefined {
  const t = trackingOf(facts);
  if (!t) return undefined;
  const subsections = [section(words(facts, '总体进度'), overall(facts, t)), ...level1Sections(facts, t)];
  if (t.indicators.length === 0) subsections.push(section(words(facts, '绩效指标完成进度'), [new Para(facts).t('未找到可跟踪的绩效指标。').blank().done()]));
  return section(words(facts, '绩效目标完成进度'), [], subsections);
}

/** 偏差原因 as the sheet gives it (categories, the reason text), else a blank; 纠偏措施 always a blank. */
function reasonAndMeasures(p: Para, x: IndicatorTracking): Para {
  const r = x.result;
  const categories = x.categories.map((k) => CATEGORY_LABEL[k]);
  p.t('偏差原因：');
  if (categories.length === 0 && r.row.deviationReason === '') p.blank('偏差原因');
  if (categories.length > 0) p.t(`${categories.join('、')}方面`);
  if (r.row.deviationReason !== '') p.t(categories.length > 0 ? '，' : '').cell(r.row.deviationReason, indicatorCell(r, 'reason'));
  return p.t('；纠偏措施：').blank('纠偏措施').t('。');
}

function behind(x: IndicatorTracking): boolean {
  return x.light === 'yellow' || x.light === 'red' || (x.likelihood !== undefined && x.likelihood !== 'certain');
}

function deviationParagraphs(facts: DraftFacts, t: TrackingResult): DraftSection[] {
  const f = t.funds;
  const out: DraftSection[] = [];
  const funds = new Para(facts);
  if (f.light === 'yellow' || f.light === 'red') {
    funds.t('资金执行进度落后于时间进度，进度差').val([...FUNDS, 'gap'], 'gap').t(`个百分点（${lightWord(f.light)}）。偏差原因：`);
    funds.cell(facts.evaluation.project?.executionReason, projectCell(facts.evaluation.project, 'executionReason'), '偏差原因');
    funds.t('；纠偏措施：').blank('纠偏措施').t('。');
  } else if (f.light === 'green') {
    funds.t('资金执行进度不落后于时间进度。');
  } else {
    funds.t('资金执行进度无法与时间进度比较').blank('截至日执行数').t('。');
  }
  out.push(section(words(facts, '资金执行偏差'), [funds.done()]));
  const rows = t.indicators.map((x, i) => ({ x, i })).filter(({ x }) => behind(x));
  const indicators: DraftSection[] = rows.slice(0, LISTED_DEVIATIONS).map(({ x, i }) => {
    const p = new Para(facts).add(indicatorSentence(facts, x, i));
    return section(new Para(facts).cell(x.result.row.name, indicatorCell(x.result, 'name')).done(), [reasonAndMeasures(p, x).done()]);
  });
  const lead: DraftParagraph[] = [];
  if (rows.length === 0) lead.push(words(facts, '已填报的绩效指标完成进度均不落后于时间进度或年度指标值，完成目标可能性均为“确定能”或未填写。'));
  if (rows.length > LISTED_DEVIATIONS) lead.push(words(facts, '落后的指标较多，以下逐项说明其中一部分，全部见“绩效运行监控表”。'));
  const unreported = t.indicators.filter((x) => x.light === 'grey' && x.grey === 'notReported');
  if (unreported.length > 0) {
    const names = listed(facts, unreported.map((x) => quotedName(new Para(facts), x.result).done()), LISTED_NAMES);
    lead.push(new Para(facts).add(names).t('截至日尚未填报完成值。原因及下一步安排：').blank().t('。').done());
  }
  out.push(section(words(facts, '绩效指标偏差'), lead, indicators));
  const found = { kind: 'count', path: ['evaluation', 'diagnostics'], where: { code: TRACKING_CHECKS } } as const;
  const checks = facts.evaluation.diagnostics.some((d) => TRACKING_CHECKS.includes(d.code))
    ? new Para(facts).t('跟踪检查发现').num(found, 'integer').t('项问题，见“存在问题及改进建议”。').done()
    : words(facts, '跟踪检查未发现资金执行进度明显落后、红灯指标、完成目标可能性未说明原因或与预计不符、评价截止日期不在实施周期内的情况。');
  out.push(section(words(facts, '跟踪检查'), [checks]));
  return out;
}

export function trackingDeviationSection(facts: DraftFacts): DraftSection | undefined {
  const t = trackingOf(facts);
  if (!t) return undefined;
  return section(words(facts, '偏差原因及纠偏措施'), [], deviationParagraphs(facts, t));
}

export function trackingConclusionSection(facts: DraftFacts): DraftSection | undefined {
  const t = trackingOf(facts);
  if (!t) return undefined;
  const p = asOfPhrase(projectName(new Para(facts).t('综上，'), facts), facts).t('，资金执行进度');
  p.val([...FUNDS, 'executionProgress'], 'percent2', [], '执行进度').t('，');
  timeProgress(p, facts).t('，').t(lightWord(t.funds.light, false)).t('；绩效指标绿灯').val([...T, 'counts', 'green'], 'integer');
  p.t('项、黄灯').val([...T, 'counts', 'yellow'], 'integer').t('项、红灯').val([...T, 'counts', 'red'], 'integer').t('项；');
  p.t('预计全年得分').val([...T, 'projectedTotal'], 'fixed2').t(`分（“${t.projectedGrade}”），截至日得分（参考）`).val([...T, 'snapshotTotal'], 'fixed2').t('分。');
  return section(words(facts, '监控结论'), [p.done(), new Para(facts).t('监控结论意见及下一步工作安排：').blank().done()]);
}
