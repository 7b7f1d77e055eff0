import fc from 'fast-check';
import { roundHalfUp, sum2 } from '../../src/domain/scoring/rounding';

describe('roundHalfUp (DOMAIN.md §3.6)', () => {
  test.each([
    [3.1275, 3.13],
    [4.17 * 0.75, 3.13],
    [(4.17 * 18) / 24, 3.13],
    [2.735, 2.74],
    [1.005, 1.01],
    [2.344, 2.34],
    [0, 0],
    [50 / 12, 4.17],
    [6.3036708, 6.3],
  ])('%p → %p', (input, expected) => {
    expect(roundHalfUp(input, 2)).toBe(expected);
  });

  test('is idempotent and within half a cent', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (x) => {
        const r = roundHalfUp(x, 2);
        expect(roundHalfUp(r, 2)).toBe(r);
        expect(Math.abs(r - x)).toBeLessThanOrEqual(0.005 + 1e-6);
      }),
    );
  });

  test('sum2 adds rounded scores without float noise', () => {
    expect(sum2([0.1, 0.2])).toBe(0.3);
    expect(sum2([2.74, 2.94, 3.2, 3.13, 29.19, 0])).toBe(41.2);
    expect(sum2([41.2, 15, 0, 6.3])).toBe(62.5);
  });
});
