/**
 * Reading a target (年度指标值), DOMAIN.md §2. The parser knows nothing about cells or sheets: the
 * reader passes the value, its number format and what the row says about units and direction.
 * It never throws: anything it cannot read is QUAL (words) or UNPARSED (looks numeric, is not).
 *
 * Grammar, after normalizeText:
 *   [label] [sign | prefix word] ( ±x[unit] | a[unit]SEPb[unit] | n[unit] ) [suffix word]
 * - sign: `≥ ≤ > < =`; prefix words: 不低于 不少于 不小于 至少 达到 大于等于 → GE; 不超过 不高于
 *   不多于 不大于 至多 最多 小于等于 → LE; 大于 高于 超过 多于 → GT; 小于 低于 少于 → LT; 等于 → EQ;
 *   `控制在` reads as LE unless another word says otherwise; `在` and `介于` only introduce a value.
 * - suffix words: 以上 及以上 或以上 → GE; 以下 及以下 以内 之内 内 → LE; `之间` closes a range.
 *   A sign or prefix word and a suffix word must point the same way (`≥90%以上` is GE, `>90%以上`
 *   is GT); opposite directions (`≥90%以下`) are UNPARSED.
 * - label: letters before the sign or prefix word are ignored (`满意度≥90%` is GE 90 %); the weak
 *   words (`控制在`, `在`, `介于`) count only at the very start.
 * - band: `±5%`, `≤±5%`, `<±5%`, `±5%以内`, `+-5%`, `+/-5%`.
 * - range separators: `- ~ 〜 — – − 至 到` (`80%-90%`, `80~90%`, `80%～90%`, `在80%至90%之间`);
 *   the unit may stand on either number; low > high is swapped.
 * - bare number: GE, except a value of 0 (`0`, `0%`, `0个`) which is EQ 0.
 * - a trailing `（含）` / `（含本数）` is ignored.
 *
 * Decisions (where DOMAIN.md is silent):
 * - A bare number (no sign or word) whose unit text is longer than 4 characters after its magnitude
 *   is a sentence that starts with a number (`3个月内完成招标`): QUAL. With a sign or word the whole
 *   unit text is kept (`≥3个重点项目` is GE 3 `个重点项目`).
 * - A text that starts like a date (`2021年12月31日前`, `2021-12-31`) is QUAL.
 * - UNPARSED when the quantity cannot be read and the text (a) holds a sign `≥ ≤ > < = ±`, or
 *   (b) has a comparison word (prefix/suffix above) and a digit, or (c) is made only of digits and
 *   number punctuation, optionally followed by up to 4 letters (`1.2.3%`, `1,2,3`, `5-`).
 *   Every other text is QUAL, including sentences with digits inside (`在3个月内完成`).
 * - A number cell: `%` in its format → ×100 with unit `%`; a date format → QUAL with `YYYY-MM-DD`;
 *   NaN/±Infinity, or a value that overflows when scaled → UNPARSED. An Excel error value → UNPARSED with its code. TRUE/FALSE → QUAL.
 * - A direction (指标性质) replaces the operator of GE/GT/EQ/LE/LT targets; BAND and RANGE keep
 *   their shape, QUAL/UNPARSED/EMPTY stay as they are. Direction QUAL turns any non-empty target
 *   into QUAL with its text.
 * - QUAL and UNPARSED carry the normalised text.
 */
import type { CellValue } from '../grid';
import { isCellError } from '../grid';
import type { Comparator, Target, UnitReading } from '../values';
import { cellText, cleanFloat, normalizeText } from '../text/normalize';
import { excelSerialToIso, isDateFormat, isPercentFormat, scanNumber } from './number';
import { isUnitLike, readUnit, splitMagnitude } from './unit';

export interface TargetContext {
  /** The bracketed unit at the end of the indicator name (see unitFromName). */
  readonly nameUnit?: string;
  /** The 计量单位 column of the row. */
  readonly unitColumn?: string;
  /** The 指标性质 column of the row. */
  readonly direction?: Comparator | 'QUAL';
}

