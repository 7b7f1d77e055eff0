/**
 * 绩效运行监控表 (DOMAIN.md §9): tracking mode's form, written instead of the 自评表, on columns A–L.
 *
 *   A            B        C        D            E          F           G          H              I           J          K          L
 *   项目名称 | name (B:L)
 *   主管部门 | department (B:F)                     | 实施单位 (G) | unit (H:L)
 *   项目资金 | 年初预算数 | 全年预算数 | 截至X月执行数 | 执行进度 | 时间进度 | 进度差 | 灯 | 资金到位数 | 到位率 | 全年预计执行数 | 预计执行率
 *   年度总体目标 | 预期目标 (B:F) | 截至X月完成情况 (G:L)
 *   绩效指标 | 一级 | 二级 | 三级 | 年度指标值 | 截至X月完成值 | 完成进度 | 全年预计完成值 | 完成目标可能性 | 偏差原因类别 | 偏差原因说明 | 灯
 *   预计全年得分 (A:F) | score (G) | grade (H);  截至日得分（参考） (A:F) | score (G) | grade (H) | 暂定 (I:L)
 *   注 (A:L); the signature block (A:D | E:H | I:L)
 *
 * The title, the project rows, the note and the signature block are the 自评表's (formBlocks.ts); every
 * amount is printed as the 自评表 prints it (amounts.ts), so 执行进度 and 到位率 reproduce by hand.
 * Every light is a filled cell with its word (绿灯 / 黄灯 / 红灯 / 未填报), so a black-and-white print
 * still says it. The form's text is always Chinese.
 */
import type { Evaluation, ProjectInfo } from '../model';
import type { SheetPlan } from './planTypes';
import type { FundsTracking, IndicatorTracking, Light, TrackingResult } from '../tracking/types';
import { isNumericTarget } from '../parse/parseTarget';
import { CATEGORY_LABEL, LIKELIHOOD_LABEL } from '../tracking/likelihood';
import { formatProjected } from '../tracking/formatProjected';
import { isMonthEnd } from '../tracking/timeProgress';
import { lightWord } from '../tracking/lightWord';
import type { ModeSource } from '../tracking/mode';
import { estimateRowHeight, FORMAT, forEachRun, PALETTE, SheetBuilder } from './sheetBuilder';
import { signatureOf, type SignatureValues } from './signatureBlock';
import { AMOUNT_FORMAT, amountText, printedAmount } from './amounts';
import { formatPercent, roundHalfUp } from '../scoring/rounding';
import {
  formNote,
  HEADER_STYLE,
  LABEL_STYLE,
  mergeLevels,
  writeGoals,
  writeIndicatorHeader,
  writeNote,
  writeProjectRows,
  writeSignature,
  writeTitle,
  type SignatureSpans,
} from './formBlocks';

export const MONITOR_TITLE = '项目支出绩效运行监控表';

/** The smallest scale at which the 监控表 still prints on one page (the 自评表's, formSheet.ts). */
const MONITOR_ONE_PAGE_MIN_SCALE = 0.65;

const WIDTHS = [10, 10, 16, 24, 12, 13, 13, 19, 11, 12, 22, 9] as const;
const COLS = WIDTHS.length;
const LAST = COLS - 1;

export const MONITOR_COLUMNS = {
  blockLabel: 0,
  level1: 1,
  level2: 2,
  name: 3,
  target: 4,
  actual: 5,
  progress: 6,
  projection: 7,
  likelihood: 8,
  categories: 9,
  reason: 10,
  light: 11,
} as const;

/** The fill of each light (Excel's good / neutral / bad cell fills, grey for nothing to judge). */
export const LIGHT_FILL: Readonly<Record<Light, string>> = {
  green: '#C6EFCE',
  yellow: '#FFEB9C',
  red: '#FFC7CE',
  grey: '#D9D9D9',
};

export { lightWord };

/** `截至7月` on a month's last day, `截至7月15日` on another, `截至目前` without a date. */
export function toDateLabel(asOf: string | undefined): string {
  if (asOf === undefined) return '截至目前';
  const month = Number(asOf.slice(5, 7));
  return isMonthEnd(asOf) ? `截至${month}月` : `截至${month}月${Number(asOf.slice(8, 10))}日`;
}

