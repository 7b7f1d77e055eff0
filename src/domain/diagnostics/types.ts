/**
 * Diagnostics are data (Zod-style issues): a code, a severity in Fluent's vocabulary, a structured
 * location and params typed per code. Messages are rendered per locale from the code and params
 * (messages.ts); the A1 text of a location is made at the edges (location.ts), never guessed.
 */

export type Severity = 'error' | 'warning' | 'info';

export type Locale = 'zh-CN' | 'en-US';

type Text = string;
type Num = number;
type Empty = Record<never, never>;

/**
 * Every code with the params its messages use. A misspelt or missing key is a compile error at the
 * call site (`diag`) and in the message tables.
 */
export interface DiagnosticParamsByCode {
  NO_INDICATOR_SHEET: Empty;
  NO_PROJECT_INFO: Empty;
  NO_EXPENSE_SHEET: Empty;
  MISSING_COLUMN: { readonly column: Text };
  UNKNOWN_LEVEL1: { readonly value: Text };
  UNKNOWN_LEVEL2: { readonly value: Text; readonly level1: Text };
  LEVEL2_PARENT_MISMATCH: { readonly value: Text; readonly level1: Text; readonly expected: Text };
  PLACEHOLDER_INDICATOR: { readonly level2: Text; readonly value: Text };
  DUPLICATE_INDICATOR: { readonly name: Text; readonly level2: Text; readonly first: Text };
  TARGET_UNPARSED: { readonly name: Text; readonly target: Text };
  ACTUAL_MISSING: { readonly name: Text };
  ACTUAL_NOT_NUMERIC: { readonly name: Text; readonly actual: Text; readonly target: Text };
  ACTUAL_INVALID: { readonly name: Text; readonly error: Text };
  QUAL_ACTUAL_UNRECOGNIZED: { readonly name: Text; readonly actual: Text };
  QUAL_SCORE_OUT_OF_BAND: {
    readonly name: Text;
    readonly score: Num;
    readonly tier: Text;
    readonly low: Text;
    readonly high: Text;
    readonly used: Text;
  };
  APPROXIMATE_ACTUAL: { readonly name: Text; readonly actual: Text; readonly value: Text };
  AMBIGUOUS_PERCENT: { readonly name: Text; readonly actual: Text; readonly value: Text };
  UNIT_MISMATCH: { readonly name: Text; readonly targetUnit: Text; readonly actualUnit: Text };
  NEGATIVE_ACTUAL: { readonly name: Text; readonly actual: Text };
  OVER_ACHIEVED: { readonly name: Text; readonly ratio: Text };
  DEVIATION_REASON_MISSING: { readonly name: Text };
  WEIGHTS_DEFAULTED: { readonly detail: Text };
  WEIGHTS_INCOMPLETE: { readonly blank: Num };
  WEIGHT_SUM_MISMATCH: { readonly sum: Text; readonly budget: Num; readonly total: Text };
  /** `points`: the 一级's default points, absent in a profile without defaults. */
  LEVEL1_MISSING: { readonly level1: Text; readonly points?: Num };
  QUALITATIVE_TARGET: { readonly name: Text; readonly target: Text; readonly level2: Text };
  SATISFACTION_NOT_QUANTIFIED: { readonly name: Text; readonly target: Text };
  SATISFACTION_TARGET_LOW: { readonly name: Text; readonly target: Text; readonly min: Num };
  SUSPICIOUS_ZERO_TARGET: { readonly name: Text };
  BUDGET_MISSING: Empty;
  LOW_EXECUTION_RATE: { readonly rate: Text; readonly min: Text };
  FUND_BREAKDOWN_MISMATCH: { readonly sum: Text; readonly budget: Text };
  EXPENSE_TOTAL_MISMATCH: { readonly declared: Text; readonly sum: Text; readonly unit: Text };
  /** `label`: the label beside the amount when it came from a key–value sheet. */
  EXPENSE_AMOUNT_INVALID: { readonly value: Text; readonly label?: Text };
  EXECUTED_MISMATCH: { readonly executed: Text; readonly expenses: Text };
  EXECUTED_EXCEEDS_RECEIVED: { readonly executed: Text; readonly received: Text };
  OVER_BUDGET: { readonly executed: Text; readonly budget: Text };
  TITLE_PROJECT_MISMATCH: { readonly title: Text; readonly project: Text };
  OUTPUT_NAME_TAKEN: { readonly name: Text; readonly used: Text };
  /** `amount` as written with its unit (`502,000.00 元`), `share` of the spending (`66.4%`). */
  EXPENSE_NOT_COVERED: { readonly summary: Text; readonly amount: Text; readonly share: Text };
  /** A row of the 关键词对照 sheet with only one of its two words. */
  KEYWORD_ROW_INCOMPLETE: { readonly word: Text };
  // Reported by the Excel add-in's host when Excel did not give it all of a sheet.
  /** `code`: Excel's error code; or `cells`: the sheet was too large to ask. */
  MERGES_UNKNOWN: { readonly sheet: Text; readonly code: Text } | { readonly sheet: Text; readonly cells: Num };
  SHEET_READ_IN_PARTS: { readonly sheet: Text; readonly cells: Num };
  SHEET_NOT_READ: { readonly sheet: Text; readonly cells: Num };
  /** `rows`: the 1-based row numbers of the leftovers, joined (`23、24`). */
  TEMPLATE_ROW: { readonly rows: Text; readonly count: Num };
  /** `value`: the number read from the actual, with its unit. */
  ACTUAL_HAS_OPERATOR: { readonly name: Text; readonly actual: Text; readonly value: Text };
  /**
   * `table`: where the indicator table stands (`Sheet1!A12:I30`); `rows`: indicators read, `placeholders`:
   * rows not scored; `blocks`: the other blocks read (`Sheet1!A5:I9、…`, `` when none).
   */
  NOTHING_SCORED: { readonly table: Text; readonly rows: Num; readonly placeholders: Num; readonly blocks: Text; readonly tracking: Num };
  QUAL_ACTUAL_RESTATES_TARGET: { readonly name: Text; readonly actual: Text };
  /** `self`: the unit's 得分, `computed`: ours, both with 2 decimals. */
  SELF_SCORE_DIFFERS: { readonly name: Text; readonly self: Text; readonly computed: Text };
  /** `printed`: the form's 总分 得分; `sum`: the sum of the unit's own row and budget scores. */
  SELF_TOTAL_MISMATCH: { readonly printed: Text; readonly sum: Text };
  /** `profile`: the id; the two evidence cells as `sheet!A1` with their text. */
  PROFILE_DETECTED: {
    readonly profile: Text;
    readonly budgetCell: Text;
    readonly budgetLabel: Text;
    readonly indicatorCell: Text;
    readonly indicatorLabel: Text;
  };
  /** `profile`: the id; `count`: scored indicators without a 分值. */
  WEIGHTS_REQUIRED: { readonly profile: Text; readonly count: Num };
  /** Tracking mode (DOMAIN.md §9). `asOf`, `end`: ISO dates. */
  TRACKING_ASSUMED: { readonly asOf: Text; readonly end: Text };
  /** `title`: the form's title that names a monitoring form. */
  TRACKING_FROM_TITLE: { readonly title: Text };
  AS_OF_MISSING: Empty;
  /** `asOf`: the ISO month end taken; `month`: the X of the `1-X月` label. */
  AS_OF_FROM_LABEL: { readonly asOf: Text; readonly month: Num };
  AS_OF_OUTSIDE_PERIOD: { readonly asOf: Text; readonly start: Text; readonly end: Text };
  /** `gap`: percentage points (negative); `limit`: the profile's points. */
  EXECUTION_BEHIND_SCHEDULE: { readonly progress: Text; readonly time: Text; readonly gap: Text; readonly limit: Num };
  /** `measure`: cumulative | level | qualitative (how the indicator is judged). */
  INDICATOR_BEHIND_SCHEDULE: {
    readonly name: Text;
    readonly measure: Text;
    readonly progress: Text;
    readonly time: Text;
    readonly actual: Text;
    readonly target: Text;
  };
  LIKELIHOOD_WITHOUT_REASON: { readonly name: Text; readonly likelihood: Text };
  LIKELIHOOD_INCONSISTENT: { readonly name: Text; readonly projection: Text; readonly target: Text };
  LIKELIHOOD_UNRECOGNIZED: { readonly name: Text; readonly value: Text };
  PROJECTION_UNREADABLE: { readonly name: Text; readonly projection: Text; readonly target: Text };
}

