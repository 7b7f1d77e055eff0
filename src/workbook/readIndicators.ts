/**
 * 绩效指标: the rows of an indicator table (DOMAIN.md §1.3, §8.8–8.10, §8.16) under a header found by
 * indicatorHeader.ts: fill-down of 一级/二级, placeholders and template leftovers, targets with the
 * 指标性质 / 度量单位 columns folded in, the unit's own 得分 (also merged over a 二级), and the end of the
 * table (总分 / 合计, footnotes) with its printed total.
 */
import type { CellValue, SheetGrid } from '../domain/grid';
import { formatAt } from '../domain/grid';
import type { IndicatorRow, IndicatorSheet } from '../domain/model';
import type { Comparator } from '../domain/values';
import type { Diagnostic } from '../domain/diagnostics/types';
import { diag } from '../domain/diagnostics/create';
import { cellText, normalizeText, stripPoints } from '../domain/text/normalize';
import { unitFromName } from '../domain/parse/unit';
import { isNumericTarget } from '../domain/parse/parseTarget';
import { at, isBlank, isBlankOrDash, isDash } from './cells';
import { displayText } from './displayText';
import { CellReadings } from './cellReadings';
import { findToDateColumn } from './toDateColumn';
import type { IndicatorHeader } from './indicatorHeader';

/** Level-3 texts that hold no indicator: a placeholder when its 二级 has no real one (DOMAIN.md §1.3). */
const PLACEHOLDERS = new Set(['', '无', '—', '-', '/', '／', '——', '－', '–', '无此项']);
/** Template leftovers (DOMAIN.md §8.8): `指标1：`, `指标2`, `……`, `...`. */
const TEMPLATE_NAME = /^(指标\d*[:：]?|[…⋯.。·]{2,}|[…⋯]+)$/;
/** A `指标N：` before a real name is dropped. */
const NAME_PREFIX = /^指标\d+[:：.、]/;
const RAW_NAME_PREFIX = /^\s*指标\s*[0-9０-９]+\s*[:：.、．]\s*/;
const END_WORDS = new Set(['合计', '总分', '总计']);
/** Footnotes end the table (DOMAIN.md §8.9). */
const FOOTNOTE = /^(说明|注|备注|填报说明|填表说明)([:：]|$|\d)|^其他需要说明事项/;
/**
 * The trailer rows of a monitoring table (绩效监控表, DOMAIN.md §9): the whole table's 偏差或不能完成目标原因分析
 * and 相关建议或举措 rows stand under the last indicator and end the table — they are no indicators, even
 * when their text runs into the 指标名称 column.
 */
const TRAILER = /^(偏差或不能完成目标原因分析|不能完成目标原因分析|相关建议或举措|建议或举措|拟采取的改进措施)([:：]|$)/;
/** The trailer row whose text is the table's deviation reason. */
const TRAILER_REASON = /^(偏差或不能完成目标原因分析|不能完成目标原因分析)/;

/** The text of a trailer row after its label: in the same cell after a colon, else in the cells to its right. */
function trailerText(row: readonly CellValue[], labelCol: number): { text: string; col: number } | undefined {
  const label = cellText(at(row, labelCol)).trim();
  const inline = /^[^:：]+[:：]\s*(.+)$/su.exec(label);
  if (inline?.[1] !== undefined && inline[1].trim() !== '') return { text: inline[1].trim(), col: labelCol };
  for (let c = labelCol + 1; c < row.length; c++) {
    const v = at(row, c);
    if (!isBlank(v) && !isDash(v)) return { text: cellText(v).trim(), col: c };
  }
  return undefined;
}

/** A Map, not an object literal: a cell reading `constructor` must not find Object.prototype's. */
const DIRECTIONS: ReadonlyMap<string, Comparator | 'QUAL'> = new Map([
  ['≥', 'GE'],
  ['>', 'GT'],
  ['=', 'EQ'],
  ['≤', 'LE'],
  ['<', 'LT'],
  ['定性', 'QUAL'],
  ['正向', 'GE'],
  ['反向', 'LE'],
]);

const SIGN: Readonly<Record<Comparator, string>> = { GE: '≥', GT: '>', EQ: '=', LE: '≤', LT: '<' };

