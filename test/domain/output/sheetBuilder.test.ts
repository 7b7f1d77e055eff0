import { estimateRowHeight, forEachRun, MAX_CELL_TEXT, SheetBuilder } from '../../../src/domain/output/sheetBuilder';
import { linesHeightPt, textEm } from '../../../src/domain/text/measure';
import { shapeProblems } from './fixtures';

describe('SheetBuilder', () => {
  it('builds a rectangular plan with @ on strings and the caller\'s format on numbers', () => {
    const b = new SheetBuilder('detail', 'x', 3);
    b.text(0, 0, '名称').number(0, 1, 1.5, '0.00').number(2, 2, 0.5, '0.00%');
    const plan = b.build();
    expect(shapeProblems(plan)).toEqual([]);
    expect(plan.values).toEqual([
      ['名称', 1.5, null],
      [null, null, null],
      [null, null, 0.5],
    ]);
    expect(plan.numberFormats[0]).toEqual(['@', '0.00', 'General']);
    expect(plan.numberFormats[2]?.[2]).toBe('0.00%');
  });

  it('keeps formula-looking strings verbatim as text', () => {
    const b = new SheetBuilder('detail', 'x', 1);
    const risky = ['=SUM(A1:A2)', '+86 1234', '-1', '@cmd', '\t=1', '\r=2'];
    risky.forEach((s, i) => b.text(i, 0, s));
    const plan = b.build();
    risky.forEach((s, i) => {
      expect(plan.values[i]?.[0]).toBe(s);
      expect(plan.numberFormats[i]?.[0]).toBe('@');
    });
  });

  it('writes blanks for empty strings, undefined and non-finite numbers', () => {
    const b = new SheetBuilder('detail', 'x', 4);
    b.text(0, 0, '').number(0, 1, undefined, '0.00').number(0, 2, NaN, '0.00').number(0, 3, Infinity, '0.00%');
    const plan = b.build();
    expect(plan.values[0]).toEqual([null, null, null, null]);
    expect(plan.numberFormats[0]).toEqual(['@', '0.00', '0.00', '0.00%']);
  });

  it('routes values by type and cuts text longer than Excel allows', () => {
    const b = new SheetBuilder('detail', 'x', 3);
    b.cells(0, 0, ['a', 2, true], '0.00');
    b.text(1, 0, 'x'.repeat(MAX_CELL_TEXT + 10));
    const plan = b.build();
    expect(plan.values[0]).toEqual(['a', 2, true]);
    expect(plan.numberFormats[0]).toEqual(['@', '0.00', 'General']);
    expect((plan.values[1]?.[0] as string).length).toBe(MAX_CELL_TEXT);
  });

  it('rejects programming errors: cells outside the columns, numbers as text', () => {
    const b = new SheetBuilder('detail', 'x', 2);
    expect(() => b.text(0, 2, 'a')).toThrow();
    expect(() => b.number(0, 0, 1, '@')).toThrow();
    expect(() => b.merge(0, 0, 0, 5)).toThrow();
    b.text(0, 0, 'a');
    expect(() => b.format(0, 0, '0.00')).toThrow();
  });

  it('ignores 1×1 merges and records merges, styles, widths, heights, freeze and validations', () => {
    const b = new SheetBuilder('form', 'x', 2).columnWidths([5, 7]);
    b.merge(0, 0, 0, 0).merge(0, 0, 1, 1).style(0, 0, 1, 1, { bold: true }).rowHeight(1, 1000).freeze(1);
    b.validation({ top: 2, left: 0, bottom: 50, right: 0 }, ['a', 'b']).tabColor('#112233');
    const plan = b.build();
    expect(plan.merges).toEqual([{ top: 0, left: 0, bottom: 1, right: 1 }]);
    expect(plan.styles).toEqual([{ range: { top: 0, left: 0, bottom: 1, right: 1 }, style: { bold: true } }]);
    expect(plan.columnWidths).toEqual([5, 7]);
    expect(plan.rowHeights).toEqual([{ row: 1, height: 409 }]);
    expect(plan.freeze).toEqual({ rows: 1, columns: 0 });
    expect(plan.dataValidations).toEqual([{ range: { top: 2, left: 0, bottom: 50, right: 0 }, list: ['a', 'b'] }]);
    expect(plan.values).toHaveLength(2);
    expect(plan.tabColor).toBe('#112233');
  });

  it('omits optional fields it was not given', () => {
    const plan = new SheetBuilder('form', 'x', 1).build();
    expect('freeze' in plan).toBe(false);
    expect('tabColor' in plan).toBe(false);
    expect(plan.values).toEqual([[null]]);
  });
});

describe('helpers', () => {
  it('forEachRun visits maximal runs', () => {
    const keys = ['a', 'a', 'b', 'a', 'a', 'a'];
    const runs: string[] = [];
    forEachRun(keys.length, (i) => keys[i], (s, e, k) => runs.push(`${k}:${s}-${e}`));
    expect(runs).toEqual(['a:0-1', 'b:2-2', 'a:3-5']);
    forEachRun(0, () => 'x', () => runs.push('never'));
    expect(runs).toHaveLength(3);
  });

  it('measures CJK text as double width and grows row heights with lines', () => {
    expect(textEm('ab')).toBe(1);
    expect(textEm('项目')).toBe(2);
    expect(estimateRowHeight('', 10)).toBe(18);
    expect(estimateRowHeight('短', 10)).toBe(18);
    expect(estimateRowHeight('项'.repeat(40), 21)).toBeGreaterThan(estimateRowHeight('项'.repeat(10), 21));
    expect(estimateRowHeight('a\nb\nc', 50)).toBe(linesHeightPt(3, 10));
  });
});

describe('text that a file cannot hold', () => {
  test('control characters are dropped; tab and line breaks stay', () => {
    const plan = new SheetBuilder('detail', 'x', 1).text(0, 0, 'a\u0000b\u0007c\td\ne\rf').build();
    expect(plan.values[0]?.[0]).toBe('abc\td\ne\rf');
    expect(plan.numberFormats[0]?.[0]).toBe('@');
  });
});
