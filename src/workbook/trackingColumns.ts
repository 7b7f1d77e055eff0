/**
 * The tracking columns of an indicator table (DOMAIN.md §9), found beside the header the indicator
 * reader matched: 全年预计完成值, 完成目标可能性 (one text column, or three tick columns 确定能 / 有可能 /
 * 完全不可能), and 偏差原因类别 (one text column, or tick columns 经费保障 / 制度保障 / 人员保障 / 硬件条件保障 /
 * 其他). Tick columns may stand in the header row or in the row below it (a two-row header). Read in
 * tracking mode only, by its chunk (src/app/trackingChunk.ts); the to-date actual column is the reader's
 * own (toDateColumn.ts).
 */
import type { CellValue, SheetGrid } from '../domain/grid';
import { formatAt } from '../domain/grid';
import type { IndicatorField, IndicatorRow, IndicatorRowTracking, IndicatorSheet } from '../domain/model';
import type { DeviationCategory, Likelihood } from '../domain/tracking/types';
import { cellText, normalizeText } from '../domain/text/normalize';
import { LIKELIHOOD_LABEL, categoryOfLabel, isUnticked, parseCategories, parseLikelihood, sortCategories } from '../domain/tracking/likelihood';
import { splitLabel } from './headers';
import { displayText } from './displayText';
import { CellReadings } from './cellReadings';

export interface TrackingColumns {
  readonly projection?: number;
  readonly likelihood?: number;
  /** Tick columns of 完成目标可能性. */
  readonly likelihoodTicks: ReadonlyMap<number, Likelihood>;
  readonly category?: number;
  /** Tick columns of 偏差原因类别. */
  readonly categoryTicks: ReadonlyMap<number, DeviationCategory>;
}

const PROJECTION = new Set([
  '全年预计完成情况',
  '全年预计完成值',
  '预计全年完成值',
  '预计全年完成情况',
  '全年预计完成',
  '全年预计完成数',
  '预计全年完成数',
  // `预计到年底` wording (DOMAIN.md §9 as units write it).
  '预计到年底完成情况',
  '预计到年底完成值',
  '预计年底完成情况',
  '预计年底完成值',
  '年底预计完成情况',
  '年底预计完成值',
]);
const LIKELIHOOD = new Set(['完成目标可能性', '完成可能性', '目标完成可能性']);
const CATEGORY = new Set(['偏差原因类别', '偏差原因分类', '偏差类别']);
const LIKELIHOOD_WORDS = new Set(['确定能', '有可能', '完全不可能']);

function labelAt(grid: SheetGrid, row: number, col: number): string {
  const v = grid.values[row]?.[col];
  return typeof v === 'string' ? v : '';
}

/** A tick column's meaning: a likelihood word or a category name, in this header cell. */
function tickOf(text: string): { likelihood?: Likelihood; category?: DeviationCategory } | undefined {
  const word = normalizeText(text);
  if (word === '') return undefined;
  const likelihood = LIKELIHOOD_WORDS.has(word) ? parseLikelihood(word) : undefined;
  if (likelihood) return { likelihood };
  const category = categoryOfLabel(text);
  return category && /保障$|^其他$|^其它$/u.test(word) ? { category } : undefined;
}

export function findTrackingColumns(grid: SheetGrid, headerRow: number, taken: ReadonlySet<number>): TrackingColumns {
  const width = Math.max(grid.values[headerRow]?.length ?? 0, grid.values[headerRow + 1]?.length ?? 0);
  let projection: number | undefined;
  let likelihood: number | undefined;
  let category: number | undefined;
  const likelihoodTicks = new Map<number, Likelihood>();
  const categoryTicks = new Map<number, DeviationCategory>();
  // The row below is a sub-header (a two-row header) when it names two or more ticks of a kind; a data row
  // holds one likelihood word (有可能) at most.
  const belowTicks: ({ likelihood?: Likelihood; category?: DeviationCategory } | undefined)[] = [];
  for (let c = 0; c < width; c++) belowTicks.push(taken.has(c) ? undefined : tickOf(labelAt(grid, headerRow + 1, c)));
  const subHeader =
    belowTicks.filter((t) => t?.likelihood).length >= 2 || belowTicks.filter((t) => t?.category).length >= 2;
  for (let c = 0; c < width; c++) {
    if (taken.has(c)) continue;
    const label = labelAt(grid, headerRow, c);
    const base = splitLabel(normalizeText(label)).base;
    if (projection === undefined && PROJECTION.has(base)) {
      projection = c;
      continue;
    }
    // A label over tick columns (`完成目标可能性` merged over 确定能 / 有可能 / 完全不可能) is no text column.
    const below = subHeader ? belowTicks[c] : undefined;
    if (likelihood === undefined && LIKELIHOOD.has(base) && !below?.likelihood) {
      likelihood = c;
      continue;
    }
    if (category === undefined && CATEGORY.has(base) && !below?.category) {
      category = c;
      continue;
    }
    // Tick columns: a one-word header in this row, or in the row below (under a merged parent).
    const tick = tickOf(label) ?? below;
    if (tick?.likelihood) likelihoodTicks.set(c, tick.likelihood);
    else if (tick?.category) categoryTicks.set(c, tick.category);
  }
  // A lone 其他 (or a lone 确定能) is some other table's column, not a set of ticks.
  return {
    ...(projection !== undefined ? { projection } : {}),
    ...(likelihood !== undefined ? { likelihood } : {}),
    ...(category !== undefined ? { category } : {}),
    likelihoodTicks: likelihoodTicks.size >= 2 ? likelihoodTicks : new Map(),
    categoryTicks: categoryTicks.size >= 2 ? categoryTicks : new Map(),
  };
}