/** `（2021年度，截至2021年7月31日）`. */
export function monitorYearLine(year: number | undefined, asOf: string | undefined): string {
  const y = year !== undefined && Number.isInteger(year) && year > 0 ? `${year}年度` : '    年度';
  if (asOf === undefined) return `（${y}）`;
  return `（${y}，截至${Number(asOf.slice(0, 4))}年${Number(asOf.slice(5, 7))}月${Number(asOf.slice(8, 10))}日）`;
}

const T = FORMAT.text;
const ROW_FORMATS: readonly string[] = [FORMAT.general, T, T, T, T, T, FORMAT.percent2, T, T, T, T, T];

const LIGHT_STYLE = { bold: true, hAlign: 'center', vAlign: 'middle' } as const;

function lightCell(b: SheetBuilder, row: number, col: number, light: Light, notReported = true): void {
  b.text(row, col, lightWord(light, notReported));
  b.style(row, col, row, col, { ...LIGHT_STYLE, fill: LIGHT_FILL[light] });
}

function writeFunds(b: SheetBuilder, top: number, project: ProjectInfo | undefined, t: TrackingResult, toDate: string): number {
  const f: FundsTracking = t.funds;
  const headers = [
    '年初预算数',
    '全年预算数',
    `${toDate}执行数`,
    '执行进度',
    '时间进度',
    '进度差\n（百分点）',
    '灯',
    '资金到位数',
    '到位率',
    f.projectedGiven ? '全年预计执行数' : '全年预计执行数（推算）',
    '预计\n执行率',
  ];
  b.text(top, 0, '项目资金\n（万元）').merge(top, 0, top + 1, 0);
  headers.forEach((h, i) => b.text(top, 1 + i, h));
  b.style(top, 1, top, LAST, HEADER_STYLE);
  b.rowHeight(top, 32);
  const row = top + 1;
  // Every amount with the decimals it needs (amounts.ts), so 执行进度 and 到位率 reproduce by hand.
  b.number(row, 1, printedAmount(project?.initialBudget), AMOUNT_FORMAT);
  b.number(row, 2, printedAmount(project?.annualBudget ?? project?.adjustedBudget), AMOUNT_FORMAT);
  b.number(row, 3, printedAmount(f.executed), AMOUNT_FORMAT);
  b.number(row, 4, f.executionProgress, FORMAT.percent2);
  b.number(row, 5, t.timeProgress, FORMAT.percent2);
  b.number(row, 6, f.gap, '+0.00;-0.00;0.00');
  lightCell(b, row, 7, f.light, false);
  b.number(row, 8, printedAmount(f.received), AMOUNT_FORMAT);
  b.number(row, 9, f.receivedRate, FORMAT.percent2);
  b.number(row, 10, printedAmount(f.projectedExecuted), AMOUNT_FORMAT);
  b.number(row, 11, f.projectedRate, FORMAT.percent2);
  b.style(row, 1, row, 6, { hAlign: 'right', vAlign: 'middle' });
  b.style(row, 8, row, LAST, { hAlign: 'right', vAlign: 'middle' });
  b.rowHeight(row, 22);
  return top + 2;
}

/** 全年预计完成值 as printed: `360批次（推算）`, a given value as written, a level or tier as it stands. */
export function projectionCell(t: IndicatorTracking): string {
  const p = t.projection;
  if (!p) return '';
  const row = t.result.row;
  if (p.given) return row.tracking?.projectionText ?? '';
  const target = row.target;
  if (p.value !== undefined && isNumericTarget(target)) {
    const text = formatProjected(p.value, target);
    return p.projected ? `${text}（推算）` : text;
  }
  return row.actualText;
}

