/**
 * 指标调整对比: one row per pair of the indicator comparison (compareIndicators.ts), then one summary
 * line per kind of change. Same shape as the other tables: title, a source line, the column header
 * (frozen below it), the rows; text cells `@`, wrapped, with widths and heights for print.
 */
import type { IndicatorRow } from '../model';
import type { Diagnostic, DiagnosticCode } from '../diagnostics/types';
import type { SheetPlan } from '../output/planTypes';
import { locationA1 } from '../diagnostics/location';
import { estimateRowHeight, FORMAT, PALETTE, SheetBuilder } from '../output/sheetBuilder';
import { CHANGE_KINDS, type ChangeKind, type ComparedSide, type ComparisonPair, type IndicatorComparison, type PairBasis } from './compareIndicators';

export const COMPARISON_TITLE = '指标调整对比';

export const COMPARISON_HEADERS = [
  '一级指标',
  '二级指标',
  '原三级指标',
  '原年度指标值',
  '调整后三级指标',
  '调整后年度指标值',
  '调整情况',
  '配对依据',
  '名称相似度',
  '原指标问题',
  '调整后指标问题',
] as const;

export const CHANGE_LABELS: Readonly<Record<ChangeKind, string>> = {
  added: '新增',
  removed: '删除',
  targetChanged: '目标值调整',
  wordingChanged: '表述调整',
  level2Moved: '二级指标调整',
  unchanged: '未调整',
};

export const BASIS_LABELS: Readonly<Record<PairBasis, string>> = {
  sameName: '名称相同',
  similarName: '名称相近',
  onlyPairInLevel2: '同一二级指标下唯一对应',
};

/** Short names of the lints shown beside each side (the full messages are on 校验问题). */
export const LINT_LABELS: Partial<Readonly<Record<DiagnosticCode, string>>> = {
  QUALITATIVE_TARGET: '可衡量性：目标值不是数值',
  SATISFACTION_NOT_QUANTIFIED: '满意度目标未量化',
  SATISFACTION_TARGET_LOW: '满意度目标偏低',
  SUSPICIOUS_ZERO_TARGET: '比率类指标目标值为 0',
  TARGET_UNPARSED: '目标值无法识别',
  DUPLICATE_INDICATOR: '指标重复',
  UNKNOWN_LEVEL1: '一级指标不在指标体系中',
  UNKNOWN_LEVEL2: '二级指标不在指标体系中',
  LEVEL2_PARENT_MISMATCH: '二级指标归属错误',
};

export const NO_REFERENCE_LINE =
  '未找到参考指标表（没有实际完成值列的另一张绩效指标表，如单位原报的绩效指标），本次没有可对比的内容。';

const WIDTHS = [10, 14, 22, 14, 22, 14, 24, 14, 9, 26, 26] as const;
const COLS = WIDTHS.length;
const LAST = COLS - 1;
const T = FORMAT.text;
const ROW_FORMATS: readonly string[] = [T, T, T, T, T, T, T, T, FORMAT.fixed2, T, T];

/** `≥30`, or `（空）` for an empty target. */
export function targetShown(row: IndicatorRow): string {
  return row.targetText === '' ? '（空）' : row.targetText;
}

export function lintText(lints: readonly Diagnostic[]): string {
  return lints.map((d) => `${LINT_LABELS[d.code] ?? d.code}（${locationA1(d)}）`).join('\n');
}

/** `表述调整；目标值调整：0 → 100%` */
export function changeText(pair: ComparisonPair): string {
  return pair.changes
    .map((c) => {
      if (c === 'targetChanged' && pair.reference && pair.scored) {
        return `${CHANGE_LABELS[c]}：${targetShown(pair.reference.row)} → ${targetShown(pair.scored.row)}`;
      }
      if (c === 'level2Moved' && pair.reference && pair.scored) {
        return `${CHANGE_LABELS[c]}：${pair.reference.row.level2} → ${pair.scored.row.level2}`;
      }
      return CHANGE_LABELS[c];
    })
    .join('；');
}

function level2Shown(pair: ComparisonPair): string {
  const r = pair.reference?.row.level2;
  const s = pair.scored?.row.level2;
  if (r !== undefined && s !== undefined && r !== s) return `${r} → ${s}`;
  return s ?? r ?? '';
}

/** `商务接待（次）≥30` */
function described(side: ComparedSide): string {
  return `${side.row.name}${side.row.targetText === '' ? '' : ` ${side.row.targetText}`}`;
}

