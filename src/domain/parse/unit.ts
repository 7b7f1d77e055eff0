/**
 * Units (DOMAIN.md §2): a unit text splits into a magnitude (`万` ×1e4, `亿` ×1e8, …) and a base unit
 * (`元`, `批次`, `%`). `百分比` means `%`. Base units compare with a few equivalences (`批次`≡`批`,
 * `天`≡`日`), case- and width-insensitively.
 */
import type { UnitReading } from '../values';
import { normalizeText } from '../text/normalize';

/** Magnitude prefixes, longest first. `万` and `亿` are the spec's; the compounds are what 万 and 亿 make. */
const MAGNITUDES: readonly (readonly [string, number])[] = [
  ['万亿', 1e12],
  ['千万', 1e7],
  ['百万', 1e6],
  ['十万', 1e5],
  ['亿', 1e8],
  ['万', 1e4],
];

/** Spellings of the percent sign. `百分点` (percentage points) is compared as `%` too. */
const PERCENT_WORDS = new Set(['%', '百分比', '百分点', '个百分点']);

/** Splits a leading magnitude off a normalised unit text. */
export function splitMagnitude(text: string): UnitReading {
  for (const [word, scale] of MAGNITUDES) {
    if (text.startsWith(word)) return { unit: text.slice(word.length), scale };
  }
  return { unit: text, scale: 1 };
}

const BRACKETED_UNIT = /^[([【]([^()[\]【】]*)[)\]】]$/u;
const UNIT_LABEL = /^(?:计量)?单位[:：]?/u;
const OPENING_BRACKETS = new Set(['(', '[', '【']);

/** Drops a leading `单位：` / `计量单位：` label (only texts starting `单` or `计` can carry one). */
function withoutUnitLabel(text: string): string {
  const first = text.charAt(0);
  return first === '单' || first === '计' ? text.replace(UNIT_LABEL, '') : text;
}

/** Strips one pair of brackets around a unit (`（万元）`) and a `单位：` label. */
function bareUnitText(text: string): string {
  let s = normalizeText(text);
  const m = OPENING_BRACKETS.has(s.charAt(0)) ? BRACKETED_UNIT.exec(s) : null;
  if (m?.[1] !== undefined) s = m[1];
  return withoutUnitLabel(s);
}

/**
 * Reads a unit text: `万元` → {元, 1e4}; `亿元` → {元, 1e8}; `亿` → {``, 1e8}; `万` → {``, 1e4};
 * `百分比` → {%, 1}; `批次` → {批次, 1}; `` → {``, 1}. `（万元）` and `单位：万元` read as `万元`.
 */
export function readUnit(text: string): UnitReading {
  const s = bareUnitText(text);
  if (PERCENT_WORDS.has(s)) return { unit: '%', scale: 1 };
  const split = splitMagnitude(s);
  if (PERCENT_WORDS.has(split.unit)) return { unit: '%', scale: split.scale };
  return split;
}

/** Groups of spellings that mean the same base unit (compared after NFKC and lower-casing). */
const EQUIVALENT_UNITS: readonly (readonly string[])[] = [
  ['批次', '批'],
  ['天', '日'],
  ['%', '百分比', '百分点', '个百分点'],
  ['个月', '月'],
  ['小时', 'h'],
  ['公里', '千米', 'km'],
  ['米', 'm'],
  ['平方米', '平米', 'm2'],
  ['立方米', 'm3'],
  ['千克', '公斤', 'kg'],
  ['吨', 't'],
  ['人', '名'],
];

const CANONICAL = new Map<string, string>();
for (const group of EQUIVALENT_UNITS) for (const spelling of group) CANONICAL.set(spelling, group[0] ?? spelling);

function canonicalUnit(unit: string): string {
  const s = normalizeText(unit).toLowerCase();
  return CANONICAL.get(s) ?? s;
}

/**
 * Whether two base units mean the same (`批次`≡`批`, `天`≡`日`, `Km`≡`公里`). The empty unit matches
 * only the empty unit: whether a unit-less number takes the other side's unit is the caller's call.
 */