/** Tick marks in a category column (`偏差原因` over 经费保障 / 制度保障 …). */
const TICKS = new Set(['√', '✓', '✔', '☑', '是', '●', '■', 'v', 'V']);

function firstNonBlank(row: readonly CellValue[]): CellValue | undefined {
  for (const v of row) if (!isBlank(v)) return v;
  return undefined;
}

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/** The optional fields of a row: each is set only when present. */
interface OptionalFields {
  readonly weight: number | undefined;
  readonly manualScore: number | undefined;
  readonly groupScore: { readonly value: number; readonly rows: number } | undefined;
  readonly direction: Comparator | 'QUAL' | undefined;
  readonly unitColumn: string;
}

/**
 * Adds the optional fields that are present to a row made with all its required fields (one object
 * literal, so the common row — no optional field — is allocated once, whole). The spread idiom
 * `...(x ? { x } : {})` would cost a temporary object per field, on every row.
 */
function withOptionalFields(row: Writable<IndicatorRow>, fields: OptionalFields): IndicatorRow {
  if (fields.weight !== undefined) row.weight = fields.weight;
  if (fields.manualScore !== undefined) row.manualScore = fields.manualScore;
  if (fields.groupScore !== undefined) row.groupScore = fields.groupScore;
  if (fields.direction) row.direction = fields.direction;
  if (fields.unitColumn) row.unitColumn = fields.unitColumn;
  return row;
}

/** A number in a 分值 or 得分 cell (`8`, `8分`); dashes and anything else are no number. */
function readNumber(v: CellValue | undefined): number | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string') {
    const t = normalizeText(v).replace(/分$/, '');
    if (/^[+-]?\d+(\.\d+)?$/.test(t)) return Number(t);
  }
  return undefined;
}

/** 一级 / 二级 labels: normalised, points removed (`产出指标（50分）`), a trailing `等` on a 二级 ignored. */
function levelLabel(v: CellValue, level2: boolean): string {
  const t = stripPoints(normalizeText(cellText(v)));
  return level2 && t.length > 1 && t.endsWith('等') ? t.slice(0, -1) : t;
}

/** 年度指标值 as written, with the 指标性质 and 度量单位 columns folded in (`≥` + `95` + `%` → `≥95%`). */
function foldedTarget(text: string, directionCell: string, direction: Comparator | 'QUAL' | undefined, unit: string, numeric: boolean): string {
  if (text === '') return text;
  let out = text;
  const norm = normalizeText(text);
  if (direction && direction !== 'QUAL' && !/^[≥≤<>=±]/.test(norm)) {
    out = (/^[≥≤<>=]$/.test(directionCell) ? directionCell : SIGN[direction]) + out;
  }
  if (numeric && unit !== '' && !norm.endsWith(unit)) out += unit;
  return out;
}

type RowKind = 'real' | 'template' | 'token';

interface ReadRow {
  readonly kind: RowKind;
  readonly row: IndicatorRow;
  /** A target or an actual is written. */
  readonly hasData: boolean;
}

/** The rows a merged 得分 cell covers, by its first row (merges of the score column only). */
function scoreMerges(grid: SheetGrid, col: number | undefined): Map<number, number> {
  const out = new Map<number, number>();
  if (col === undefined) return out;
  for (const m of grid.merges) if (m.left === col && m.bottom > m.top) out.set(m.top, m.bottom - m.top + 1);
  return out;
}

export interface IndicatorTableReading {
  readonly sheet: IndicatorSheet;
  readonly diagnostics: readonly Diagnostic[];
}

