/** Building diagnostics: the severity of each code (DOMAIN.md §4) and a small typed constructor. */
import type {
  Diagnostic,
  DiagnosticCode,
  DiagnosticOf,
  DiagnosticParams,
  LocationInput,
  Severity,
} from './types';

/** A Record over every code: a new code without a severity is a compile error. */
export const DEFAULT_SEVERITY: Readonly<Record<DiagnosticCode, Severity>> = {
  NO_INDICATOR_SHEET: 'error',
  NO_PROJECT_INFO: 'warning',
  NO_EXPENSE_SHEET: 'warning',
  MISSING_COLUMN: 'error',
  UNKNOWN_LEVEL1: 'error',
  UNKNOWN_LEVEL2: 'error',
  LEVEL2_PARENT_MISMATCH: 'error',
  PLACEHOLDER_INDICATOR: 'warning',
  DUPLICATE_INDICATOR: 'warning',
  TARGET_UNPARSED: 'warning',
  ACTUAL_MISSING: 'error',
  ACTUAL_NOT_NUMERIC: 'error',
  ACTUAL_INVALID: 'error',
  QUAL_ACTUAL_UNRECOGNIZED: 'error',
  QUAL_SCORE_OUT_OF_BAND: 'error',
  APPROXIMATE_ACTUAL: 'info',
  AMBIGUOUS_PERCENT: 'warning',
  UNIT_MISMATCH: 'warning',
  NEGATIVE_ACTUAL: 'warning',
  OVER_ACHIEVED: 'warning',
  DEVIATION_REASON_MISSING: 'warning',
  WEIGHTS_DEFAULTED: 'info',
  WEIGHTS_INCOMPLETE: 'error',
  WEIGHT_SUM_MISMATCH: 'error',
  LEVEL1_MISSING: 'warning',
  QUALITATIVE_TARGET: 'info',
  SATISFACTION_NOT_QUANTIFIED: 'warning',
  SATISFACTION_TARGET_LOW: 'warning',
  SUSPICIOUS_ZERO_TARGET: 'warning',
  BUDGET_MISSING: 'error',
  LOW_EXECUTION_RATE: 'warning',
  FUND_BREAKDOWN_MISMATCH: 'error',
  EXPENSE_TOTAL_MISMATCH: 'error',
  EXPENSE_AMOUNT_INVALID: 'error',
  EXECUTED_MISMATCH: 'warning',
  EXECUTED_EXCEEDS_RECEIVED: 'warning',
  OVER_BUDGET: 'warning',
  TITLE_PROJECT_MISMATCH: 'warning',
  OUTPUT_NAME_TAKEN: 'info',
  EXPENSE_NOT_COVERED: 'warning',
  KEYWORD_ROW_INCOMPLETE: 'warning',
  MERGES_UNKNOWN: 'warning',
  SHEET_READ_IN_PARTS: 'info',
  SHEET_NOT_READ: 'warning',
  TEMPLATE_ROW: 'info',
  ACTUAL_HAS_OPERATOR: 'info',
  // An error in a self-evaluation; the caller passes `warning` in tracking mode (see nothingScored.ts).
  NOTHING_SCORED: 'error',
  QUAL_ACTUAL_RESTATES_TARGET: 'info',
  SELF_SCORE_DIFFERS: 'warning',
  SELF_TOTAL_MISMATCH: 'warning',
  PROFILE_DETECTED: 'info',
  WEIGHTS_REQUIRED: 'error',
  TRACKING_ASSUMED: 'info',
  TRACKING_FROM_TITLE: 'info',
  AS_OF_MISSING: 'warning',
  AS_OF_FROM_LABEL: 'info',
  AS_OF_OUTSIDE_PERIOD: 'error',
  EXECUTION_BEHIND_SCHEDULE: 'warning',
  INDICATOR_BEHIND_SCHEDULE: 'warning',
  LIKELIHOOD_WITHOUT_REASON: 'warning',
  LIKELIHOOD_INCONSISTENT: 'warning',
  LIKELIHOOD_UNRECOGNIZED: 'warning',
  PROJECTION_UNREADABLE: 'warning',
};

/** Every code (the keys of DEFAULT_SEVERITY, so the list is complete by construction). */
export const DIAGNOSTIC_CODES = Object.keys(DEFAULT_SEVERITY) as readonly DiagnosticCode[];

/** Params are optional for a code that takes none. */
type ParamsArgs<C extends DiagnosticCode> = keyof DiagnosticParams<C> extends never
  ? [params?: DiagnosticParams<C>, severity?: Severity]
  : [params: DiagnosticParams<C>, severity?: Severity];

/**
 * `diag('UNIT_MISMATCH', { sheet, row, col }, { name, targetUnit, actualUnit })`. A row or column
 * given as undefined is left out of the location (it is unknown, not column A).
 */
export function diag<C extends DiagnosticCode>(code: C, at: LocationInput, ...[params, severity]: ParamsArgs<C>): Diagnostic {
  const d: { -readonly [K in keyof DiagnosticOf<C>]: DiagnosticOf<C>[K] } = {
    code,
    severity: severity ?? DEFAULT_SEVERITY[code],
    sheet: at.sheet,
    params: (params ?? {}) as DiagnosticParams<C>,
  };
  if (at.row !== undefined) d.row = at.row;
  if (at.col !== undefined) d.col = at.col;
  return d as Diagnostic;
}

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** Errors first, then warnings, then info; stable within a severity. */
export function bySeverity(a: Diagnostic, b: Diagnostic): number {
  return SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity];
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}
