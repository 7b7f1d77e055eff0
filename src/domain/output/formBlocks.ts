/**
 * The blocks both printed forms are made of — the 绩效自评表 (formSheet.ts) and the 绩效运行监控表
 * (monitorSheet.ts) — laid out once, on the columns each form gives: the title and its year line, the
 * 项目名称 / 主管部门 / 实施单位 rows, the note under the table (and the facts every note names: the
 * profile, the mode, the as-of date, the scored sheet) and the signature block.
 */
import type { Evaluation, ProjectInfo } from '../model';
import type { ModeSource } from '../tracking/mode';
import type { EvaluationMode } from '../workbookSettings';
import { estimateRowHeight, forEachRun, PALETTE, SheetBuilder, TITLE_FONT_NAME } from './sheetBuilder';
import { signatureLines, type SignatureValues } from './signatureBlock';
import { PROFILES } from '../schema/profiles';

export const HEADER_STYLE = { bold: true, fill: PALETTE.header, hAlign: 'center', vAlign: 'middle', wrap: true } as const;
export const LABEL_STYLE = { bold: true, fill: PALETTE.label, hAlign: 'center', vAlign: 'middle', wrap: true } as const;

/** The title (bold 16 pt 黑体) over every column, the year line under it. Returns the next row. */
export function writeTitle(b: SheetBuilder, last: number, title: string, yearLine: string): number {
  b.text(0, 0, title).merge(0, 0, 0, last);
  b.style(0, 0, 0, last, { bold: true, fontName: TITLE_FONT_NAME, fontSize: 16, hAlign: 'center', vAlign: 'middle' });
  b.rowHeight(0, 26);
  b.text(1, 0, yearLine).merge(1, 0, 1, last);
  b.style(1, 0, 1, last, { hAlign: 'center', vAlign: 'middle' });
  return 2;
}

/**
 * 项目名称 over B:last; 主管部门 over B:`departmentTo`, the 实施单位 label in the next column and the unit
 * after it to the last. Returns the next row.
 */
export function writeProjectRows(b: SheetBuilder, top: number, last: number, departmentTo: number, project: ProjectInfo | undefined): number {
  const unitLabel = departmentTo + 1;
  b.text(top, 0, '项目名称');
  b.text(top, 1, project?.name ?? '').merge(top, 1, top, last);
  b.text(top + 1, 0, '主管部门');
  b.text(top + 1, 1, project?.department ?? '').merge(top + 1, 1, top + 1, departmentTo);
  b.text(top + 1, unitLabel, '实施单位');
  b.text(top + 1, unitLabel + 1, project?.unit ?? '').merge(top + 1, unitLabel + 1, top + 1, last);
  b.style(top, 1, top + 1, last, { vAlign: 'middle', wrap: true });
  b.style(top + 1, unitLabel, top + 1, unitLabel, LABEL_STYLE);
  return top + 2;
}

/** The note over every column in 9 pt, as tall as its text. Returns the next row. */
export function writeNote(b: SheetBuilder, row: number, widths: readonly number[], note: string): number {
  const last = widths.length - 1;
  b.text(row, 0, note).merge(row, 0, row, last);
  b.style(row, 0, row, last, { wrap: true, vAlign: 'top', fontSize: 9 });
  b.rowHeight(row, estimateRowHeight(note, widths.reduce((s, w) => s + w, 0), 18, 9));
  return row + 1;
}

/** Three column spans (inclusive) a signature line is merged over. */
export type SignatureSpans = readonly [readonly [number, number], readonly [number, number], readonly [number, number]];

/**
 * The signature block below a form: a gap, 填报单位（盖章） / 单位负责人 / 财务负责人, room for the
 * stamp, 填报人 / 联系电话 / 填报日期, each text merged over its span. Returns the next row.
 */
