/**
 * Reading an actual (实际完成值), DOMAIN.md §2: a number with its unit and magnitude (NUM), one of
 * the three qualitative tiers (TIER), other text (TEXT), nothing (EMPTY) or an Excel error (ERROR).
 * Never throws. The value of a number cell is kept as stored: whether 0.95 means 95 % is decided
 * against the target by alignActual.
 *
 * Number grammar, after normalizeText:
 *   [约 | 大约 | 将近 | 接近 | 近] n [余 | 多] [万 | 亿 …] [余 | 多] [unit] [左右 | 以上 | 以下 | 以内]
 * (`约160亿`, `60余批次`, `160多亿`, `近300家`, `50左右`, `50人左右`); any mark sets approximate.
 *
 * Decisions (where DOMAIN.md is silent):
 * - The unit after the number must be letters, `%`, `‰` or `/`, at most 4 characters after its
 *   magnitude; anything longer or with other digits is TEXT (`完成3个`, `210批次客商及企业`).
 * - `将近` and `接近` are approximation marks too (they mean what `近` means).
 * - An actual written like a target (DOMAIN.md §8.10): a comparison sign or word before the number
 *   (`≥266米`, `=100%`, `不低于90%`) or a bound word after it (`100%以上`, `300家以上`, `3天以内`):
 *   the number is used and `hasOperator` set (ACTUAL_HAS_OPERATOR), not approximate.
 * - A number cell with a date format is TEXT (`YYYY-MM-DD`); TRUE/FALSE cells are TEXT;
 *   a NaN/±Infinity number is ERROR `#NUM!`; a text number that overflows when scaled is TEXT.
 * - Tier spellings must match exactly after normalisation; TIER and TEXT carry the normalised text.
 */
import type { CellValue } from '../grid';
import { isCellError } from '../grid';
import type { Actual, Tier } from '../values';
import { cellText, cleanFloat, normalizeText } from '../text/normalize';
import { excelSerialToIso, isDateFormat, isPercentFormat, scanNumber } from './number';
import { isUnitLike, readUnit, splitMagnitude } from './unit';

/** The spellings of each tier, exactly as DOMAIN.md §2 lists them. */
export const TIER_SPELLINGS: Readonly<Record<Tier, readonly string[]>> = {
  achieved: ['达成', '已达成', '达成年度指标', '达成预期指标', '完成', '已完成', '全部完成', '是', '符合'],
  partial: ['部分达成', '部分完成', '基本完成', '基本达成', '部分达成年度指标并具有一定效果', '部分达成预期指标并具有一定效果'],
  notAchieved: ['未达成', '未完成', '否', '不符合', '未达成年度指标且效果较差', '未达成预期指标且效果较差'],
};

const TIER_BY_TEXT = new Map<string, Tier>();
for (const tier of ['achieved', 'partial', 'notAchieved'] as const) {
  for (const spelling of TIER_SPELLINGS[tier]) TIER_BY_TEXT.set(spelling, tier);
}

/** The tier a (normalised) text names, if any. */
export function tierOf(text: string): Tier | undefined {
  return TIER_BY_TEXT.get(normalizeText(text));
}

/** Excel's error codes; a text cell holding exactly one of them is an error too. */
export const EXCEL_ERROR_CODES: readonly string[] = [
  '#N/A',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#NULL!',
  '#SPILL!',
  '#CALC!',
  '#FIELD!',
  '#BLOCKED!',
  '#CONNECT!',
  '#BUSY!',
  '#UNKNOWN!',
  '#GETTING_DATA',
];

const APPROX_PREFIXES = ['大约', '将近', '接近', '约', '近'];
const APPROX_SUFFIXES = ['左右'];
/** Signs and words of a target before the number: the actual restates the target (`≥266米`). */
const OPERATOR_PREFIX =
  /^(≥|≤|>|<|=|大于或等于|小于或等于|大于等于|小于等于|不低于|不少于|不小于|不超过|不高于|不多于|不大于|大于|小于|高于|低于|超过|多于|少于|达到|至少|至多|最多)/u;
