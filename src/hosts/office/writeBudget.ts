/**
 * The request budget of a write sync. The estimate it is compared with is within 10 % of what
 * office.js sends (test/realExcel/requestEstimate.test.ts), so a request stays under Excel on the
 * web's 5 MB. Kept apart from applyPlan.ts, which the pane loads only when it first writes.
 */
export const DEFAULT_MAX_REQUEST_BYTES = 4_000_000;
