/**
 * The font of the output sheets, and column widths for it. A width in characters (what a plan
 * gives, and what the .xlsx door writes as `<col width>`) means characters of the font's widest
 * digit: ECMA-376 Part 1 §18.3.1.13 (`col`/`width`). Office.js sets widths in points (office-js#187),
 * so the host converts with the digit width of the font it sets on the output sheets explicitly —
 * each plan's own (宋体 10 on the output sheets, whose digit is Calibri 11's 7 pixels, so a column is
 * as wide as the .xlsx door's in a Calibri workbook and the plans' page breaks hold). The conversion
 * is the one text measure of every door (src/domain/text/measure.ts).
 */
import type { FontSpec } from '../../domain/text/measure';

export { columnWidthPoints, digitWidthPx } from '../../domain/text/columnWidth';

export type OutputFont = FontSpec;

/** zh-CN Excel's default font (its default column is 8.38 characters of it, 72 pixels). */
export const DEFAULT_OUTPUT_FONT: OutputFont = { name: '等线', size: 11 };

export const CALIBRI_11: OutputFont = { name: 'Calibri', size: 11 };