export function hasTrackingColumns(t: TrackingColumns): boolean {
  return t.projection !== undefined || t.likelihood !== undefined || t.category !== undefined || t.likelihoodTicks.size > 0 || t.categoryTicks.size > 0;
}

function at(row: readonly CellValue[], col: number | undefined): CellValue {
  return col === undefined ? null : (row[col] ?? null);
}

/** What one row says in the tracking columns, and the tick column its likelihood was read from. */
function readTrackingCells(
  grid: SheetGrid,
  r: number,
  t: TrackingColumns,
  readings: CellReadings,
): { tracking: IndicatorRowTracking; tickCol?: number } {
  const row = grid.values[r] ?? [];
  let likelihoodText = cellText(at(row, t.likelihood)).trim();
  let likelihood = likelihoodText === '' ? undefined : parseLikelihood(likelihoodText);
  let tickCol: number | undefined;
  if (likelihoodText === '') {
    for (const [c, l] of t.likelihoodTicks) {
      if (!isUnticked(cellText(at(row, c)))) {
        likelihood = l;
        likelihoodText = LIKELIHOOD_LABEL[l];
        tickCol = c;
        break;
      }
    }
  }
  const categories = new Set<DeviationCategory>(t.category === undefined ? [] : parseCategories(cellText(at(row, t.category))));
  for (const [c, category] of t.categoryTicks) if (!isUnticked(cellText(at(row, c)))) categories.add(category);
  const projectionRaw = at(row, t.projection);
  const projectionFormat = t.projection === undefined ? 'General' : formatAt(grid, r, t.projection);
  const tracking: IndicatorRowTracking = {
    projectionText: displayText(projectionRaw, projectionFormat),
    projection: readings.actual(projectionRaw, projectionFormat),
    likelihoodText,
    ...(likelihood !== undefined ? { likelihood } : {}),
    categories: sortCategories(categories),
  };
  return tickCol !== undefined ? { tracking, tickCol } : { tracking };
}

/** The indicator sheet with each row's tracking columns, when the table has any (else as it was). */
export function withTrackingColumns(grid: SheetGrid, sheet: IndicatorSheet): IndicatorSheet {
  const first = sheet.rows[0];
  if (!first) return sheet;
  const taken = new Set(Object.values(first.cols));
  const t = findTrackingColumns(grid, sheet.headerRow, taken);
  if (!hasTrackingColumns(t)) return sheet;
  const extra: Partial<Record<IndicatorField, number>> = {
    ...(t.projection !== undefined ? { projection: t.projection } : {}),
    ...(t.likelihood !== undefined ? { likelihood: t.likelihood } : {}),
    ...(t.category !== undefined ? { category: t.category } : {}),
  };
  const cols = { ...first.cols, ...extra };
  const readings = new CellReadings();
  const rows = sheet.rows.map((row): IndicatorRow => {
    const read = readTrackingCells(grid, row.row, t, readings);
    // A likelihood ticked in one of three columns is said at its tick (diagnostics point there).
    const rowCols = read.tickCol !== undefined ? { ...cols, likelihood: read.tickCol } : cols;
    // 有可能 / 不可能 without a reason of its own: the table's 偏差或不能完成目标原因分析 row is the reason the form asks for.
    const likely = read.tracking.likelihood;
    const reason = likely !== undefined && likely !== 'certain' && row.deviationReason.trim() === '' ? sheet.trailerReason?.text : undefined;
    return { ...row, cols: rowCols, tracking: read.tracking, ...(reason !== undefined ? { deviationReason: reason } : {}) };
  });
  return { ...sheet, rows };
}
