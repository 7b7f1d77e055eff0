/**
 * The header of an indicator table (DOMAIN.md §1.3, §8.5–8.7): which row (or two rows) is the header
 * and which column holds which field.
 *
 * - Labels are matched after normalisation without trailing bracketed parts (`年度指标值（A）`).
 * - Two-row headers: a label merged across columns with sub-labels in the next row (`年度指标值` over
 *   `指标性质 | 指标值 | 度量单位`) gives its columns the sub-labels; a label merged down both rows
 *   stands for its column. A super-label whose field no sub-label took goes to its first column left
 *   without a field; over sub-labels that are no field at all (`偏差原因` over categories) it spans them.
 * - The 三级 column: of the columns that could be it (三级指标 / 指标名称 / 绩效指标), the assignment that
 *   explains the most columns wins, with 三级 right of 一级 and 二级 where those exist — so the outer
 *   `绩效指标` label merged down column A is a block label, not the 三级 header.
 */
import type { CellValue, SheetGrid } from '../domain/grid';
import type { IndicatorField } from '../domain/model';
import { isBlank, shortText, type MergeIndex } from './cells';
import { labelKey } from './headers';

/** The fields a header label names (tracking mode's own columns are read by its chunk: trackingColumns.ts). */
type HeaderField = Exclude<IndicatorField, 'projection' | 'likelihood' | 'category'>;

/** Each field's spellings, the strongest first (DOMAIN.md §1.3 and §8.7). */
export const INDICATOR_LABELS: Readonly<Record<HeaderField, readonly string[]>> = {
  level1: ['一级指标'],
  level2: ['二级指标'],
  name: ['三级指标', '指标名称', '绩效指标'],
  target: ['年度指标值', '年度目标值', '年初目标值', '目标值', '指标值', '预期目标值', '预期指标值'],
  actual: ['实际完成值', '全年实际完成值', '全年实际值', '实际值', '完成值', '实际完成情况'],
  weight: ['分值', '权重'],
  score: ['得分', '自评得分'],
  reason: [
    '偏差原因分析及改进措施',
    '偏差原因分析',
    '偏差原因',
    '未完成原因分析',
    '未完成原因及拟采取的改进措施',
    '偏差大或目标未完成原因分析',
    '未完成原因',
    '原因分析',
  ],
  direction: ['指标性质', '指标方向'],
  unit: ['度量单位', '计量单位', '单位'],
};

/** The order fields take their columns in, after the 三级 column. */
const FIELD_ORDER: readonly IndicatorField[] = [
  'level1',
  'level2',
  'target',
  'actual',
  'weight',
  'score',
  'reason',
  'direction',
  'unit',
];

const BY_LABEL = new Map<string, { readonly field: IndicatorField; readonly strength: number }>();
for (const field of Object.keys(INDICATOR_LABELS) as HeaderField[]) {
  INDICATOR_LABELS[field].forEach((label, i) => {
    if (!BY_LABEL.has(label)) BY_LABEL.set(label, { field, strength: i });
  });
}

/** The field a header text names, if any. */
export function indicatorFieldOf(v: CellValue | undefined): { field: IndicatorField; strength: number } | undefined {
  const t = shortText(v, 30);
  if (t === '') return undefined;
  const { base } = labelKey(t);
  return BY_LABEL.get(base) ?? BY_LABEL.get(t);
}

/** True when a text is an indicator header label. */
export function isIndicatorLabel(normalized: string): boolean {
  return BY_LABEL.has(labelKey(normalized).base);
}

/** How many rows from the top may stand above the indicator header (titles, project, funds, goals). */
export const INDICATOR_SEARCH_ROWS = 40;

export interface IndicatorHeader {
  /** The first header row. */
  readonly row: number;
  /** The last header row (row + 1 for a two-row header). */
  readonly lastRow: number;
  readonly cols: Readonly<Partial<Record<IndicatorField, number>>>;
  /** The bracketed suffix of each header label (`A` of `年度指标值（A）`). */
  readonly suffixes: Readonly<Partial<Record<IndicatorField, string>>>;
  /** A field spanning several sub-columns (`偏差原因` over categories): its columns and their sub-labels. */
  readonly spans: Readonly<Partial<Record<IndicatorField, readonly { readonly col: number; readonly label: string }[]>>>;
  /** The leftmost and rightmost header columns. */
  readonly left: number;
  readonly right: number;
}