/** The quantitative targets: they carry a value (or a range) and a unit. */
export type NumericTarget = Extract<Target, { readonly unit: string }>;

export function isNumericTarget(target: Target): target is NumericTarget {
  return 'unit' in target;
}

type OpSource = 'sign' | 'word' | 'weak';
interface Op {
  readonly kind: Comparator | undefined;
  readonly source: OpSource;
}

const SIGNS: Readonly<Record<string, Comparator>> = { '≥': 'GE', '≤': 'LE', '>': 'GT', '<': 'LT', '=': 'EQ' };

/** Longest first, so that `不超过` wins over `超过` and `大于等于` over `大于`. */
const PREFIX_WORDS: readonly (readonly [string, Comparator | undefined, OpSource])[] = [
  ['大于或等于', 'GE', 'word'],
  ['小于或等于', 'LE', 'word'],
  ['大于等于', 'GE', 'word'],
  ['小于等于', 'LE', 'word'],
  ['不低于', 'GE', 'word'],
  ['不少于', 'GE', 'word'],
  ['不小于', 'GE', 'word'],
  ['不超过', 'LE', 'word'],
  ['不高于', 'LE', 'word'],
  ['不多于', 'LE', 'word'],
  ['不大于', 'LE', 'word'],
  ['控制在', 'LE', 'weak'],
  ['至少', 'GE', 'word'],
  ['达到', 'GE', 'word'],
  ['至多', 'LE', 'word'],
  ['最多', 'LE', 'word'],
  ['大于', 'GT', 'word'],
  ['高于', 'GT', 'word'],
  ['超过', 'GT', 'word'],
  ['多于', 'GT', 'word'],
  ['小于', 'LT', 'word'],
  ['低于', 'LT', 'word'],
  ['少于', 'LT', 'word'],
  ['等于', 'EQ', 'word'],
  ['介于', undefined, 'weak'],
  ['在', undefined, 'weak'],
];

const SUFFIX_WORDS: readonly (readonly [string, Comparator | 'RANGE'])[] = [
  ['及以上', 'GE'],
  ['或以上', 'GE'],
  ['以上', 'GE'],
  ['及以下', 'LE'],
  ['或以下', 'LE'],
  ['以下', 'LE'],
  ['以内', 'LE'],
  ['之内', 'LE'],
  ['之间', 'RANGE'],
  ['内', 'LE'],
];

const RANGE_SEPARATORS = new Set(['-', '~', '〜', '—', '–', '−', '至', '到']);
const BAND_SIGNS = ['±', '+/-', '+-'];

/** Each sign's operator, made once (splitPrefix runs on every target). */
const SIGN_OPS: ReadonlyMap<string, Op> = new Map(
  Object.entries(SIGNS).map(([sign, kind]): [string, Op] => [sign, { kind, source: 'sign' }]),
);

/**
 * The prefix words with their operator, by first character, longest first as above: the scan in
 * splitPrefix tries only the words that can start at a position.
 */
const PREFIX_WORDS_BY_FIRST: ReadonlyMap<string, readonly (readonly [string, Op])[]> = (() => {
  const map = new Map<string, (readonly [string, Op])[]>();
  for (const [word, kind, source] of PREFIX_WORDS) {
    const entry = [word, { kind, source }] as const;
    const list = map.get(word.charAt(0));
    if (list) list.push(entry);
    else map.set(word.charAt(0), [entry]);
  }
  return map;
})();
const BAND_SIGN_FIRST_CHARS = new Set(BAND_SIGNS.map((b) => b.charAt(0)));
/** Every suffix word ends with one of these: a quick no for most targets. */
const SUFFIX_LAST_CHARS = new Set(SUFFIX_WORDS.map(([word]) => word.charAt(word.length - 1)));

/** The first character that is not a letter (so `text.slice(0, i)` is a label of letters). */
const NON_LETTER = /\P{L}/u;

function isDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function direction(kind: Comparator): 'up' | 'down' | 'eq' {
  if (kind === 'GE' || kind === 'GT') return 'up';
  if (kind === 'LE' || kind === 'LT') return 'down';
  return 'eq';
}

/** A quantity as written, before units are resolved. */
type Quantity =
  | { readonly shape: 'single'; readonly value: number; readonly unit: string }
  | { readonly shape: 'band'; readonly value: number; readonly unit: string }
  | { readonly shape: 'range'; readonly low: number; readonly lowUnit: string; readonly high: number; readonly highUnit: string };

/** `number unit` or `number unit SEP number unit`; undefined when the text is not exactly that. */
function readQuantity(core: string): Quantity | undefined {
  for (const band of BAND_SIGNS) {
    if (!core.startsWith(band)) continue;
    const rest = core.slice(band.length);
    const first = rest.charCodeAt(0);
    if (!isDigitCode(first) && first !== 0x2e /* . */) return undefined;
    const n = scanNumber(rest);
    if (!n) return undefined;
    const unit = rest.slice(n.end);
    return isUnitLike(unit) ? { shape: 'band', value: n.value, unit } : undefined;
  }
  const first = scanNumber(core);
  if (!first) return undefined;
  let j = first.end;
  while (j < core.length && !RANGE_SEPARATORS.has(core.charAt(j)) && !isDigitCode(core.charCodeAt(j))) j++;
  const unit = core.slice(first.end, j);
  if (!isUnitLike(unit)) return undefined;
  if (j === core.length) return { shape: 'single', value: first.value, unit };
  if (!RANGE_SEPARATORS.has(core.charAt(j))) return undefined;
  const second = scanNumber(core, j + 1);
  if (!second) return undefined;
  const highUnit = core.slice(second.end);
  if (!isUnitLike(highUnit)) return undefined;
  return { shape: 'range', low: first.value, lowUnit: unit, high: second.value, highUnit };
}

interface Split {
  readonly op: Op | undefined;
  readonly core: string;
  readonly suffix: Comparator | 'RANGE' | undefined;
}

/** Finds a sign or a prefix word at the start, or after a label made of letters only (weak words: start only). */
function splitPrefix(text: string): { op: Op | undefined; rest: string } {
  const nonLetter = text.search(NON_LETTER);
  const labelEnd = nonLetter < 0 ? text.length : nonLetter;
  for (let i = 0; i <= labelEnd && i < text.length; i++) {
    const ch = text.charAt(i);
    const sign = SIGN_OPS.get(ch);
    if (sign) return { op: sign, rest: text.slice(i + 1) };
    if (BAND_SIGN_FIRST_CHARS.has(ch) && BAND_SIGNS.some((b) => text.startsWith(b, i))) {
      return { op: undefined, rest: text.slice(i) };
    }
    for (const [word, op] of PREFIX_WORDS_BY_FIRST.get(ch) ?? []) {
      if (op.source === 'weak' && i > 0) continue;
      if (text.startsWith(word, i)) return { op, rest: text.slice(i + word.length) };
    }
  }
  return { op: undefined, rest: text };
}

function splitSuffix(text: string): { suffix: Comparator | 'RANGE' | undefined; rest: string } {
  if (!SUFFIX_LAST_CHARS.has(text.charAt(text.length - 1))) return { suffix: undefined, rest: text };
  for (const [word, kind] of SUFFIX_WORDS) {
    if (text.length > word.length && text.endsWith(word)) return { suffix: kind, rest: text.slice(0, -word.length) };
  }
  return { suffix: undefined, rest: text };
}

function split(text: string): Split {
  const { op, rest } = splitPrefix(text);
  const { suffix, rest: core } = splitSuffix(rest);
  return { op, core, suffix };
}

