/**
 * The one text measure of every door (src/domain/text/measure.ts): CJK full width, Latin half width,
 * line wrapping with the Chinese line-breaking rules, line heights per font size, and column widths
 * in points as ECMA-376 §18.3.1.13 converts them.
 */
import { columnWidthPoints, digitWidthPx } from '../../../src/domain/text/columnWidth';
import {
  columnWidthPx,
  linesHeightPt,
  textEm,
  textWidthPt,
  usableWidthPt,
  wrappedHeightPt,
  wrappedLines,
} from '../../../src/domain/text/measure';

describe('text width', () => {
  it('counts a CJK character or full-width sign one em and ASCII half an em', () => {
    expect(textEm('项目')).toBe(2);
    expect(textEm('ab12')).toBe(2);
    expect(textEm('（万元）')).toBe(4);
    // `≥` is not ASCII: counted wide, as every non-ASCII sign is (rounding up where renderers differ).
    expect(textEm('≥95%')).toBe(2.5);
    expect(textWidthPt('服务对象满意度指标', 10)).toBe(90);
    expect(textWidthPt('服务对象满意度指标', 9)).toBe(81);
  });
});

describe('column widths', () => {
  it('converts characters to pixels as ECMA-376 does for a 7-pixel digit (Calibri 11)', () => {
    // Excel's default column (8.43 characters shown) is stored as width 9.140625: 64 pixels.
    expect(columnWidthPx(9.140625)).toBe(64);
    expect(columnWidthPx(0)).toBe(0);
    expect(columnWidthPoints(9.140625, { name: 'Calibri', size: 11 })).toBe(48);
  });

  it('knows the wider digit of 宋体 and 等线 11 (zh-CN Excel)', () => {
    expect(digitWidthPx({ name: '宋体', size: 11 })).toBe(8);
    expect(digitWidthPx({ name: '等线', size: 11 })).toBe(8);
    expect(columnWidthPoints(10, { name: '宋体', size: 11 })).toBeGreaterThan(columnWidthPoints(10, { name: 'Calibri', size: 11 }));
  });
});

describe('wrapping', () => {
  it('wraps 服务对象满意度指标 in the form’s 14-character column to two lines at 10 pt, one in 20', () => {
    expect(wrappedLines('服务对象满意度指标', usableWidthPt(14), 10)).toBe(2);
    expect(wrappedLines('服务对象满意度指标', usableWidthPt(20), 10)).toBe(1);
  });

  it('counts hard line breaks', () => {
    expect(wrappedLines('项目资金\n（万元）', usableWidthPt(12), 10)).toBe(2);
    expect(wrappedLines('a\r\nb\rc', usableWidthPt(50), 10)).toBe(3);
    expect(wrappedLines('', usableWidthPt(5), 10)).toBe(1);
  });

  it('never leaves an opening bracket at the end of a line nor starts one with a closing sign', () => {
    // Six ems fit: `项目资金（万` would leave `元）`; the bracket moves down with what it opens.
    const width = 6 * 10;
    expect(wrappedLines('项目资金（万元）', width, 10)).toBe(2);
    expect(wrappedLines('一二三四五（六', width, 10)).toBe(2);
    // A closing sign that would start line two takes the character before it along.
    expect(wrappedLines('一二三四五六。', width, 10)).toBe(2);
  });

  it('keeps an ASCII word whole where it fits a line and cuts one longer than a line', () => {
    expect(wrappedLines('ab cdefgh', 4 * 10, 10)).toBe(2);
    expect(wrappedLines('x'.repeat(40), 10 * 10, 10)).toBe(2);
  });

  it('gives more lines for longer text and taller rows for more lines', () => {
    const w = usableWidthPt(30);
    expect(wrappedLines('项'.repeat(100), w, 10)).toBeGreaterThan(wrappedLines('项'.repeat(20), w, 10));
    expect(linesHeightPt(2, 10)).toBeGreaterThan(linesHeightPt(1, 10));
    expect(linesHeightPt(2, 16)).toBeGreaterThan(linesHeightPt(2, 10));
    expect(linesHeightPt(1000, 10)).toBe(409);
    expect(wrappedHeightPt('项'.repeat(40), 14, 10)).toBe(linesHeightPt(wrappedLines('项'.repeat(40), usableWidthPt(14), 10), 10));
  });
});
