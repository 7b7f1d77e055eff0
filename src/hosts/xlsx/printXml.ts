/**
 * A plan's page setup (src/domain/output/pageSetup.ts) as SpreadsheetML: the worksheet's print
 * elements in ECMA-376 CT_Worksheet order (`<printOptions>`, `<pageMargins>`, `<pageSetup>`,
 * `<headerFooter>`, `<rowBreaks>`), the `fitToPage` flag of `<sheetPr>`, and the texts of the
 * sheet-scoped defined names `_xlnm.Print_Area` and `_xlnm.Print_Titles`. Both .xlsx writers use it
 * (the patcher writes the XML; the ExcelJS writer gives ExcelJS the same references).
 */
import type { PageSetup } from '../../domain/output/pageSetup';
import { columnLetters } from '../../domain/address';
import { escapeXml } from './patch/xml';

/** Excel's paper size code for A4. */
export const PAPER_A4 = 9;
/** The last column index a row break spans (XFD). */
const LAST_COLUMN = 16383;

export const PRINT_AREA_NAME = '_xlnm.Print_Area';
export const PRINT_TITLES_NAME = '_xlnm.Print_Titles';

/** The footer as Excel stores it: `&C` (centre section) and the plan's text. */
export function footerCode(page: PageSetup): string {
  return `&C${page.footer}`;
}

/** A sheet name as a formula refers to it: always quoted, quotes doubled. */
export function quotedSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** `$A$1:$I$40` of the print area. */
export function printAreaRef(page: PageSetup): string {
  const a = page.printArea;
  return `$${columnLetters(a.left)}$${a.top + 1}:$${columnLetters(a.right)}$${a.bottom + 1}`;
}

/** `$12:$12` of the repeated rows, when there are any. */
export function printTitlesRef(page: PageSetup): string | undefined {
  const t = page.titleRows;
  return t ? `$${t.first + 1}:$${t.last + 1}` : undefined;
}

/** The defined names of a sheet's page setup: name and formula text (unescaped). */
export function printNames(sheetName: string, page: PageSetup): { readonly name: string; readonly formula: string }[] {
  const sheet = quotedSheet(sheetName);
  const names = [{ name: PRINT_AREA_NAME, formula: `${sheet}!${printAreaRef(page)}` }];
  const titles = printTitlesRef(page);
  if (titles !== undefined) names.push({ name: PRINT_TITLES_NAME, formula: `${sheet}!${titles}` });
  return names;
}

/** True for the names a sheet's page setup owns (compared as Excel does, ignoring case). */
export function isPrintName(name: string): boolean {
  const lower = name.toLowerCase();
  return lower === PRINT_AREA_NAME.toLowerCase() || lower === PRINT_TITLES_NAME.toLowerCase();
}

function inches(value: number): string {
  return String(Math.round(value * 1000) / 1000);
}

/**
 * The print elements that follow `<mergeCells>` in a worksheet: print options, margins, page setup,
 * header/footer and row breaks, in schema order.
 */
export function printElementsXml(page: PageSetup): string {
  const m = page.margins;
  const options = `<printOptions${page.centerHorizontally ? ' horizontalCentered="1"' : ''}${page.printGridlines ? ' gridLines="1"' : ''}/>`;
  const margins = `<pageMargins left="${inches(m.left)}" right="${inches(m.right)}" top="${inches(m.top)}" bottom="${inches(m.bottom)}" header="${inches(m.header)}" footer="${inches(m.footer)}"/>`;
  const setup = `<pageSetup paperSize="${PAPER_A4}" orientation="${page.orientation}" fitToWidth="${page.fitToWidth}" fitToHeight="${page.fitToHeight}"/>`;
  const footer = `<headerFooter><oddFooter>${escapeXml(footerCode(page))}</oddFooter></headerFooter>`;
  const breaks = page.rowBreaks.filter((r) => r > 0);
  const rowBreaks =
    breaks.length === 0
      ? ''
      : `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks.map((r) => `<brk id="${r}" max="${LAST_COLUMN}" man="1"/>`).join('')}</rowBreaks>`;
  return options + margins + setup + footer + rowBreaks;
}
