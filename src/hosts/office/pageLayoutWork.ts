/**
 * A plan's page setup (src/domain/output/pageSetup.ts) through Office.js (ExcelApi 1.9,
 * `Worksheet.pageLayout` and `Worksheet.horizontalPageBreaks`): A4, the orientation, fitted to one
 * page wide and to the plan's pages tall (`zoom`), centred, no gridlines, the margins (points), the
 * print area and the repeated rows, the `第 &P 页 共 &N 页` footer (the same codes as the .xlsx
 * footer) and the manual row breaks — the .xlsx writers' `<pageSetup>` and friends, as one queued
 * step with what office.js will send for it. An Excel without ExcelApi 1.9 prints with its defaults.
 */
import { columnLetters } from '../../domain/address';
import type { PageSetup } from '../../domain/output/pageSetup';
import { SHEET_PATH, type RequestEstimate } from './requestEstimate';
import type { Work } from './syncPacker';

/** Inches (the plan's margins) → points (Office.js margins). */
const POINTS_PER_INCH = 72;

/** `A1:I37` of the print area. */
export function printAreaAddress(page: PageSetup): string {
  const a = page.printArea;
  return `${columnLetters(a.left)}${a.top + 1}:${columnLetters(a.right)}${a.bottom + 1}`;
}

/** `$12:$12` of the repeated rows. */
export function printTitleRowsAddress(page: PageSetup): string | undefined {
  const t = page.titleRows;
  return t ? `$${t.first + 1}:$${t.last + 1}` : undefined;
}

function margins(page: PageSetup): [string, number][] {
  const m = page.margins;
  return [
    ['leftMargin', m.left],
    ['rightMargin', m.right],
    ['topMargin', m.top],
    ['bottomMargin', m.bottom],
    ['headerMargin', m.header],
    ['footerMargin', m.footer],
  ].map(([name, inches]) => [name as string, Math.round((inches as number) * POINTS_PER_INCH * 100) / 100]);
}

/** `leftMargin` → `LeftMargin`, as office.js names a property in its requests. */
function wireName(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/**
 * The step that gives `sheet()` the page setup; `existed`: the sheet was written before, so its
 * manual breaks are removed first (a run never adds to an earlier run's breaks).
 */
export function pageLayoutWork(page: PageSetup, sheet: () => Excel.Worksheet, existed: boolean): Work {
  const orientation = page.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  const zoom = { horizontalFitToPages: page.fitToWidth, verticalFitToPages: page.fitToHeight };
  const area = printAreaAddress(page);
  const titles = printTitleRowsAddress(page);
  const breaks = page.rowBreaks.filter((r) => r > 0).map((r) => `A${r + 1}`);
  const marginValues = margins(page);
  return {
    kind: 'step',
    cost: (e: RequestEstimate) => {
      const layout = e.sheetProperty('PageLayout');
      let bytes =
        layout.bytes +
        e.set(layout.ref, 'PaperSize', 'A4') +
        e.set(layout.ref, 'Orientation', orientation) +
        e.set(layout.ref, 'Zoom', zoom) +
        e.set(layout.ref, 'CenterHorizontally', page.centerHorizontally) +
        e.set(layout.ref, 'PrintGridlines', page.printGridlines) +
        e.call(layout.ref, 'SetPrintArea', [area]);
      for (const [name, points] of marginValues) bytes += e.set(layout.ref, wireName(name), points);
      if (titles !== undefined) bytes += e.call(layout.ref, 'SetPrintTitleRows', [titles]);
      const group = e.property(layout.ref, 'HeadersFooters');
      const all = e.property(group.ref, 'DefaultForAllPages');
      bytes += group.bytes + all.bytes + e.set(all.ref, 'CenterFooter', page.footer);
      if (existed || breaks.length > 0) {
        const collection = e.property(SHEET_PATH, 'HorizontalPageBreaks');
        bytes += collection.bytes;
        if (existed) bytes += e.call(collection.ref, 'RemovePageBreaks');
        // `add` returns the new PageBreak: a method path and its instantiation, like `worksheets.add`.
        for (const cell of breaks) bytes += e.methodObject(collection.ref, 'Add', [cell]).bytes;
      }
      return bytes;
    },
    enqueue: () => {
      const ws = sheet();
      const layout = ws.pageLayout;
      layout.paperSize = 'A4' as Excel.PaperType;
      layout.orientation = orientation as Excel.PageOrientation;
      layout.zoom = zoom;
      layout.centerHorizontally = page.centerHorizontally;
      layout.printGridlines = page.printGridlines;
      layout.setPrintArea(area);
      const target = layout as unknown as Record<string, number>;
      for (const [name, points] of marginValues) target[name] = points;
      if (titles !== undefined) layout.setPrintTitleRows(titles);
      layout.headersFooters.defaultForAllPages.centerFooter = page.footer;
      if (existed || breaks.length > 0) {
        const collection = ws.horizontalPageBreaks;
        if (existed) collection.removePageBreaks();
        for (const cell of breaks) collection.add(cell);
      }
    },
  };
}
