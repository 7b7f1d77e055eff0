/**
 * Which mode a report is (DOMAIN.md §9): what 评价类型 says, and the date rule (an as-of date before the
 * end of the period). The choice between them and an explicit one is made in src/app/modeChoice.ts.
 */
import type { EvaluationMode } from '../workbookSettings';
import { normalizeText } from '../text/normalize';

/**
 * The mode an 评价类型 text names: 绩效跟踪 / 运行监控 / 绩效监控 (any text with 跟踪 or 监控) is tracking;
 * 单位自评 / 部门评价 / 绩效自评 (自评 or 评价) is a self-evaluation; anything else names none.
 */
export function modeOfEvaluationType(text: string | undefined): EvaluationMode | undefined {
  if (text === undefined) return undefined;
  const t = normalizeText(text);
  if (/跟踪|监控/u.test(t)) return 'tracking';
  if (/自评|评价/u.test(t)) return 'selfEvaluation';
  return undefined;
}

/** `tracking`, `self` (the command line's words) and the mode names themselves. */
export function parseModeWord(word: string): EvaluationMode | undefined {
  switch (word) {
    case 'tracking':
      return 'tracking';
    case 'self':
    case 'selfEvaluation':
      return 'selfEvaluation';
    default:
      return undefined;
  }
}

/**
 * How a run's mode was chosen (src/app/modeChoice.ts): for this run (`--mode`, the pane's switch), as
 * remembered in the workbook, by 评价类型, by the form's title (TRACKING_FROM_TITLE), by the date rule
 * (TRACKING_ASSUMED), or by default.
 */
export type ModeSource = 'chosen' | 'remembered' | 'evaluationType' | 'title' | 'date' | 'default';

export const MODE_LABEL: Readonly<Record<EvaluationMode, string>> = {
  selfEvaluation: '单位自评',
  tracking: '绩效跟踪',
};
