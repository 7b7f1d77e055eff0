/**
 * Properties of the one scoring code under every profile (fast-check): a score never leaves [0, W],
 * and an indicator whose target is met scores exactly W.
 */
import fc from 'fast-check';
import type { IndicatorRow } from '../../../src/domain/model';
import type { Actual, Target, Tier } from '../../../src/domain/values';
import { scoreIndicator } from '../../../src/domain/scoring/scoreIndicator';
import { PROFILES } from '../../../src/domain/schema/profiles';

const profile = fc.constantFrom(...PROFILES);
/** 分值 as forms carry them: 0 to 100 with two decimals. */
const weight = fc.integer({ min: 0, max: 10_000 }).map((cents) => cents / 100);
const amount = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });

const comparatorTarget: fc.Arbitrary<Target> = fc
  .tuple(fc.constantFrom('GE', 'GT', 'EQ', 'LE', 'LT'), fc.oneof(amount, fc.constant(0)))
  .map(([kind, value]) => ({ kind, value, unit: '', scale: 1 }));
const bandTarget: fc.Arbitrary<Target> = fc
  .double({ min: 0, max: 1e4, noNaN: true })
  .map((value) => ({ kind: 'BAND', value, unit: '%', scale: 1 }));
const rangeTarget: fc.Arbitrary<Target> = fc
  .tuple(amount, fc.double({ min: 0, max: 1e4, noNaN: true }))
  .map(([low, width]) => ({ kind: 'RANGE', low, high: low + width, unit: '', scale: 1 }));
const numericTarget = fc.oneof(comparatorTarget, bandTarget, rangeTarget);

function numberActual(value: number): Actual {
  return { kind: 'NUM', value, unit: '', scale: 1, hasUnit: false, approximate: false, percentFormat: false, fromNumberCell: true };
}

function row(target: Target, actual: Actual, manualScore?: number): IndicatorRow {
  return {
    sheet: '绩效指标',
    row: 1,
    level1: '产出指标',
    level2: '数量指标',
    name: '指标',
    targetText: '',
    actualText: '',
    target,
    actual,
    deviationReason: '',
    placeholder: false,
    ...(manualScore !== undefined ? { manualScore } : {}),
    cols: { name: 2, target: 3, actual: 4, weight: 5, score: 6 },
  };
}

/**
 * An actual that meets `target` by the definitions of §3.3, for targets of the forms (A ≥ 0: a
 * negative actual counts as 0, so no actual meets `≤ −5`).
 */
function meetingActual(target: Target, t: number): number {
  switch (target.kind) {
    case 'GE':
    case 'GT':
      // B ≥ A meets GE and GT alike; GT 0 needs B > 0.
      return target.value === 0 && target.kind === 'GT' ? 1 + t : target.value * (1 + t);
    case 'EQ':
      return target.value * (1 + t);
    case 'LE':
    case 'LT':
      return target.value * (1 - t);
    case 'BAND':
      return target.value * (2 * t - 1);
    case 'RANGE':
      return target.low + (target.high - target.low) * t;
    case 'QUAL':
    case 'EMPTY':
    case 'UNPARSED':
      throw new Error(`not numeric: ${target.kind}`);
  }
}

const formTarget = fc.oneof(
  fc
    .tuple(fc.constantFrom('GE', 'GT', 'EQ', 'LE', 'LT'), fc.oneof(fc.double({ min: 0, max: 1e6, noNaN: true }), fc.constant(0)))
    .map(([kind, value]): Target => ({ kind, value, unit: '', scale: 1 })),
  bandTarget,
  rangeTarget,
);

describe('scoring properties', () => {
  test('a quantitative score stays within [0, W], and a met target scores W', () => {
    fc.assert(
      fc.property(numericTarget, amount, weight, profile, (target, b, w, p) => {
        const { result } = scoreIndicator(row(target, numberActual(b)), w, p, true);
        expect(result.score).toBeGreaterThanOrEqual(0);
        expect(result.score).toBeLessThanOrEqual(w);
        if (result.status === 'met') expect(result.score).toBe(w);
      }),
      { numRuns: 2000 },
    );
  });

  test('an actual that meets its target scores exactly W, status met', () => {
    fc.assert(
      fc.property(formTarget, fc.double({ min: 0, max: 1, noNaN: true }), weight, profile, (target, t, w, p) => {
        const b = meetingActual(target, t);
        const { result } = scoreIndicator(row(target, numberActual(b)), w, p, true);
        expect(result.status).toBe('met');
        expect(result.score).toBe(w);
      }),
      { numRuns: 2000 },
    );
  });

  test('a qualitative score, typed or default, stays within [0, W]; 达成 without a typed score is W', () => {
    const tier = fc.constantFrom<Tier>('achieved', 'partial', 'notAchieved');
    const manual = fc.option(fc.integer({ min: -1000, max: 20_000 }).map((cents) => cents / 100), { nil: undefined });
    fc.assert(
      fc.property(tier, manual, weight, profile, (t, m, w, p) => {
        const { result } = scoreIndicator(row({ kind: 'QUAL', text: '健全' }, { kind: 'TIER', tier: t, text: '' }, m), w, p, true);
        expect(result.score).toBeGreaterThanOrEqual(0);
        expect(result.score).toBeLessThanOrEqual(w);
        if (t === 'achieved' && m === undefined) expect(result.score).toBe(w);
      }),
      { numRuns: 2000 },
    );
  });
});
