/**
 * 插入模板 as the official form: the one-sheet 项目支出绩效自评表 (DOMAIN.md §8, columns A–I) that
 * officers are asked to hand in, laid out as the reader finds it — title, 项目名称, 主管部门 | 实施单位,
 * the funds grid, 年度总体目标, the indicator block (绩效指标 merged down A, 一级/二级 merged, with
 * drop-downs), the 总分 row — with the profile's points in the labels (`产出指标（50分）`, 分值 of
 * 预算执行率). Filled with clearly marked example data by default; a caller may pass real data, so a
 * test fills exactly the layout users get.
 *
 *   A             B:C                D          E                     F          G     H      I
 *   项目名称 | name (B:I)
 *   主管部门 | department (B:D)             | 实施单位 | unit (F:I)
 *   项目资金（万元） |          | 年初预算数 | 全年预算数 (调整后预算数) | 全年执行数 | 分值 | 执行率 | 得分
 *                 | 年度资金总额 …; 其中：当年财政拨款 …; 上年结转资金 …; 其他资金 …; (执行率偏差原因 …)
 *   年度总体目标    | 预期目标 (B:E)                         | 实际完成情况 (F:I)
 *   绩效指标（…）   | 一级 | 二级 | 三级 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施
 *   总分 (A:F) | 100 (G) | (H)
 */
import type { SheetPlan } from './planTypes';
import type { ScoringProfile } from '../schema/profiles';
import { allLevel2Names, matchLevel1 } from '../schema/schema';
import { FORM_INDICATOR_HEADERS, FORM_TITLE, yearLine } from './formSheet';
import { EXAMPLE_PROJECT_INFO, exampleIndicatorRows, type IndicatorInputRow, type ProjectInfoValues } from './templatePlan';
import { estimateRowHeight, FORMAT, forEachRun, PALETTE, rect, SheetBuilder } from './sheetBuilder';

/** The template sheet's name: not the output form's (绩效自评表), which the add-in owns and rewrites. */
export const FORM_TEMPLATE_SHEET_NAME = '项目支出绩效自评表';

export interface FormTemplateData {
  /** The year of the form (`（2024年度）`); default the example's, or the period start's year. */
  readonly year?: number;
  readonly project?: ProjectInfoValues;
  /** Indicator rows in form order; default the example rows plus an empty row for every other 二级. */
  readonly rows?: readonly IndicatorInputRow[];
  /** Text of the note under the form; default an example note naming the profile. */
  readonly note?: string;
}

const WIDTHS = [12, 14, 14, 30, 14, 14, 9, 10, 32] as const;
const COLS = 9;
const LAST = COLS - 1;

const HEADER_STYLE = { bold: true, fill: PALETTE.header, hAlign: 'center', vAlign: 'middle', wrap: true } as const;
const LABEL_STYLE = { bold: true, fill: PALETTE.label, hAlign: 'center', vAlign: 'middle', wrap: true } as const;

/** `产出指标（50分）` where the profile gives the 一级 default points, else the bare name. */
export function level1Label(profile: ScoringProfile, name: string): string {
  const points = matchLevel1(profile, name)?.points;
  return points === undefined ? name : `${name}（${points}分）`;
}

/** The indicator block's label: `绩效指标`, with the indicators' total when the 一级 carry no points of their own. */
function indicatorBlockLabel(profile: ScoringProfile): string {
  const own = profile.level1.every((l) => l.points !== undefined);
  return own ? '绩效指标' : `绩效指标（${profile.indicatorPoints}分）`;
}

/** The funds block's label: the budget's points when the profile's forms print them beside 项目资金. */
function fundsBlockLabel(profile: ScoringProfile): string {
  const own = profile.level1.every((l) => l.points !== undefined);
  return own ? '项目资金（万元）' : `项目资金（万元）\n预算执行（${profile.budgetWeight}分）`;
}

