/**
 * What a target (年度指标值) and an actual (实际完成值) can mean: closed unions, like HyperFormula's
 * cell-content kinds. Values are in the base unit after magnitude scaling (万 ×1e4, 亿 ×1e8).
 */

/** Comparison operators of a quantitative target. */
export type Comparator = 'GE' | 'GT' | 'EQ' | 'LE' | 'LT';

/** A unit as read from text: `万元` is base `元` with scale 1e4; `亿` is base `` with scale 1e8. */
export interface UnitReading {
  /** The base unit as written, without magnitude (`元`, `批次`, `%`, `` when none). */
  readonly unit: string;
  /** The magnitude the text carried (1, 1e4 or 1e8). */
  readonly scale: number;
}

export type Target =
  | { readonly kind: Comparator; readonly value: number; readonly unit: string; readonly scale: number }
  | { readonly kind: 'BAND'; readonly value: number; readonly unit: string; readonly scale: number }
  | { readonly kind: 'RANGE'; readonly low: number; readonly high: number; readonly unit: string; readonly scale: number }
  | { readonly kind: 'QUAL'; readonly text: string }
  /** Empty cell. */
  | { readonly kind: 'EMPTY' }
  /** Looks numeric (a comparator, digits) but cannot be read: `TARGET_UNPARSED`. */
  | { readonly kind: 'UNPARSED'; readonly text: string };

export type TargetKind = Target['kind'];

/** Qualitative tiers: 达成 / 部分达成 / 未达成. */
export type Tier = 'achieved' | 'partial' | 'notAchieved';

export type Actual =
  | {
      readonly kind: 'NUM';
      /** In the base unit when `unit` or `scale` came from the text; else the number as written. */
      readonly value: number;
      /** Base unit written after the number, `` when none. */
      readonly unit: string;
      /** Magnitude written in the text (1 when none). */
      readonly scale: number;
      /** True when the text carried a unit or a magnitude (so no inheritance from the target). */
      readonly hasUnit: boolean;
      /** `约`, `余`, `左右`, … */
      readonly approximate: boolean;
      /** Written like a target: a comparison sign or word (`≥266米`, `100%以上`, `不低于90%`); set only when true. */
      readonly hasOperator?: true;
      /** A number cell whose number format contains `%` (Excel stores 95 % as 0.95). */
      readonly percentFormat: boolean;
      /** True when the cell held a number (not text). */
      readonly fromNumberCell: boolean;
    }
  | { readonly kind: 'TIER'; readonly tier: Tier; readonly text: string }
  | { readonly kind: 'TEXT'; readonly text: string }
  | { readonly kind: 'EMPTY' }
  | { readonly kind: 'ERROR'; readonly error: string };

export type ActualKind = Actual['kind'];

/** Exhaustiveness check for switches over the unions above. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
