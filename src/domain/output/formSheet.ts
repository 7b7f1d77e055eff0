/**
 * 绩效自评表: the official 项目支出绩效自评表 (财预〔2020〕10号 附件) laid out on columns A–I.
 *
 *   A                 B:C                D          E          F          G     H      I
 *   项目名称 | name (B:I)
 *   主管部门 | department (B:D)                  | 实施单位 | unit (F:I)
 *   项目资金（万元） |            | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分
 *                 | 年度资金总额 …; 其中：当年财政拨款 …; 上年结转资金 …; 其他资金 …
 *   年度总体目标     | 预期目标 (B:E)                        | 实际完成情况 (F:I)
 *   绩效指标         | 一级 (B) | 二级 (C) | 三级 (D) | 年度指标值 (E) | 实际完成值 (F) | 分值 (G) | 得分 (H) | 偏差原因 (I)
 *                    (一级 and 二级 in the schema's order, schemaOrder.ts)
 *   总分 (A:F) | max (G) | total (H);  评价等级 (A:F) | grade (G) | 暂定 (H:I)
 *   注 (A:I); then the signature block: 填报单位（盖章） / 单位负责人 / 财务负责人, room for the stamp,
 *   填报人 / 联系电话 / 填报日期
 *
 * It prints on A4 landscape fitted to one page wide, the indicator header repeated on every page, and a
 * 一级 block (and the totals with the signature block) never split across pages where it fits on one.
 *
 * The official form's text is always Chinese.
 */
import type { BudgetResult, Evaluation, IndicatorResult, ProjectInfo } from '../model';
import type { SheetPlan } from './planTypes';
import type { ModeSource } from '../tracking/mode';
import { roundHalfUp } from '../scoring/rounding';
import { estimateRowHeight, FORMAT, forEachRun, PALETTE, SheetBuilder } from './sheetBuilder';
import { signatureOf, type SignatureValues } from './signatureBlock';
import { inSchemaOrder } from './schemaOrder';
import { AMOUNT_FORMAT, amountText, printedAmount } from './amounts';
import { formNote, HEADER_STYLE, LABEL_STYLE, mergeLevels, writeGoals, writeIndicatorHeader, writeNote, writeProjectRows, writeSignature, writeTitle } from './formBlocks';

export const FORM_TITLE = '项目支出绩效自评表';

/** Column indexes of the indicator block (0-based: A=0 … I=8). */
export const FORM_COLUMNS = {
  blockLabel: 0,
  level1: 1,
  level2: 2,
  name: 3,
  target: 4,
  actual: 5,
  weight: 6,
  score: 7,
  reason: 8,
} as const;

export const FORM_INDICATOR_HEADERS = [
  '一级指标',
  '二级指标',
  '三级指标',
  '年度指标值',
  '实际完成值',
  '分值',
  '得分',
  '偏差原因分析及改进措施',
] as const;

const WIDTHS = [12, 14, 14, 30, 14, 14, 9, 10, 32] as const;
/** The smallest print scale at which the form is still put on one page. */
export const FORM_ONE_PAGE_MIN_SCALE = 0.65;
const COLS = 9;
const LAST = COLS - 1;
const TOLERANCE = 0.005;
/** The signature lines' three texts, merged A:D, E:F and G:I. */
const SIGNATURE_SPANS = [
  [0, 3],
  [4, 5],
  [6, LAST],
] as const;

const T = FORMAT.text;
/** The formats of an indicator row: nothing in A (the block label's merge), text, 分值 and 得分 as 0.00. */
const INDICATOR_ROW_FORMATS: readonly string[] = [FORMAT.general, T, T, T, T, T, FORMAT.fixed2, FORMAT.fixed2, T];

/** `（2021年度）`; the blank official form's `（    年度）` when the year is unknown. */
export function yearLine(year: number | undefined): string {
  return year !== undefined && Number.isInteger(year) && year > 0 ? `（${year}年度）` : '（    年度）';
}

interface FundRow {
  readonly label: string;
  readonly initial?: number;
  readonly annual?: number;
  readonly executed?: number;
}

function near(a: number, b: number): boolean {
  return Math.abs(a - b) <= TOLERANCE;
}

/**
 * The three source rows. The executed amount of a source is known only when that source alone funds
 * the whole budget (it equals 全年预算数 and the other sources are 0 or not given): then it is the
 * total executed, and the other given sources executed 0. Otherwise it stays blank.
 */