function writeIndicators(b: SheetBuilder, top: number, indicators: readonly IndicatorTracking[], toDate: string): number {
  const headers = [
    '一级指标',
    '二级指标',
    '三级指标',
    '年度指标值',
    `${toDate}完成值`,
    '完成进度',
    '全年预计完成值',
    '完成目标可能性',
    '偏差原因类别',
    '偏差原因说明',
    '灯',
  ];
  b.rowHeight(top, 32);
  const end = writeIndicatorHeader(b, top, LAST, headers, '（未读取到可跟踪的绩效指标）', indicators.length === 0);
  if (end !== undefined) return end;
  const first = top + 1;
  const c = MONITOR_COLUMNS;
  const level2Key = (i: number): string => {
    const r = indicators[i]?.result.row;
    return r ? `${r.level1}\u0000${r.level2}` : '';
  };
  indicators.forEach((t, i) => {
    const row = first + i;
    const r = t.result.row;
    const categories = t.categories.map((k) => CATEGORY_LABEL[k]).join('、');
    b.writeRow(
      row,
      [
        null,
        r.level1,
        r.level2,
        r.name,
        r.targetText,
        r.actualText,
        t.progress,
        projectionCell(t),
        t.likelihood ? LIKELIHOOD_LABEL[t.likelihood] : (r.tracking?.likelihoodText ?? ''),
        categories,
        r.deviationReason,
        lightWord(t.light, t.grey === 'notReported'),
      ],
      ROW_FORMATS,
    );
    const h = Math.max(
      estimateRowHeight(r.name, WIDTHS[c.name]),
      estimateRowHeight(r.targetText, WIDTHS[c.target]),
      estimateRowHeight(r.actualText, WIDTHS[c.actual]),
      estimateRowHeight(projectionCell(t), WIDTHS[c.projection]),
      estimateRowHeight(r.deviationReason, WIDTHS[c.reason]),
      // A 二级 alone in its run is not merged over other rows: its own row must hold it.
      level2Key(i - 1) !== level2Key(i) && level2Key(i + 1) !== level2Key(i) ? estimateRowHeight(r.level2, WIDTHS[c.level2]) : 0,
    );
    if (h > 18) b.rowHeight(row, h);
  });
  const last = first + indicators.length - 1;
  // One fill per run of equal lights (a rectangle per block, never one per cell).
  forEachRun(indicators.length, (i) => indicators[i]?.light ?? 'grey', (start, end, light) => {
    b.style(first + start, c.light, first + end, c.light, { ...LIGHT_STYLE, fill: LIGHT_FILL[light] });
  });
  mergeLevels(b, top, indicators.map((t) => t.result.row));
  b.style(first, c.name, last, c.actual, { vAlign: 'middle', wrap: true });
  b.style(first, c.progress, last, c.progress, { hAlign: 'right', vAlign: 'middle' });
  b.style(first, c.projection, last, c.reason, { vAlign: 'middle', wrap: true });
  b.style(first, c.likelihood, last, c.likelihood, { hAlign: 'center' });
  return last + 1;
}

function writeScores(b: SheetBuilder, top: number, evaluation: Evaluation, t: TrackingResult): number {
  b.text(top, 0, '预计全年得分（按全年预计完成值和预计执行数，依自评规则计算）').merge(top, 0, top, 5);
  b.number(top, 6, t.projectedTotal, FORMAT.fixed2);
  b.text(top, 7, t.projectedGrade);
  b.text(top + 1, 0, '截至日得分（参考）').merge(top + 1, 0, top + 1, 5);
  b.number(top + 1, 6, t.snapshotTotal, FORMAT.fixed2);
  b.text(top + 1, 7, evaluation.grade);
  b.text(top + 1, 8, evaluation.provisional ? '暂定' : '').merge(top + 1, 8, top + 1, LAST);
  b.merge(top, 8, top, LAST);
  b.style(top, 0, top + 1, LAST, { bold: true, vAlign: 'middle' });
  b.style(top, 0, top + 1, 0, { hAlign: 'center', fill: PALETTE.label, wrap: true });
  b.style(top, 6, top + 1, 7, { hAlign: 'center' });
  if (evaluation.provisional) b.style(top + 1, 8, top + 1, 8, { fontColor: '#C00000' });
  b.rowHeight(top, 22);
  b.rowHeight(top + 1, 22);
  return top + 2;
}

const BASE_LABEL = { annualBudget: '全年预算数', adjustedBudget: '调整后预算数', initialBudget: '年初预算数' } as const;

/** What the funds row's percentages are computed from, where the printed figures alone would not say it. */
function fundsParts(t: TrackingResult): string[] {
  const f = t.funds;
  const parts: string[] = [];
  if (f.base !== undefined && f.baseSource !== undefined && f.baseSource !== 'annualBudget') {
    parts.push(`执行进度和到位率以${BASE_LABEL[f.baseSource]} ${amountText(f.base)} 万元为分母`);
  }
  // 进度差 is the difference of the unrounded rates; say so where the printed rates differ by another figure.
  if (f.gap !== undefined && f.executionProgress !== undefined && t.timeProgress !== undefined) {
    const printed = roundHalfUp(roundHalfUp(f.executionProgress * 100, 2) - roundHalfUp(t.timeProgress * 100, 2), 2);
    if (printed !== f.gap) {
      parts.push(`进度差按未经舍入的执行进度 ${formatPercent(f.executionProgress, 4)} 与时间进度 ${formatPercent(t.timeProgress, 4)} 相减`);
    }
  }
  return parts;
}