/** The example rows in schema order, with an empty row for every other 二级 (the official form keeps them all). */
function exampleRows(profile: ScoringProfile): IndicatorInputRow[] {
  const examples = exampleIndicatorRows(profile);
  const rows: IndicatorInputRow[] = [];
  for (const l1 of profile.level1) {
    for (const l2 of l1.level2) {
      const mine = examples.filter((r) => r.level1 === l1.name && r.level2 === l2.name);
      rows.push(...(mine.length > 0 ? mine : [{ level1: l1.name, level2: l2.name, name: '', target: '' }]));
    }
  }
  return rows;
}

function exampleNote(profile: ScoringProfile): string {
  const levels = profile.level1.every((l) => l.points !== undefined)
    ? `（${profile.level1.map((l) => `${l.name.replace(/指标$/, '')} ${l.points ?? 0}`).join('、')}）`
    : '，各指标分值须逐项填写';
  return (
    `注：表中为示例数据，请替换为实际内容。评分口径：${profile.label['zh-CN']}——` +
    `预算执行率 ${profile.budgetWeight} 分，绩效指标 ${profile.indicatorPoints} 分${levels}。` +
    '执行率、得分由绩效评价助手计算，可留空。'
  );
}

function yearOf(data: FormTemplateData, project: ProjectInfoValues): number | undefined {
  if (data.year !== undefined) return data.year;
  const start = project.periodStart;
  return typeof start === 'string' && /^\d{4}-/.test(start) ? Number(start.slice(0, 4)) : undefined;
}

function writeHead(b: SheetBuilder, year: number | undefined, project: ProjectInfoValues): void {
  b.text(0, 0, FORM_TITLE).merge(0, 0, 0, LAST);
  b.style(0, 0, 0, LAST, { bold: true, fontSize: 16, hAlign: 'center', vAlign: 'middle' });
  b.rowHeight(0, 30);
  b.text(1, 0, yearLine(year)).merge(1, 0, 1, LAST);
  b.style(1, 0, 1, LAST, { hAlign: 'center', vAlign: 'middle' });
  b.text(2, 0, '项目名称');
  b.value(2, 1, project.name ?? '', FORMAT.text).merge(2, 1, 2, LAST);
  b.text(3, 0, '主管部门');
  b.value(3, 1, project.department ?? '', FORMAT.text).merge(3, 1, 3, 3);
  b.text(3, 4, '实施单位');
  b.value(3, 5, project.unit ?? '', FORMAT.text).merge(3, 5, 3, LAST);
  b.style(2, 1, 3, LAST, { vAlign: 'middle', wrap: true });
  b.style(3, 4, 3, 4, LABEL_STYLE);
}

