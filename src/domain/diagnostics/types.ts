/**
 * Diagnostics are data (Zod-style issues): a code, a severity in Fluent's vocabulary, a location
 * and typed params. Messages are rendered per locale from the code and params (messages.ts).
 */

export type Severity = 'error' | 'warning' | 'info';

export type Locale = 'zh-CN' | 'en-US';

export const DIAGNOSTIC_CODES = [
  'NO_INDICATOR_SHEET',
  'NO_PROJECT_INFO',
  'NO_EXPENSE_SHEET',
  'MISSING_COLUMN',
  'UNKNOWN_LEVEL1',
  'UNKNOWN_LEVEL2',
  'LEVEL2_PARENT_MISMATCH',
  'PLACEHOLDER_INDICATOR',
  'DUPLICATE_INDICATOR',
  'TARGET_UNPARSED',
  'ACTUAL_MISSING',
  'ACTUAL_NOT_NUMERIC',
  'ACTUAL_INVALID',
  'QUAL_ACTUAL_UNRECOGNIZED',
  'QUAL_SCORE_OUT_OF_BAND',
  'APPROXIMATE_ACTUAL',
  'AMBIGUOUS_PERCENT',
  'UNIT_MISMATCH',
  'NEGATIVE_ACTUAL',
  'OVER_ACHIEVED',
  'DEVIATION_REASON_MISSING',
  'WEIGHTS_DEFAULTED',
  'WEIGHTS_INCOMPLETE',
  'WEIGHT_SUM_MISMATCH',
  'LEVEL1_MISSING',
  'QUALITATIVE_TARGET',
  'SATISFACTION_NOT_QUANTIFIED',
  'SATISFACTION_TARGET_LOW',
  'SUSPICIOUS_ZERO_TARGET',
  'BUDGET_MISSING',
  'LOW_EXECUTION_RATE',
  'FUND_BREAKDOWN_MISMATCH',
  'EXPENSE_TOTAL_MISMATCH',
  'EXPENSE_AMOUNT_INVALID',
  'EXECUTED_MISMATCH',
  'EXECUTED_EXCEEDS_RECEIVED',
  'OVER_BUDGET',
  'TITLE_PROJECT_MISMATCH',
  'OUTPUT_NAME_TAKEN',
] as const;

export type DiagnosticCode = (typeof DIAGNOSTIC_CODES)[number];

export type DiagnosticParams = Readonly<Record<string, string | number>>;

export interface Diagnostic {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  /** Sheet name, `` when the diagnostic is about the whole workbook. */
  readonly sheet: string;
  /** A1 address of the cell (or range), `` when none. */
  readonly cell: string;
  readonly params: DiagnosticParams;
}

/** A diagnostic with its message rendered for one locale (what doors show and JSON prints). */
export interface RenderedDiagnostic {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  readonly sheet: string;
  readonly cell: string;
  readonly message: string;
}