export function writeSignature(b: SheetBuilder, top: number, spans: SignatureSpans, values: SignatureValues): number {
  const last = spans[2][1];
  const [first, second] = signatureLines(values);
  b.rowHeight(top, 10);
  const lines = [
    { row: top + 1, texts: first },
    { row: top + 3, texts: second },
  ];
  for (const { row, texts } of lines) {
    spans.forEach(([left, right], i) => b.text(row, left, texts[i] ?? '').merge(row, left, row, right));
    b.style(row, 0, row, last, { vAlign: 'bottom', hAlign: 'left', wrap: true });
    b.rowHeight(row, 20);
  }
  b.rowHeight(top + 2, 40);
  return top + 4;
}

/** The mode as the notes name it. */
export const PRINTED_MODE: Readonly<Record<EvaluationMode, string>> = {
  selfEvaluation: '年度绩效自评',
  tracking: '绩效跟踪（运行监控）',
};

/** `评分口径：中央部门（财预〔2020〕10号）`. */
function profilePart(evaluation: Evaluation): string {
  const profile = PROFILES.find((candidate) => candidate.id === evaluation.profile);
  return `评分口径：${profile?.label['zh-CN'] ?? evaluation.profile}`;
}

function modeReason(evaluation: Evaluation, source: ModeSource): string {
  const typed = evaluation.project?.evaluationType?.trim();
  switch (source) {
    case 'chosen':
    case 'remembered': {
      const how = source === 'chosen' ? '本次计算选定' : '按本工作簿保存的选择';
      return typed ? `${how}，项目信息的评价类型为“${typed}”` : how;
    }
    case 'evaluationType':
      return `按项目信息的评价类型“${typed ?? ''}”`;
    case 'title':
      return `按表格标题“${evaluation.project?.trackingTitle ?? ''}”推定`;
    case 'date':
      return '未注明评价类型，评价截止日期早于实施周期结束，推定';
    case 'default':
      return '未注明评价类型，按默认';
  }
}

/**
 * `评价方式：绩效跟踪（运行监控）（按项目信息的评价类型“绩效跟踪”）`: the mode the run used, and how it was
 * chosen when that is known — so a self-evaluation of a workbook typed 绩效跟踪 says both on paper.
 */
function modePart(evaluation: Evaluation, source: ModeSource | undefined): string {
  const name = PRINTED_MODE[evaluation.mode];
  return source === undefined ? `评价方式：${name}` : `评价方式：${name}（${modeReason(evaluation, source)}）`;
}

/** The sheet that was scored (the others are references), or undefined when no indicator was read. */
export function scoredSheet(evaluation: Evaluation): string | undefined {
  return evaluation.indicators.find((r) => r.status !== 'excluded')?.row.sheet ?? evaluation.indicators[0]?.row.sheet;
}

/** `计分依据：「绩效指标（调整后）」工作表`. */
function scoredPart(sheet: string): string {
  return `计分依据：「${sheet}」工作表`;
}

/** Why the result is provisional, citing the diagnostics sheet; undefined when it is not. */
function provisionalPart(evaluation: Evaluation, diagnosticsSheet: string): string | undefined {
  if (!evaluation.provisional) return undefined;
  const errors = evaluation.diagnostics.filter((d) => d.severity === 'error').length;
  return `存在${errors}个错误级校验问题，得分为暂定结果，详见「${diagnosticsSheet}」工作表`;
}

/** On paper and on screen: typing into an output sheet is lost on the next run. */
function rewritePart(scored: string | undefined): string {
  return scored !== undefined ? `本表每次计算时重写，偏差原因请填写在「${scored}」工作表` : '本表每次计算时重写，请在输入表中修改';
}

/** `注：a；b；c。` of the parts given. */
function noteOf(parts: readonly (string | undefined)[]): string {
  return `注：${parts.filter((p): p is string => p !== undefined && p !== '').join('；')}。`;
}

