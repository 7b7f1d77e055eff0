/**
 * 项目汇总: one row per file. Provisional projects first, then final ones, then files with nothing to
 * score, then files that could not be read (with their reason); the batch's file order within each
 * group. The grade column carries real conditional fills (they follow an edit), the header an auto
 * filter, and the header row repeats on every printed page.
 */
import type { SheetPlan } from '../../domain/output/planTypes';
import { FORMAT, PALETTE, SheetBuilder, estimateRowHeight, type RowCell } from '../../domain/output/sheetBuilder';
import type { BatchEntry } from './entry';
import { SUMMARY_SHEET_NAMES, gradeFills, type SummaryInput, type SummarySheet } from './summaryTypes';
import { titleBlock } from './titleBlock';

interface Column {
  readonly header: string;
  readonly width: number;
  readonly format: string;
  readonly wrap?: boolean;
  readonly center?: boolean;
}

const T = FORMAT.text;
const BASE_COLUMNS: readonly Column[] = [
  { header: '序号', width: 5, format: FORMAT.general, center: true },
  { header: '文件', width: 24, format: T, wrap: true },
  { header: '项目名称', width: 26, format: T, wrap: true },
  { header: '主管部门', width: 14, format: T, wrap: true },
  { header: '实施单位', width: 14, format: T, wrap: true },
  { header: '全年预算数（万元）', width: 11, format: FORMAT.amount, wrap: true },
  { header: '全年执行数（万元）', width: 11, format: FORMAT.amount, wrap: true },
  { header: '执行率', width: 8, format: FORMAT.percent2 },
  { header: '总分', width: 7, format: FORMAT.fixed2 },
  { header: '等级', width: 5, format: T, center: true },
  { header: '暂定', width: 5, format: T, center: true },
  { header: '错误', width: 5, format: FORMAT.general, center: true },
  { header: '警告', width: 5, format: FORMAT.general, center: true },
  { header: '评分口径', width: 9, format: T },
  { header: '评价类型', width: 6, format: T, center: true },
];
const OUTPUT_COLUMN: Column = { header: '输出文件', width: 24, format: T, wrap: true };
const NOTE_COLUMN: Column = { header: '说明', width: 30, format: T, wrap: true };

const GRADE_COL = 9;
const PROVISIONAL_COL = 10;
/** Rows above the header: the title and the counts line. */
const HEADER_ROW = 2;

export const MODE_LABELS: Readonly<Record<string, string>> = { self: '自评', tracking: '跟踪' };

/** 0 provisional, 1 final, 2 nothing scored, 3 unreadable. */
function group(entry: BatchEntry): number {
  if (entry.kind === 'unreadable') return 3;
  if (!entry.scored) return 2;
  return entry.provisional ? 0 : 1;
}

/** The entries in the order of the sheet: by group, then in the batch's order. */
export function summaryOrder(entries: readonly BatchEntry[]): BatchEntry[] {
  return entries
    .map((entry, index) => ({ entry, index, group: group(entry) }))
    .sort((a, b) => a.group - b.group || a.index - b.index)
    .map((e) => e.entry);
}

function cells(entry: BatchEntry, no: number, outputs: boolean, noIndicators: string): RowCell[] {
  if (entry.kind === 'unreadable') {
    const blanks: RowCell[] = new Array<RowCell>(BASE_COLUMNS.length - 2).fill(null);
    return [no, entry.file, ...blanks, ...(outputs ? [null] : []), entry.message];
  }
  const scored = entry.scored;
  return [
    no,
    entry.file,
    entry.name ?? '',
    entry.department ?? '',
    entry.unit ?? '',
    entry.annual ?? undefined,
    entry.executed ?? undefined,
    entry.rate ?? undefined,
    scored ? entry.total : undefined,
    scored ? entry.grade : '',
    scored && entry.provisional ? '暂定' : '',
    entry.errors,
    entry.warnings,
    entry.profile,
    MODE_LABELS[entry.mode] ?? entry.mode,
    ...(outputs ? [entry.output ?? ''] : []),
    scored ? (entry.outputError !== undefined ? `评价结果未能写出：${entry.outputError}` : '') : noIndicators,
  ];
}

