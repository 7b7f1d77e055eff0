/**
 * One worksheet part → one SheetGrid (src/domain/grid.ts), in a single streaming pass over its XML.
 *
 * - Values by cell type: numbers; shared (`s`), inline (`inlineStr`, plain or rich) and formula (`str`)
 *   strings; booleans (`b`); Excel errors (`e`) as `{error}`; ISO 8601 dates (`d`) as serials; a
 *   formula's cached value by the same rules (no cached value: blank).
 * - Dates stay serial numbers with their date format; in a 1904 workbook a date-formatted number is
 *   moved to the 1900 system the engine counts in (+1,462 days).
 * - Rows and cells without an `r` attribute follow the previous one, as Excel reads them.
 * - A merged area's value stays in its top-left cell; the others are blank.
 */
import type { CellRange, CellValue, SheetGrid } from '../../../domain/grid';
import { parseRangeA1 } from '../../../domain/address';
import { isDateFormat } from '../../../domain/parse/number';
import type { StyleFormats } from './numberFormats';
import { StringItem } from './sharedStrings';
import { type Attributes, parseXml, unescapeOoxml } from './xmlStream';

/** Format given to an ISO date cell (`t="d"`) that carries none, so the engine still knows it is a date. */
export const DEFAULT_DATE_FORMAT = 'yyyy-mm-dd';
/** Days from 1899-12-30 (the 1900 system's day 0) to 1904-01-01 (the 1904 system's). */
const DAYS_1900_TO_1904 = 1462;
const UNIX_EPOCH_SERIAL = 25569;
const MS_PER_DAY = 86_400_000;
const EMPTY_VALUES: readonly CellValue[] = Object.freeze([]);
const EMPTY_FORMATS: readonly (string | undefined)[] = Object.freeze([]);

export interface SheetContext {
  readonly sharedStrings: readonly string[];
  readonly styles: StyleFormats;
  readonly date1904: boolean;
}

/** `A1` → column 0 and row 0; `-1` for a part that is missing or not a reference. */
function parseRef(ref: string): { col: number; row: number } {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i) | 0x20; // lower case
    if (code < 0x61 || code > 0x7a) break;
    col = col * 26 + (code - 0x60);
  }
  let row = 0;
  let digits = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code === 0x24) continue; // `$`
    if (code < 0x30 || code > 0x39) break;
    row = row * 10 + (code - 0x30);
    digits++;
  }
  return { col: col - 1, row: digits > 0 ? row - 1 : -1 };
}

/** An ISO 8601 date or date-time (`2021-07-31`, `2021-07-31T08:00:00`) as a 1900-system serial. */
export function isoToSerial(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^\d{4}-\d{2}-\d{2}/.test(trimmed) && !/^T?\d{2}:\d{2}/.test(trimmed)) return undefined;
  let iso = trimmed;
  if (/^T?\d{2}:/.test(iso)) iso = `1899-12-30T${iso.replace(/^T/, '')}`;
  if (!/(Z|[+-]\d{2}:?\d{2})$/.test(iso) && iso.includes('T')) iso += 'Z';
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? undefined : ms / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

function numberOrText(text: string): CellValue {
  if (text === '') return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : text;
}

