/**
 * One SheetPlan → the XML of a worksheet part, for the patching writer: the same cells, number formats,
 * styles (every written cell in the plan's font), merges, widths, heights, freeze panes, tab colour and
 * page setup (printXml.ts) that writeSheet.ts gives through ExcelJS.
 * Strings are inline strings (`t="inlineStr"`): text never becomes a formula, and the package's shared
 * string table is left as it was. Data validations are not written here (output plans have none; a
 * plan with any goes to ExcelJS).
 */
import type { PlanValue, SheetPlan } from '../../../domain/output/planTypes';
import { columnLetters, toA1 } from '../../../domain/address';
import { StyleGrid, hexToArgb } from '../cellStyles';
import type { StylesPart } from './stylesPart';
import { escapeXml } from './xml';
import { printElementsXml } from '../printXml';

export const WORKSHEET_OPEN =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">';
export const PAGE_MARGINS = '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';

/** Text whose leading or trailing white space Excel would drop without `xml:space="preserve"`. */
const EDGE_SPACE = /^\s|\s$/;
/** Text that needs more than copying: characters to escape or drop, or white space at an edge. */
// eslint-disable-next-line no-control-regex
const SPECIAL_TEXT = /[&<>"'\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|^\s|\s$/;

/** A cell's XML (`s` is its ` s="…"` attribute or ''), or '' when it has neither a value nor a style. */
function cellXml(ref: string, value: PlanValue, s: string): string {
  if (typeof value === 'string' && value !== '') {
    if (!SPECIAL_TEXT.test(value)) return '<c r="' + ref + '"' + s + ' t="inlineStr"><is><t>' + value + '</t></is></c>';
    const space = EDGE_SPACE.test(value) ? ' xml:space="preserve"' : '';
    return '<c r="' + ref + '"' + s + ' t="inlineStr"><is><t' + space + '>' + escapeXml(value) + '</t></is></c>';
  }
  if (typeof value === 'number' && Number.isFinite(value)) return '<c r="' + ref + '"' + s + '><v>' + String(value) + '</v></c>';
  if (typeof value === 'boolean') return '<c r="' + ref + '"' + s + ' t="b"><v>' + (value ? '1' : '0') + '</v></c>';
  return s === '' ? '' : '<c r="' + ref + '"' + s + '/>';
}

/**
 * What a worksheet may hold beyond a plan's cells, each placed where CT_Worksheet wants it (the summary
 * workbook's: gridlines hidden on screen, its auto filter, conditional formats and chart drawing).
 */
export interface SheetExtras {
  /** Gridlines on screen (shown unless false). */
  readonly showGridLines?: boolean;
  /** `<autoFilter …/>`, after `<sheetData>`. */
  readonly autoFilter?: string;
  /** `<conditionalFormatting>` elements, after `<mergeCells>`. */
  readonly conditionalFormatting?: string;
  /** `<drawing r:id="…"/>`, after the print elements. */
  readonly drawing?: string;
}

/** `<sheetViews>`: the tab selection and the frozen panes. */
function sheetViews(plan: SheetPlan, selected: boolean, extras: SheetExtras): string {
  const tab = (extras.showGridLines === false ? ' showGridLines="0"' : '') + (selected ? ' tabSelected="1"' : '');
  const rows = plan.freeze?.rows ?? 0;
  const columns = plan.freeze?.columns ?? 0;
  if (rows <= 0 && columns <= 0) return `<sheetViews><sheetView workbookViewId="0"${tab}/></sheetViews>`;
  const pane = rows > 0 && columns > 0 ? 'bottomRight' : rows > 0 ? 'bottomLeft' : 'topRight';
  const topLeft = toA1(rows, columns);
  const split = `${columns > 0 ? ` xSplit="${columns}"` : ''}${rows > 0 ? ` ySplit="${rows}"` : ''}`;
  return (
    `<sheetViews><sheetView workbookViewId="0"${tab}>` +
    `<pane${split} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/>` +
    `<selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/>` +
    `</sheetView></sheetViews>`
  );
}

function columnsXml(widths: readonly number[]): string {
  const cols = widths.map((w, c) => (w > 0 ? `<col min="${c + 1}" max="${c + 1}" width="${w}" customWidth="1"/>` : '')).join('');
  return cols === '' ? '' : `<cols>${cols}</cols>`;
}

/** Where sheet XML goes, piece by piece (DeflateSink compresses it as it comes). */
export interface TextSink {
  write(text: string): void;
}

/** Writes the worksheet XML of a plan to `out`; `selected` marks its tab as the selected one. */
export function writeSheetXml(plan: SheetPlan, styles: StylesPart, selected: boolean, out: TextSink, extras: SheetExtras = {}): void {
  let columnCount = plan.columnWidths.length;
  for (const row of plan.values) if (row.length > columnCount) columnCount = row.length;
  const grid = new StyleGrid(plan.styles, columnCount);
  const rowCount = Math.max(plan.values.length, grid.lastRow + 1);
  const heights = new Map(plan.rowHeights.map(({ row, height }) => [row, height]));
  for (const row of heights.keys()) if (row < 0) heights.delete(row);
  const lastRow = Math.max(rowCount - 1, ...heights.keys());
  const letters = Array.from({ length: Math.max(columnCount, grid.maxWidth) }, (_, c) => columnLetters(c));
  // The ` s="…"` attribute by number format, then style id ('' for the default look).
  const xfs = new Map<string, string[]>();
  const styleAttribute = (id: number, numFmt: string): string => {
    let byId = xfs.get(numFmt);
    if (!byId) xfs.set(numFmt, (byId = []));
    let attribute = byId[id];
    if (attribute === undefined) {
      const xf = styles.xfIndex(grid.styleOf(id), numFmt, plan.font);
      byId[id] = attribute = xf === undefined ? '' : ` s="${xf}"`;
    }
    return attribute;
  };

  // The plan's extent: every cell it writes lies inside (Excel reads the dimension as a hint only).
  const dimension = lastRow < 0 || letters.length === 0 ? 'A1' : `A1:${toA1(lastRow, letters.length - 1)}`;
  // CT_SheetPr: tabColor, then pageSetUpPr (fit to the pages of the page setup).
  const tabColor = plan.tabColor === undefined ? '' : `<tabColor rgb="${hexToArgb(plan.tabColor)}"/>`;
  const sheetPr = `<sheetPr>${tabColor}<pageSetUpPr fitToPage="1"/></sheetPr>`;
  out.write(
    WORKSHEET_OPEN +
      sheetPr +
      `<dimension ref="${dimension}"/>` +
      sheetViews(plan, selected, extras) +
      '<sheetFormatPr defaultRowHeight="15"/>' +
      columnsXml(plan.columnWidths) +
      '<sheetData>',
  );
  // One write per row: cells are concatenated (cheap rope strings) and encoded once.
  for (let r = 0; r <= lastRow; r++) {
    const values = plan.values[r];
    const formats = plan.numberFormats[r];
    const width = Math.max(values?.length ?? 0, grid.rowWidth(r));
    const height = heights.get(r);
    const rowNo = String(r + 1);
    let cells = '';
    for (let c = 0; c < width; c++) {
      const value = values?.[c] ?? null;
      const id = grid.idAt(r, c);
      const format = formats?.[c] ?? 'General';
      // A cell with nothing in it and no look of its own is left out; every other one carries the plan's font.
      if ((value === null || value === '') && id === 0 && format === 'General') continue;
      cells += cellXml((letters[c] ?? columnLetters(c)) + rowNo, value, styleAttribute(id, format));
    }
    if (cells !== '') out.write('<row r="' + rowNo + '"' + (height === undefined ? '' : ' ht="' + height + '" customHeight="1"') + '>' + cells + '</row>');
    else if (height !== undefined) out.write('<row r="' + rowNo + '" ht="' + height + '" customHeight="1"/>');
  }

  const merges = plan.merges.filter((m) => m.top !== m.bottom || m.left !== m.right);
  const mergeXml =
    merges.length === 0
      ? ''
      : `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${toA1(m.top, m.left)}:${toA1(m.bottom, m.right)}"/>`).join('')}</mergeCells>`;
  out.write(
    `</sheetData>${extras.autoFilter ?? ''}${mergeXml}${extras.conditionalFormatting ?? ''}${printElementsXml(plan.pageSetup)}${extras.drawing ?? ''}</worksheet>`,
  );
}
