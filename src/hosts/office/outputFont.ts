/**
 * The font of the output sheets, and column widths for it. A width in characters (what a plan
 * gives, and what the .xlsx door writes as `<col width>`) means characters of the font's widest
 * digit: ECMA-376 Part 1 §18.3.1.13 (`col`/`width`): pixels = Truncate(((256 × width +
 * Truncate(128 / digit)) / 256) × digit), where digit is the maximum digit width of the font in
 * pixels at 96 dpi. Office.js sets widths in points (office-js#187), so the host converts with
 * the digit width of the font it sets on the output sheets explicitly — not Calibri's 7 pixels:
 * zh-CN Excel's default font 等线 11 is wider.
 */

export interface OutputFont {
  readonly name: string;
  /** Points. */
  readonly size: number;
}

/** What the office host sets on every output sheet (zh-CN Excel's default font). */
export const DEFAULT_OUTPUT_FONT: OutputFont = { name: '等线', size: 11 };

export const CALIBRI_11: OutputFont = { name: 'Calibri', size: 11 };

/**
 * Maximum digit widths in pixels at 96 dpi, where known: Calibri 11 is 7 (the example of
 * ECMA-376 §18.3.1.13, and Excel's 8.43-character default column of 64 pixels); 等线 11 and
 * 宋体 11 are 8 (zh-CN Excel's default column is 8.38 characters, 72 pixels). Checked by eye in
 * real Excel only (README, "Check in real Excel").
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
export function digitWidthPx(font: OutputFont): number {
  const known = KNOWN_DIGIT_PX[font.name.toLowerCase()]?.[font.size];
  if (known !== undefined) return known;
  const emPx = (font.size * 96) / 72;
  return Math.max(1, HALF_EM.test(font.name) ? Math.ceil(emPx / 2) : Math.round((emPx * 7) / 14.67));
}

/** A column width in characters of `font` → points, as Excel renders `<col width>` (ECMA-376 §18.3.1.13). */
export function columnWidthPoints(chars: number, font: OutputFont): number {
  const digit = digitWidthPx(font);
  const pixels = Math.trunc(((256 * chars + Math.trunc(128 / digit)) / 256) * digit);
  return pixels * 0.75;
}
