/**
 * 指标得分明细: one row per indicator (scored ones and placeholders), with its type, completion rate,
 * weight, the unit's own score (自评得分, where the form carries one) beside ours (复核得分), status and the
 * cell it came from. Unmet rows are red, missing rows amber, partly met rows light orange; a filled
 * actual that cannot be scored says so (需填数值 / 无法计分), not 缺失.
 */
import type { IndicatorResult, IndicatorStatus, IndicatorType } from '../model';
import type { SheetPlan } from './planTypes';
import { sheetCellRef } from '../address';
import { FORMAT, forEachRun, PALETTE, SheetBuilder } from './sheetBuilder';

export const DETAIL_HEADERS = [
  '一级指标',
  '二级指标',
  '三级指标',
  '年度指标值',
  '实际完成值',
  '类型',
  '完成率',
  '分值',
  '自评得分',
  '复核得分',
  '状态',
  '偏差原因',
  '来源',
] as const;

export const STATUS_LABELS: Readonly<Record<IndicatorStatus, string>> = {
  met: '达成',
  partial: '部分达成',
  unmet: '未达成',
  missing: '缺失',
  excluded: '不计分',
};

export const TYPE_LABELS: Readonly<Record<IndicatorType, string>> = {
  quantitative: '定量',
  qualitative: '定性',
};

const WIDTHS = [12, 16, 30, 14, 14, 7, 10, 8, 9, 9, 10, 30, 18] as const;
const T = FORMAT.text;
/** The formats of an indicator row, column by column (see DETAIL_HEADERS). */
const ROW_FORMATS: readonly string[] = [T, T, T, T, T, T, FORMAT.percent2, FORMAT.fixed2, FORMAT.fixed2, FORMAT.fixed2, T, T, T];

/** The row fill for a status: every row below full marks is highlighted (DOMAIN.md §5.2), 部分达成 too. */
function statusFill(status: IndicatorStatus): string | undefined {
  if (status === 'unmet') return PALETTE.error;
  if (status === 'missing') return PALETTE.warning;
  if (status === 'partial') return PALETTE.partial;
  return undefined;
}

/**
 * What the 状态 column says: 缺失 only when nothing was filled in; a filled actual that cannot be
 * scored says why — 需填数值 for a quantitative indicator (`满意度较高` against `=95%`), 无法计分 for a
 * qualitative one whose tier is not recognised.
 */
export function statusLabel(r: IndicatorResult): string {
  if (r.status !== 'missing' || r.row.actualText.trim() === '') return STATUS_LABELS[r.status];
  return r.type === 'quantitative' ? '需填数值' : '无法计分';
}


/** `绩效指标!C5`: the indicator's 三级 cell. */
export function indicatorSource(r: IndicatorResult): string {
  return sheetCellRef(r.row.sheet, r.row.row, r.row.cols.name ?? 0);
}

export function buildDetailSheet(indicators: readonly IndicatorResult[], name: string): SheetPlan {
  const cols = DETAIL_HEADERS.length;
  const last = cols - 1;
  const b = new SheetBuilder('detail', name, cols).columnWidths(WIDTHS);
  DETAIL_HEADERS.forEach((h, i) => b.text(0, i, h));
  b.style(0, 0, 0, last, { bold: true, fill: PALETTE.header, hAlign: 'center', vAlign: 'middle', border: true });
  b.freeze(1, 0);

  if (indicators.length === 0) {
    b.text(1, 0, '（未读取到绩效指标）').merge(1, 0, 1, last);
    return b.build();
  }

  indicators.forEach((r, i) => {
    const excluded = r.status === 'excluded';
    const row = r.row;
    b.writeRow(
      i + 1,
      [
        row.level1,
        row.level2,
        row.name,
        row.targetText,
        row.actualText,
        excluded ? '' : TYPE_LABELS[r.type],
        excluded ? undefined : r.completion,
        excluded ? undefined : r.weight,
        row.manualScore ?? row.groupScore?.value,
        excluded ? undefined : r.score,
        statusLabel(r),
        row.deviationReason,
        indicatorSource(r),
      ],
      ROW_FORMATS,
    );
  });
  const lastRow = indicators.length;
  b.style(1, 0, lastRow, last, { border: true, vAlign: 'middle' });
  // Long texts wrap instead of running under the next cell (the builder sizes each row for them): the
  // indicator's names, target and actual, then 偏差原因 and 来源, the last two columns.
  b.style(1, 0, lastRow, 4, { wrap: true });
  b.style(1, last - 1, lastRow, last, { wrap: true });
  b.style(1, 5, lastRow, 5, { hAlign: 'center' });
  b.style(1, 10, lastRow, 10, { hAlign: 'center' });

  // One fill per run of rows with the same highlight (rectangles, not cells); placeholders in grey.
  forEachRun(indicators.length, (i) => indicators[i]?.status, (start, end, status) => {
    if (status === undefined) return;
    const fill = statusFill(status);
    if (fill !== undefined) b.style(start + 1, 0, end + 1, last, { fill });
    if (status === 'excluded') b.style(start + 1, 0, end + 1, last, { fontColor: PALETTE.muted });
  });
  return b.build();
}
