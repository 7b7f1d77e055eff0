/**
 * Reading 完成目标可能性 and the 偏差原因类别 (DOMAIN.md §9) from what officers write: one of the three
 * words (or a tick under one of three columns), and the five categories as tick columns or as one text
 * column (`经费保障、人员保障`).
 */
import { normalizeText } from '../text/normalize';
import type { DeviationCategory, Likelihood } from './types';

/** Each likelihood's spellings after normalisation; the longest are tried first (`完全不可能` before `可能`). */
const LIKELIHOOD_WORDS: readonly (readonly [string, Likelihood])[] = [
  ['完全不可能', 'impossible'],
  ['不可能', 'impossible'],
  ['不能', 'impossible'],
  ['无法完成', 'impossible'],
  ['确定能', 'certain'],
  ['确定能完成', 'certain'],
  ['确定', 'certain'],
  ['能', 'certain'],
  ['能完成', 'certain'],
  ['可以完成', 'certain'],
  ['有可能', 'possible'],
  ['可能', 'possible'],
];

const BY_WORD = new Map(LIKELIHOOD_WORDS);

/** The words as the 监控表 prints them. */
export const LIKELIHOOD_LABEL: Readonly<Record<Likelihood, string>> = {
  certain: '确定能',
  possible: '有可能',
  impossible: '完全不可能',
};


/** The likelihood a cell's text names, or undefined (blank, or text that is none of the three). */
export function parseLikelihood(text: string): Likelihood | undefined {
  const t = normalizeText(text).replace(/[。.，,；;！!]+$/u, '');
  if (t === '') return undefined;
  return BY_WORD.get(t);
}

/** The category names as the 监控表 prints them, in the form's order. */
export const CATEGORY_LABEL: Readonly<Record<DeviationCategory, string>> = {
  funding: '经费保障',
  institution: '制度保障',
  staffing: '人员保障',
  facilities: '硬件条件保障',
  other: '其他',
};


/** Key words of each category in a text column (and in a tick column's header). */
const CATEGORY_WORDS: readonly (readonly [RegExp, DeviationCategory])[] = [
  [/经费|资金/u, 'funding'],
  [/制度/u, 'institution'],
  [/人员|人力/u, 'staffing'],
  [/硬件|设备|条件保障/u, 'facilities'],
  [/其他|其它/u, 'other'],
];

/** The category a tick column's header names (`经费保障`, `硬件条件保障`, `其他`), if any. */
export function categoryOfLabel(label: string): DeviationCategory | undefined {
  const t = normalizeText(label);
  if (t === '' || t.length > 8) return undefined;
  for (const [re, category] of CATEGORY_WORDS) if (re.test(t)) return category;
  return undefined;
}

/**
 * The categories a text column names, in the form's order. Text that names none of them (a reason
 * written in the category column) counts as 其他, so a deviation that was explained is never lost.
 */
export function parseCategories(text: string): DeviationCategory[] {
  const t = normalizeText(text);
  if (isUnticked(t)) return [];
  const found = new Set<DeviationCategory>();
  for (const [re, category] of CATEGORY_WORDS) if (re.test(t)) found.add(category);
  if (found.size === 0) found.add('other');
  return sortCategories(found);
}

export function sortCategories(set: Iterable<DeviationCategory>): DeviationCategory[] {
  const s = new Set(set);
  return (['funding', 'institution', 'staffing', 'facilities', 'other'] as const).filter((c) => s.has(c));
}

/** What an empty or crossed-out tick cell holds: blank, dashes, an empty box, `否`, `无`, `0`, `×`. */
const UNTICKED = new Set(['', '-', '—', '——', '–', '/', '／', '□', '☐', '否', '无', '0', '×', '✗', '✘', 'FALSE', 'N', 'n']);

/** True when a tick cell's text is not a tick. Anything else (`√`, `✓`, `☑`, `是`, `1`, `■`, a word) ticks it. */
export function isUnticked(text: string): boolean {
  return UNTICKED.has(normalizeText(text));
}
