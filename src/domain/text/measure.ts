/**
 * Measuring text as a spreadsheet lays it out: how wide a text is in a CJK typeface, how many lines it
 * wraps to in a column, how tall those lines are, and what a column width in characters is in points.
 * One module for every door: the write plans compute their row heights and page breaks with it, and
 * the Office host converts the plans' column widths to points with its column conversion (through
 * columnWidth.ts, which adds the digit widths of fonts), so what the plan measured is what Excel is given.
 *
 * The typefaces the outputs use (宋体, 黑体, 仿宋, 楷体, 等线 for CJK text) set every CJK character and
 * full-width sign in a square of one em and ASCII in half an em; the measure counts the same way,
 * rounding up wherever a renderer may differ (every non-ASCII character counts as wide).
 *
 * Column widths are in characters of the workbook's default font, as ECMA-376 Part 1 §18.3.1.13
 * (`col`/`width`) defines them: pixels = Truncate(((256 × width + Truncate(128 / digit)) / 256) × digit),
 * digit being the font's widest digit in pixels at 96 dpi. A plan does not know which default font
 * the workbook it lands in has, so it measures with the narrowest one a workbook is likely to have
 * (Calibri 11, 7 pixels): a column is at least that wide wherever the file is opened.
 */

export interface FontSpec {
  readonly name: string;
  /** Points. */
  readonly size: number;
}

/** The narrowest digit (pixels at 96 dpi) of a default font a workbook is likely to have: Calibri 11. */
export const NARROWEST_DIGIT_PX = 7;

/** Excel's largest row height, in points. */
export const MAX_ROW_HEIGHT = 409;

/** A column width in characters → pixels, for a default font whose widest digit is `digitPx` (ECMA-376 §18.3.1.13). */
export function columnWidthPx(chars: number, digitPx: number = NARROWEST_DIGIT_PX): number {
  if (!(chars > 0)) return 0;
  return Math.trunc(((256 * chars + Math.trunc(128 / digitPx)) / 256) * digitPx);
}

/**
 * The width (points) a cell's text may take in columns `chars` wide (their sum, for a merged cell):
 * the column less the cell's inner margins and one digit of slack for renderers that differ.
 */
export function usableWidthPt(chars: number): number {
  return Math.max(1, columnWidthPx(chars) - 5 - NARROWEST_DIGIT_PX) * 0.75;
}

/** Width of one character in ems: ASCII and half-width forms ½, everything else 1. */
export function charEm(code: number): number {
  if (code < 0x80) return code < 0x20 ? 0 : 0.5;
  if (code >= 0xff61 && code <= 0xffdc) return 0.5;
  if (code >= 0xdc00 && code <= 0xdfff) return 0; // the second half of a surrogate pair: counted with the first
  return 1;
}

/** Width of a text in ems (one line: line breaks count nothing). */
export function textEm(text: string): number {
  let em = 0;
  for (let i = 0; i < text.length; i++) em += charEm(text.charCodeAt(i));
  return em;
}

/** Width of a text in points at `size` points. */
export function textWidthPt(text: string, size: number): number {
  return textEm(text) * size;
}

/** Characters that never start a line (Excel and WPS move them up with the character before). */
const NO_LINE_START = new Set([...'，。、；：？！）」』】》〉”’%％·…—～,.;:?!)]}']);
/** Characters that never end a line (they move down with the character after). */
const NO_LINE_END = new Set([...'（「『【《〈“‘([{']);