/** The summary line of one kind: `新增 10 项：商务接待（次） ≥30、…`. */
export function summaryLine(comparison: IndicatorComparison, kind: ChangeKind): string {
  const pairs = comparison.pairs.filter((p) => p.changes.includes(kind));
  const items = pairs.map((p) => {
    if (kind === 'added' && p.scored) return described(p.scored);
    if (kind === 'removed' && p.reference) return described(p.reference);
    if (kind === 'unchanged' && p.scored) return p.scored.row.name;
    if (p.reference && p.scored) {
      if (kind === 'targetChanged') return `${p.scored.row.name}：${targetShown(p.reference.row)} → ${targetShown(p.scored.row)}`;
      if (kind === 'level2Moved') return `${p.scored.row.name}：${p.reference.row.level2} → ${p.scored.row.level2}`;
      return `${p.reference.row.name} → ${p.scored.row.name}`;
    }
    return '';
  });
  const head = `${CHANGE_LABELS[kind]} ${pairs.length} 项`;
  return items.length > 0 ? `${head}：${items.join('、')}` : head;
}

function writePair(b: SheetBuilder, row: number, pair: ComparisonPair): void {
  const r = pair.reference;
  const s = pair.scored;
  const cells = [
    s?.row.level1 ?? r?.row.level1 ?? '',
    level2Shown(pair),
    r?.row.name ?? '',
    r ? targetShown(r.row) : '',
    s?.row.name ?? '',
    s ? targetShown(s.row) : '',
    changeText(pair),
    pair.basis ? BASIS_LABELS[pair.basis] : '',
    pair.similarity,
    r ? lintText(r.lints) : '',
    s ? lintText(s.lints) : '',
  ];
  b.writeRow(row, cells, ROW_FORMATS);
  let height = 18;
  cells.forEach((c, i) => {
    if (typeof c === 'string') height = Math.max(height, estimateRowHeight(c, WIDTHS[i] ?? 10));
  });
  if (height > 18) b.rowHeight(row, height);
  const fill = pair.changes.includes('added') ? PALETTE.ok : pair.changes.includes('removed') ? PALETTE.error : undefined;
  if (fill) b.style(row, 0, row, LAST, { fill });
  else if (!pair.changes.includes('unchanged')) b.style(row, 6, row, 6, { fill: PALETTE.warning });
}

const PAIRING_NOTE =
  '配对方法：先按三级指标名称（忽略末尾括号中的计量单位）在同一二级指标下、再在其他二级指标下找相同名称；' +
  '再在同一二级指标下按名称相似度（最长公共子序列占两个名称字数的比例）不低于 0.40 配对；' +
  '同一二级指标下仅剩一个原指标和一个调整后指标的，视为替换；其余为新增或删除。“无”等占位不计为指标。';

export function buildComparisonSheet(comparison: IndicatorComparison | undefined, name: string): SheetPlan {
  const b = new SheetBuilder('comparison', name, COLS).columnWidths(WIDTHS);
  b.text(0, 0, COMPARISON_TITLE).merge(0, 0, 0, LAST);
  b.style(0, 0, 0, LAST, { bold: true, fontSize: 14, hAlign: 'center' });
  if (!comparison) {
    b.text(1, 0, NO_REFERENCE_LINE).merge(1, 0, 1, LAST);
    b.style(1, 0, 1, LAST, { fill: PALETTE.info, wrap: true });
    return b.build();
  }
  b.text(1, 0, `原指标：${comparison.referenceSheet}；调整后指标：${comparison.scoredSheet}（评分所用）`).merge(1, 0, 1, LAST);
  COMPARISON_HEADERS.forEach((h, i) => b.text(2, i, h));
  b.style(2, 0, 2, LAST, { bold: true, fill: PALETTE.header, hAlign: 'center', vAlign: 'middle', border: true, wrap: true });
  b.freeze(3, 0);
  const first = 3;
  comparison.pairs.forEach((pair, i) => writePair(b, first + i, pair));
  const lastPair = first + comparison.pairs.length - 1;
  if (comparison.pairs.length > 0) {
    b.style(first, 0, lastPair, LAST, { border: true, wrap: true, vAlign: 'top' });
    b.style(first, 8, lastPair, 8, { hAlign: 'center' });
  }
  let row = lastPair + 2;
  const width = WIDTHS.reduce((sum, w) => sum + w, 0);
  b.text(row, 0, '汇总').merge(row, 0, row, LAST);
  b.style(row, 0, row, LAST, { bold: true, fill: PALETTE.label });
  for (const kind of CHANGE_KINDS) {
    row++;
    const line = summaryLine(comparison, kind);
    b.text(row, 0, line).merge(row, 0, row, LAST);
    b.style(row, 0, row, LAST, { wrap: true, vAlign: 'top' });
    b.rowHeight(row, estimateRowHeight(line, width));
  }
  row += 2;
  b.text(row, 0, PAIRING_NOTE).merge(row, 0, row, LAST);
  b.style(row, 0, row, LAST, { wrap: true, fontColor: PALETTE.muted, vAlign: 'top' });
  b.rowHeight(row, estimateRowHeight(PAIRING_NOTE, width));
  return b.build();
}
