/**
 * One ExcelJS worksheet → one SheetGrid (src/domain/grid.ts). Rows and cells are visited once; number
 * formats are stored only where a cell has one, and empty rows share one frozen empty array.
 */
import type { Cell, CellValue as ExcelCellValue, Worksheet } from 'exceljs';
import type { CellRange, CellValue, SheetGrid } from '../../domain/grid';
import { parseRangeA1 } from '../../domain/address';
import { internals } from './excelInternals';

/** ExcelJS ValueType numbers (a `const enum` in its typings, so not importable at run time). */
const TYPE_NULL = 0;
const TYPE_MERGE = 1;
const TYPE_NUMBER = 2;
const TYPE_STRING = 3;
const TYPE_DATE = 4;
const TYPE_HYPERLINK = 5;
const TYPE_FORMULA = 6;
const TYPE_SHARED_STRING = 7;
const TYPE_RICH_TEXT = 8;
const TYPE_BOOLEAN = 9;
const TYPE_ERROR = 10;

const EMPTY_VALUES: readonly CellValue[] = Object.freeze([]);
const EMPTY_FORMATS: readonly (string | undefined)[] = Object.freeze([]);

/** 1900 date system: serial 25569 is 1970-01-01 (ExcelJS gives UTC dates). */
const UNIX_EPOCH_SERIAL = 25569;
const MS_PER_DAY = 86_400_000;
/** Format given to a date cell that carries none, so the engine still knows it is a date. */
export const DEFAULT_DATE_FORMAT = 'yyyy-mm-dd';

export function dateToSerial(date: Date): number {
  return date.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

interface RichTextLike {
  readonly richText: readonly { readonly text?: unknown }[];
}

export function isRichText(value: unknown): value is RichTextLike {
  return typeof value === 'object' && value !== null && Array.isArray((value as { richText?: unknown }).richText);
}

export function richTextToString(value: RichTextLike): string {
  let out = '';
  for (const run of value.richText) if (typeof run.text === 'string') out += run.text;
  return out;
}

/** Text of a hyperlink cell, whose `text` may itself be rich text. */
function hyperlinkText(value: unknown): string {
  if (typeof value !== 'object' || value === null) return '';
  const text = (value as { text?: unknown }).text;
  if (typeof text === 'string') return text;
  if (typeof text === 'number') return String(text);
  if (isRichText(text)) return richTextToString(text);
  return '';
}

/** A plain JS value (a formula's cached result, …) → CellValue. */
function plainValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return dateToSerial(value);
  if (typeof value === 'object') {
    const error = (value as { error?: unknown }).error;
    if (typeof error === 'string') return { error };
    if (isRichText(value)) return richTextToString(value);
    if ('hyperlink' in value) return hyperlinkText(value);
  }
  return null;
}

/** The value of one (non-merge-slave) cell, as the engine sees it. */
export function cellValue(cell: Cell): CellValue {
  const raw: ExcelCellValue = cell.value;
  switch (cell.type as number) {
    case TYPE_NULL:
    case TYPE_MERGE:
      return null;
    case TYPE_NUMBER:
    case TYPE_STRING:
    case TYPE_BOOLEAN:
      return raw as number | string | boolean;
    case TYPE_DATE:
      return raw instanceof Date ? dateToSerial(raw) : plainValue(raw);
    case TYPE_RICH_TEXT:
      return isRichText(raw) ? richTextToString(raw) : plainValue(raw);
    case TYPE_HYPERLINK: {
      const text = hyperlinkText(raw);
      return text === '' ? null : text;
    }
    case TYPE_FORMULA:
      // `cell.result`, not `cell.value.result`: ExcelJS drops falsy results (0, '') from `value`.
      return plainValue(cell.result);
    case TYPE_ERROR:
    case TYPE_SHARED_STRING:
    default:
      return plainValue(raw);
  }
}

/**
 * Merged areas, 0-based. ExcelJS keeps them in `_merges` (master address → Range); going through
 * `worksheet.model` instead would build a model of every row, which is slow on 100k-row sheets.
 */
export function sheetMerges(ws: Worksheet): CellRange[] {
  const internal = internals(ws)._merges;
  const out: CellRange[] = [];
  if (internal && typeof internal === 'object') {
    for (const range of Object.values(internal)) {
      if (!range) continue;
      out.push({ top: range.top - 1, left: range.left - 1, bottom: range.bottom - 1, right: range.right - 1 });
    }
  } else {
    for (const a1 of ws.model.merges) {
      const range = parseRangeA1(a1);
      if (range) out.push(range);
    }
  }
  out.sort((a, b) => a.top - b.top || a.left - b.left);
  return out;
}

/** Reads one worksheet: values from A1, number formats, merges, visibility. */
export function readSheet(ws: Worksheet): SheetGrid {
  const values: (readonly CellValue[])[] = [];
  const numberFormats: (readonly (string | undefined)[])[] = [];

  ws.eachRow((row, rowNumber) => {
    const r = rowNumber - 1;
    while (values.length < r) {
      values.push(EMPTY_VALUES);
      numberFormats.push(EMPTY_FORMATS);
    }
    const rowValues: CellValue[] = [];
    let rowFormats: (string | undefined)[] | undefined;
    row.eachCell((cell, colNumber) => {
      const c = colNumber - 1;
      const type = cell.type as number;
      if (type === TYPE_MERGE) return; // a merged area's value sits in its master only
      const value = cellValue(cell);
      if (value === null) return;
      while (rowValues.length < c) rowValues.push(null);
      rowValues[c] = value;
      let format = cell.numFmt as string | undefined;
      if (type === TYPE_DATE && !format) format = DEFAULT_DATE_FORMAT;
      if (format && format !== 'General') {
        rowFormats ??= [];
        rowFormats[c] = format;
      }
    });
    values.push(rowValues.length > 0 ? rowValues : EMPTY_VALUES);
    numberFormats.push(rowFormats ?? EMPTY_FORMATS);
  });

  return {
    name: ws.name,
    values,
    numberFormats,
    merges: sheetMerges(ws),
    visible: ws.state === 'visible' || ws.state === undefined,
  };
}