function noteText(evaluation: Evaluation, t: TrackingResult, diagnosticsSheet: string, modeSource: ModeSource | undefined): string {
  const rule = t.timeRule === 'days' ? '按天数计算' : '按月计算（当月最后一日计整月）';
  const asOf = t.asOf ?? evaluation.project?.asOf;
  const c = t.counts;
  return formNote(evaluation, { diagnosticsSheet, ...(modeSource !== undefined ? { modeSource } : {}), ...(asOf !== undefined ? { asOf } : {}) }, [
    t.timeProgress !== undefined && t.periodStart && t.periodEnd
      ? `时间进度${rule}，实施周期 ${t.periodStart} 至 ${t.periodEnd}`
      : '未找到评价截止日期，无法计算时间进度',
    ...fundsParts(t),
    // As the draft says it: the execution is the 支出明细 total where 项目信息 gives none.
    evaluation.project?.executedToDate === undefined && evaluation.budget.executedSource === 'expenses' ? '截至日执行数按支出明细合计折算（项目信息未填写执行数）' : undefined,
    '累计数量类指标的完成进度与时间进度比较（不落后为绿灯，落后 10 个百分点以内为黄灯，更多为红灯），比率和水平类指标与年度指标值比较，定性指标按达成档次',
    '“推算”为截至日完成值 ÷ 时间进度',
    `指标灯：绿灯 ${c.green} 个、黄灯 ${c.yellow} 个、红灯 ${c.red} 个、未填报或无法判断 ${c.grey} 个`,
  ]);
}

export interface MonitorSheetOptions {
  /** The 校验问题 sheet's final name, cited in the note. */
  readonly diagnosticsSheet?: string;
  /** What the signature block prints after its labels; 项目信息's when not given. */
  readonly signature?: SignatureValues;
  /** How the run's mode was chosen, said in the note beside the mode. */
  readonly modeSource?: ModeSource;
}

/** The signature lines' three texts, merged A:D, E:H and I:L (about a third of the width each). */
const SIGNATURE_SPANS: SignatureSpans = [
  [0, 3],
  [4, 7],
  [8, LAST],
];

/** The 绩效运行监控表 of a tracking evaluation (one with `tracking`). */
export function buildMonitorSheet(evaluation: Evaluation, tracking: TrackingResult, name: string, options: MonitorSheetOptions = {}): SheetPlan {
  const b = new SheetBuilder('monitor', name, COLS).columnWidths(WIDTHS);
  const project = evaluation.project;
  const toDate = toDateLabel(tracking.asOf);

  const tableTop = writeTitle(b, LAST, MONITOR_TITLE, monitorYearLine(evaluation.year, tracking.asOf));
  let row = writeProjectRows(b, tableTop, LAST, 5, project);
  row = writeFunds(b, row, project, tracking, toDate);
  row = writeGoals(b, row, WIDTHS, 5, `${toDate}完成情况`, project);
  const indicatorHeader = row;
  row = writeIndicators(b, row, tracking.indicators, toDate);
  const scoresTop = row;
  row = writeScores(b, row, evaluation, tracking);
  const tableBottom = row - 1;
  b.style(tableTop, 0, tableBottom, 0, LABEL_STYLE);
  b.style(tableTop, 0, tableBottom, LAST, { border: true });

  row = writeNote(b, row, WIDTHS, noteText(evaluation, tracking, options.diagnosticsSheet ?? '校验问题', options.modeSource));
  row = writeSignature(b, row, SIGNATURE_SPANS, options.signature ?? signatureOf(project));
  // The scores, the note and the signature block print on one page.
  b.keepTogether(scoresTop, row - 1);
  // Printed like the 自评表: A4 landscape, one page where legible, the indicator header on every page.
  b.page({ orientation: 'landscape', titleRows: { first: indicatorHeader, last: indicatorHeader }, onePageMinScale: MONITOR_ONE_PAGE_MIN_SCALE });
  return b.tabColor(PALETTE.tab).build();
}
