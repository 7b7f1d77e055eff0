/**
 * One SheetPlan → one (fresh) ExcelJS worksheet: values (strings always as text, never formulas),
 * number formats, styles, merges, column widths, row heights, freeze panes, list validations, tab colour.
 */
import type { Worksheet } from 'exceljs';
import type { SheetPlan } from '../../domain/output/planTypes';
import { rangeToA1 } from '../../domain/address';
import { StyleGrid, hexToArgb } from './cellStyles';
import { internals } from './excelInternals';

const EXCELJS_DEFAULT_WIDTH = 9;

/** Gives the `formulae[0]` of a list validation (inline or a reference to the meta sheet). */
export type ListFormula = (list: readonly string[]) => string;

export function writeSheet(ws: Worksheet, plan: SheetPlan, listFormula: ListFormula): void {
  let columnCount = plan.columnWidths.length;
  for (const row of plan.values) if (row.length > columnCount) columnCount = row.length;
  const styles = new StyleGrid(plan.styles, columnCount);
  const rowCount = Math.max(plan.values.length, styles.lastRow + 1);

  plan.columnWidths.forEach((width, c) => {
    // ExcelJS drops a width equal to its default (9) and Excel then shows 8.43: nudge it.
    if (width > 0) ws.getColumn(c + 1).width = width === EXCELJS_DEFAULT_WIDTH ? width + 0.01 : width;
  });

  for (let r = 0; r < rowCount; r++) {
    const values = plan.values[r];
    const formats = plan.numberFormats[r];
    const width = Math.max(values?.length ?? 0, styles.rowWidth(r));
    if (width === 0) continue;
    const row = ws.getRow(r + 1);
    for (let c = 0; c < width; c++) {
      const value = values?.[c] ?? null;
      const numFmt = formats?.[c] ?? 'General';
      const style = styles.excelStyle(styles.idAt(r, c), numFmt);
      if (value === null && style === undefined) continue;
      const cell = row.getCell(c + 1);
      // A string is always a string cell: ExcelJS makes formulas only from `{ formula }` objects.
      if (value !== null) cell.value = value;
      if (style !== undefined) cell.style = style;
    }
  }

  for (const { row, height } of plan.rowHeights) ws.getRow(row + 1).height = height;

  // Merge after styling, keeping every cell's own style (borders are drawn from each cell's edges).
  for (const m of plan.merges) {
    if (m.top === m.bottom && m.left === m.right) continue;
    ws.mergeCellsWithoutStyle(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  }

  if (plan.freeze && (plan.freeze.rows > 0 || plan.freeze.columns > 0)) {
    ws.views = [{ state: 'frozen', xSplit: plan.freeze.columns, ySplit: plan.freeze.rows }];
  }

  for (const dv of plan.dataValidations) {
    const list = dv.list.filter((item) => item !== '');
    if (list.length === 0) continue;
    internals(ws).dataValidations.add(rangeToA1(dv.range), {
      type: 'list',
      allowBlank: true,
      showErrorMessage: true,
      formulae: [listFormula(list)],
    });
  }

  if (plan.tabColor !== undefined) ws.properties.tabColor = { argb: hexToArgb(plan.tabColor) };
}
