/**
 * What the add-in remembers in a workbook besides the sheets it owns: the pane's scoring-profile
 * drop-down and its mode switch (self-evaluation or mid-year tracking). Stored with the ownership
 * record (src/app/workbookRecord.ts); a field that is absent was never chosen.
 */

/** 自评 (the year-end self-evaluation) or 绩效跟踪 (mid-year tracking). */
export type EvaluationMode = 'selfEvaluation' | 'tracking';

export const EVALUATION_MODES: readonly EvaluationMode[] = ['selfEvaluation', 'tracking'];

export interface WorkbookSettings {
  /** A scoring profile id (src/domain/schema/profiles.ts), as chosen; not checked here. */
  readonly profile?: string;
  readonly mode?: EvaluationMode;
}
