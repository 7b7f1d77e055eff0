/** 一、项目基本情况 and 二、资金到位及使用情况 of the draft (shared by every mode). */
import type { DraftParagraph, DraftSection } from './draftTypes';
import type { DraftFacts } from './facts';
import type { ChangeKind, ComparedSide } from '../compareIndicators';
import { CHANGE_KINDS } from '../compareIndicators';
import { CHANGE_LABELS } from '../comparisonSheet';
import { joined, Para } from './segments';
import { LISTED_EXPENSES, projectCell, projectName, projectPath, section, words } from './sectionKit';

function overview(facts: DraftFacts): DraftParagraph[] {
  const project = facts.evaluation.project;
  const out: DraftParagraph[] = [];
  const p = projectName(new Para(facts), facts).t('由');
  p.cell(project?.unit, projectCell(project, 'unit'), '实施单位').t('实施，主管部门为');
  p.cell(project?.department, projectCell(project, 'department'), '主管部门').t('。');
  out.push(p.done());
  const period = new Para(facts).t('项目实施周期为');
  if (project?.periodStart && project.periodEnd) {
    period.date(project.periodStart, projectPath('periodStart'), [projectCell(project, 'periodStart')]).t('至');
    period.date(project.periodEnd, projectPath('periodEnd'), [projectCell(project, 'periodEnd')]);
  } else {
    period.blank('实施周期');
  }
  period.t('，评价截止日期为').date(project?.asOf, projectPath('asOf'), [projectCell(project, 'asOf')], '评价截止日期').t('。');
  out.push(period.done());
  return out;
}

function goal(facts: DraftFacts): DraftParagraph[] {
  const project = facts.evaluation.project;
  return [new Para(facts).t('年度总体目标：').cell(project?.goalPlanned, projectCell(project, 'goalPlanned'), '年度总体目标').done()];
}

/** `商务接待（次）≥30` as cell copies. */
function indicatorWithTarget(facts: DraftFacts, side: ComparedSide): DraftParagraph {
  const row = side.row;
  const p = new Para(facts).cell(row.name, row.cols.name === undefined ? undefined : { sheet: row.sheet, row: row.row, col: row.cols.name });
  if (row.targetText !== '' && row.cols.target !== undefined) {
    p.t('，年度指标值').cell(row.targetText, { sheet: row.sheet, row: row.row, col: row.cols.target });
  }
  return p.done();
}

function nameOnly(facts: DraftFacts, side: ComparedSide): DraftParagraph {
  const row = side.row;
  return new Para(facts).cell(row.name, row.cols.name === undefined ? undefined : { sheet: row.sheet, row: row.row, col: row.cols.name }).done();
}

function targetOf(facts: DraftFacts, side: ComparedSide): DraftParagraph {
  const row = side.row;
  if (row.targetText === '' || row.cols.target === undefined) return words(facts, '（空）');
  return new Para(facts).cell(row.targetText, { sheet: row.sheet, row: row.row, col: row.cols.target }).done();
}

/** One kind's list: `新增：商务接待（次）≥30、…。` */
function kindItems(facts: DraftFacts, kind: ChangeKind): DraftParagraph | undefined {
  const comparison = facts.comparison;
  if (!comparison) return undefined;
  const pairs = comparison.pairs.filter((p) => p.changes.includes(kind));
  if (pairs.length === 0 || kind === 'unchanged') return undefined;
  const items = pairs.map((pair) => {
    const { reference, scored } = pair;
    if (kind === 'added' && scored) return indicatorWithTarget(facts, scored);
    if (kind === 'removed' && reference) return indicatorWithTarget(facts, reference);
    if (!reference || !scored) return [];
    const p = new Para(facts);
    if (kind === 'targetChanged') return p.add(nameOnly(facts, scored)).t('由').add(targetOf(facts, reference)).t('调整为').add(targetOf(facts, scored)).done();
    if (kind === 'level2Moved') {
      return p.add(nameOnly(facts, scored)).t('由').name(reference.row.level2, 'level').t('调整至').name(scored.row.level2, 'level').done();
    }
    return p.add(nameOnly(facts, reference)).t('调整为').add(nameOnly(facts, scored)).done();
  });
  return new Para(facts).t(`${CHANGE_LABELS[kind]}：`).add(joined(facts, items, '；')).t('。').done();
}

function adjustment(facts: DraftFacts): DraftSection | undefined {
  const comparison = facts.comparison;
  if (!comparison) return undefined;
  const p = new Para(facts).t('与参考指标表“').name(comparison.referenceSheet, 'sheet').t('”相比，评分所用的“');
  p.name(comparison.scoredSheet, 'sheet').t('”');
  CHANGE_KINDS.forEach((kind, i) => {
    p.t(i === 0 ? '' : '，').t(CHANGE_LABELS[kind]).num({ kind: 'value', path: ['comparison', 'summary', kind] }, 'integer').t('项');
  });
  p.t('。');
  const lists = CHANGE_KINDS.map((k) => kindItems(facts, k)).filter((x): x is DraftParagraph => x !== undefined);
  const basis = new Para(facts).t('指标调整的依据：').blank().done();
  return section(words(facts, '绩效指标调整情况'), [p.done(), ...lists, basis]);
}

