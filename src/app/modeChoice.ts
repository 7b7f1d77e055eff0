/**
 * Which mode a run uses (DOMAIN.md §9): the one chosen for this run (`--mode`, the pane's switch), else
 * the one remembered in the workbook, else what 评价类型 says, else the form's title (a 绩效监控表 /
 * 运行监控表 / 绩效跟踪表 is tracking, said by `TRACKING_FROM_TITLE` at the title cell), else the date rule — an as-of date
 * before the end of the period makes it tracking, said by `TRACKING_ASSUMED` — else a self-evaluation.
 */
import type { ProjectInfo } from '../domain/model';
import type { Diagnostic } from '../domain/diagnostics/types';
import type { EvaluationMode } from '../domain/workbookSettings';
import { diag } from '../domain/diagnostics/create';
import { modeOfEvaluationType, type ModeSource } from '../domain/tracking/mode';
import { isIsoDate } from '../domain/tracking/isoDate';

export type { ModeSource };

export interface ModeChoice {
  readonly mode: EvaluationMode;
  readonly source: ModeSource;
  /** `TRACKING_FROM_TITLE` when the form's title decided, `TRACKING_ASSUMED` when the date rule did. */
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * The end of the period the date rule compares with: 实施周期's end, else 31 December of the year the
 * period starts in or the project name names (`2021年度…`). The as-of date's own year is never used: a
 * year-end self-evaluation is often dated the next spring.
 */
function periodEndOf(project: ProjectInfo): string | undefined {
  if (project.periodEnd) return project.periodEnd;
  const year =
    project.periodStart?.slice(0, 4) ??
    (project.name ? /((?:19|20)\d{2})年/u.exec(project.name)?.[1] : undefined) ??
    (project.formYear !== undefined ? String(project.formYear) : undefined);
  return year !== undefined ? `${year}-12-31` : undefined;
}

export function chooseMode(
  project: ProjectInfo | undefined,
  chosen: EvaluationMode | undefined,
  remembered: EvaluationMode | undefined,
  asOfOption: string | undefined,
): ModeChoice {
  if (chosen !== undefined) return { mode: chosen, source: 'chosen', diagnostics: [] };
  if (remembered !== undefined) return { mode: remembered, source: 'remembered', diagnostics: [] };
  const typed = modeOfEvaluationType(project?.evaluationType);
  if (typed !== undefined) return { mode: typed, source: 'evaluationType', diagnostics: [] };
  if (project?.trackingTitle !== undefined) {
    const at = project.cells.trackingTitle ?? { sheet: project.sheet };
    return { mode: 'tracking', source: 'title', diagnostics: [diag('TRACKING_FROM_TITLE', at, { title: project.trackingTitle })] };
  }
  const asOf = asOfOption ?? project?.asOf;
  const end = project ? periodEndOf(project) : undefined;
  if (project && asOf !== undefined && isIsoDate(asOf) && end !== undefined && asOf < end) {
    const at = project.cells.asOf ?? { sheet: project.sheet };
    return { mode: 'tracking', source: 'date', diagnostics: [diag('TRACKING_ASSUMED', at, { asOf, end })] };
  }
  return { mode: 'selfEvaluation', source: 'default', diagnostics: [] };
}