/** The operator both ends agree on; `null` when they contradict each other. */
function combineOps(op: Op | undefined, suffix: Comparator | 'RANGE' | undefined): Op | undefined | null {
  if (suffix === undefined || suffix === 'RANGE') return op;
  const fromSuffix: Op = { kind: suffix, source: 'word' };
  if (op === undefined || op.kind === undefined || op.source === 'weak') return fromSuffix;
  return direction(op.kind) === direction(suffix) ? op : null;
}

function scaleBy(value: number, scale: number): number {
  return cleanFloat(value * scale);
}

function contextUnit(context: TargetContext): UnitReading {
  const { nameUnit, unitColumn } = context;
  if (nameUnit !== undefined && normalizeText(nameUnit) !== '') return readUnit(nameUnit);
  if (unitColumn !== undefined && normalizeText(unitColumn) !== '') return readUnit(unitColumn);
  return { unit: '', scale: 1 };
}

function unitOf(text: string, context: TargetContext): UnitReading {
  return text === '' ? contextUnit(context) : readUnit(text);
}

const DATE_START = /^(?:19|20)\d{2}(?:年|([-/.])\d{1,2}\1\d{1,2}(?!\d)|\/\d{1,2}(?!\d))/;
const INCLUSIVE_MARK = /\(含[^()]*\)$/u;

/** Reads a normalised, non-empty text as a target (without the direction override). */
function readTargetText(text: string, context: TargetContext): Target {
  if (DATE_START.test(text)) return { kind: 'QUAL', text };
  // Only a text ending in `)` can carry `(含…)`: skip the regex for the others.
  const cleaned = text.endsWith(')') ? text.replace(INCLUSIVE_MARK, '') : text;
  const { op, core, suffix } = split(cleaned);
  const quantity = readQuantity(core);
  const combined = combineOps(op, suffix);
  if (quantity && combined !== null) {
    const target = buildTarget(quantity, combined, suffix === 'RANGE', context);
    if (target) return target;
    if (target === null) return { kind: 'QUAL', text };
  }
  return unreadable(text, op !== undefined && op.source !== 'weak' ? true : suffix !== undefined && suffix !== 'RANGE');
}

/**
 * A quantitative target, `undefined` when the pieces do not fit together (UNPARSED or QUAL by the
 * caller's rule), `null` for a bare number followed by a sentence (QUAL).
 */
function buildTarget(q: Quantity, op: Op | undefined, rangeWord: boolean, context: TargetContext): Target | undefined | null {
  switch (q.shape) {
    case 'band': {
      if (rangeWord || q.value < 0) return undefined;
      if (op?.kind !== undefined && op.source !== 'weak' && op.kind !== 'LE' && op.kind !== 'LT') return undefined;
      const u = unitOf(q.unit, context);
      return { kind: 'BAND', value: scaleBy(q.value, u.scale), unit: u.unit, scale: u.scale };
    }
    case 'range': {
      if (op !== undefined && op.source !== 'weak') return undefined;
      const lowText = q.lowUnit === '' ? q.highUnit : q.lowUnit;
      const highText = q.highUnit === '' ? q.lowUnit : q.highUnit;
      const lowU = unitOf(lowText, context);
      const highU = unitOf(highText, context);
      if (lowU.unit !== highU.unit) return undefined;
      const a = scaleBy(q.low, lowU.scale);
      const b = scaleBy(q.high, highU.scale);
      return { kind: 'RANGE', low: Math.min(a, b), high: Math.max(a, b), unit: highU.unit, scale: highU.scale };
    }
    case 'single': {
      if (rangeWord) return undefined;
      const explicit = op?.kind !== undefined;
      if (!explicit && splitMagnitude(q.unit).unit.length > 4) return null;
      const u = unitOf(q.unit, context);
      const kind: Comparator = op?.kind ?? (q.value === 0 ? 'EQ' : 'GE');
      return { kind, value: scaleBy(q.value, u.scale), unit: u.unit, scale: u.scale };
    }
  }
}

