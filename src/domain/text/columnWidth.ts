/**
 * A plan's column widths in points for a given font, as Excel renders `<col width>` (ECMA-376 Part 1
 * §18.3.1.13), for the Office host, which sets widths in points: the digit widths of the fonts the
 * outputs use. The conversion itself (characters → pixels) is the text measure's (measure.ts), the
 * one the plans' page breaks are worked out with.
 */
import { columnWidthPx, type FontSpec } from './measure';

/**
 * Maximum digit widths in pixels at 96 dpi, where known: Calibri 11 is 7 (the example of ECMA-376
 * §18.3.1.13, and Excel's 8.43-character default column of 64 pixels); 等线 11 and 宋体 11 are 8
 * (zh-CN Excel's default column is 8.38 characters, 72 pixels).
 */
const KNOWN_DIGIT_PX: Readonly<Record<string, Readonly<Record<number, number>>>> = {
  calibri: { 11: 7 },
  等线: { 11: 8 },
  dengxian: { 11: 8 },
  宋体: { 11: 8, 12: 8 },
  simsun: { 11: 8, 12: 8 },
};

/** Fonts whose digits are half an em wide (CJK fonts); others are estimated at Calibri's proportion. */
const HALF_EM = /^(等线|宋体|仿宋|黑体|楷体|微软雅黑|dengxian|simsun|fangsong|simhei|kaiti|microsoft yahei)/i;

/** The maximum digit width of a font in pixels at 96 dpi. */
export function digitWidthPx(font: FontSpec): number {
  const known = KNOWN_DIGIT_PX[font.name.toLowerCase()]?.[font.size];
  if (known !== undefined) return known;
  const emPx = (font.size * 96) / 72;
  return Math.max(1, HALF_EM.test(font.name) ? Math.ceil(emPx / 2) : Math.round((emPx * 7) / 14.67));
}

/** A column width in characters of `font` → points, as Excel renders `<col width>` (Office.js sets widths in points). */
export function columnWidthPoints(chars: number, font: FontSpec): number {
  return columnWidthPx(chars, digitWidthPx(font)) * 0.75;
}