function fundSourceRows(project: ProjectInfo | undefined, annual: number | undefined, executed: number | undefined): FundRow[] {
  const sources = [
    { label: '其中：当年财政拨款', amount: project?.appropriation },
    { label: '上年结转资金', amount: project?.carryOver },
    { label: '其他资金', amount: project?.otherFunds },
  ];
  let sole = -1;
  if (annual !== undefined && annual > 0 && executed !== undefined) {
    sources.forEach((s, i) => {
      const othersZero = sources.every((o, j) => j === i || o.amount === undefined || near(o.amount, 0));
      if (s.amount !== undefined && near(s.amount, annual) && othersZero) sole = i;
    });
  }
  return sources.map((s, i) => {
    const known = sole < 0 ? undefined : i === sole ? executed : s.amount !== undefined ? 0 : undefined;
    return {
      label: s.label,
      ...(s.amount !== undefined ? { annual: s.amount } : {}),
      ...(known !== undefined ? { executed: known } : {}),
    };
  });
}

/** 分值 and 得分 as stored: rounded to the 2 decimals printed, so what is read back is what was seen. */
function points(value: number | undefined): number | undefined {
  return value === undefined ? undefined : roundHalfUp(value, 2);
}

function rateOf(executed: number | undefined, annual: number | undefined): number | undefined {
  return executed !== undefined && annual !== undefined && annual !== 0 ? executed / annual : undefined;
}

function writeFunds(b: SheetBuilder, top: number, project: ProjectInfo | undefined, budget: BudgetResult): number {
  const headers = ['年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'];
  // The break is explicit: wrapped by width, the bracket would be left on a line of its own.
  b.text(top, 0, '项目资金\n（万元）').merge(top, 0, top + 4, 0);
  b.merge(top, 1, top, 2);
  headers.forEach((h, i) => b.text(top, 3 + i, h));
  b.style(top, 1, top, LAST, HEADER_STYLE);

  const annual = budget.annual ?? project?.annualBudget;
  const total: FundRow = {
    label: '年度资金总额',
    ...(project?.initialBudget !== undefined ? { initial: project.initialBudget } : {}),
    ...(annual !== undefined ? { annual } : {}),
    ...(budget.executed !== undefined ? { executed: budget.executed } : {}),
  };
  const rows = [total, ...fundSourceRows(project, annual, budget.executed)];
  rows.forEach((r, i) => {
    const row = top + 1 + i;
    b.text(row, 1, r.label).merge(row, 1, row, 2);
    // Amounts with the decimals they need (up to 4: 1 元 is 0.0001 万元), so 执行率 reproduces by hand.
    b.number(row, 3, printedAmount(r.initial), AMOUNT_FORMAT);
    b.number(row, 4, printedAmount(r.annual), AMOUNT_FORMAT);
    b.number(row, 5, printedAmount(r.executed), AMOUNT_FORMAT);
    if (i === 0) {
      b.number(row, 6, points(budget.weight), FORMAT.fixed2);
      b.number(row, 7, budget.rate ?? rateOf(budget.executed, annual), FORMAT.percent2);
      b.number(row, 8, points(budget.score), FORMAT.fixed2);
    } else {
      b.text(row, 6, '—');
      b.number(row, 7, rateOf(r.executed, r.annual), FORMAT.percent2);
      b.text(row, 8, '—');
    }
  });
  b.style(top + 1, 1, top + 4, 2, { vAlign: 'middle', wrap: true });
  b.style(top + 1, 3, top + 4, LAST, { hAlign: 'right', vAlign: 'middle' });
  b.style(top + 2, 6, top + 4, 6, { hAlign: 'center' });
  b.style(top + 2, 8, top + 4, 8, { hAlign: 'center' });
  return top + 5;
}

function indicatorRowHeight(r: IndicatorResult): number | undefined {
  const h = Math.max(
    estimateRowHeight(r.row.name, WIDTHS[3]),
    estimateRowHeight(r.row.targetText, WIDTHS[4]),
    estimateRowHeight(r.row.actualText, WIDTHS[5]),
    estimateRowHeight(r.row.deviationReason, WIDTHS[8]),
  );
  return h > 18 ? h : undefined;
}

