/** Dates as users write them: Excel serials (with a date format), JS dates, or text. Output: ISO `YYYY-MM-DD`. */
import type { CellValue } from '../domain/grid';
import { isoDate, normalizeText } from '../domain/text/normalize';
import { excelSerialToIso } from '../domain/parse/number';

/** Accepts only plausible calendar dates (a project period, not year 0 or 9999). */
function plausible(iso: string): string | undefined {
  const y = Number(iso.slice(0, 4));
  return iso !== '' && y >= 1900 && y <= 2200 ? iso : undefined;
}

function fromParts(y: number, m: number, d: number): string | undefined {
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return undefined;
  return plausible(isoDate(t));
}

const DATE_IN_TEXT = /(\d{4})[年\-/.](\d{1,2})[月\-/.](\d{1,2})日?/g;

/** Every date written in a text, in order (`2021年1月1日-2021年12月31日` gives two). */
export function datesInText(text: string): string[] {
  const out: string[] = [];
  for (const m of normalizeText(text).matchAll(DATE_IN_TEXT)) {
    const d = fromParts(Number(m[1]), Number(m[2]), Number(m[3]));
    if (d) out.push(d);
  }
  return out;
}

/** One date from a cell: a serial number, a Date, or the first date in a text. */
export function cellToIsoDate(value: CellValue): string | undefined {
  if (typeof value === 'number') return plausible(excelSerialToIso(value));
  if (value instanceof Date) return plausible(isoDate(value));
  if (typeof value === 'string') return datesInText(value)[0];
  return undefined;
}