export function sameBaseUnit(a: string, b: string): boolean {
  return canonicalUnit(a) === canonicalUnit(b);
}

/**
 * Base units that an indicator name may carry in brackets at its end. Deliberately a list: the
 * brackets at the end of a name also hold words that are not units (`（试行）`, `（含税）`, `（新建）`).
 */
const KNOWN_UNITS = new Set([
  '元', '个', '次', '批次', '批', '天', '日', '人', '人次', '名', '位', '家', '户', '户次', '项', '件', '份', '场', '场次',
  '期', '篇', '条', '套', '台', '辆', '座', '所', '处', '年', '月', '个月', '季度', '周', '小时', '分钟', '工作日',
  '个工作日', '米', '平方米', '平米', '公里', '千米', '亩', '公顷', '吨', '千克', '公斤', '立方米', '册', '本', '张', '株',
  '棵', '头', '只', '间', '栋', '幢', '课时', '学时', '门', '笔', '宗', '班', '班次', '床', '床位', '倍', '度', '千瓦',
  '千瓦时', '兆瓦', '车次', '架次', '艘', '部', '种', '类', '起', '宗次', '单',
  'm', 'm2', 'm3', 'km', 'kg', 't', 'h', 'kw', 'kwh', 'mw',
]);

/** A known unit word, or a `/` combination of them (`元/人`, `人/次`). */
export function isKnownUnit(baseUnit: string): boolean {
  if (baseUnit === '%') return true;
  const parts = baseUnit.toLowerCase().split('/');
  return parts.length <= 3 && parts.every((p) => KNOWN_UNITS.has(p) || PERCENT_WORDS.has(p));
}

/**
 * The unit in brackets at the end of an indicator name: `招商活动签约项目累计资金（亿）` → `亿`,
 * `接洽客商（批次）` → `批次`, `收入（万元/年）` → `万元/年`, `资金（单位：万元）` → `万元`.
 * Rule: the last bracketed text (`（）`, `()`, `[]`, `【】`) ending the name is a unit when, after an
 * optional `单位：` label, it is a magnitude (`万`, `亿`, …) followed by nothing, a percent word, or a
 * known unit word (or `/` combination of them) — see KNOWN_UNITS. Anything else (`（试行）`) is not.
 * Returns the unit text as written (normalised), or undefined.
 */
const NAME_UNIT = /[([【]([^()[\]【】]{1,12})[)\]】]$/u;
const CLOSING_BRACKETS = new Set([')', ']', '】']);

export function unitFromName(name: string): string | undefined {
  const s = normalizeText(name);
  // Most names do not end in a bracket: no regex scan for them.
  if (!CLOSING_BRACKETS.has(s.charAt(s.length - 1))) return undefined;
  const m = NAME_UNIT.exec(s);
  if (m?.[1] === undefined || m.index === 0) return undefined;
  const text = withoutUnitLabel(m[1]);
  if (text === '') return undefined;
  const reading = readUnit(text);
  if (reading.unit === '' && reading.scale !== 1) return text;
  return reading.unit !== '' && isKnownUnit(reading.unit) ? text : undefined;
}

/**
 * Text that can stand after a number as its unit: letters (CJK included), `°`, `/`, and the `2`/`3`
 * of `m2`, `km3`; `%` and `‰` only on their own. No other digits and no punctuation: `1.2.3%` leaves
 * `.3%`, and `90%完成率` leaves `%完成率`, neither is a unit.
 */
const UNIT_CHARS = /^[\p{L}°/]*$/u;
const SQUARE_CUBE = /(?<=[A-Za-z])[23](?![0-9])/g;

export function isUnitLike(text: string): boolean {
  if (text === '%' || text === '‰' || text === '') return true;
  // Only a `2` or `3` can be the square or cube of `m2`, `km3`.
  const bare = text.includes('2') || text.includes('3') ? text.replace(SQUARE_CUBE, '') : text;
  return UNIT_CHARS.test(bare);
}