interface ColumnLabel {
  readonly col: number;
  readonly field: IndicatorField | undefined;
  readonly strength: number;
  readonly suffix: string;
  readonly text: string;
}

interface Candidate {
  readonly labels: readonly ColumnLabel[];
  /** A label merged across columns has sub-labels under it (the merges say this is a two-row header). */
  readonly wideSub: boolean;
  readonly spans: Partial<Record<IndicatorField, { col: number; label: string }[]>>;
  readonly lastRow: number;
}

function labelOf(col: number, v: CellValue | undefined): ColumnLabel {
  const text = shortText(v, 30);
  const match = indicatorFieldOf(v);
  const suffix = text === '' ? '' : (labelKey(text).suffixes[0] ?? '');
  return { col, field: match?.field, strength: match?.strength ?? 0, suffix, text };
}

function oneRow(grid: SheetGrid, r: number): Candidate {
  const row = grid.values[r] ?? [];
  const labels: ColumnLabel[] = [];
  for (let c = 0; c < row.length; c++) if (!isBlank(row[c])) labels.push(labelOf(c, row[c]));
  return { labels, spans: {}, lastRow: r, wideSub: false };
}

/** Row r over row r+1, or undefined when the next row adds no sub-label. */
function twoRows(grid: SheetGrid, merges: MergeIndex, r: number): Candidate | undefined {
  const top = grid.values[r] ?? [];
  const sub = grid.values[r + 1] ?? [];
  const width = Math.max(top.length, sub.length);
  const labels: ColumnLabel[] = [];
  const spans: Partial<Record<IndicatorField, { col: number; label: string }[]>> = {};
  const supers: { field: IndicatorField; left: number; right: number; text: string }[] = [];
  let subUsed = false;
  let wideSub = false;
  for (let c = 0; c < width; c++) {
    const m = merges.covering(r, c);
    const spansDown = m !== undefined && m.top === r && m.bottom > r;
    const wide = m !== undefined && m.top === r && m.right > m.left && !spansDown;
    const topValue = m && m.top === r ? grid.values[m.top]?.[m.left] : top[c];
    const subValue = spansDown ? undefined : sub[c];
    if (wide && m && c === m.left && !isBlank(topValue)) {
      const l = labelOf(c, topValue);
      if (l.field) supers.push({ field: l.field, left: m.left, right: m.right, text: l.text });
    }
    if (!isBlank(subValue) && (wide || isBlank(topValue))) {
      subUsed = true;
      if (wide) wideSub = true;
      labels.push(labelOf(c, subValue));
    } else if (!isBlank(topValue) && (!m || c === m.left)) {
      labels.push(labelOf(c, topValue));
    }
  }
  if (!subUsed) return undefined;
  for (const s of supers) {
    const under = labels.filter((l) => l.col >= s.left && l.col <= s.right);
    if (under.some((l) => l.field === s.field)) continue;
    const free = under.filter((l) => l.field === undefined);
    if (free.length === under.length && free.length > 1) {
      // Sub-labels that are no field (categories): the super-label spans them.
      spans[s.field] = free.map((l) => ({ col: l.col, label: l.text }));
      const i = labels.indexOf(free[0] as ColumnLabel);
      labels[i] = { ...(free[0] as ColumnLabel), field: s.field, strength: 0 };
    } else if (free[0]) {
      const i = labels.indexOf(free[0]);
      labels[i] = { ...free[0], field: s.field, strength: 0 };
    } else if (under.length === 0) {
      labels.push({ col: s.left, field: s.field, strength: 0, suffix: '', text: s.text });
    }
  }
  labels.sort((a, b) => a.col - b.col);
  return { labels, spans, lastRow: r + 1, wideSub };
}

interface Assignment {
  readonly cols: Partial<Record<IndicatorField, number>>;
  readonly suffixes: Partial<Record<IndicatorField, string>>;
  readonly explained: number;
  readonly nameStrength: number;
}