export function projectSection(facts: DraftFacts): DraftSection {
  const subsections = [section(words(facts, '项目概况'), overview(facts)), section(words(facts, '项目绩效目标'), goal(facts))];
  const adjusted = adjustment(facts);
  if (adjusted) subsections.push(adjusted);
  return section(words(facts, '项目基本情况'), [], subsections);
}

function fundsReceived(facts: DraftFacts): DraftParagraph[] {
  const project = facts.evaluation.project;
  const p = new Para(facts);
  const amount = (label: string, field: 'initialBudget' | 'annualBudget' | 'appropriation' | 'carryOver' | 'otherFunds' | 'received') =>
    p.t(label).val(projectPath(field), 'wan', [projectCell(project, field)], label).t('万元');
  if (project?.initialBudget !== undefined) amount('项目年初预算数', 'initialBudget').t('，');
  amount(project?.initialBudget !== undefined ? '全年预算数' : '项目全年预算数', 'annualBudget');
  const parts = (['appropriation', 'carryOver', 'otherFunds'] as const).filter((f) => project?.[f] !== undefined);
  if (parts.length > 0) {
    p.t('，其中');
    const labels = { appropriation: '当年财政拨款', carryOver: '上年结转资金', otherFunds: '其他资金' } as const;
    parts.forEach((f, i) => {
      if (i > 0) p.t('、');
      amount(labels[f], f);
    });
  }
  p.t('。');
  const received = new Para(facts).t('截至').date(project?.asOf, projectPath('asOf'), [projectCell(project, 'asOf')], '评价截止日期');
  received.t('，资金到位数');
  if (project?.received === undefined) {
    received.blank('资金到位数').t('。');
  } else {
    received.val(projectPath('received'), 'wan', [projectCell(project, 'received')]).t('万元');
    received.t('，到位率').num(
      { kind: 'ratio', numerator: projectPath('received'), denominator: projectPath('annualBudget') },
      'percent2',
      [projectCell(project, 'received'), projectCell(project, 'annualBudget')],
      '到位率',
    ).t('。');
  }
  return [p.done(), received.done()];
}

function fundsUsed(facts: DraftFacts): DraftParagraph[] {
  const { budget, expenses, project } = facts.evaluation;
  const out: DraftParagraph[] = [];
  const p = new Para(facts).t('全年执行数');
  const executedCells =
    budget.executedSource === 'projectInfo'
      ? [projectCell(project, 'executed')]
      : expenses?.declaredTotalRef
        ? [expenses.declaredTotalRef]
        : [];
  p.val(['evaluation', 'budget', 'executed'], 'wan', executedCells, '全年执行数');
  if (budget.executed !== undefined) p.t('万元');
  if (budget.executedSource === 'expenses') p.t('（项目信息未填写全年执行数，按支出明细合计折算）');
  p.t('，预算执行率').val(['evaluation', 'budget', 'rate'], 'percent2', [], '预算执行率');
  p.t('，得').val(['evaluation', 'budget', 'score'], 'fixed2').t('分（分值').val(['evaluation', 'budget', 'weight'], 'points').t('分）。');
  out.push(p.done());
  if (!expenses) {
    out.push(new Para(facts).t('未找到支出明细表，资金使用明细').blank().t('。').done());
    return out;
  }
  const unit = expenses.unit;
  // Many items: the largest of them, in the sheet's order.
  const indexes = expenses.items.map((_, i) => i);
  const shownIndexes =
    indexes.length > LISTED_EXPENSES
      ? indexes
          .sort((a, b) => (expenses.items[b]?.amount ?? 0) - (expenses.items[a]?.amount ?? 0))
          .slice(0, LISTED_EXPENSES)
          .sort((a, b) => a - b)
      : indexes;
  const items = shownIndexes.map((i) => {
    const item = expenses.items[i] as (typeof expenses.items)[number];
    const q = new Para(facts);
    const amountCell = expenses.amountCol === undefined ? undefined : { sheet: expenses.sheet, row: item.row, col: expenses.amountCol };
    const summaryCell = expenses.summaryCol === undefined ? undefined : { sheet: expenses.sheet, row: item.row, col: expenses.summaryCol };
    q.cell(item.summary, summaryCell, '支出摘要');
    q.val(['evaluation', 'expenses', 'items', i, 'amount'], unit === '元' ? 'yuan' : 'wan', [amountCell], '金额').t(`${unit}（占`);
    q.num({ kind: 'ratio', numerator: ['evaluation', 'expenses', 'items', i, 'amount'], denominator: ['evaluation', 'expenses', 'sum'] }, 'share1', [amountCell], '占比').t('）');
    return q.done();
  });
  const list = new Para(facts).t('支出明细共').num({ kind: 'count', path: ['evaluation', 'expenses', 'items'] }, 'integer').t('项，合计');
  list.val(['evaluation', 'expenses', 'sum'], unit === '元' ? 'yuan' : 'wan', [expenses.declaredTotalRef]).t(unit);
  if (items.length > 0) list.t(shownIndexes.length < indexes.length ? '，其中金额较大的有：' : '：').add(joined(facts, items)).t('。');
  else list.t('。');
  out.push(list.done());
  return out;
}

export function fundsSection(facts: DraftFacts): DraftSection {
  return section(words(facts, '资金到位及使用情况'), [], [
    section(words(facts, '资金到位情况'), fundsReceived(facts)),
    section(words(facts, '资金使用情况'), fundsUsed(facts)),
  ]);
}