export type DiagnosticCode = keyof DiagnosticParamsByCode;

/** Tracking mode's codes (DOMAIN.md §9): their messages travel with its engine. */
export type TrackingCode =
  | 'TRACKING_ASSUMED'
  | 'TRACKING_FROM_TITLE'
  | 'AS_OF_MISSING'
  | 'AS_OF_FROM_LABEL'
  | 'AS_OF_OUTSIDE_PERIOD'
  | 'EXECUTION_BEHIND_SCHEDULE'
  | 'INDICATOR_BEHIND_SCHEDULE'
  | 'LIKELIHOOD_WITHOUT_REASON'
  | 'LIKELIHOOD_INCONSISTENT'
  | 'LIKELIHOOD_UNRECOGNIZED'
  | 'PROJECTION_UNREADABLE';

export type CoreCode = Exclude<DiagnosticCode, TrackingCode>;

export type DiagnosticParams<C extends DiagnosticCode = DiagnosticCode> = Readonly<DiagnosticParamsByCode[C]>;

/**
 * Where a diagnostic points: a sheet (`` for the whole workbook), and a row and/or a column when they
 * are known (0-based). A diagnostic about a header row without a known column has a row only; one
 * about a column has a column only. Nothing is ever guessed (no fallback to column A).
 */
export interface DiagnosticLocation {
  readonly sheet: string;
  readonly row?: number;
  readonly col?: number;
}

/** What `diag` takes: a location whose row/col may be given as undefined (then they are left out). */
export interface LocationInput {
  readonly sheet: string;
  readonly row?: number | undefined;
  readonly col?: number | undefined;
}

export interface DiagnosticOf<C extends DiagnosticCode> extends DiagnosticLocation {
  readonly code: C;
  readonly severity: Severity;
  readonly params: DiagnosticParams<C>;
}

/** A diagnostic of any code: a union discriminated by `code`, so `params` narrows with it. */
export type Diagnostic = { [C in DiagnosticCode]: DiagnosticOf<C> }[DiagnosticCode];

/** A diagnostic with its message rendered for one locale (what doors show and JSON prints). */
export interface RenderedDiagnostic {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  readonly sheet: string;
  /** A1 text of the location: `E6`, a row `3:3`, a column `E:E`, or `` for a whole sheet. */
  readonly cell: string;
  readonly message: string;
}
