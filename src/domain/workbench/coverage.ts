/**
 * Coverage (DOMAIN.md §10.2): spending that no indicator measures. An expense item above the
 * profile's share of the spending (coverageMinShare, 10 % in `central`) none of whose 摘要 key words
 * is measured by a scored 三级 indicator is EXPENSE_NOT_COVERED, at its 摘要 cell.
 */
import type { ExpenseTable, IndicatorSheet } from '../model';
import type { Diagnostic } from '../diagnostics/types';
import type { ScoringProfile } from '../schema/profiles';
import { diag } from '../diagnostics/create';
import { normalizeText } from '../text/normalize';
import { measures, summaryKeywords, type KeywordPair } from './keywords';

/** `502,000.00 元` */
export function formatAmount(amount: number, unit: string): string {
  return `${groupedFixed2(amount)} ${unit}`;
}

/** Two decimals with thousands separators, the same on every machine (no locale): `502,000.00`. */
export function groupedFixed2(value: number): string {
  const [whole = '0', fraction = '00'] = Math.abs(value).toFixed(2).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${value < 0 ? '-' : ''}${grouped}.${fraction}`;
}

/** A share of the spending with one decimal: `66.4%`. */
export function formatShare(share: number): string {
  return `${(Math.round(share * 1000) / 10).toFixed(1)}%`;
}

export function checkCoverage(
  expenses: ExpenseTable | undefined,
  indicators: IndicatorSheet | undefined,
  profile: ScoringProfile,
  synonyms: readonly KeywordPair[],
): Diagnostic[] {
  if (!expenses || !indicators || !(expenses.sum > 0)) return [];
  const names = indicators.rows.filter((r) => !r.placeholder && r.name !== '').map((r) => normalizeText(r.name));
  const out: Diagnostic[] = [];
  for (const item of expenses.items) {
    if (item.amount === undefined) continue;
    const share = item.amount / expenses.sum;
    if (!(share > profile.coverageMinShare)) continue;
    const words = summaryKeywords(item.summary);
    const covered = words.some((word) => names.some((name) => measures(name, word, synonyms)));
    if (covered) continue;
    out.push(
      diag('EXPENSE_NOT_COVERED', { sheet: expenses.sheet, row: item.row, col: expenses.summaryCol }, {
        summary: item.summary || '（无摘要）',
        amount: formatAmount(item.amount, expenses.unit),
        share: formatShare(share),
      }),
    );
  }
  return out;
}