export function readIndicatorSheet(
  grid: SheetGrid,
  header: IndicatorHeader,
  titles: IndicatorSheet['titles'] = [],
): IndicatorTableReading {
  const matched = header.cols;
  // A to-date actual column (1-7月执行情况, 半年度指标执行情况; DOMAIN.md §9) stands in for the actual column.
  const taken = new Set<number>(Object.values(matched));
  const inFirst = findToDateColumn(grid, header.row, taken);
  const inLast = !inFirst && header.lastRow > header.row ? findToDateColumn(grid, header.lastRow, taken) : undefined;
  const toDate = inFirst ? { ...inFirst, row: header.row } : inLast ? { ...inLast, row: header.lastRow } : undefined;
  const cols: IndicatorHeader['cols'] = toDate ? { ...matched, actual: toDate.col } : matched;
  const reasonSpan = header.spans.reason;
  const read: ReadRow[] = [];
  let level1 = '';
  let level2 = '';
  let lastRow = header.lastRow;
  let printedTotal: IndicatorSheet['printedTotal'];
  let trailerReason: IndicatorSheet['trailerReason'];
  const readings = new CellReadings();
  const merged = scoreMerges(grid, cols.score);
  for (let r = header.lastRow + 1; r < grid.values.length; r++) {
    const row = grid.values[r];
    if (!row) continue;
    const first = firstNonBlank(row);
    if (first === undefined) continue;
    if (typeof first === 'string') {
      // Only the start matters (footnotes are long): normalise a prefix.
      const firstText = normalizeText(first.slice(0, 24)).replace(/[:：]$/, '');
      if (END_WORDS.has(firstText)) {
        lastRow = r;
        const total = cols.score === undefined ? undefined : readNumber(at(row, cols.score));
        if (total !== undefined && cols.score !== undefined) {
          printedTotal = { value: total, ref: { sheet: grid.name, row: r, col: cols.score } };
        }
        break;
      }
      if (TRAILER.test(firstText)) {
        // The trailer rows end the table; the reason row's text is kept (the rows below are read for it too).
        for (let rr = r; rr < Math.min(grid.values.length, r + 4) && !trailerReason; rr++) {
          const line = grid.values[rr] ?? [];
          const c = line.findIndex((v) => !isBlank(v));
          const label = c >= 0 ? normalizeText(cellText(at(line, c)).slice(0, 24)) : '';
          if (!TRAILER_REASON.test(label)) continue;
          const found = trailerText(line, c);
          if (found) trailerReason = { text: found.text, ref: { sheet: grid.name, row: rr, col: found.col } };
        }
        break;
      }
      if (FOOTNOTE.test(firstText)) break;
    }
    const l1Raw = at(row, cols.level1);
    const l2Raw = at(row, cols.level2);
    if (!isBlank(l1Raw)) {
      level1 = levelLabel(l1Raw, false);
      // A new 一级 starts a new run of 二级.
      if (isBlank(l2Raw)) level2 = '';
    }
    const l2Written = !isBlank(l2Raw);
    if (l2Written) level2 = levelLabel(l2Raw, true);
    const written = cellText(at(row, cols.name)).trim();
    const targetRaw = at(row, cols.target);
    const actualRaw = at(row, cols.actual);
    const nameNorm = normalizeText(written);
    const token = PLACEHOLDERS.has(nameNorm);
    const empty = isBlankOrDash(targetRaw) && isBlankOrDash(actualRaw);
    if (nameNorm === '' && !l2Written && isBlank(targetRaw) && isBlank(actualRaw)) continue;
    const template = TEMPLATE_NAME.test(nameNorm) && empty;
    let kind: RowKind = template ? 'template' : token ? 'token' : 'real';
    if (kind === 'token' && level2 === '') continue;
    const name = kind === 'real' && NAME_PREFIX.test(nameNorm) ? written.replace(RAW_NAME_PREFIX, '') || written : written;
    if (kind === 'real' && normalizeText(name) === '') kind = 'token';
    lastRow = r;
    const directionCell = normalizeText(cellText(at(row, cols.direction)));
    const direction = DIRECTIONS.get(directionCell);
    const unitColumn = cols.unit === undefined ? '' : normalizeText(cellText(at(row, cols.unit)));
    const nameUnit = unitFromName(name);
    const targetFormat = cols.target === undefined ? 'General' : formatAt(grid, r, cols.target);
    const actualFormat = cols.actual === undefined ? 'General' : formatAt(grid, r, cols.actual);
    const targetCell = isDash(targetRaw) ? null : targetRaw;
    const actualCell = isDash(actualRaw) ? null : actualRaw;
    const target = readings.target(targetCell, targetFormat, nameUnit, unitColumn, direction);
    const weight = readNumber(at(row, cols.weight));
    const span = merged.get(r);
    const score = readNumber(at(row, cols.score));
    const required: Writable<IndicatorRow> = {
      sheet: grid.name,
      row: r,
      level1,
      level2,
      name,
      targetText: foldedTarget(displayText(targetCell, targetFormat), directionCell, direction, unitColumn, isNumericTarget(target)),
      actualText: displayText(actualCell, actualFormat),
      target,
      actual: readings.actual(actualCell, actualFormat),
      deviationReason: reasonSpan ? spanText(row, reasonSpan) : cellText(at(row, cols.reason)).trim(),
      placeholder: kind !== 'real',
      cols,
    };
    const optional: OptionalFields = {
      weight,
      manualScore: span === undefined ? score : undefined,
      groupScore: span !== undefined && score !== undefined ? { value: score, rows: span } : undefined,
      direction,
      unitColumn,
    };
    read.push({ kind, row: withOptionalFields(required, optional), hasData: !empty });
  }
  const { rows, templateRows } = settlePlaceholders(read);
  const diagnostics: Diagnostic[] = [];
  const firstTemplate = templateRows[0];
  if (firstTemplate) {
    diagnostics.push(
      diag('TEMPLATE_ROW', { sheet: grid.name, row: firstTemplate.row, col: cols.name }, {
        rows: templateRows.map((r) => String(r.row + 1)).join('、'),
        count: templateRows.length,
      }),
    );
  }
  const sheet: IndicatorSheet = {
    sheet: grid.name,
    headerRow: header.row,
    range: { top: header.row, left: header.left, bottom: lastRow, right: header.right },
    hasActualColumn: cols.actual !== undefined,
    hasWeightColumn: cols.weight !== undefined,
    ...(toDate?.month !== undefined
      ? { toDateMonth: toDate.month, toDateMonthRef: { sheet: grid.name, row: toDate.row, col: toDate.col } }
      : {}),
    rows,
    titles,
    ...(printedTotal ? { printedTotal } : {}),
    ...(trailerReason ? { trailerReason } : {}),
  };
  return { sheet, diagnostics };
}

