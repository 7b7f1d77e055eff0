/**
 * The evaluator's workbench (DOMAIN.md §10) as one module the use cases take as an option: the
 * indicator comparison, the draft report and their two sheets. The command line imports it; the task
 * pane and the ribbon load it as a chunk of its own (loadWorkbench.ts), so the pane's first bundle
 * stays within its budget. Coverage (EXPENSE_NOT_COVERED) is a diagnostic and always runs.
 */
import { compareIndicatorSets } from '../domain/workbench/compareIndicators';
import { buildComparisonSheet } from '../domain/workbench/comparisonSheet';
import { buildDraft } from '../domain/workbench/draft/buildDraft';
import { buildDraftSheet } from '../domain/workbench/draft/draftSheet';

export interface Workbench {
  readonly compare: typeof compareIndicatorSets;
  readonly comparisonSheet: typeof buildComparisonSheet;
  readonly draft: typeof buildDraft;
  readonly draftSheet: typeof buildDraftSheet;
}

export const WORKBENCH: Workbench = {
  compare: compareIndicatorSets,
  comparisonSheet: buildComparisonSheet,
  draft: buildDraft,
  draftSheet: buildDraftSheet,
};
