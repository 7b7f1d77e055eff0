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
import type { CellStyle, StyledRange } from '../../domain/output/planTypes';

function argb(hex: string): string {
  const digits = hex.replace(/^#/, '').toUpperCase();
  return /^[0-9A-F]{6}$/.test(digits) ? `FF${digits}` : /^[0-9A-F]{8}$/.test(digits) ? digits : 'FF000000';
}

export { argb as hexToArgb };

const THIN = { style: 'thin' as const, color: { argb: 'FF000000' } };

/** Builds an ExcelJS style; only the parts the plan sets are present. */
export function toExcelStyle(style: CellStyle, numFmt: string): Partial<Style> {
  const out: Partial<Style> = {};
  if (numFmt && numFmt !== 'General') out.numFmt = numFmt;
  const font: Partial<Style['font']> = {};
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

/** Per-cell style ids for one sheet plan. */
export class StyleGrid {
  /** styles[id] is the merged CellStyle of that id; id 0 is the empty style. */
  private readonly styles: CellStyle[] = [{}];
  /** Style id after "style `from` + range `index`", keyed `from * rangeCount + index`. */
  private readonly transitions = new Map<number, number>();
  private readonly rangeCount: number;
  private readonly excelStyles = new Map<string, Partial<Style>>();
  /** One row of ids per sheet row that any range touches. */
  private readonly ids: (Uint32Array | undefined)[] = [];

  constructor(
    ranges: readonly StyledRange[],
    private readonly columnCount: number,
  ) {
    this.rangeCount = ranges.length;
    ranges.forEach((styled, index) => this.applyRange(styled, index));
  }

  private next(from: number, rangeIndex: number, style: CellStyle): number {
    const key = from * this.rangeCount + rangeIndex;
    let id = this.transitions.get(key);
    if (id === undefined) {
      id = this.styles.length;
      this.styles.push({ ...this.styles[from], ...style });
      this.transitions.set(key, id);
    }
    return id;
  }

  private applyRange(styled: StyledRange, index: number): void {
    const { top, left, bottom, right } = styled.range;
    const width = Math.max(this.columnCount, right + 1);
    for (let r = top; r <= bottom; r++) {
      let row = this.ids[r];
      if (!row || row.length < width) {
        const grown = new Uint32Array(width);
        if (row) grown.set(row);
        row = grown;
        this.ids[r] = row;
      }
      for (let c = left; c <= right; c++) row[c] = this.next(row[c] ?? 0, index, styled.style);
    }
  }

  /** Highest row index (0-based) any range touches, -1 when none. */
  get lastRow(): number {
    return this.ids.length - 1;
  }

  /** The widest id row. */
  get maxWidth(): number {
    let width = 0;
    for (const row of this.ids) if (row && row.length > width) width = row.length;
    return width;
  }

  /** Width of the id row of sheet row r (0 when no range touches it). */
  rowWidth(r: number): number {
    return this.ids[r]?.length ?? 0;
  }

  /** The merged plan style of an id (the later ranges' properties win). */
  styleOf(id: number): CellStyle {
    return this.styles[id] ?? {};
  }

  idAt(r: number, c: number): number {
    return this.ids[r]?.[c] ?? 0;
  }

  /** The shared ExcelJS style for a style id and a number format; undefined when both are empty. */
  excelStyle(id: number, numFmt: string): Partial<Style> | undefined {
    if (id === 0 && (numFmt === '' || numFmt === 'General')) return undefined;
    const key = `${id}|${numFmt}`;
    let style = this.excelStyles.get(key);
    if (!style) {
      style = toExcelStyle(this.styles[id] ?? {}, numFmt);
      this.excelStyles.set(key, style);
    }
    return style;
  }
}
