/**
 * Text normalisation (DOMAIN.md §1): every text cell is normalised before it is matched or parsed.
 * NFKC (full-width `１２３` `％` `（）` `＞` become half-width), all whitespace removed (line breaks,
 * ideographic spaces, no-break spaces and zero-width characters included), and the comparison
 * signs unified: `≧ >= ＞＝ ⩾` → `≥`, `≦ <= ＜＝ ⩽` → `≤`.
 */
import { isCellError, type CellValue } from '../grid';

/** `\s` covers line breaks, tabs, U+3000 and U+00A0; zero-width characters and the BOM are not `\s`. */
const WHITESPACE = /[\s\u200B-\u200D\u2060\uFEFF]+/gu;

/**
 * Text that normalizeText returns unchanged: printable ASCII except `<` and `>` (`>=` and `<=` become
 * `≥` and `≤`), the CJK unified ideographs (no compatibility decomposition, compose with nothing), and
 * the symbols forms are full of that NFKC leaves alone and that are neither whitespace nor a
 * comparison sign to unify. Proven character by character by a test against the full rule.
 */
const ALREADY_NORMAL = /^[\x21-\x3b=?-~\u4e00-\u9fff、。〈〉《》「」『』【】〜‘’“”—–±×·°≤≥‰−]*$/;

export function normalizeText(s: string): string {
  // Fast path: most cells (`产出指标`, `≥85批次`, `2021-01-01`) are already normal; one regex test is
  // much cheaper than NFKC and three replaces, and this runs on every text cell of big sheets.
  if (ALREADY_NORMAL.test(s)) return s;
  return s
    .normalize('NFKC')
    .replace(WHITESPACE, '')
    .replace(/>=|≧|⩾/g, '≥')
    .replace(/<=|≦|⩽/g, '≤');
}

/**
 * Rounds away binary float noise (0.1 + 0.2 → 0.3, 0.95 × 100 → 95) by keeping 15 significant
 * digits, which is what Excel shows. Non-finite values pass through unchanged.
 */
export function cleanFloat(x: number): number {
  // Fast path (hot when reading 100k-row sheets): integers carry no binary noise.
  if (Number.isInteger(x)) return x === 0 ? 0 : x;
  if (!Number.isFinite(x)) return x;
  const cleaned = Number(x.toPrecision(15));
  return cleaned === 0 ? 0 : cleaned;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** `YYYY-MM-DD` from a Date's UTC fields (hosts hand dates over as UTC midnight); `` when invalid. */
export function isoDate(d: Date): string {
  const t = d.getTime();
  if (!Number.isFinite(t)) return '';
  const y = d.getUTCFullYear();
  const year = y >= 0 && y <= 9999 ? String(y).padStart(4, '0') : String(y);
  return `${year}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}

/**
 * The string form of any cell value: numbers without float noise (`0.30000000000000004` → `0.3`),
 * booleans as Excel shows them (`TRUE` / `FALSE`), errors as their code (`#N/A`), dates as
 * `YYYY-MM-DD`, `null` as ``. Strings are returned as they are (not normalised).
 */
export function cellText(v: CellValue): string {
  if (v === null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(cleanFloat(v));
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return isoDate(v);
  if (isCellError(v)) return v.error;
  return '';
}

const POINTS = /[（(]\s*[0-9０-９]+(?:[.．][0-9０-９]+)?\s*分\s*[）)]/gu;

/** Removes points written into a label: `产出指标（50分）`, `产出指标(50分)`, `效益指标（30.5分）` → the bare label, trimmed. */
export function stripPoints(label: string): string {
  // Only a label with `分` can carry points (every label of a sheet comes through here).
  return label.includes('分') ? label.replace(POINTS, '').trim() : label.trim();
}