function writeIndicators(b: SheetBuilder, top: number, indicators: readonly IndicatorResult[]): number {
  const end = writeIndicatorHeader(b, top, LAST, FORM_INDICATOR_HEADERS, '（未读取到绩效指标）', indicators.length === 0);
  if (end !== undefined) return end;
  const first = top + 1;
  const c = FORM_COLUMNS;
  indicators.forEach((r, i) => {
    const row = first + i;
    const scored = r.status !== 'excluded';
    // Columns in FORM_COLUMNS order: block label, 一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 偏差原因.
    b.writeRow(
      row,
      [
        null,
        r.row.level1,
        r.row.level2,
        r.row.name,
        r.row.targetText,
        r.row.actualText,
        scored ? points(r.weight) : undefined,
        scored ? points(r.score) : undefined,
        r.row.deviationReason,
      ],
      INDICATOR_ROW_FORMATS,
    );
    const h = indicatorRowHeight(r);
    if (h !== undefined) b.rowHeight(row, h);
  });
  const last = first + indicators.length - 1;
  const level1Keys = indicators.map((r) => r.row.level1);
  mergeLevels(b, top, indicators.map((r) => r.row));
  // A page break goes above a 一级 block rather than inside it, where the block fits on a page; the
  // first block keeps the header row with it (a header alone at the foot of a page says nothing).
  forEachRun(level1Keys.length, (i) => level1Keys[i], (start, end) => b.keepTogether(start === 0 ? top : first + start, first + end));
  b.style(first, c.name, last, c.actual, { vAlign: 'middle', wrap: true });
  b.style(first, c.weight, last, c.score, { hAlign: 'right', vAlign: 'middle' });
  b.style(first, c.reason, last, c.reason, { vAlign: 'middle', wrap: true });
  return last + 1;
}

function writeTotals(b: SheetBuilder, top: number, evaluation: Evaluation): number {
  b.text(top, 0, '总分').merge(top, 0, top, 5);
  b.number(top, 6, points(evaluation.max), FORMAT.fixed2);
  b.number(top, 7, points(evaluation.total), FORMAT.fixed2);
  b.text(top + 1, 0, '评价等级').merge(top + 1, 0, top + 1, 5);
  b.text(top + 1, 6, evaluation.grade);
  b.text(top + 1, 7, evaluation.provisional ? '暂定' : '').merge(top + 1, 7, top + 1, LAST);
  b.style(top, 0, top + 1, LAST, { bold: true, vAlign: 'middle' });
  b.style(top, 0, top + 1, 0, { hAlign: 'center', fill: PALETTE.label });
  b.style(top, 6, top + 1, 7, { hAlign: 'center' });
  if (evaluation.provisional) b.style(top + 1, 7, top + 1, 7, { fontColor: '#C00000' });
  return top + 2;
}

function noteText(evaluation: Evaluation, diagnosticsSheet: string, modeSource: ModeSource | undefined): string {
  const { budget } = evaluation;
  const asOf = evaluation.project?.asOf;
  return formNote(evaluation, { diagnosticsSheet, ...(modeSource !== undefined ? { modeSource } : {}), ...(asOf ? { asOf } : {}) }, [
    budget.base === 'adjustedBudget' && budget.adjusted !== undefined ? `执行率以调整后预算数 ${amountText(budget.adjusted)} 万元为分母` : undefined,
  ]);
}

export interface FormSheetOptions {
  /** The 校验问题 sheet's final name, cited in the note under the form. */
  readonly diagnosticsSheet?: string;
  /** What the signature block prints after its labels (blank lines where not given); 项目信息's when not given. */
  readonly signature?: SignatureValues;
  /** How the run's mode was chosen, said in the note beside the mode. */
  readonly modeSource?: ModeSource;
}

export function buildFormSheet(evaluation: Evaluation, name: string, options: FormSheetOptions = {}): SheetPlan {
  const b = new SheetBuilder('form', name, COLS).columnWidths(WIDTHS);
  const project = evaluation.project;

  const tableTop = writeTitle(b, LAST, FORM_TITLE, yearLine(evaluation.year));
  let row = writeProjectRows(b, tableTop, LAST, 3, project);
  row = writeFunds(b, row, project, evaluation.budget);
  row = writeGoals(b, row, WIDTHS, 4, '实际完成情况', project);
  const indicatorHeader = row;
  row = writeIndicators(b, row, inSchemaOrder(evaluation.indicators, evaluation.profile));
  const totalsTop = row;
  row = writeTotals(b, row, evaluation);
  const tableBottom = row - 1;

  // Block labels in column A, then borders over the whole table (borders do not override fills).
  b.style(tableTop, 0, tableBottom, 0, LABEL_STYLE);
  b.style(tableTop, 0, tableBottom, LAST, { border: true });

  row = writeNote(b, row, WIDTHS, noteText(evaluation, options.diagnosticsSheet ?? '校验问题', options.modeSource));
  row = writeSignature(b, row, SIGNATURE_SPANS, options.signature ?? signatureOf(project));
  // The totals, the note and the signature block print on one page.
  b.keepTogether(totalsTop, row - 1);
  // One sheet of paper to sign and stamp where the print stays legible (10 pt body at 65 %: 6.5 pt);
  // a longer form goes on as many pages as it needs, whole 一级 blocks to a page.
  b.page({ titleRows: { first: indicatorHeader, last: indicatorHeader }, onePageMinScale: FORM_ONE_PAGE_MIN_SCALE });
  return b.tabColor(PALETTE.tab).build();
}
