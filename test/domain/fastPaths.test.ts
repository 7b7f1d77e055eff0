/**
 * The engine's fast paths and caches give what the full rule gives (they exist for 100k-row sheets).
 */
import fc from 'fast-check';
import { roundHalfUp } from '../../src/domain/scoring/rounding';
import { EXCEL_ERROR_CODES, parseActual } from '../../src/domain/parse/parseActual';
import { isDateFormat, isPercentFormat } from '../../src/domain/parse/number';
import { columnIndex, columnLetters } from '../../src/domain/address';
import { estimateRowHeight } from '../../src/domain/output/sheetBuilder';
import { linesHeightPt, usableWidthPt, wrappedLines } from '../../src/domain/text/measure';

/** DOMAIN.md §3.6 rounding as first written: 12 significant digits, then half away from zero. */
function fullRounding(value: number, digits: number): number {
  if (!Number.isFinite(value)) return value;
  const clean = Number(value.toPrecision(12));
  const factor = 10 ** digits;
  const scaled = Number((Math.abs(clean) * factor).toPrecision(12));
  const rounded = (Math.sign(clean) * Math.round(scaled)) / factor;
  return rounded === 0 ? 0 : rounded;
}

describe('roundHalfUp fast path (values already in cents)', () => {
  const cents = fc.integer({ min: -1e11, max: 1e11 }).map((c) => c / 100);
  const anyValue = fc.oneof(cents, fc.double({ noNaN: true }), fc.double({ min: -1e10, max: 1e10, noNaN: true }));

  test('gives what the full rule gives, for any value and digits', () => {
    fc.assert(
      fc.property(anyValue, fc.constantFrom(0, 1, 2, 4, 6), (v, digits) => {
        expect(Object.is(roundHalfUp(v, digits), fullRounding(v, digits))).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  test.each([0, -0, 0.01, -0.01, 3.13, 999_999_999.99, 1e9, -1e9, 123_456_789_012_345, 1.005, 2.675, 0.125])(
    '%p',
    (v) => {
      expect(Object.is(roundHalfUp(v, 2), fullRounding(v, 2))).toBe(true);
    },
  );
});

describe('readings cached or short-cut per value', () => {
  test('every Excel error code starts with # (parseActual looks for them only there)', () => {
    for (const code of EXCEL_ERROR_CODES) {
      expect(code.startsWith('#')).toBe(true);
      expect(parseActual(code.toLowerCase())).toEqual({ kind: 'ERROR', error: code });
    }
  });

  test('number formats read the same when asked again, however many formats a workbook holds', () => {
    const formats = Array.from({ length: 2500 }, (_, i) => (i % 2 === 0 ? `0.${'0'.repeat(i % 7)}%` : `yyyy"年${i}"m"月"`));
    const first = formats.map((f) => [isPercentFormat(f), isDateFormat(f)]);
    const again = formats.map((f) => [isPercentFormat(f), isDateFormat(f)]);
    expect(again).toEqual(first);
    expect(first[0]).toEqual([true, false]);
    expect(first[1]).toEqual([false, true]);
    expect([isPercentFormat('"%"0'), isDateFormat('General'), isDateFormat('[Red]0.00'), isDateFormat('h:mm')]).toEqual([
      false,
      false,
      false,
      true,
    ]);
  });

  test('column letters, cached for A…ZZ, round-trip with columnIndex well beyond', () => {
    const wrong: number[] = [];
    for (let col = 0; col < 20_000; col++) if (columnIndex(columnLetters(col)) !== col) wrong.push(col);
    expect(wrong).toEqual([]);
    expect([columnLetters(0), columnLetters(25), columnLetters(26), columnLetters(701), columnLetters(702)]).toEqual([
      'A',
      'Z',
      'AA',
      'ZZ',
      'AAA',
    ]);
  });

  test('estimateRowHeight: the one-line shortcut agrees with measuring the lines', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.integer({ min: 1, max: 60 }), (text, width) => {
        const lines = text === '' ? 1 : wrappedLines(text, usableWidthPt(width), 10);
        const expected = lines <= 1 ? 18 : Math.max(18, linesHeightPt(lines, 10));
        expect(estimateRowHeight(text, width)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
