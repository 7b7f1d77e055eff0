/**
 * Never a silent zero (DOMAIN.md §8.13): when an indicator table was found but no indicator could be
 * scored (no actual read, every row a placeholder, or no rows at all), NOTHING_SCORED names what was
 * found. Its severity is chosen by the caller, who knows the mode: an error in a self-evaluation (no
 * form is written), a warning in tracking mode (funds progress alone is still a result).
 */
import type { IndicatorResult, IndicatorSheet, LayoutBlock } from '../model';
import type { Diagnostic, Severity } from '../diagnostics/types';
import { diag } from '../diagnostics/create';
import { rangeToA1 } from '../address';

/** Statuses of an indicator whose actual was read and scored. */
const SCORED = new Set(['met', 'partial', 'unmet']);

export function nothingScored(
  sheet: IndicatorSheet | undefined,
  results: readonly IndicatorResult[],
  layout: readonly LayoutBlock[],
  severity?: Severity,
): Diagnostic | undefined {
  if (!sheet || results.some((r) => SCORED.has(r.status))) return undefined;
  const table = `${sheet.sheet}!${rangeToA1(sheet.range)}`;
  const others = layout
    .filter((b) => !(b.role === 'indicators' && b.sheet === sheet.sheet))
    .map((b) => `${b.sheet}!${rangeToA1(b.range)}`);
  return diag(
    'NOTHING_SCORED',
    { sheet: sheet.sheet, row: sheet.headerRow },
    {
      table,
      rows: results.filter((r) => r.status !== 'excluded').length,
      placeholders: results.filter((r) => r.status === 'excluded').length,
      blocks: others.join('、'),
      // A warning (tracking mode) still writes the 监控表; the message says which.
      tracking: severity === 'warning' ? 1 : 0,
    },
    severity,
  );
}

/** Codes that, as errors, mean there is no result to write: the form is withheld (DOMAIN.md §8.13). */
const NO_RESULT = new Set(['NO_INDICATOR_SHEET', 'NOTHING_SCORED']);

/** True when nothing was scored: `evaluate` exits 1 and writes no form; the add-in writes 校验问题 only. */
export function formWithheld(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error' && NO_RESULT.has(d.code));
}
