/**
 * One SheetPlan → one (fresh) ExcelJS worksheet: values (strings always as text, never formulas),
 * number formats, styles (every written cell in the plan's font), merges, column widths, row heights,
 * freeze panes, list validations, tab colour and page setup (A4, fitted, print area and titles, footer,
 * row breaks: ExcelJS writes the print names scoped to the sheet itself).
 */
import type { Worksheet } from 'exceljs';
import type { SheetPlan } from '../../domain/output/planTypes';
import { rangeToA1 } from '../../domain/address';
import { StyleGrid, hexToArgb } from './cellStyles';
import { internals } from './excelInternals';
import { footerCode, PAPER_A4, printTitlesRef } from './printXml';
import { columnLetters } from '../../domain/address';

const EXCELJS_DEFAULT_WIDTH = 9;

/** Gives the `formulae[0]` of a list validation (inline or a reference to the meta sheet). */
export type ListFormula = (list: readonly string[]) => string;

export function writeSheet(ws: Worksheet, plan: SheetPlan, listFormula: ListFormula): void {
  let columnCount = plan.columnWidths.length;
  for (const row of plan.values) if (row.length > columnCount) columnCount = row.length;
  const styles = new StyleGrid(plan.styles, columnCount, plan.font);
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
      const id = styles.idAt(r, c);
      // A cell with nothing in it and no look of its own is left out; every other one carries the plan's font.
      if ((value === null || value === '') && id === 0 && numFmt === 'General') continue;
      const style = styles.excelStyle(id, numFmt);
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
  writePageSetup(ws, plan);
}

/** `A$1:I$40`: ExcelJS puts a `$` before each column of a print area itself, giving `$A$1:$I$40`. */
function printAreaForExcelJs(plan: SheetPlan): string {
  const a = plan.pageSetup.printArea;
  return `${columnLetters(a.left)}$${a.top + 1}:${columnLetters(a.right)}$${a.bottom + 1}`;
}

function writePageSetup(ws: Worksheet, plan: SheetPlan): void {
  const page = plan.pageSetup;
  const titles = printTitlesRef(page);
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: PAPER_A4,
    orientation: page.orientation,
    fitToPage: true,
    fitToWidth: page.fitToWidth,
    fitToHeight: page.fitToHeight,
    horizontalCentered: page.centerHorizontally,
    showGridLines: page.printGridlines,
    margins: { ...page.margins },
    printArea: printAreaForExcelJs(plan),
    // `$12:$12` → `12:12`: ExcelJS adds the dollars of a title row range itself.
    ...(titles !== undefined ? { printTitlesRow: titles.replace(/\$/g, '') } : {}),
  };
  ws.headerFooter = { ...ws.headerFooter, oddFooter: footerCode(page) };
  // ExcelJS breaks below a row: below the last row of the page before.
  for (const row of page.rowBreaks) if (row > 0) ws.getRow(row).addPageBreak();
}