/** What a form's note is told about the run. */
export interface NoteContext {
  /** How the mode was chosen (said beside the mode when known). */
  readonly modeSource?: ModeSource;
  /** The as-of date the run used. */
  readonly asOf?: string;
  /** The diagnostics sheet's final name. */
  readonly diagnosticsSheet: string;
}

/**
 * The note under a form: the profile, the mode and how it was chosen, the as-of date, the scored sheet
 * (what every form's note names), then the form's own remarks, then why the result is provisional and
 * that the sheet is rewritten on every run.
 */
export function formNote(evaluation: Evaluation, context: NoteContext, remarks: readonly (string | undefined)[]): string {
  const scored = scoredSheet(evaluation);
  return noteOf([
    profilePart(evaluation),
    modePart(evaluation, context.modeSource),
    context.asOf !== undefined ? `数据截止日期：${context.asOf}` : undefined,
    // The sheet that was scored (the others are references), said on paper too.
    scored !== undefined ? scoredPart(scored) : undefined,
    ...remarks,
    provisionalPart(evaluation, context.diagnosticsSheet),
    rewritePart(scored),
  ]);
}

/** The 年度总体目标 block: a header row (预期目标 | `actualHeader`), then the two texts, split after column `split`. */
export function writeGoals(b: SheetBuilder, top: number, widths: readonly number[], split: number, actualHeader: string, project: ProjectInfo | undefined): number {
  const last = widths.length - 1;
  b.text(top, 0, '年度总体\n目标').merge(top, 0, top + 1, 0);
  b.text(top, 1, '预期目标').merge(top, 1, top, split);
  b.text(top, split + 1, actualHeader).merge(top, split + 1, top, last);
  b.style(top, 1, top, last, HEADER_STYLE);
  const planned = project?.goalPlanned ?? '';
  const actual = project?.goalActual ?? '';
  b.text(top + 1, 1, planned).merge(top + 1, 1, top + 1, split);
  b.text(top + 1, split + 1, actual).merge(top + 1, split + 1, top + 1, last);
  b.style(top + 1, 1, top + 1, last, { wrap: true, vAlign: 'top', hAlign: 'left' });
  const width = (from: number, to: number): number => widths.slice(from, to + 1).reduce((sum, w) => sum + w, 0);
  b.rowHeight(top + 1, Math.max(estimateRowHeight(planned, width(1, split), 36), estimateRowHeight(actual, width(split + 1, last), 36)));
  return top + 2;
}

/**
 * The indicator block's header row (from column B) and, for a block without indicators, one merged line
 * saying so: the row after that line, or undefined when the indicator rows follow the header.
 */
export function writeIndicatorHeader(b: SheetBuilder, top: number, last: number, headers: readonly string[], emptyText: string, empty: boolean): number | undefined {
  headers.forEach((h, i) => b.text(top, 1 + i, h));
  b.style(top, 1, top, last, HEADER_STYLE);
  if (!empty) return undefined;
  b.text(top + 1, 1, emptyText).merge(top + 1, 1, top + 1, last);
  mergeLevels(b, top, []);
  return top + 2;
}

/**
 * The indicator block's left columns: 一级 and 二级 merged over each run of equal values (a 二级 run
 * never crosses a 一级 boundary), the 绩效指标 label in A over the header row and the rows.
 */
export function mergeLevels(b: SheetBuilder, header: number, levels: readonly { readonly level1: string; readonly level2: string }[]): void {
  const first = header + 1;
  const keys = [levels.map((l) => l.level1), levels.map((l) => `${l.level1}\u0000${l.level2}`)];
  keys.forEach((column, i) => {
    forEachRun(column.length, (r) => column[r], (start, end) => {
      if (end > start) b.merge(first + start, 1 + i, first + end, 1 + i);
    });
  });
  b.text(header, 0, '绩效指标').merge(header, 0, header + Math.max(1, levels.length), 0);
  if (levels.length > 0) b.style(first, 1, first + levels.length - 1, 2, { hAlign: 'center', vAlign: 'middle', wrap: true });
}