/** The rule for text that is not a quantity: UNPARSED when it looks numeric, else QUAL. */
function unreadable(text: string, hasComparisonWord: boolean): Target {
  const looksNumeric =
    /[≥≤<>=±]/.test(text) ||
    (hasComparisonWord && /\d/.test(text)) ||
    (/\d/.test(text) && /^[\d.,+\-−~〜—–%‰:/]+\p{L}{0,4}$/u.test(text));
  return looksNumeric ? { kind: 'UNPARSED', text } : { kind: 'QUAL', text };
}

function targetFromNumber(value: number, numberFormat: string, context: TargetContext): Target {
  if (!Number.isFinite(value)) return { kind: 'UNPARSED', text: String(value) };
  if (isDateFormat(numberFormat)) {
    const iso = excelSerialToIso(value);
    return { kind: 'QUAL', text: iso === '' ? cellText(value) : iso };
  }
  const v = value === 0 ? 0 : value;
  if (isPercentFormat(numberFormat)) {
    return { kind: v === 0 ? 'EQ' : 'GE', value: scaleBy(v, 100), unit: '%', scale: 1 };
  }
  const u = contextUnit(context);
  return { kind: v === 0 ? 'EQ' : 'GE', value: scaleBy(v, u.scale), unit: u.unit, scale: u.scale };
}

/** The text a QUAL direction keeps for a number cell: what the user sees (`95%` for 0.95 in `0%`). */
function numberCellText(value: number, numberFormat: string): string {
  if (Number.isFinite(value) && isDateFormat(numberFormat)) return excelSerialToIso(value) || cellText(value);
  if (Number.isFinite(value) && isPercentFormat(numberFormat)) return `${cleanFloat(value * 100)}%`;
  return cellText(value);
}

/** A value that overflows when scaled (`1e306` in `0%`, 10³⁰⁰ 亿) cannot be compared: UNPARSED. */
function finiteOr(target: Target, text: string): Target {
  if (target.kind === 'RANGE') return Number.isFinite(target.low) && Number.isFinite(target.high) ? target : { kind: 'UNPARSED', text };
  if (isNumericTarget(target)) return Number.isFinite(target.value) ? target : { kind: 'UNPARSED', text };
  return target;
}

function readTarget(value: CellValue, numberFormat: string, context: TargetContext): Target {
  if (value === null) return { kind: 'EMPTY' };
  if (typeof value === 'number') return finiteOr(targetFromNumber(value, numberFormat, context), cellText(value));
  if (isCellError(value)) return { kind: 'UNPARSED', text: value.error };
  if (typeof value !== 'string') return { kind: 'QUAL', text: cellText(value) };
  const text = normalizeText(value);
  return text === '' ? { kind: 'EMPTY' } : finiteOr(readTargetText(text, context), text);
}

function applyDirection(target: Target, value: CellValue, numberFormat: string, dir: Comparator | 'QUAL' | undefined): Target {
  if (dir === undefined) return target;
  if (dir === 'QUAL') {
    if (target.kind === 'EMPTY' || target.kind === 'QUAL') return target;
    if (target.kind === 'UNPARSED') return { kind: 'QUAL', text: target.text };
    const text = typeof value === 'number' ? numberCellText(value, numberFormat) : normalizeText(cellText(value));
    return { kind: 'QUAL', text };
  }
  switch (target.kind) {
    case 'GE':
    case 'GT':
    case 'EQ':
    case 'LE':
    case 'LT':
      return { ...target, kind: dir };
    case 'BAND':
    case 'RANGE':
    case 'QUAL':
    case 'EMPTY':
    case 'UNPARSED':
      return target;
  }
}

/**
 * Reads a target cell. `numberFormat` is the cell's number format (`General` when unknown);
 * `context` carries the row's name unit, unit column and direction. Never throws.
 */
export function parseTarget(value: CellValue, numberFormat = 'General', context: TargetContext = {}): Target {
  return applyDirection(readTarget(value, numberFormat, context), value, numberFormat, context.direction);
}
