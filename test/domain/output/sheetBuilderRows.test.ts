/**
 * SheetBuilder.writeRow (one call per row for big tables) and shared format rows: a row written at
 * once reads exactly like the same row written cell by cell.
 */
import fc from 'fast-check';
import { FORMAT, MAX_CELL_TEXT, SheetBuilder, type RowCell } from '../../../src/domain/output/sheetBuilder';
import { shapeProblems } from './fixtures';

const FORMATS = [FORMAT.text, FORMAT.text, FORMAT.amount, FORMAT.percent2] as const;

/** The same row through text() and number(), the per-cell API. */
function cellByCell(b: SheetBuilder, row: number, cells: readonly RowCell[]): void {
  cells.forEach((v, col) => {
    const format = FORMATS[col] ?? FORMAT.general;
    if (format === FORMAT.text) b.text(row, col, typeof v === 'string' ? v : '');
    else b.number(row, col, typeof v === 'number' ? v : undefined, format);
  });
}

const textCell = fc.oneof(fc.string(), fc.constantFrom('', 'a\u0000b', '\t=1', '摘要', 'x'.repeat(MAX_CELL_TEXT + 3)));
const numberCell = fc.oneof(
  fc.double(),
  fc.constantFrom(undefined, Number.NaN, Number.POSITIVE_INFINITY, -0, 0.125),
);
const row = fc.tuple(textCell, textCell, numberCell, numberCell);

describe('SheetBuilder.writeRow', () => {
  test('writes what text() and number() write, cell for cell', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 12 }), fc.nat(3), (rows, gap) => {
        const byRow = new SheetBuilder('expenses', 'x', 4);
        const byCell = new SheetBuilder('expenses', 'x', 4);
        rows.forEach((cells, i) => {
          byRow.writeRow(gap + i, [...cells], FORMATS);
          cellByCell(byCell, gap + i, cells);
        });
        const a = byRow.build();
        const b = byCell.build();
        expect(shapeProblems(a)).toEqual([]);
        expect(a.values).toEqual(b.values);
        expect(a.numberFormats).toEqual(b.numberFormats);
      }),
      { numRuns: 300 },
    );
  });

  test('replaces a row written before, and later cell writes still apply', () => {
    const b = new SheetBuilder('expenses', 'x', 4);
    b.text(1, 0, 'old').number(1, 3, 5, FORMAT.fixed2);
    b.writeRow(1, ['1', '摘要', 12.5, undefined], FORMATS);
    b.text(1, 1, '改');
    const plan = b.build();
    expect(plan.values[1]).toEqual(['1', '改', 12.5, null]);
    expect(plan.numberFormats[1]).toEqual(['@', '@', '#,##0.00', '0.00%']);
    expect(plan.values[0]).toEqual([null, null, null, null]);
    expect(plan.numberFormats[0]).toEqual(['General', 'General', 'General', 'General']);
  });

  test('rejects programming errors: wrong width, text in a number column, a number in a text column', () => {
    const b = new SheetBuilder('expenses', 'x', 4);
    expect(() => b.writeRow(0, ['a', 'b', 1], FORMATS)).toThrow();
    expect(() => b.writeRow(0, ['a', 'b', 'c', 1], FORMATS)).toThrow();
    expect(() => b.writeRow(0, [1, 'b', 1, 1], FORMATS)).toThrow();
    expect(() => b.writeRow(-1, ['a', 'b', 1, 1], FORMATS)).toThrow();
  });
});

describe('shared format rows', () => {
  test('rows written the same way share one formats array; a later write does not leak into the others', () => {
    const b = new SheetBuilder('detail', 'x', 3);
    for (let r = 0; r < 4; r++) b.text(r, 0, 'a').number(r, 1, r, FORMAT.fixed2);
    b.number(2, 2, 1, FORMAT.percent2);
    const plan = b.build();
    expect(plan.numberFormats[0]).toBe(plan.numberFormats[1]);
    expect(plan.numberFormats[0]).toBe(plan.numberFormats[3]);
    expect(plan.numberFormats[0]).toEqual(['@', '0.00', 'General']);
    expect(plan.numberFormats[2]).toEqual(['@', '0.00', '0.00%']);
  });

  test('any sequence of writes gives the formats a per-row array would hold', () => {
    const write = fc.record({ row: fc.nat(5), col: fc.nat(2), format: fc.constantFrom('General', '0.00', '0.00%', '@') });
    fc.assert(
      fc.property(fc.array(write, { maxLength: 40 }), (writes) => {
        const b = new SheetBuilder('detail', 'x', 3);
        const expected: string[][] = [];
        for (const w of writes) {
          while (expected.length <= w.row) expected.push(['General', 'General', 'General']);
          (expected[w.row] as string[])[w.col] = w.format;
          if (w.format === '@') b.text(w.row, w.col, 't');
          else b.number(w.row, w.col, 1, w.format);
        }
        const plan = b.build();
        expect(plan.numberFormats.slice(0, expected.length)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
