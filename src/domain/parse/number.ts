/**
 * Reading numbers written in cells (DOMAIN.md §2): decimals, thousands separators (`1,200`),
 * full-width digits (half-width after NFKC), a leading sign (`+`, `-`, `−`). And the two facts
 * about an Excel number format the parsers need: does it show a percentage, does it show a date.
 */
import { isoDate, normalizeText } from '../text/normalize';

export interface ScannedNumber {
  readonly value: number;
  /** Index just after the number. */
  readonly end: number;
}

/**
 * Thousands groups must be exactly three digits (`1,200`, `12,345.6`); `1,2000` reads as `1`
 * followed by `,2000`. A leading decimal point (`.5`) is accepted.
 */
const NUMBER = /[+\-−]?(?:(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?|\.\d+)/y;

/** Reads a number at `start` in already-normalised text; undefined when none starts there. */
export function scanNumber(text: string, start = 0): ScannedNumber | undefined {
  NUMBER.lastIndex = start;
  const m = NUMBER.exec(text);
  if (!m) return undefined;
  const written = m[0];
  // Most numbers carry neither a thousands separator nor a minus sign `−`: no replacing for them.
  const marked = written.includes(',') || written.includes('−');
  const value = Number(marked ? written.replace(/,/g, '').replace('−', '-') : written);
  if (!Number.isFinite(value)) return undefined;
  return { value: value === 0 ? 0 : value, end: start + written.length };
}

/** The whole text is one number (`1,200.50`, `－３`, ` 12 `); undefined otherwise. */
export function parseNumber(text: string): number | undefined {
  const s = normalizeText(text);
  const n = scanNumber(s);
  return n && n.end === s.length ? n.value : undefined;
}

/** Removes the parts of a number format that do not format: quoted text, escaped characters, `[...]` sections. */
function formatCodes(numberFormat: string): string {
  return numberFormat.replace(/"[^"]*"/g, '').replace(/\\./g, '').replace(/\[[^\]]*\]/g, '').replace(/_./g, '');
}

interface FormatFacts {
  readonly percent: boolean;
  readonly date: boolean;
}

/**
 * What each number format shows, read once per distinct format: a sheet repeats a few formats on
 * every row, and reading one takes four regex passes. Bounded, so a workbook of odd formats cannot
 * make it grow without end.
 */
const FORMAT_FACTS = new Map<string, FormatFacts>();
const FORMAT_FACTS_LIMIT = 1000;

function formatFacts(numberFormat: string): FormatFacts {
  let facts = FORMAT_FACTS.get(numberFormat);
  if (facts === undefined) {
    const codes = formatCodes(numberFormat);
    facts = { percent: codes.includes('%'), date: /[ymdhs]/.test(codes.toLowerCase()) };
    if (FORMAT_FACTS.size >= FORMAT_FACTS_LIMIT) FORMAT_FACTS.clear();
    FORMAT_FACTS.set(numberFormat, facts);
  }
  return facts;
}

/** A number format that shows a percentage (`0%`, `0.00%`); a quoted or escaped `%` does not count. */
export function isPercentFormat(numberFormat: string): boolean {
  return formatFacts(numberFormat).percent;
}

/** A number format that shows a date or a time (`yyyy-mm-dd`, `yyyy"年"m"月"d"日"`, `h:mm`). */
export function isDateFormat(numberFormat: string): boolean {
  return formatFacts(numberFormat).date;
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** An Excel serial date (1900 date system) as `YYYY-MM-DD`; `` when it is not a plausible date. */
export function excelSerialToIso(serial: number): string {
  if (!Number.isFinite(serial) || serial < 0 || serial > 2_958_465) return '';
  return isoDate(new Date(EXCEL_EPOCH_MS + Math.floor(serial) * DAY_MS));
}