/** The funds grid from row `top`; returns the next free row. */
function writeFunds(b: SheetBuilder, top: number, profile: ScoringProfile, project: ProjectInfoValues): number {
  const adjusted = profile.executionBase === 'adjustedBudget';
  const budgetField = adjusted ? 'adjustedBudget' : 'annualBudget';
  const headers = ['年初预算数', adjusted ? '调整后预算数' : '全年预算数', '全年执行数', '分值', '执行率', '得分'];
  const asked = profile.executionReasonBelow;
  const rows: { label: string; initial?: string | number | undefined; annual?: string | number | undefined; executed?: string | number | undefined }[] = [
    { label: '年度资金总额', initial: project.initialBudget, annual: project[budgetField], executed: project.executed },
    { label: '其中：当年财政拨款', annual: project.appropriation },
    { label: '上年结转资金', annual: project.carryOver },
    { label: '其他资金', annual: project.otherFunds },
  ];
  const last = top + rows.length + (asked !== undefined ? 1 : 0);
  b.text(top, 0, fundsBlockLabel(profile)).merge(top, 0, last, 0);
  b.merge(top, 1, top, 2);
  headers.forEach((h, i) => b.text(top, 3 + i, h));
  b.style(top, 1, top, LAST, HEADER_STYLE);
  rows.forEach((r, i) => {
    const row = top + 1 + i;
    b.text(row, 1, r.label).merge(row, 1, row, 2);
    b.value(row, 3, r.initial, FORMAT.fixed2);
    b.value(row, 4, r.annual, FORMAT.fixed2);
    b.value(row, 5, r.executed, FORMAT.fixed2);
    if (i === 0) {
      b.number(row, 6, profile.budgetWeight, FORMAT.fixed2);
      b.format(row, 7, FORMAT.percent2).format(row, 8, FORMAT.fixed2);
    } else {
      b.text(row, 6, '—').text(row, 8, '—');
      b.format(row, 7, FORMAT.percent2);
    }
  });
  b.style(top + 1, 1, top + rows.length, 2, { vAlign: 'middle', wrap: true });
  b.style(top + 1, 3, top + rows.length, LAST, { hAlign: 'right', vAlign: 'middle' });
  b.style(top + 2, 6, top + rows.length, 8, { hAlign: 'center' });
  if (asked !== undefined) {
    // The profile asks why 执行率 fell short: a labelled line the reader takes as 执行率偏差原因.
    const row = last;
    b.text(row, 1, '执行率偏差原因').merge(row, 1, row, 2);
    b.value(row, 3, project.executionReason ?? '', FORMAT.text).merge(row, 3, row, LAST);
    b.style(row, 1, row, 2, { vAlign: 'middle', wrap: true });
    b.style(row, 3, row, LAST, { vAlign: 'middle', wrap: true, hAlign: 'left' });
  }
  return last + 1;
}

function writeGoals(b: SheetBuilder, top: number, project: ProjectInfoValues): number {
  b.text(top, 0, '年度总体目标').merge(top, 0, top + 1, 0);
  b.text(top, 1, '预期目标').merge(top, 1, top, 4);
  b.text(top, 5, '实际完成情况').merge(top, 5, top, LAST);
  b.style(top, 1, top, LAST, HEADER_STYLE);
  const planned = typeof project.goalPlanned === 'string' ? project.goalPlanned : '';
  const actual = typeof project.goalActual === 'string' ? project.goalActual : '';
  b.value(top + 1, 1, planned, FORMAT.text).merge(top + 1, 1, top + 1, 4);
  b.value(top + 1, 5, actual, FORMAT.text).merge(top + 1, 5, top + 1, LAST);
  b.style(top + 1, 1, top + 1, LAST, { wrap: true, vAlign: 'top', hAlign: 'left' });
  const left = WIDTHS[1] + WIDTHS[2] + WIDTHS[3] + WIDTHS[4];
  const right = WIDTHS[5] + WIDTHS[6] + WIDTHS[7] + WIDTHS[8];
  b.rowHeight(top + 1, Math.max(estimateRowHeight(planned, left, 60), estimateRowHeight(actual, right, 60)));
  return top + 2;
}

/** Merges each run longer than one row of equal keys in one column, from row `first` down. */
function mergeRuns(b: SheetBuilder, first: number, col: number, keys: readonly string[]): void {
  forEachRun(keys.length, (i) => keys[i], (start, end) => {
    if (end > start) b.merge(first + start, col, first + end, col);
  });
}