export function buildProjectsSheet(input: SummaryInput): SummarySheet {
  const columns = [...BASE_COLUMNS, ...(input.outputs ? [OUTPUT_COLUMN] : []), NOTE_COLUMN];
  const last = columns.length - 1;
  const b = new SheetBuilder('summaryProjects', SUMMARY_SHEET_NAMES.projects, columns.length).columnWidths(columns.map((c) => c.width));
  titleBlock(b, '项目绩效自评汇总', countsLine(input), last);

  columns.forEach((c, i) => b.text(HEADER_ROW, i, c.header));
  b.style(HEADER_ROW, 0, HEADER_ROW, last, { bold: true, fill: PALETTE.header, hAlign: 'center', vAlign: 'middle', wrap: true, border: true });
  b.rowHeight(HEADER_ROW, 30);
  b.freeze(HEADER_ROW + 1, 2);

  const formats = columns.map((c) => c.format);
  const ordered = summaryOrder(input.entries);
  const first = HEADER_ROW + 1;
  const noIndicators = '未找到绩效指标表，未评分。';
  ordered.forEach((entry, i) => {
    const row = cells(entry, i + 1, input.outputs, noIndicators);
    // Wrapped text sets the row's height (readers do not grow rows on opening, and the page must show it all).
    let height = 18;
    row.forEach((value, c) => {
      const column = columns[c];
      if (typeof value === 'string' && column?.wrap) height = Math.max(height, estimateRowHeight(value, column.width));
    });
    b.writeRow(first + i, row, formats);
    if (height > 18) b.rowHeight(first + i, height);
  });
  const lastRow = first + Math.max(ordered.length, 1) - 1;
  if (ordered.length === 0) b.text(first, 1, '（没有文件）');

  b.style(first, 0, lastRow, last, { border: true, vAlign: 'top' });
  columns.forEach((c, i) => {
    if (c.wrap) b.style(first, i, lastRow, i, { wrap: true });
    if (c.center) b.style(first, i, lastRow, i, { hAlign: 'center' });
  });
  ordered.forEach((entry, i) => {
    const row = first + i;
    if (entry.kind === 'unreadable' || !entry.scored) b.style(row, 0, row, last, { fontColor: PALETTE.muted, fill: PALETTE.label });
    else if (entry.provisional) b.style(row, PROVISIONAL_COL, row, PROVISIONAL_COL, { bold: true, fontColor: '#C00000' });
  });

  b.page({ orientation: 'landscape', titleRows: { first: HEADER_ROW, last: HEADER_ROW } });
  const plan: SheetPlan = b.build();
  const gradeRange = { top: first, left: GRADE_COL, bottom: lastRow, right: GRADE_COL };
  return {
    plan,
    conditionalFills: gradeFills(gradeRange),
    autoFilter: { top: HEADER_ROW, left: 0, bottom: lastRow, right: last },
  };
}

/** `共 N 个文件：…`, and what an interrupted batch left out. */
function countsLine(input: SummaryInput): string {
  let scored = 0;
  let provisional = 0;
  let unscored = 0;
  let unreadable = 0;
  for (const e of input.entries) {
    if (e.kind === 'unreadable') unreadable++;
    else if (!e.scored) unscored++;
    else {
      scored++;
      if (e.provisional) provisional++;
    }
  }
  const parts = [`已评分 ${scored} 个（其中暂定 ${provisional} 个）`];
  if (unscored > 0) parts.push(`无绩效指标表 ${unscored} 个`);
  if (unreadable > 0) parts.push(`无法读取 ${unreadable} 个`);
  const line = `共 ${input.fileCount} 个文件：${parts.join('，')}。`;
  if (!input.interrupted) return line;
  return `${line}评价被中断：只列出已处理的 ${input.entries.length} 个文件，其余 ${input.fileCount - input.entries.length} 个未列入。`;
}
