import { excelSerialToIso, isDateFormat, isPercentFormat, parseNumber, scanNumber } from '../../../src/domain/parse/number';

describe('parseNumber', () => {
  test.each([
    ['120', 120],
    ['1,200', 1200],
    ['1,200.50', 1200.5],
    ['12,345,678.9', 12345678.9],
    ['１２０', 120],
    ['１，２００．５', 1200.5],
    ['-3', -3],
    ['+3.5', 3.5],
    ['−2', -2],
    ['－2', -2],
    ['.5', 0.5],
    [' 12 ', 12],
    ['0', 0],
    ['-0', 0],
  ])('%j → %p', (text, expected) => {
    expect(parseNumber(text)).toBe(expected);
  });

  test.each(['', 'abc', '1,2000', '1.2.3', '12a', '--5', '1,', '1.', '+', '1e5', '120万元'])('%j is not a number', (text) => {
    expect(parseNumber(text)).toBeUndefined();
  });

  test('-0 reads as 0, not -0', () => {
    expect(Object.is(parseNumber('-0'), 0)).toBe(true);
  });
});

describe('scanNumber', () => {
  test('reads at a position and reports where the number ends', () => {
    expect(scanNumber('≥1,200人', 1)).toEqual({ value: 1200, end: 6 });
    expect(scanNumber('60余批次')).toEqual({ value: 60, end: 2 });
    expect(scanNumber('abc')).toBeUndefined();
  });

  test('a thousands group must have exactly three digits', () => {
    expect(scanNumber('1,2000')).toEqual({ value: 1, end: 1 });
  });
});

describe('number formats', () => {
  test.each([
    ['0%', true],
    ['0.00%', true],
    ['#,##0.0%;[Red]-#,##0.0%', true],
    ['General', false],
    ['0.00', false],
    ['0.00"%"', false],
    ['0.00\\%', false],
  ])('isPercentFormat(%j) is %p', (format, expected) => {
    expect(isPercentFormat(format)).toBe(expected);
  });

  test.each([
    ['yyyy-mm-dd', true],
    ['yyyy"年"m"月"d"日"', true],
    ['m/d/yy', true],
    ['[$-F800]dddd, mmmm dd, yyyy', true],
    ['h:mm', true],
    ['General', false],
    ['0.00', false],
    ['#,##0.00"元"', false],
    ['0.00E+00', false],
    ['[Red]0.00', false],
  ])('isDateFormat(%j) is %p', (format, expected) => {
    expect(isDateFormat(format)).toBe(expected);
  });

  test('excelSerialToIso reads the 1900 date system', () => {
    expect(excelSerialToIso(44408)).toBe('2021-07-31');
    expect(excelSerialToIso(44197.75)).toBe('2021-01-01');
    expect(excelSerialToIso(-1)).toBe('');
    expect(excelSerialToIso(Number.NaN)).toBe('');
  });
});
