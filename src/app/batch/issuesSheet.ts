/**
 * 常见问题: every diagnostic code found in the batch, the most widespread first (by the number of
 * projects it stands in, then by how often), with its meaning in Chinese and the files that have it;
 * then the files that could not be read, grouped by reason.
 */
import type { Severity } from '../../domain/diagnostics/types';
import { codeTitle } from '../../domain/diagnostics/codeTitles';
import { SEVERITY_LABELS } from '../../domain/output/diagnosticsSheet';
import { FORMAT, PALETTE, SheetBuilder, estimateRowHeight } from '../../domain/output/sheetBuilder';
import { SUMMARY_SHEET_NAMES, type SummaryInput, type SummarySheet } from './summaryTypes';
import { titleBlock } from './titleBlock';

const HEADERS = ['序号', '问题', '代码', '级别', '项目数', '次数', '涉及的文件'] as const;
const WIDTHS = [5, 28, 26, 6, 7, 7, 60] as const;
const T = FORMAT.text;
const G = FORMAT.general;
const ROW_FORMATS: readonly string[] = [G, T, T, T, G, G, T];
const HEADER_ROW = 2;
/** Files named per row; the rest are counted (`…等 120 个`), so a row stays printable. */
export const MAX_LISTED_FILES = 30;
const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

interface CodeRow {
  readonly code: string;
  readonly severity: Severity;
  projects: number;
  occurrences: number;
  readonly files: string[];
}

/** The height of a row whose 问题 and 涉及的文件 cells wrap. */
function rowHeight(b: SheetBuilder, row: number, title: string, files: string): void {
  const height = Math.max(estimateRowHeight(title, WIDTHS[1]), estimateRowHeight(files, WIDTHS[6]));
  if (height > 18) b.rowHeight(row, height);
}

export function fileList(files: readonly string[], total = files.length): string {
  const listed = files.slice(0, MAX_LISTED_FILES).join('、');
  return total > MAX_LISTED_FILES ? `${listed}……等 ${total} 个` : listed;
}

/** The codes of the batch, most widespread first; ties by severity, then code. */
export function frequentCodes(input: SummaryInput): CodeRow[] {
  const byCode = new Map<string, CodeRow>();
  for (const e of input.entries) {
    if (e.kind !== 'evaluated') continue;
    for (const c of e.codes) {
      let row = byCode.get(c.code);
      if (!row) byCode.set(c.code, (row = { code: c.code, severity: c.severity, projects: 0, occurrences: 0, files: [] }));
      row.projects++;
      row.occurrences += c.count;
      if (row.files.length < MAX_LISTED_FILES) row.files.push(e.file);
    }
  }
  return [...byCode.values()].sort(
    (a, b) =>
      b.projects - a.projects ||
      b.occurrences - a.occurrences ||
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
}

export function buildIssuesSheet(input: SummaryInput): SummarySheet {
  const last = HEADERS.length - 1;
  const b = new SheetBuilder('summaryIssues', SUMMARY_SHEET_NAMES.issues, HEADERS.length).columnWidths(WIDTHS);
  titleBlock(b, '常见问题', '按出现该问题的项目数排列（一个项目中出现多次只算一个项目）；无法读取的文件列在最后。', last);
  HEADERS.forEach((h, i) => b.text(HEADER_ROW, i, h));
  b.style(HEADER_ROW, 0, HEADER_ROW, last, { bold: true, fill: PALETTE.header, hAlign: 'center', border: true });
  b.freeze(HEADER_ROW + 1, 0);

  let row = HEADER_ROW + 1;
  const codes = frequentCodes(input);
  if (codes.length === 0) {
    b.text(row, 0, '未发现问题。').merge(row, 0, row, last);
    b.style(row, 0, row, last, { fill: PALETTE.ok, border: true });
    row++;
  } else {
    const top = row;
    codes.forEach((c, i) => {
      const title = codeTitle(c.code, 'zh-CN');
      const files = fileList(c.files, c.projects);
      b.writeRow(row, [i + 1, title, c.code, SEVERITY_LABELS[c.severity], c.projects, c.occurrences, files], ROW_FORMATS);
      rowHeight(b, row, title, files);
      const fill = c.severity === 'error' ? PALETTE.error : c.severity === 'warning' ? PALETTE.warning : PALETTE.info;
      b.style(row, 3, row, 3, { fill });
      row++;
    });
    b.style(top, 0, row - 1, last, { border: true, vAlign: 'top' });
    b.style(top, 1, row - 1, 1, { wrap: true });
    b.style(top, 6, row - 1, 6, { wrap: true });
    b.style(top, 0, row - 1, 0, { hAlign: 'center' });
    b.style(top, 3, row - 1, 5, { hAlign: 'center' });
  }

  const unreadable = new Map<string, string[]>();
  for (const e of input.entries) {
    if (e.kind !== 'unreadable') continue;
    const files = unreadable.get(e.reason) ?? [];
    files.push(e.file);
    unreadable.set(e.reason, files);
  }
  if (unreadable.size > 0) {
    row++;
    b.text(row, 0, '无法读取的文件').merge(row, 0, row, last);
    b.style(row, 0, row, last, { bold: true, fill: PALETTE.header, border: true });
    row++;
    const top = row;
    const reasons = [...unreadable].sort((a, b2) => b2[1].length - a[1].length || (a[0] < b2[0] ? -1 : 1));
    reasons.forEach(([reason, files], i) => {
      const title = input.reasonTitle(reason);
      const list = fileList(files);
      b.writeRow(row, [i + 1, title, reason, SEVERITY_LABELS.error, files.length, files.length, list], ROW_FORMATS);
      rowHeight(b, row, title, list);
      row++;
    });
    b.style(top, 0, row - 1, last, { border: true, vAlign: 'top', fontColor: PALETTE.muted });
    b.style(top, 1, row - 1, 1, { wrap: true });
    b.style(top, 6, row - 1, 6, { wrap: true });
    b.style(top, 0, row - 1, 0, { hAlign: 'center' });
    b.style(top, 3, row - 1, 5, { hAlign: 'center' });
  }

  b.page({ orientation: 'landscape', titleRows: { first: HEADER_ROW, last: HEADER_ROW } });
  return { plan: b.build(), conditionalFills: [] };
}
