/**
 * How an output sheet prints (DOMAIN.md §5, "Printed and submitted"): A4, fitted to one page wide,
 * centred, with its print area, the header rows repeated on every page, a `第 &P 页 共 &N 页` footer,
 * no gridlines, and row breaks that keep a block (a 一级 block of the form) on one page where it fits.
 *
 * Every sheet plan carries one (SheetBuilder fills it in by default for the sheet's kind), so a new
 * output sheet prints properly without asking; the hosts only write it.
 */
import type { CellRange } from '../grid';
import { columnWidthPx, MAX_ROW_HEIGHT } from '../text/measure';

export type Orientation = 'portrait' | 'landscape';

/** Margins in inches, as Excel's page setup takes them. */
export interface PageMargins {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  readonly header: number;
  readonly footer: number;
}

export interface PageSetup {
  /** Only A4 (Excel's paper size 9). */
  readonly paper: 'A4';
  readonly orientation: Orientation;
  /** Fit to this many pages wide (1) and tall (0: as many as the rows need). */
  readonly fitToWidth: number;
  readonly fitToHeight: number;
  readonly centerHorizontally: boolean;
  readonly printGridlines: boolean;
  /** The cells that print (0-based, inclusive). */
  readonly printArea: CellRange;
  /** Rows repeated at the top of every printed page (0-based, inclusive). */
  readonly titleRows?: { readonly first: number; readonly last: number };
  /** The centre footer, in Excel's header/footer codes (`&P` page, `&N` pages). */
  readonly footer: string;
  /** Rows that begin a new page (0-based): a manual break above each. */
  readonly rowBreaks: readonly number[];
  readonly margins: PageMargins;
}

/** `第 1 页 共 3 页` on every page. */
export const PAGE_FOOTER = '第 &P 页 共 &N 页';

export const PAGE_MARGINS: PageMargins = { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 };

/** A4 in points. */
const A4_SHORT_PT = 595.3;
const A4_LONG_PT = 841.9;

/** The printable width and height of a page, in points. */
export function printableSize(orientation: Orientation, margins: PageMargins = PAGE_MARGINS): { width: number; height: number } {
  const [w, h] = orientation === 'landscape' ? [A4_LONG_PT, A4_SHORT_PT] : [A4_SHORT_PT, A4_LONG_PT];
  return { width: w - (margins.left + margins.right) * 72, height: h - (margins.top + margins.bottom) * 72 };
}

/** The width of columns `widths` (characters) in points, measured in the narrowest default font. */
export function contentWidthPt(widths: readonly number[]): number {
  return widths.reduce((sum, w) => sum + columnWidthPx(w), 0) * 0.75;
}

/**
 * The orientation a sheet prints in when its kind does not say: portrait when its columns fit a
 * portrait page at 85 % or more, else landscape.
 */
export function orientationFor(widths: readonly number[]): Orientation {
  const width = contentWidthPt(widths);
  return width * 0.85 <= printableSize('portrait').width ? 'portrait' : 'landscape';
}

/** The scale fitting the columns to one page wide (at most 100 %), in whole percent as Excel prints. */
export function fitScale(widths: readonly number[], orientation: Orientation, margins: PageMargins = PAGE_MARGINS): number {
  const width = contentWidthPt(widths);
  if (width <= 0) return 1;
  return Math.min(100, Math.floor((printableSize(orientation, margins).width / width) * 100)) / 100;
}

/**
 * How much taller than one page (at the width-fitted scale) a sheet may be and still print on one
 * page, shrunk a little further (fitToHeight 1): a form 10 % too tall is better on one sheet of paper
 * at 90 % than split with its totals alone on a second.
 */
export const ONE_PAGE_SLACK = 0.15;

/** Blocks of rows (0-based, inclusive) that should not be split across pages. */
export interface RowBlock {
  readonly first: number;
  readonly last: number;
}

export interface PaginationInput {
  readonly orientation: Orientation;
  readonly margins?: PageMargins;
  readonly columnWidths: readonly number[];
  /** Height of each row in points (rows without one: `defaultHeight`). */
  readonly heightOf: (row: number) => number;
  readonly printArea: CellRange;
  readonly titleRows?: { readonly first: number; readonly last: number };
  readonly keepTogether: readonly RowBlock[];
  /** Shrink the sheet onto one page while that keeps the print at this scale or more (the form: 0.65). */
  readonly onePageMinScale?: number;
}

/**
 * Where pages begin when the rows are laid out on fitted pages: a manual break above a block that
 * would run over the end of the page it starts on, when it fits on a page of its own; the renderer
 * breaks everything else by itself. Returns the rows that begin a page (manual breaks only) and the
 * number of pages the model expects.
 */
export function paginate(input: PaginationInput): { readonly rowBreaks: number[]; readonly pages: number } {
  const scale = fitScale(input.columnWidths, input.orientation, input.margins);
  const capacity = printableSize(input.orientation, input.margins).height / scale;
  const area = input.printArea;
  let total = 0;
  for (let r = area.top; r <= area.bottom; r++) total += input.heightOf(r);
  // A sheet a little taller than one page is shrunk onto one: no breaks, one page.
  const onePageScale = Math.min(scale, printableSize(input.orientation, input.margins).height / Math.max(1, total));
  if (total <= capacity * (1 + ONE_PAGE_SLACK) || (input.onePageMinScale !== undefined && onePageScale >= input.onePageMinScale)) {
    return { rowBreaks: [], pages: 1 };
  }
  const titles = input.titleRows;
  let titleHeight = 0;
  if (titles) for (let r = titles.first; r <= titles.last; r++) titleHeight += input.heightOf(r);
  const later = Math.max(MAX_ROW_HEIGHT, capacity - titleHeight);
  const blockAt = new Map<number, RowBlock>();
  for (const block of input.keepTogether) if (block.last > block.first) blockAt.set(block.first, block);

  const breaks: number[] = [];
  let pages = 1;
  let room = capacity;
  let used = 0;
  /** Title rows print on later pages only once the rows after them begin: they are on page 1 already. */
  const titlesRepeat = (row: number): boolean => titles !== undefined && row > titles.last;
  for (let r = area.top; r <= area.bottom; r++) {
    const block = blockAt.get(r);
    if (block && used > 0) {
      let height = 0;
      for (let b = block.first; b <= Math.min(block.last, area.bottom); b++) height += input.heightOf(b);
      const fresh = titlesRepeat(r) ? later : capacity;
      if (used + height > room && height <= fresh) {
        breaks.push(r);
        pages++;
        room = fresh;
        used = 0;
      }
    }
    const h = input.heightOf(r);
    if (used > 0 && used + h > room) {
      pages++;
      room = titlesRepeat(r) ? later : capacity;
      used = 0;
    }
    used += h;
  }
  return { rowBreaks: breaks, pages };
}

/** The page setup of a hand-made plan (tests, tools): A4 fitted to one page wide over `printArea`, no breaks. */
export function plainPageSetup(printArea: CellRange, orientation: Orientation = 'portrait'): PageSetup {
  return {
    paper: 'A4',
    orientation,
    fitToWidth: 1,
    fitToHeight: 0,
    centerHorizontally: true,
    printGridlines: false,
    printArea,
    footer: PAGE_FOOTER,
    rowBreaks: [],
    margins: PAGE_MARGINS,
  };
}