/** The indicator block from row `top`; returns the next free row. */
function writeIndicators(b: SheetBuilder, top: number, profile: ScoringProfile, rows: readonly IndicatorInputRow[]): number {
  FORM_INDICATOR_HEADERS.forEach((h, i) => b.text(top, 1 + i, h));
  b.style(top, 1, top, LAST, HEADER_STYLE);
  const first = top + 1;
  const count = Math.max(rows.length, 1);
  const last = first + count - 1;
  b.ensureRows(last + 1);
  // A 一级 or 二级 label alone on its row (a run of one) must fit that row; longer runs have room.
  const alone = new Set<string>();
  const markAlone = (col: number, keys: readonly string[]): void =>
    forEachRun(keys.length, (i) => keys[i], (start, end) => {
      if (start === end) alone.add(`${start}:${col}`);
    });
  markAlone(1, rows.map((r) => r.level1));
  markAlone(2, rows.map((r) => `${r.level1}\u0000${r.level2}`));
  rows.forEach((r, i) => {
    const row = first + i;
    const level1 = level1Label(profile, r.level1);
    b.text(row, 1, level1);
    b.text(row, 2, r.level2);
    b.text(row, 3, r.name);
    b.value(row, 4, r.target, FORMAT.general);
    b.value(row, 5, r.actual, r.actualFormat ?? FORMAT.general);
    b.number(row, 6, r.weight, FORMAT.fixed2);
    b.format(row, 7, FORMAT.fixed2);
    b.value(row, 8, r.reason, FORMAT.text);
    const h = Math.max(
      estimateRowHeight(r.name, WIDTHS[3]),
      estimateRowHeight(r.reason ?? '', WIDTHS[8]),
      alone.has(`${i}:1`) ? estimateRowHeight(level1, WIDTHS[1]) : 0,
      alone.has(`${i}:2`) ? estimateRowHeight(r.level2, WIDTHS[2]) : 0,
    );
    if (h > 18) b.rowHeight(row, h);
  });
  mergeRuns(b, first, 1, rows.map((r) => r.level1));
  mergeRuns(b, first, 2, rows.map((r) => `${r.level1}\u0000${r.level2}`));
  b.text(top, 0, indicatorBlockLabel(profile)).merge(top, 0, last, 0);
  b.style(first, 1, last, 2, { hAlign: 'center', vAlign: 'middle', wrap: true });
  b.style(first, 3, last, 5, { vAlign: 'middle', wrap: true });
  b.style(first, 6, last, 7, { hAlign: 'right', vAlign: 'middle' });
  b.style(first, 8, last, 8, { vAlign: 'middle', wrap: true });
  b.validation(rect(first, 1, last, 1), profile.level1.map((l) => level1Label(profile, l.name)));
  b.validation(rect(first, 2, last, 2), allLevel2Names(profile));
  return last + 1;
}

/** The one-sheet 项目支出绩效自评表 for `profile`, with `data` or the example. */
export function buildFormTemplateSheet(name: string, profile: ScoringProfile, data: FormTemplateData = {}): SheetPlan {
  const project = data.project ?? EXAMPLE_PROJECT_INFO;
  const rows = data.rows ?? exampleRows(profile);
  const b = new SheetBuilder('formTemplate', name, COLS).columnWidths(WIDTHS);
  writeHead(b, yearOf(data, project), project);
  const tableTop = 2;
  let row = writeFunds(b, 4, profile, project);
  row = writeGoals(b, row, project);
  row = writeIndicators(b, row, profile, rows);
  b.text(row, 0, '总分').merge(row, 0, row, 5);
  b.number(row, 6, profile.budgetWeight + profile.indicatorPoints, FORMAT.fixed2);
  b.format(row, 7, FORMAT.fixed2);
  b.style(row, 0, row, LAST, { bold: true, vAlign: 'middle' });
  b.style(row, 0, row, 0, { hAlign: 'center' });
  b.style(row, 6, row, 7, { hAlign: 'center' });
  const tableBottom = row;
  b.style(tableTop, 0, tableBottom, 0, LABEL_STYLE);
  b.style(tableTop, 0, tableBottom, LAST, { border: true });
  const note = data.note ?? exampleNote(profile);
  if (note !== '') {
    const at = tableBottom + 1;
    b.text(at, 0, note).merge(at, 0, at, LAST);
    b.style(at, 0, at, LAST, { wrap: true, vAlign: 'top', fontSize: 9 });
    b.rowHeight(at, estimateRowHeight(note, WIDTHS.reduce((s, w) => s + w, 0), 18, 13));
  }
  return b.tabColor(PALETTE.tab).build();
}