/** The text of a field that spans sub-columns: the texts written, a tick replaced by its column's label. */
function spanText(row: readonly CellValue[], span: readonly { readonly col: number; readonly label: string }[]): string {
  const parts: string[] = [];
  for (const { col, label } of span) {
    const v = at(row, col);
    if (isBlank(v)) continue;
    const text = cellText(v).trim();
    parts.push(TICKS.has(normalizeText(text)) ? label : text);
  }
  return parts.join('；');
}

/**
 * Rule 8 of DOMAIN.md §8: a 二级 (a run of rows with the same 一级 and 二级) none of whose rows holds a
 * real indicator is one placeholder, its first row; in a 二级 that has real indicators, template and
 * placeholder rows are leftovers (TEMPLATE_ROW). Template rows of a placeholder 二级 are leftovers too.
 */
function settlePlaceholders(read: readonly ReadRow[]): { rows: IndicatorRow[]; templateRows: CellRefLike[] } {
  const rows: IndicatorRow[] = [];
  const templateRows: CellRefLike[] = [];
  let start = 0;
  while (start < read.length) {
    const head = read[start] as ReadRow;
    let end = start + 1;
    while (end < read.length) {
      const next = read[end] as ReadRow;
      if (next.row.level1 !== head.row.level1 || next.row.level2 !== head.row.level2) break;
      end++;
    }
    const group = read.slice(start, end);
    const hasReal = group.some((g) => g.kind === 'real');
    group.forEach((g, i) => {
      // A row with figures but no name is kept and reported (never dropped silently).
      if (g.kind === 'real' || (g.kind === 'token' && g.hasData)) rows.push(g.row);
      else if (!hasReal && i === 0 && g.row.level2 !== '') rows.push(g.row);
      else if (g.kind === 'template' || normalizeText(g.row.name) !== '') templateRows.push({ row: g.row.row });
    });
    start = end;
  }
  return { rows, templateRows };
}

interface CellRefLike {
  readonly row: number;
}
