/**
 * 校验问题: every diagnostic, errors first, then warnings, then info (stable within a severity),
 * one fill per severity block. What a problem is comes first, in Chinese (说明, the full message,
 * wrapped, its row as tall as the text), then where it stands; the code itself, for a search in the
 * README or a question to support, stands last in a narrow column.
 */
import type { RenderedDiagnostic, Severity } from '../diagnostics/types';
import type { SheetPlan } from './planTypes';
import { FORMAT, forEachRun, PALETTE, SheetBuilder } from './sheetBuilder';

export const DIAGNOSTICS_HEADERS = ['级别', '说明', '工作表', '单元格', '代码'] as const;

/** Column indexes (0-based) of the diagnostics sheet. */
export const DIAGNOSTICS_COLUMNS = { severity: 0, message: 1, sheet: 2, cell: 3, code: 4 } as const;

export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = {
  error: '错误',
  warning: '警告',
  info: '提示',
};

export const NO_PROBLEMS_LINE = '未发现问题。';

const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];
const SEVERITY_FILL: Readonly<Record<Severity, string>> = {
  error: PALETTE.error,
  warning: PALETTE.warning,
  info: PALETTE.info,
};
const WIDTHS = [6, 70, 18, 9, 17] as const;
const T = FORMAT.text;
const ROW_FORMATS: readonly string[] = [T, T, T, T, T];

/** Errors, then warnings, then info; the input order is kept within each severity. */
export function sortBySeverity(diagnostics: readonly RenderedDiagnostic[]): RenderedDiagnostic[] {
  const buckets: Record<Severity, RenderedDiagnostic[]> = { error: [], warning: [], info: [] };
  for (const d of diagnostics) (buckets[d.severity] ?? buckets.info).push(d);
  return SEVERITY_ORDER.flatMap((s) => buckets[s]);
}

export function buildDiagnosticsSheet(diagnostics: readonly RenderedDiagnostic[], name: string): SheetPlan {
  const cols = DIAGNOSTICS_HEADERS.length;
  const last = cols - 1;
  const c = DIAGNOSTICS_COLUMNS;
  const b = new SheetBuilder('diagnostics', name, cols).columnWidths(WIDTHS);
  DIAGNOSTICS_HEADERS.forEach((h, i) => b.text(0, i, h));
  b.style(0, 0, 0, last, { bold: true, fill: PALETTE.header, hAlign: 'center', vAlign: 'middle', border: true });
  b.freeze(1, 0);

  if (diagnostics.length === 0) {
    b.text(1, 0, NO_PROBLEMS_LINE).merge(1, 0, 1, last);
    b.style(1, 0, 1, last, { fill: PALETTE.ok, border: true });
    return b.build();
  }

  const sorted = sortBySeverity(diagnostics);
  sorted.forEach((d, i) => {
    b.writeRow(i + 1, [SEVERITY_LABELS[d.severity], d.message, d.sheet, d.cell, d.code], ROW_FORMATS);
  });
  forEachRun(sorted.length, (i) => sorted[i]?.severity, (start, end, severity) => {
    if (severity !== undefined) b.style(start + 1, 0, end + 1, last, { fill: SEVERITY_FILL[severity] });
  });
  const row = sorted.length + 1;
  b.style(1, 0, row - 1, last, { border: true, vAlign: 'middle' });
  // Every text that may be long wraps; the builder sizes each row for its text.
  b.style(1, c.message, row - 1, c.code, { wrap: true });
  b.style(1, c.severity, row - 1, c.severity, { hAlign: 'center' });
  b.style(1, c.code, row - 1, c.code, { fontSize: 8, fontColor: '#595959' });
  return b.build();
}
