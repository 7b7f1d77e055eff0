/**
 * Key words of an expense 摘要 and the synonym table that links them to 三级 names (DOMAIN.md §10.2).
 *
 * A 摘要 is split into items on the marks officers list things with (`、，,；;/` and 和 及 与 等,
 * brackets, spaces), and each item loses the generic words that say "money" rather than what it
 * bought: a leading 支付 / 用于 / 列支, a trailing 费用 / 经费 / 支出 / 开支 / 资金 / 费 / 款.
 * `制作宣传片、招商手册等` gives 制作宣传片 and 招商手册; `培训费` gives 培训.
 */
import { normalizeText } from '../text/normalize';

/** One synonym: an expense word and the indicator word that measures it. */
export interface KeywordPair {
  readonly expense: string;
  readonly indicator: string;
}

/**
 * Built in (officers extend it with a 关键词对照 sheet): the words of common 摘要 that differ from the
 * words of the indicators that measure them.
 */
export const BUILT_IN_KEYWORDS: readonly KeywordPair[] = [
  { expense: '接待', indicator: '商务接待' },
  { expense: '外出招商', indicator: '小分队外出招商' },
  { expense: '宣传', indicator: '宣传片' },
  { expense: '宣传', indicator: '宣传推广' },
  { expense: '宣传', indicator: '宣传报道' },
  { expense: '培训', indicator: '培训人次' },
  { expense: '培训', indicator: '参训' },
  { expense: '差旅', indicator: '外出' },
  { expense: '差旅', indicator: '出差' },
  { expense: '会议', indicator: '推介会' },
  { expense: '印刷', indicator: '印制' },
  { expense: '维修', indicator: '维护' },
  { expense: '维修', indicator: '完好率' },
  { expense: '劳务', indicator: '聘用' },
  { expense: '咨询', indicator: '评审' },
];

const SEPARATORS = /[、，,；;/\\|()（）【】[\]\s和及与等]+/u;
const LEADING = /^(?:支付|用于|列支)/u;
const TRAILING = /(?:费用|经费|支出|开支|资金|费|款)$/u;

/** The key words of a 摘要: items of two characters or more, without the generic money words. */
export function summaryKeywords(summary: string): string[] {
  const out: string[] = [];
  for (const part of normalizeText(summary).split(SEPARATORS)) {
    let word = part.replace(LEADING, '');
    // `办公用品费用` → 办公用品; at most two generic endings (`培训费支出`).
    for (let i = 0; i < 2 && TRAILING.test(word); i++) word = word.replace(TRAILING, '');
    if ([...word].length >= 2 && !out.includes(word)) out.push(word);
  }
  return out;
}

/** Length of the longest common substring of two strings (by UTF-16 unit; the names are CJK). */
export function longestCommonSubstring(a: string, b: string): number {
  let best = 0;
  let previous = new Array<number>(b.length + 1).fill(0);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const run = a[i - 1] === b[j - 1] ? (previous[j - 1] ?? 0) + 1 : 0;
      current[j] = run;
      if (run > best) best = run;
    }
    [previous, current] = [current, previous];
  }
  return best;
}

/**
 * Whether an indicator (by its normalised name) measures an expense key word: the word stands in the
 * name or the name in the word (`小分队外出招商` in `小分队外出招商（次）`); or the two share three
 * characters running (`宣传片制作` and `宣传片制作数量`; two, such as 招商 or 客商, are too common to
 * mean the same spending); or a synonym links them, in either direction (接待 ↔ 商务接待).
 */
export function measures(indicatorName: string, word: string, synonyms: readonly KeywordPair[]): boolean {
  const name = indicatorName;
  if (name.includes(word) || (name.length >= 2 && word.includes(name))) return true;
  if (longestCommonSubstring(name, word) >= 3) return true;
  return synonyms.some(
    (s) => (word.includes(s.expense) && name.includes(s.indicator)) || (word.includes(s.indicator) && name.includes(s.expense)),
  );
}