export function readWorksheetPart(part: string, bytes: Uint8Array, name: string, visible: boolean, context: SheetContext): SheetGrid {
  const { sharedStrings, styles, date1904 } = context;
  const styleIsDate = styles.map((format) => format !== undefined && isDateFormat(format));
  const rows: (CellValue[] | undefined)[] = [];
  const formatRows: ((string | undefined)[] | undefined)[] = [];
  const merges: CellRange[] = [];

  let inSheetData = false;
  let row = -1;
  let rowHasRef = false;
  let col = -1;
  // The cell being read.
  let inCell = false;
  let type = '';
  let style = 0;
  let formula = false;
  let inValue = false;
  let valueText = '';
  let inline: StringItem | undefined;
  let inlineText: string | undefined;
  const item = new StringItem();

  const put = (value: CellValue, format: string | undefined): void => {
    if (value === null || row < 0 || col < 0) return;
    let values = rows[row];
    if (!values) rows[row] = values = [];
    while (values.length < col) values.push(null);
    values[col] = value;
    if (format !== undefined) {
      let formats = formatRows[row];
      if (!formats) formatRows[row] = formats = [];
      formats[col] = format;
    } else {
      const formats = formatRows[row];
      if (formats && formats.length > col) formats[col] = undefined;
    }
  };

  const openCell = (attributes: Attributes): void => {
    inCell = true;
    const ref = attributes.r;
    if (ref === undefined) {
      col++;
    } else {
      const at = parseRef(ref);
      col = at.col;
      if (!rowHasRef && at.row >= 0) row = at.row;
    }
    type = attributes.t ?? 'n';
    const s = attributes.s;
    style = s === undefined ? 0 : Number(s) | 0;
    formula = false;
    valueText = '';
    inline = undefined;
    inlineText = undefined;
  };

  const closeCell = (): void => {
    inCell = false;
    const format = styles[style];
    let value: CellValue;
    switch (type) {
      case 'n':
        value = numberOrText(valueText);
        if (typeof value === 'number' && date1904 && styleIsDate[style] === true) value += DAYS_1900_TO_1904;
        break;
      case 's': {
        const text = valueText === '' ? undefined : sharedStrings[Number(valueText)];
        value = text ?? null;
        break;
      }
      case 'str':
        value = valueText === '' ? null : unescapeOoxml(valueText);
        break;
      case 'inlineStr':
        value = inlineText ?? (valueText === '' ? null : unescapeOoxml(valueText));
        break;
      case 'b':
        value = valueText === '' ? null : valueText === 'true' || (valueText !== 'false' && parseInt(valueText, 10) !== 0);
        break;
      case 'e':
        value = valueText === '' ? null : { error: valueText.trim() };
        break;
      case 'd': {
        if (valueText === '') {
          value = null;
          break;
        }
        const serial = isoToSerial(valueText);
        if (serial === undefined) {
          value = valueText;
          break;
        }
        put(serial, format !== undefined && styleIsDate[style] === true ? format : DEFAULT_DATE_FORMAT);
        return;
      }
      default:
        value = inlineText ?? numberOrText(valueText);
        break;
    }
    if (value === null && inlineText !== undefined && !formula) value = inlineText;
    put(value, format);
  };

  parseXml(part, bytes, {
    open(tag, attributes) {
      if (inline) {
        inline.open(tag);
        return;
      }
      switch (tag) {
        case 'c':
          if (inSheetData) openCell(attributes);
          break;
        case 'v':
          if (inCell) inValue = true;
          break;
        case 'f':
          if (inCell) formula = true;
          break;
        case 'is':
          if (inCell) inline = item;
          break;
        case 'row': {
          if (!inSheetData) break;
          const r = attributes.r;
          const n = r === undefined ? NaN : Number(r);
          rowHasRef = Number.isInteger(n) && n >= 1;
          row = rowHasRef ? n - 1 : row + 1;
          col = -1;
          break;
        }
        case 'sheetData':
          inSheetData = true;
          break;
        case 'mergeCell': {
          const range = attributes.ref === undefined ? undefined : parseRangeA1(attributes.ref);
          if (range) merges.push(range);
          break;
        }
        default:
          break;
      }
    },
    close(tag) {
      if (inline) {
        if (tag === 'is') {
          inlineText = inline.take();
          inline = undefined;
        } else {
          inline.close(tag);
        }
        return;
      }
      switch (tag) {
        case 'v':
          inValue = false;
          break;
        case 'c':
          if (inCell) closeCell();
          break;
        case 'row':
          rowHasRef = false;
          break;
        case 'sheetData':
          inSheetData = false;
          break;
        default:
          break;
      }
    },
    text(text) {
      if (inValue) valueText += text;
      else if (inline) inline.text(text);
    },
  });

  clearMergedCells(rows, formatRows, merges);
  merges.sort((a, b) => a.top - b.top || a.left - b.left);
  let height = rows.length;
  while (height > 0 && !rows[height - 1]?.length) height--;
  const values: (readonly CellValue[])[] = new Array<readonly CellValue[]>(height);
  const numberFormats: (readonly (string | undefined)[])[] = new Array<readonly (string | undefined)[]>(height);
  for (let r = 0; r < height; r++) {
    const rowValues = rows[r];
    values[r] = rowValues && rowValues.length > 0 ? trimmed(rowValues) : EMPTY_VALUES;
    const formats = formatRows[r];
    numberFormats[r] = formats && formats.some((f) => f !== undefined) ? formats : EMPTY_FORMATS;
  }
  return { name, values, numberFormats, merges, visible };
}

/** A row without its trailing blanks (a merged area's cells may have been cleared at its end). */
function trimmed(values: CellValue[]): CellValue[] {
  let end = values.length;
  while (end > 0 && values[end - 1] === null) end--;
  if (end < values.length) values.length = end;
  return values;
}

/** Blanks every cell of a merged area but its top-left one, as Excel shows it. */
function clearMergedCells(rows: (CellValue[] | undefined)[], formatRows: ((string | undefined)[] | undefined)[], merges: readonly CellRange[]): void {
  for (const m of merges) {
    const bottom = Math.min(m.bottom, rows.length - 1);
    for (let r = m.top; r <= bottom; r++) {
      const values = rows[r];
      if (!values) continue;
      const right = Math.min(m.right, values.length - 1);
      for (let c = m.left; c <= right; c++) {
        if (r === m.top && c === m.left) continue;
        values[c] = null;
        const formats = formatRows[r];
        if (formats && c < formats.length) formats[c] = undefined;
      }
    }
  }
}