/** A run of ASCII letters, digits and word punctuation: wrapped as a whole where it fits a line. */
const WORD_CHAR = /[A-Za-z0-9_.,%+\-/#@&'"*=<>]/;

/** The units a line is made of: words (ASCII runs), single wide characters and spaces. */
function tokens(paragraph: string): { text: string; em: number; space: boolean }[] {
  const out: { text: string; em: number; space: boolean }[] = [];
  let i = 0;
  while (i < paragraph.length) {
    const ch = paragraph[i] as string;
    if (ch === ' ' || ch === '\t') {
      out.push({ text: ch, em: 0.5, space: true });
      i++;
    } else if (WORD_CHAR.test(ch)) {
      let j = i + 1;
      while (j < paragraph.length && WORD_CHAR.test(paragraph[j] as string)) j++;
      const word = paragraph.slice(i, j);
      out.push({ text: word, em: textEm(word), space: false });
      i = j;
    } else {
      const code = paragraph.codePointAt(i) ?? 0;
      const text = String.fromCodePoint(code);
      out.push({ text, em: charEm(paragraph.charCodeAt(i)), space: false });
      i += text.length;
    }
  }
  return out;
}

/** Lines one paragraph (no hard breaks) wraps to in `widthEm`. */
function paragraphLines(paragraph: string, widthEm: number): number {
  if (textEm(paragraph) <= widthEm) return 1;
  let lines = 1;
  /** The tokens on the current line (spaces at its start are dropped, as Excel does). */
  let line: { text: string; em: number; space: boolean }[] = [];
  let used = 0;
  const newLine = (carried: { text: string; em: number; space: boolean }[]): void => {
    lines++;
    line = carried;
    used = carried.reduce((n, t) => n + t.em, 0);
  };
  for (const token of tokens(paragraph)) {
    if (token.space && line.length === 0) continue;
    if (used + token.em <= widthEm || token.space) {
      line.push(token);
      used += token.em;
      continue;
    }
    // A word wider than a line is cut anywhere, like CJK text.
    if (token.em > widthEm) {
      let rest = token.em;
      const room = Math.max(0, widthEm - used);
      rest -= room;
      while (rest > widthEm) {
        lines++;
        rest -= widthEm;
      }
      newLine([{ ...token, em: rest }]);
      continue;
    }
    const carried: { text: string; em: number; space: boolean }[] = [];
    // A closing sign never starts a line: the character before it moves down too.
    if (NO_LINE_START.has(token.text) && line.length > 1) carried.unshift(line.pop() as (typeof line)[number]);
    // An opening sign never ends a line.
    while (line.length > 1 && NO_LINE_END.has((line[line.length - 1] as (typeof line)[number]).text)) carried.unshift(line.pop() as (typeof line)[number]);
    carried.push(token);
    newLine(carried);
  }
  return lines;
}

/** Lines a text takes in a cell whose text may be `widthPt` wide, at `size` points (hard breaks counted). */
export function wrappedLines(text: string, widthPt: number, size: number): number {
  if (text === '') return 1;
  const widthEm = Math.max(1, widthPt / size);
  // Fast path: no break and fits even if every character were wide.
  if (text.length <= widthEm && !/[\r\n]/.test(text)) return 1;
  let lines = 0;
  for (const part of text.split(/\r\n|\r|\n/)) lines += paragraphLines(part, widthEm);
  return lines;
}

/**
 * Height of one line of text at `size` points: CJK faces as renderers substitute them (Noto CJK's
 * line is about 1.45 em; SimSun's 1.3) — the taller, so no line is ever cut off.
 */
export function lineHeightPt(size: number): number {
  return Math.ceil(size * 1.45 * 4) / 4;
}

/** Space above and below the lines of a cell, in points. */
export const CELL_PADDING_PT = 4;

/** The row height (points) that shows `lines` lines at `size` points, at most Excel's 409. */
export function linesHeightPt(lines: number, size: number): number {
  return Math.min(MAX_ROW_HEIGHT, Math.ceil((lines * lineHeightPt(size) + CELL_PADDING_PT) * 4) / 4);
}

/** The row height a wrapped text needs in columns `chars` wide at `size` points. */
export function wrappedHeightPt(text: string, chars: number, size: number): number {
  return linesHeightPt(wrappedLines(text, usableWidthPt(chars), size), size);
}
