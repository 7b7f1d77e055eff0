/** Plain-text tables for the terminal, aligned by display width (CJK characters count 2). */
import { displayWidth, pad, truncateToWidth } from './textWidth';

export interface Column {
  readonly header: string;
  readonly align?: 'left' | 'right';
  /** Longer cells are cut with `…`; the last column is never cut when this is absent. */
  readonly maxWidth?: number;
}

const GAP = '  ';
/** The last column (free text, often long) gets a shorter rule so it does not wrap the terminal. */
const LAST_RULE_MAX = 40;

/** Lines of a table: a header, a rule, then the rows. Trailing spaces are trimmed. */
export function renderTable(columns: readonly Column[], rows: readonly (readonly string[])[]): string[] {
  const cells = rows.map((row) =>
    columns.map((col, i) => {
      const text = (row[i] ?? '').replace(/\s*[\r\n]+\s*/g, ' ');
      return col.maxWidth !== undefined ? truncateToWidth(text, col.maxWidth) : text;
    }),
  );
  const widths = columns.map((col) => displayWidth(col.header));
  for (const row of cells) row.forEach((text, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(text))));
  const line = (texts: readonly string[]): string =>
    texts
      .map((text, i) => pad(text, widths[i] ?? 0, columns[i]?.align ?? 'left'))
      .join(GAP)
      .trimEnd();
  return [
    line(columns.map((c) => c.header)),
    widths.map((w, i) => '-'.repeat(i === widths.length - 1 ? Math.min(w, LAST_RULE_MAX) : w)).join(GAP),
    ...cells.map(line),
  ];
}