/** The best assignment of a candidate's labels to fields (see the file comment), or undefined without a 三级 column. */
function assign(candidate: Candidate): Assignment | undefined {
  const byField = new Map<IndicatorField, ColumnLabel[]>();
  for (const l of candidate.labels) {
    if (!l.field) continue;
    const list = byField.get(l.field);
    if (list) list.push(l);
    else byField.set(l.field, [l]);
  }
  // Strongest spelling first, then leftmost.
  for (const list of byField.values()) list.sort((a, b) => a.strength - b.strength || a.col - b.col);
  let best: Assignment | undefined;
  for (const name of byField.get('name') ?? []) {
    const cols: Partial<Record<IndicatorField, number>> = { name: name.col };
    const suffixes: Partial<Record<IndicatorField, string>> = { name: name.suffix };
    const used = new Set([name.col]);
    let explained = 1;
    for (const field of FIELD_ORDER) {
      const pick = (byField.get(field) ?? []).find((l) => !used.has(l.col));
      if (!pick) continue;
      cols[field] = pick.col;
      suffixes[field] = pick.suffix;
      used.add(pick.col);
      explained++;
    }
    const levelsLeft = (cols.level1 === undefined || cols.level1 < name.col) && (cols.level2 === undefined || cols.level2 < name.col);
    if (!levelsLeft) continue;
    if (!best || explained > best.explained || (explained === best.explained && name.strength < best.nameStrength)) {
      best = { cols, suffixes, explained, nameStrength: name.strength };
    }
  }
  return best;
}

function headerOf(r: number, candidate: Candidate, a: Assignment): IndicatorHeader {
  const colsUsed = Object.values(a.cols);
  const spanCols = Object.values(candidate.spans).flatMap((s) => s.map((x) => x.col));
  const all = [...colsUsed, ...spanCols, ...candidate.labels.map((l) => l.col)];
  return {
    row: r,
    lastRow: candidate.lastRow,
    cols: a.cols,
    suffixes: a.suffixes,
    spans: candidate.spans,
    left: Math.min(...all),
    right: Math.max(...all),
  };
}

/** The header read at row r (one row or two, whichever explains more columns), if it has a 三级 column. */
function headerAt(grid: SheetGrid, merges: MergeIndex, r: number): IndicatorHeader | undefined {
  const single = oneRow(grid, r);
  const a1 = assign(single);
  const double = twoRows(grid, merges, r);
  const a2 = double ? assign(double) : undefined;
  if (double && a2 && (!a1 || a2.explained > a1.explained || (a2.explained === a1.explained && double.wideSub))) {
    // A block label above the header (`绩效指标（80分）` alone in column A) is not the top of a two-row
    // header: when the next row alone is a complete header explaining as many columns, it is the header.
    const next = assign(oneRow(grid, r + 1));
    if (next && next.cols.target !== undefined && next.explained >= a2.explained) return headerOf(r + 1, oneRow(grid, r + 1), next);
    return headerOf(r, double, a2);
  }
  return a1 ? headerOf(r, single, a1) : undefined;
}

export interface IndicatorHeaderSearch {
  /** A complete header: a 三级 and a target column. */
  readonly complete?: IndicatorHeader;
  /** A 三级 column with 一级 or 二级 but no target (MISSING_COLUMN 年度指标值). */
  readonly incomplete?: IndicatorHeader;
}

/** The first indicator header of a sheet within its first rows. */
export function findIndicatorHeader(grid: SheetGrid, merges: MergeIndex): IndicatorHeaderSearch {
  const end = Math.min(grid.values.length, INDICATOR_SEARCH_ROWS);
  let incomplete: IndicatorHeader | undefined;
  for (let r = 0; r < end; r++) {
    const row = grid.values[r];
    if (!row || !row.some((v) => indicatorFieldOf(v) !== undefined)) continue;
    const header = headerAt(grid, merges, r);
    if (!header) continue;
    if (header.cols.target !== undefined) return { complete: header };
    if (!incomplete && (header.cols.level1 !== undefined || header.cols.level2 !== undefined)) incomplete = header;
  }
  return incomplete ? { incomplete } : {};
}
