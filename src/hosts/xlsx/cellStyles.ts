/**
 * Plan styles (src/domain/output/planTypes.ts) → ExcelJS styles.
 *
 * A sheet plan lists styled ranges applied in order (later ranges override earlier ones, property by
 * property). Cells are styled through small integer ids: each cell starts at id 0 (no style) and every
 * range it falls in moves it to the id of "previous style + this range", computed once per pair. The
 * ExcelJS style object is then built once per (id, number format) and shared by every cell that has
 * it — so it must never be mutated afterwards (no `cell.numFmt = …` on a written cell).
 */
import type { Style } from 'exceljs';
import type { CellStyle, FontSpec, StyledRange } from '../../domain/output/planTypes';
import { fontCharset, fontFamily } from './fontFaces';

function argb(hex: string): string {
  const digits = hex.replace(/^#/, '').toUpperCase();
  return /^[0-9A-F]{6}$/.test(digits) ? `FF${digits}` : /^[0-9A-F]{8}$/.test(digits) ? digits : 'FF000000';
}

export { argb as hexToArgb };

const THIN = { style: 'thin' as const, color: { argb: 'FF000000' } };

/** Builds an ExcelJS style; only the parts the plan sets are present, the font in `sheetFont` when given. */
export function toExcelStyle(style: CellStyle, numFmt: string, sheetFont?: FontSpec): Partial<Style> {
  const out: Partial<Style> = {};
  if (numFmt && numFmt !== 'General') out.numFmt = numFmt;
  const font: Partial<Style['font']> = {};
  const face = style.fontName ?? sheetFont?.name;
  if (face !== undefined) {
    font.name = face;
    const family = fontFamily(face);
    const charset = fontCharset(face);
    if (family !== undefined) font.family = family;
    if (charset !== undefined) font.charset = charset;
  }
  if (sheetFont !== undefined) font.size = sheetFont.size;
  if (style.bold) font.bold = true;
  if (style.italic) font.italic = true;
  if (style.fontSize !== undefined) font.size = style.fontSize;
  if (style.fontColor !== undefined) font.color = { argb: argb(style.fontColor) };
  if (Object.keys(font).length > 0) out.font = font;
  if (style.fill !== undefined) {
    out.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(style.fill) }, bgColor: { argb: argb(style.fill) } };
  }
  const alignment: Partial<Style['alignment']> = {};
  if (style.hAlign !== undefined) alignment.horizontal = style.hAlign;
  if (style.vAlign !== undefined) alignment.vertical = style.vAlign;
  if (style.wrap) alignment.wrapText = true;
  if (Object.keys(alignment).length > 0) out.alignment = alignment;
  if (style.border) out.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  return out;
}

/** Per-cell style ids for one sheet plan, in one flat array (row-major) over the ranges' extent. */
export class StyleGrid {
  /** styles[id] is the merged CellStyle of that id; id 0 is the empty style. */
  private readonly styles: CellStyle[] = [{}];
  private readonly excelStyles = new Map<string, Partial<Style>>();
  private readonly ids: Uint32Array;
  /** Rows any range touches (0 … rows - 1) and the width of every id row. */
  private readonly rows: number;
  private readonly width: number;

  constructor(
    ranges: readonly StyledRange[],
    columnCount: number,
    /** The typeface of every cell the ExcelJS styles are for (the plan's font). */
    private readonly font?: FontSpec,
  ) {
    let rows = 0;
    let width = columnCount;
    for (const { range } of ranges) {
      rows = Math.max(rows, range.bottom + 1);
      width = Math.max(width, range.right + 1);
    }
    this.rows = rows;
    this.width = rows > 0 ? width : 0;
    this.ids = new Uint32Array(this.rows * this.width);
    ranges.forEach((styled) => this.applyRange(styled));
  }

  private applyRange(styled: StyledRange): void {
    const { top, left, bottom, right } = styled.range;
    // "Previous id + this range" → new id, computed once per previous id.
    const after: number[] = [];
    for (let r = Math.max(0, top); r <= bottom; r++) {
      const base = r * this.width;
      for (let c = Math.max(0, left); c <= right; c++) {
        const from = this.ids[base + c] ?? 0;
        let id = after[from];
        if (id === undefined) {
          id = this.styles.length;
          this.styles.push({ ...this.styles[from], ...styled.style });
          after[from] = id;
        }
        this.ids[base + c] = id;
      }
    }
  }

  /** Highest row index (0-based) any range touches, -1 when none. */
  get lastRow(): number {
    return this.rows - 1;
  }

  /** The width of the id rows (0 when no range touches any cell). */
  get maxWidth(): number {
    return this.width;
  }

  /** Width of the id row of sheet row r (0 when r is below every range). */
  rowWidth(r: number): number {
    return r < this.rows ? this.width : 0;
  }

  /** The merged plan style of an id (the later ranges' properties win). */
  styleOf(id: number): CellStyle {
    return this.styles[id] ?? {};
  }

  idAt(r: number, c: number): number {
    return r < this.rows && c < this.width ? (this.ids[r * this.width + c] ?? 0) : 0;
  }

  /**
   * The shared ExcelJS style for a style id and a number format; undefined when both are empty and
   * there is no sheet font.
   */
  excelStyle(id: number, numFmt: string): Partial<Style> | undefined {
    if (id === 0 && (numFmt === '' || numFmt === 'General') && this.font === undefined) return undefined;
    const key = `${id}|${numFmt}`;
    let style = this.excelStyles.get(key);
    if (!style) {
      style = toExcelStyle(this.styles[id] ?? {}, numFmt, this.font);
      this.excelStyles.set(key, style);
    }
    return style;
  }
}
