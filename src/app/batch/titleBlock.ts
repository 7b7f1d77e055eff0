/** The two lines above each summary sheet's table: a bold title and a line of counts, across the table. */
import type { SheetBuilder } from '../../domain/output/sheetBuilder';

export function titleBlock(b: SheetBuilder, title: string, line: string, lastCol: number): void {
  b.text(0, 0, title).merge(0, 0, 0, lastCol);
  b.style(0, 0, 0, lastCol, { bold: true, fontSize: 14, hAlign: 'center', vAlign: 'middle' });
  b.rowHeight(0, 24);
  b.text(1, 0, line).merge(1, 0, 1, lastCol);
  b.style(1, 0, 1, lastCol, { wrap: true, vAlign: 'middle' });
  b.rowHeight(1, 30);
}