/** Bound words after the number (`100%以上`, `5天以内`). */
const BOUND_SUFFIXES = ['及以上', '或以上', '以上', '及以下', '或以下', '以下', '以内', '之内'];
const APPROX_AFTER_NUMBER = /^(万亿|千万|百万|十万|亿|万)?(余|多)/u;

interface NumberText {
  readonly value: number;
  readonly unitText: string;
  readonly approximate: boolean;
  readonly operator: boolean;
}

/** Reads `[sign] [mark] n [余|多] [magnitude] [余|多] [unit] [左右 | 以上]`; undefined when the text is not that. */
function readNumberText(text: string): NumberText | undefined {
  let s = text;
  let approximate = false;
  let operator = false;
  const sign = OPERATOR_PREFIX.exec(s);
  if (sign && s.length > sign[0].length) {
    s = s.slice(sign[0].length);
    operator = true;
  }
  const bound = BOUND_SUFFIXES.find((p) => s.endsWith(p) && s.length > p.length);
  if (bound) {
    s = s.slice(0, -bound.length);
    operator = true;
  }
  const prefix = APPROX_PREFIXES.find((p) => s.startsWith(p));
  if (prefix) {
    s = s.slice(prefix.length);
    approximate = true;
  }
  const suffix = APPROX_SUFFIXES.find((p) => s.endsWith(p) && s.length > p.length);
  if (suffix) {
    s = s.slice(0, -suffix.length);
    approximate = true;
  }
  const n = scanNumber(s);
  if (!n) return undefined;
  let unitText = s.slice(n.end);
  const mark = APPROX_AFTER_NUMBER.exec(unitText);
  if (mark) {
    unitText = (mark[1] ?? '') + unitText.slice(mark[0].length);
    approximate = true;
  }
  if (!isUnitLike(unitText) || splitMagnitude(unitText).unit.length > 4) return undefined;
  return { value: n.value, unitText, approximate, operator };
}

type Writable<T> = { -readonly [K in keyof T]: T[K] };

function actualFromNumber(value: number, numberFormat: string): Actual {
  if (!Number.isFinite(value)) return { kind: 'ERROR', error: '#NUM!' };
  if (isDateFormat(numberFormat)) return { kind: 'TEXT', text: excelSerialToIso(value) || cellText(value) };
  return {
    kind: 'NUM',
    value: value === 0 ? 0 : value,
    unit: '',
    scale: 1,
    hasUnit: false,
    approximate: false,
    percentFormat: isPercentFormat(numberFormat),
    fromNumberCell: true,
  };
}

function actualFromText(raw: string): Actual {
  const text = normalizeText(raw);
  if (text === '') return { kind: 'EMPTY' };
  // Every error code starts with `#`: the others need no upper-casing and no search.
  if (text.charAt(0) === '#') {
    const upper = text.toUpperCase();
    const error = EXCEL_ERROR_CODES.find((code) => code === upper);
    if (error) return { kind: 'ERROR', error };
  }
  const tier = TIER_BY_TEXT.get(text);
  if (tier) return { kind: 'TIER', tier, text };
  const n = readNumberText(text);
  if (!n) return { kind: 'TEXT', text };
  const unit = readUnit(n.unitText);
  const scaled = cleanFloat(n.value * unit.scale);
  if (!Number.isFinite(scaled)) return { kind: 'TEXT', text };
  const actual: Writable<Extract<Actual, { kind: 'NUM' }>> = {
    kind: 'NUM',
    value: scaled,
    unit: unit.unit,
    scale: unit.scale,
    hasUnit: n.unitText !== '',
    approximate: n.approximate,
    percentFormat: false,
    fromNumberCell: false,
  };
  if (n.operator) actual.hasOperator = true;
  return actual;
}

/** Reads an actual cell; `numberFormat` is the cell's number format (`General` when unknown). Never throws. */
export function parseActual(value: CellValue, numberFormat = 'General'): Actual {
  if (value === null) return { kind: 'EMPTY' };
  if (typeof value === 'number') return actualFromNumber(value, numberFormat);
  if (typeof value === 'string') return actualFromText(value);
  if (isCellError(value)) return { kind: 'ERROR', error: value.error };
  return { kind: 'TEXT', text: cellText(value) };
}
