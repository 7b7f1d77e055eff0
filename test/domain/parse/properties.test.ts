/** Property tests: the parsers take any input and return data; they never throw. */
import fc from 'fast-check';
import { alignActual } from '../../../src/domain/parse/alignActual';
import { parseActual } from '../../../src/domain/parse/parseActual';
import { isNumericTarget, parseTarget, type TargetContext } from '../../../src/domain/parse/parseTarget';
import { parseNumber } from '../../../src/domain/parse/number';
import { readUnit, sameBaseUnit, unitFromName } from '../../../src/domain/parse/unit';
import { cellText, normalizeText, stripPoints } from '../../../src/domain/text/normalize';
import type { CellValue } from '../../../src/domain/grid';

const VOCABULARY = [
  '≥', '≤', '>', '<', '=', '>=', '<=', '≧', '＞＝', '±', '+-', '%', '％', '百分比', '万', '亿', '万元', '亿元', '元',
  '批次', '次', '天', '个', '人', '约', '大约', '近', '余', '多', '左右', '以上', '及以上', '以下', '以内', '内', '不低于',
  '不超过', '控制在', '在', '之间', '至', '到', '-', '~', '～', '—', '.', ',', '，', '0', '1', '5', '9', '０', '１２',
  '1,200', '0.95', '-', '+', '（', '）', '(', ')', '含', '年', '月', '日', '满意', '完成', '达成', '部分', '未', ' ', '\n',
  '\u3000', '#N/A', '#', '!', 'e', 'E', 'NaN', 'Infinity',
];

const vocabularyString = fc.array(fc.constantFrom(...VOCABULARY), { maxLength: 12 }).map((parts) => parts.join(''));

const anyString = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'binary-ascii' }),
  vocabularyString,
);

const anyNumber = fc.oneof(
  fc.double(),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, 0, 1, 0.95, Number.MAX_VALUE, Number.MIN_VALUE),
  fc.integer(),
);

const anyCell: fc.Arbitrary<CellValue> = fc.oneof(
  anyString,
  anyNumber,
  fc.boolean(),
  fc.constant(null),
  fc.date({ noInvalidDate: false }),
  fc.constantFrom('#N/A', '#DIV/0!', '#VALUE!').map((error) => ({ error })),
);

const anyFormat = fc.oneof(
  fc.constantFrom('General', '0%', '0.00%', '0.00', 'yyyy-mm-dd', '@', '"%"0', '#,##0.00'),
  fc.string({ unit: 'binary' }),
);

const anyContext: fc.Arbitrary<TargetContext> = fc.record(
  {
    nameUnit: anyString,
    unitColumn: anyString,
    direction: fc.constantFrom('GE', 'GT', 'EQ', 'LE', 'LT', 'QUAL') as fc.Arbitrary<TargetContext['direction'] & string>,
  },
  { requiredKeys: [] },
);

const TARGET_KINDS = ['GE', 'GT', 'EQ', 'LE', 'LT', 'BAND', 'RANGE', 'QUAL', 'EMPTY', 'UNPARSED'];
const ACTUAL_KINDS = ['NUM', 'TIER', 'TEXT', 'EMPTY', 'ERROR'];

describe('never throws', () => {
  test('normalizeText, cellText and stripPoints on any string and cell', () => {
    fc.assert(
      fc.property(anyString, anyCell, (s, cell) => {
        expect(typeof normalizeText(s)).toBe('string');
        expect(normalizeText(s)).not.toMatch(/\s/);
        expect(typeof stripPoints(s)).toBe('string');
        expect(typeof cellText(cell)).toBe('string');
      }),
      { numRuns: 500 },
    );
  });

  test('normalizeText is idempotent', () => {
    fc.assert(
      fc.property(anyString, (s) => {
        expect(normalizeText(normalizeText(s))).toBe(normalizeText(s));
      }),
      { numRuns: 500 },
    );
  });

  test('parseTarget returns a known kind for any cell, format and context', () => {
    fc.assert(
      fc.property(anyCell, anyFormat, anyContext, (cell, format, context) => {
        const t = parseTarget(cell, format, context);
        expect(TARGET_KINDS).toContain(t.kind);
        if (t.kind === 'RANGE') {
          expect(t.low).toBeLessThanOrEqual(t.high);
          expect(Number.isFinite(t.low) && Number.isFinite(t.high)).toBe(true);
        } else if (isNumericTarget(t)) {
          expect(Number.isFinite(t.value)).toBe(true);
        }
        if (t.kind === 'BAND') expect(t.value).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 1000 },
    );
  });

  test('parseTarget on any number cell', () => {
    fc.assert(
      fc.property(anyNumber, anyFormat, (n, format) => {
        expect(TARGET_KINDS).toContain(parseTarget(n, format, {}).kind);
      }),
      { numRuns: 500 },
    );
  });

  test('parseActual returns a known kind; numbers are finite', () => {
    fc.assert(
      fc.property(anyCell, anyFormat, (cell, format) => {
        const a = parseActual(cell, format);
        expect(ACTUAL_KINDS).toContain(a.kind);
        if (a.kind === 'NUM') expect(Number.isFinite(a.value)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  test('alignActual on any numeric target and numeric actual', () => {
    fc.assert(
      fc.property(fc.oneof(vocabularyString, anyNumber), fc.oneof(vocabularyString, anyNumber), anyFormat, anyContext, (t, a, format, context) => {
        const target = parseTarget(t, format, context);
        const actual = parseActual(a, format);
        if (!isNumericTarget(target) || actual.kind !== 'NUM') return;
        const aligned = alignActual(target, actual);
        expect(typeof aligned.value).toBe('number');
        expect(typeof aligned.ambiguousPercent).toBe('boolean');
      }),
      { numRuns: 1000 },
    );
  });

  test('unit helpers and parseNumber on any string', () => {
    fc.assert(
      fc.property(anyString, anyString, (a, b) => {
        const reading = readUnit(a);
        expect([1, 1e4, 1e5, 1e6, 1e7, 1e8, 1e12]).toContain(reading.scale);
        expect(sameBaseUnit(a, b)).toBe(sameBaseUnit(b, a));
        expect(sameBaseUnit(a, a)).toBe(true);
        const u = unitFromName(a);
        expect(u === undefined || typeof u === 'string').toBe(true);
        const n = parseNumber(a);
        expect(n === undefined || Number.isFinite(n)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('round trips', () => {
  test('a written comparison reads back as its number', () => {
    const ops = [
      ['≥', 'GE'],
      ['≤', 'LE'],
      ['>', 'GT'],
      ['<', 'LT'],
      ['=', 'EQ'],
    ] as const;
    fc.assert(
      fc.property(
        fc.constantFrom(...ops),
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 0, max: 99 }),
        fc.constantFrom('', '%', '批次', '个', '天'),
        ([sign, kind], whole, cents, unit) => {
          const decimals = String(cents).padStart(2, '0');
          const value = Number(`${whole}.${decimals}`);
          const text = `${sign}${whole.toLocaleString('en-US')}.${decimals}${unit}`;
          expect(parseTarget(text, 'General', {})).toEqual({ kind, value, unit, scale: 1 });
        },
      ),
      { numRuns: 300 },
    );
  });

  test('an actual written with 万/亿 reads as the scaled value', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.constantFrom(['万', 1e4], ['亿', 1e8], ['万元', 1e4], ['', 1]), (n, [unit, scale]) => {
        const a = parseActual(`${n}${unit}`, 'General');
        expect(a.kind === 'NUM' && a.value).toBe(n * scale);
      }),
      { numRuns: 300 },
    );
  });
});
