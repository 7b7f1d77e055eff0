/**
 * Page setup of the plans (src/domain/output/pageSetup.ts): printable sizes, the fitted scale, the
 * default orientation, and where pages break when rows are laid out on fitted pages.
 */
import { fitScale, orientationFor, paginate, plainPageSetup, printableSize, type PaginationInput } from '../../../src/domain/output/pageSetup';

const NARROW = [10, 20, 10];
const WIDE = [12, 14, 14, 30, 14, 14, 9, 10, 32];

function input(rows: number, height: number, extra: Partial<PaginationInput> = {}): PaginationInput {
  return {
    orientation: 'portrait',
    columnWidths: NARROW,
    heightOf: () => height,
    printArea: { top: 0, left: 0, bottom: rows - 1, right: NARROW.length - 1 },
    keepTogether: [],
    ...extra,
  };
}

describe('page sizes and scale', () => {
  it('prints A4 less the margins, turned for landscape', () => {
    const p = printableSize('portrait');
    const l = printableSize('landscape');
    expect(p.width).toBeCloseTo(l.height + (0.5 + 0.6 - 0.4 - 0.4) * 72, 5);
    expect(l.width).toBeGreaterThan(p.width);
  });

  it('fits the form’s columns at about 100 % landscape and narrow ones at 100 % portrait', () => {
    expect(fitScale(NARROW, 'portrait')).toBe(1);
    expect(fitScale(WIDE, 'portrait')).toBeLessThan(0.8);
    expect(fitScale(WIDE, 'landscape')).toBeGreaterThan(0.95);
  });

  it('turns a sheet landscape only when its columns would print much smaller in portrait', () => {
    expect(orientationFor(NARROW)).toBe('portrait');
    expect(orientationFor(WIDE)).toBe('landscape');
  });
});

describe('pagination', () => {
  it('puts a sheet that fits (or is a little over) one page on one page with no breaks', () => {
    expect(paginate(input(10, 15))).toEqual({ rowBreaks: [], pages: 1 });
    const page = printableSize('portrait').height;
    expect(paginate(input(1, page * 1.1))).toEqual({ rowBreaks: [], pages: 1 });
  });

  it('counts the pages of a long sheet, breaking only where a block asks', () => {
    const page = printableSize('portrait').height;
    const rows = Math.ceil((page * 3) / 15);
    const laid = paginate(input(rows, 15));
    expect(laid.rowBreaks).toEqual([]);
    expect(laid.pages).toBeGreaterThanOrEqual(3);
  });

  it('breaks above a block that would run over the page end, when it fits on a page of its own', () => {
    const page = printableSize('portrait').height;
    const perPage = Math.floor(page / 20);
    // Rows 0..perPage-3 fill most of page 1; a 6-row block starting there would be cut.
    const start = perPage - 3;
    const laid = paginate(input(perPage * 2, 20, { keepTogether: [{ first: start, last: start + 5 }] }));
    expect(laid.rowBreaks).toEqual([start]);
    // A block taller than a page is not moved: it would be cut anyway.
    const huge = paginate(input(perPage * 3, 20, { keepTogether: [{ first: start, last: start + perPage + 5 }] }));
    expect(huge.rowBreaks).toEqual([]);
  });

  it('shrinks onto one page while the scale stays at the minimum asked for', () => {
    const page = printableSize('portrait').height;
    expect(paginate(input(14, page * 0.1, { onePageMinScale: 0.7 })).pages).toBe(1);
    expect(paginate(input(16, page * 0.1, { onePageMinScale: 0.7 })).pages).toBe(2);
    expect(paginate(input(14, page * 0.1)).pages).toBe(2);
  });

  it('makes the page setup of a hand-made plan', () => {
    expect(plainPageSetup({ top: 0, left: 0, bottom: 3, right: 2 })).toMatchObject({ paper: 'A4', orientation: 'portrait', fitToWidth: 1, rowBreaks: [] });
  });
});
