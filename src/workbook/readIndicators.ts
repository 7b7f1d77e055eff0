/** 绩效指标: the indicator table (DOMAIN.md §1.3): header, fill-down of 一级/二级, placeholders, targets and actuals. */
import type { CellValue, SheetGrid } from '../domain/grid';
import { formatAt } from '../domain/grid';
import type { CellRef, IndicatorField, IndicatorRow, IndicatorSheet } from '../domain/model';
import type { Comparator } from '../domain/values';
import { cellText, normalizeText, stripPoints } from '../domain/text/normalize';
import { unitFromName } from '../domain/parse/unit';
import { findHeaderRow, type HeaderMatch, type HeaderTable } from './headers';
import { displayText } from './displayText';
import { CellReadings } from './cellReadings';

type HeaderField = Exclude<IndicatorField, never>;

export const INDICATOR_HEADERS: HeaderTable<HeaderField> = {
  level1: ['一级指标'],
  level2: ['二级指标'],
  name: ['三级指标', '指标名称', '绩效指标'],
  target: ['年度目标值', '年度指标值', '目标值', '指标值', '预期目标值'],
  actual: ['实际完成值', '实际值', '完成值', '实际完成情况'],
  weight: ['分值', '权重'],
  score: ['得分'],
  reason: ['偏差原因分析及改进措施', '偏差原因', '未完成原因', '原因分析'],
  direction: ['指标性质', '指标方向'],
  unit: ['度量单位', '计量单位', '单位'],
};

/** A complete indicator header: a 三级 column and a target column. */
export function findIndicatorHeader(grid: SheetGrid): HeaderMatch<HeaderField> | undefined {
  return findHeaderRow(grid, INDICATOR_HEADERS, (c) => c.name !== undefined && c.target !== undefined);
}

/** A 三级 column with other indicator columns but no target column (MISSING_COLUMN). */
export function findIncompleteIndicatorHeader(grid: SheetGrid): HeaderMatch<HeaderField> | undefined {
  return findHeaderRow(
    grid,
    INDICATOR_HEADERS,
    (c) => c.name !== undefined && c.target === undefined && (c.level1 !== undefined || c.level2 !== undefined),
  );
}

const PLACEHOLDERS = new Set(['', '无', '—', '-', '/', '／', '——', '－', '–', '无此项']);
const END_WORDS = new Set(['合计', '总分', '总计']);

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

function isBlank(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

function firstNonBlank(row: readonly CellValue[]): CellValue | undefined {
  for (const v of row) if (!isBlank(v)) return v;
  return undefined;
}

function at(row: readonly CellValue[], col: number | undefined): CellValue {
  return col === undefined ? null : (row[col] ?? null);
}

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/** The optional fields of a row: each is set only when present. */
interface OptionalFields {
  readonly weight: number | undefined;
  readonly manualScore: number | undefined;
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
  if (fields.direction) row.direction = fields.direction;
  if (fields.unitColumn) row.unitColumn = fields.unitColumn;
  return row;
}

function readNumber(v: CellValue | undefined): number | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string') {
    const t = normalizeText(v).replace(/分$/, '');
    if (/^[+-]?\d+(\.\d+)?$/.test(t)) return Number(t);
  }
  return undefined;
}

export function readIndicatorSheet(grid: SheetGrid, header: HeaderMatch<HeaderField>): IndicatorSheet {
  const cols = header.cols;
  const titles: { text: string; ref: CellRef }[] = [];
  for (let r = 0; r < header.row; r++) {
    const row = grid.values[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v === 'string' && v.trim() !== '') titles.push({ text: v.trim(), ref: { sheet: grid.name, row: r, col: c } });
    }
  }
  const rows: IndicatorRow[] = [];
  let level1 = '';
  let level2 = '';
  const readings = new CellReadings();
  for (let r = header.row + 1; r < grid.values.length; r++) {
    const row = grid.values[r];
    if (!row) continue;
    const firstText = firstNonBlank(row);
    if (firstText === undefined) continue;
    if (typeof firstText === 'string' && END_WORDS.has(normalizeText(firstText))) break;
    const l1Raw = at(row, cols.level1);
    const l2Raw = at(row, cols.level2);
    if (!isBlank(l1Raw)) {
      level1 = stripPoints(normalizeText(cellText(l1Raw)));
      // A new 一级 starts a new run of 二级.
      if (isBlank(l2Raw)) level2 = '';
    }
    const l2Written = !isBlank(l2Raw);
    if (l2Written) level2 = stripPoints(normalizeText(cellText(l2Raw)));
    const nameRaw = at(row, cols.name);
    const name = cellText(nameRaw).trim();
    const targetRaw = at(row, cols.target);
    const actualRaw = at(row, cols.actual);
    const nameNorm = normalizeText(name);
    const placeholderToken = PLACEHOLDERS.has(nameNorm);
    if (placeholderToken && nameNorm === '' && !l2Written && isBlank(targetRaw) && isBlank(actualRaw)) continue;
    const placeholder = placeholderToken && level2 !== '';
    if (placeholderToken && !placeholder) continue;
    const directionText = normalizeText(cellText(at(row, cols.direction)));
    const direction = DIRECTIONS.get(directionText);
    const unitColumn = cols.unit === undefined ? '' : normalizeText(cellText(at(row, cols.unit)));
    const nameUnit = unitFromName(name);
    const targetFormat = cols.target === undefined ? 'General' : formatAt(grid, r, cols.target);
    const actualFormat = cols.actual === undefined ? 'General' : formatAt(grid, r, cols.actual);
    const weight = readNumber(at(row, cols.weight));
    const manualScore = readNumber(at(row, cols.score));
    const required: Writable<IndicatorRow> = {
      sheet: grid.name,
      row: r,
      level1,
      level2,
      name,
      targetText: displayText(targetRaw, targetFormat),
      actualText: displayText(actualRaw, actualFormat),
      target: readings.target(targetRaw, targetFormat, nameUnit, unitColumn, direction),
      actual: readings.actual(actualRaw, actualFormat),
      deviationReason: cellText(at(row, cols.reason)).trim(),
      placeholder,
      cols,
    };
    rows.push(withOptionalFields(required, { weight, manualScore, direction, unitColumn }));
  }
  return {
    sheet: grid.name,
    headerRow: header.row,
    hasActualColumn: cols.actual !== undefined,
    hasWeightColumn: cols.weight !== undefined,
    rows,
    titles,
  };
}
