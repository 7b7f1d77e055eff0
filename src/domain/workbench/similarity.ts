/**
 * How alike two 三级 names are, for pairing an original indicator with its adjusted one (DOMAIN.md
 * §10.1). Names are compared by their key: normalised (NFKC, no whitespace) and without a trailing
 * bracket (`接洽客商（批次）` is `接洽客商`: the unit added in brackets is not a new indicator).
 *
 * The measure is the LCS ratio over characters, 2·LCS(a, b) / (|a| + |b|), where LCS is the longest
 * common subsequence. Chinese indicator names are short phrases that evaluators reword by inserting
 * or swapping words (`客商满意度` → `服务客商及企业满意度`, `解决社会就业` → `提高社会群众就业率`): a
 * subsequence keeps the words that survive in order, where character bigrams break at every insertion.
 */
import { normalizeText } from '../text/normalize';

const TRAILING_BRACKET = /[（(【[][^（）()【】[\]]*[）)】\]]$/u;

/** The name as pairing sees it: normalised, without a trailing bracketed part. */
export function indicatorKey(name: string): string {
  const normal = normalizeText(name);
  const bare = normal.replace(TRAILING_BRACKET, '');
  return bare === '' ? normal : bare;
}

/** Length of the longest common subsequence of two strings (by code point). */
export function lcsLength(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  if (x.length === 0 || y.length === 0) return 0;
  let previous = new Array<number>(y.length + 1).fill(0);
  let current = new Array<number>(y.length + 1).fill(0);
  for (const cx of x) {
    for (let j = 1; j <= y.length; j++) {
      current[j] = cx === y[j - 1] ? (previous[j - 1] ?? 0) + 1 : Math.max(previous[j] ?? 0, current[j - 1] ?? 0);
    }
    [previous, current] = [current, previous];
  }
  return previous[y.length] ?? 0;
}

/** 2·LCS / (|a| + |b|): 1 for equal strings, 0 when no character is shared. */
export function lcsRatio(a: string, b: string): number {
  const total = [...a].length + [...b].length;
  return total === 0 ? 1 : (2 * lcsLength(a, b)) / total;
}

/**
 * The least similarity at which two names under the same 二级 are the same indicator reworded: 0.4.
 * Shorter phrases share less by chance: a shared three-character head word in seven-character names
 * (`资金到位及时率` / `接洽客商及时率`, 及时率) gives 0.43, a rewording that keeps the core words
 * (`解决社会就业` / `提高社会群众就业率`) 0.53; a shared two-character word in names of seven or more
 * characters (`客商`, `招商`) stays at 0.29 or below, and one shared character (`性`, `率`) below 0.25.
 */
export const SIMILARITY_THRESHOLD = 0.4;
