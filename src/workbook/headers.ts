/**
 * Header detection: which row of a sheet is a table header, and which column holds which field.
 * Labels are matched after normalisation with any parenthesised suffix removed (`金额（元）` is
 * `金额`, `年度指标值（A）` is `年度指标值`); the suffix is kept so units can be read from it.
 */
import type { SheetGrid } from '../domain/grid';
import { normalizeText } from '../domain/text/normalize';

/** How many rows from the top may hold title rows before the header. */
export const HEADER_SEARCH_ROWS = 30;

export interface LabelParts {
  /** The label without a trailing parenthesised part and without a trailing colon. */
  readonly base: string;
  /** The text inside a trailing `(…)`, `` when none. */
  readonly suffix: string;
}

/** Splits `金额(元)` (already normalised) into base `金额` and suffix `元`. */
export function splitLabel(normalized: string): LabelParts {
  let text = normalized.replace(/[:：]+$/, '');
  let suffix = '';
  const m = /^(.*?)[(（]([^()（）]*)[)）]$/.exec(text);
  if (m && m[1] !== undefined && m[1] !== '') {
    text = m[1];
    suffix = m[2] ?? '';
  }
  return { base: text, suffix };
}

/**
 * A label's key for matching: the normalised text without trailing colons and without every trailing
 * parenthesised part (`年度指标值（A）`, `得分（20分*执行率）`, `项目资金（万元）（20分）`), which are
 * returned as `suffixes`, outermost last.
 */
export function labelKey(normalized: string): { readonly base: string; readonly suffixes: readonly string[] } {
  let text = normalized.replace(/[:：]+$/, '');
  const suffixes: string[] = [];
  for (;;) {
    const m = /^(.*?)[(（]([^()（）]*)[)）][:：]*$/.exec(text);
    if (!m || m[1] === undefined || m[1] === '') break;
    text = m[1].replace(/[:：]+$/, '');
    suffixes.unshift(m[2] ?? '');
  }
  return { base: text, suffixes };
}

export type HeaderTable<F extends string> = Readonly<Record<F, readonly string[]>>;

export interface HeaderMatch<F extends string> {
  readonly row: number;
  /** Column of each recognised field (first occurrence wins). */
  readonly cols: Partial<Record<F, number>>;
  /** The parenthesised suffix of each recognised header, e.g. `元` for `金额（元）`. */
  readonly suffixes: Partial<Record<F, string>>;
}

/** Reads one row as header labels: field → column. */
export function matchHeaderCells<F extends string>(
  row: readonly unknown[],
  table: HeaderTable<F>,
): { cols: Partial<Record<F, number>>; suffixes: Partial<Record<F, string>> } {
  const cols: Partial<Record<F, number>> = {};
  const suffixes: Partial<Record<F, string>> = {};
  const fields = Object.keys(table) as F[];
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    // Header labels are short: a long text is no label (and is not worth normalising).
    if (typeof v !== 'string' || v.length > 60) continue;
    const normalized = normalizeText(v);
    if (normalized === '' || normalized.length > 30) continue;
    const { base, suffix } = splitLabel(normalized);
    for (const field of fields) {
      if (cols[field] !== undefined) continue;
      if (table[field].includes(base) || table[field].includes(normalized)) {
        cols[field] = c;
        suffixes[field] = suffix;
        break;
      }
    }
  }
  return { cols, suffixes };
}

/**
 * The first row within the search window where `accept` holds for the recognised fields.
 * Returns undefined when no row qualifies.
 */
export function findHeaderRow<F extends string>(
  grid: SheetGrid,
  table: HeaderTable<F>,
  accept: (cols: Partial<Record<F, number>>) => boolean,
): HeaderMatch<F> | undefined {
  const last = Math.min(grid.values.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < last; r++) {
    const row = grid.values[r];
    if (!row) continue;
    const { cols, suffixes } = matchHeaderCells(row, table);
    if (accept(cols)) return { row: r, cols, suffixes };
  }
  return undefined;
}
