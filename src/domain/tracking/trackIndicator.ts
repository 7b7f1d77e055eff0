/**
 * One indicator in tracking mode (DOMAIN.md §9): its 完成进度 and light on the as-of date, and what it is
 * expected to reach by year end.
 *
 * - Cumulative quantity (GE/GT with a unit that is not `%`): progress = B/A, light by the gap to
 *   时间进度 (green ≥ 0, yellow down to −10 pp, red below); met already is green.
 * - Rate or level (`%` targets, EQ, LE, LT, BAND, RANGE): met → green, short by no more than 10 % of
 *   the target → yellow, else red.
 * - Qualitative: 达成 green, 部分达成 yellow, 未达成 red.
 * - No actual yet → grey (未填报), never red; an actual that cannot be read is grey too.
 * - Projection: 全年预计完成值 where given; else, for a cumulative quantity, 按进度推算 = B ÷ 时间进度
 *   (marked projected); rates, levels and qualitative indicators project as they stand.
 * The projected result is §3 applied to the projection, with the snapshot's weight.
 */
import type { IndicatorResult, IndicatorRow } from '../model';
import type { Diagnostic } from '../diagnostics/types';
import type { ScoringProfile } from '../schema/profiles';
import type { Actual, Target } from '../values';
import { isNumericTarget, type NumericTarget } from '../parse/parseTarget';
import { alignActual } from '../parse/alignActual';
import { scoreInto } from '../scoring/scoreIndicator';
import { roundHalfUp } from '../scoring/rounding';
import { diag } from '../diagnostics/create';
import type { GreyReason, IndicatorTracking, Light, Measure, Projection, TrackingRules } from './types';

/** How a target's progress is judged. */
export function measureOf(target: Target): Measure {
  if (!isNumericTarget(target)) return 'qualitative';
  return (target.kind === 'GE' || target.kind === 'GT') && target.unit !== '%' ? 'cumulative' : 'level';
}

/** The light of a gap in percentage points (already rounded as printed). */
export function gapLight(gap: number, rules: TrackingRules): Light {
  if (gap >= 0) return 'green';
  if (gap >= -rules.yellowBand) return 'yellow';
  return 'red';
}

/** A progress gap in percentage points, rounded to 2 decimals as the 监控表 prints it. */
export function gapPoints(progress: number, time: number): number {
  return roundHalfUp((progress - time) * 100, 2);
}

/** True when B misses the target by no more than `tolerance` of it (the yellow band of a rate or a level). */
function nearTarget(target: NumericTarget, b: number, tolerance: number): boolean {
  switch (target.kind) {
    case 'GE':
    case 'GT':
    case 'EQ':
      return target.value !== 0 && target.value - b <= tolerance * Math.abs(target.value) + 1e-9;
    case 'LE':
    case 'LT':
      return target.value !== 0 && b - target.value <= tolerance * Math.abs(target.value) + 1e-9;
    case 'BAND':
      return Math.abs(b) - Math.abs(target.value) <= tolerance * Math.abs(target.value) + 1e-9;
    case 'RANGE':
      return b < target.low
        ? target.low - b <= tolerance * Math.abs(target.low) + 1e-9
        : b - target.high <= tolerance * Math.abs(target.high) + 1e-9;
  }
}

interface Judged {
  readonly light: Light;
  readonly progress?: number;
  readonly grey?: GreyReason;
}

const GREY_NOT_REPORTED: Judged = { light: 'grey', grey: 'notReported' };
const GREY_UNREADABLE: Judged = { light: 'grey', grey: 'unreadable' };

function judge(result: IndicatorResult, measure: Measure, time: number | undefined, rules: TrackingRules): Judged {
  const row = result.row;
  if (row.actual.kind === 'EMPTY') return GREY_NOT_REPORTED;
  if (result.status === 'missing' || result.status === 'excluded') return GREY_UNREADABLE;
  const progress = result.completion;
  const withProgress = (light: Light): Judged => (progress !== undefined ? { light, progress } : { light });
  if (measure === 'qualitative') {
    return { light: result.status === 'met' ? 'green' : result.status === 'partial' ? 'yellow' : 'red' };
  }
  if (result.status === 'met') return withProgress('green');
  const target = row.target;
  if (!isNumericTarget(target) || result.actualValue === undefined) return GREY_UNREADABLE;
  if (measure === 'cumulative') {
    if (progress === undefined) return withProgress('red');
    if (time === undefined) return { light: 'grey', grey: 'noTimeProgress', progress };
    return withProgress(gapLight(gapPoints(progress, time), rules));
  }
  return withProgress(nearTarget(target, result.actualValue, rules.levelTolerance) ? 'yellow' : 'red');
}

/** A projected quantity as an actual in the target's base unit (so §3 reads it without inheriting units). */
function quantityActual(target: NumericTarget, value: number): Actual {
  return {
    kind: 'NUM',
    value,
    unit: target.unit,
    scale: target.scale,
    hasUnit: true,
    approximate: false,
    percentFormat: false,
    fromNumberCell: false,
  };
}

interface Projected {
  readonly projection?: Projection;
  /** The actual §3 scores for the projected result; undefined: the to-date actual itself. */
  readonly actual?: Actual;
}

/** The given 全年预计完成值, when it can be read against the target. */
function givenProjection(row: IndicatorRow, diagnostics: Diagnostic[]): Projected | undefined {
  const given = row.tracking?.projection;
  if (!given || given.kind === 'EMPTY') return undefined;
  const target = row.target;
  if (isNumericTarget(target) && given.kind === 'NUM') {
    const value = alignActual(target, given).value;
    return { projection: { value, projected: false, given: true }, actual: quantityActual(target, value) };
  }
  if (!isNumericTarget(target) && given.kind === 'TIER') {
    return { projection: { tier: given.tier, projected: false, given: true }, actual: given };
  }
  diagnostics.push(
    diag('PROJECTION_UNREADABLE', { sheet: row.sheet, row: row.row, col: row.cols.projection ?? row.cols.name }, {
      name: row.name,
      projection: row.tracking?.projectionText ?? '',
      target: row.targetText,
    }),
  );
  return undefined;
}

function projectionOf(result: IndicatorResult, measure: Measure, time: number | undefined, diagnostics: Diagnostic[]): Projected {
  const given = givenProjection(result.row, diagnostics);
  if (given) return given;
  if (result.status === 'missing' || result.status === 'excluded') return {};
  const target = result.row.target;
  const actual = result.row.actual;
  if (measure === 'qualitative') {
    return actual.kind === 'TIER' ? { projection: { tier: actual.tier, projected: false, given: false } } : {};
  }
  if (!isNumericTarget(target) || result.actualValue === undefined) return {};
  if (measure === 'cumulative') {
    if (time === undefined || time <= 0) return {};
    if (time >= 1) return { projection: { value: result.actualValue, projected: false, given: false } };
    const value = result.actualValue / time;
    return { projection: { value, projected: true, given: false }, actual: quantityActual(target, value) };
  }
  return { projection: { value: result.actualValue, projected: false, given: false } };
}

/**
 * Tracks one scored indicator. `time` is 时间进度 (undefined when the as-of date is not known);
 * reading problems of the projection are added to `diagnostics`.
 */
export function trackIndicator(
  result: IndicatorResult,
  time: number | undefined,
  rules: TrackingRules,
  profile: ScoringProfile,
  diagnostics: Diagnostic[],
): IndicatorTracking {
  const row = result.row;
  const measure = measureOf(row.target);
  const judged = judge(result, measure, time, rules);
  const { projection, actual } = projectionOf(result, measure, time, diagnostics);
  // §3 on the projection, with the snapshot's weight; its diagnostics are the projection's, not the sheet's.
  const projectedResult =
    actual === undefined ? result : scoreInto({ ...row, actual }, result.weight, profile, true, []);
  const likelihood = row.tracking?.likelihood;
  return {
    result,
    measure,
    ...judged,
    ...(projection ? { projection } : {}),
    projectedResult,
    ...(likelihood ? { likelihood } : {}),
    categories: row.tracking?.categories ?? [],
  };
}
