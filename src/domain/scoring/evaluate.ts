/**
 * The whole evaluation: validation, weights, indicator scores, budget, subtotals, grade, 暂定 (DOMAIN.md §3);
 * in tracking mode (§9) also the tracking result, with §3 still applied to the to-date actuals.
 */
import type { CellRef, Evaluation, IndicatorResult, InputModel, LevelResult, ProjectInfo } from '../model';
import type { EvaluationMode } from '../workbookSettings';
import type { Diagnostic, Severity } from '../diagnostics/types';
import type { ScoringProfile } from '../schema/profiles';
import { matchLevel1 } from '../schema/schema';
import { diag, hasErrors } from '../diagnostics/create';
import { checkRows, checkSchema } from '../validation/indicatorChecks';
import { checkTitles } from '../validation/titleChecks';
import { assignWeights } from './weights';
import { scoreInto } from './scoreIndicator';
import { scoreBudget } from './budget';
import { roundHalfUp, sum2 } from './rounding';
import { compareSelfScores } from './selfScores';
import { nothingScored } from './nothingScored';
import { gradeOf } from './grade';
import type { TrackingEngine } from '../tracking/engine';

export interface EvaluateOptions {
  /** 自评 (default) or 绩效跟踪 (DOMAIN.md §9). */
  readonly mode?: EvaluationMode;
  /** Tracking mode: the as-of date chosen for the run (ISO), beating the sheets'. */
  readonly asOf?: string;
  /** Tracking mode's engine (src/domain/tracking/engine.ts): required in tracking mode. */
  readonly tracking?: TrackingEngine;
  /**
   * The severity of NOTHING_SCORED: an error by default (no form is written); tracking mode, where
   * funds progress alone is a result, makes it a warning.
   */
  readonly nothingScoredSeverity?: Severity;
}

/** Tracking mode's B: executed to date (截至X月执行数) before 全年执行数. */
function toDate(project: ProjectInfo | undefined): ProjectInfo | undefined {
  if (project?.executedToDate === undefined) return project;
  const cell = project.cells.executedToDate;
  return { ...project, executed: project.executedToDate, cells: { ...project.cells, ...(cell ? { executed: cell } : {}) } };
}

function yearOf(input: InputModel): number | undefined {
  const p = input.project;
  const fromDate = (iso: string | undefined): number | undefined => (iso ? Number(iso.slice(0, 4)) : undefined);
  const fromName = p?.name ? /((?:19|20)\d{2})年/.exec(p.name)?.[1] : undefined;
  return fromDate(p?.periodStart) ?? fromDate(p?.asOf) ?? (fromName ? Number(fromName) : undefined) ?? p?.formYear;
}

/** Scored results by 一级, in sheet order within each. */
function groupByLevel1(results: readonly IndicatorResult[]): Map<string, IndicatorResult[]> {
  const groups = new Map<string, IndicatorResult[]>();
  for (const r of results) {
    const group = groups.get(r.row.level1);
    if (group) group.push(r);
    else groups.set(r.row.level1, [r]);
  }
  return groups;
}

export function evaluate(
  input: InputModel,
  profile: ScoringProfile,
  extra: readonly Diagnostic[] = [],
  options: EvaluateOptions = {},
): Evaluation {
  const mode = options.mode ?? 'selfEvaluation';
  const tracking = mode === 'tracking';
  const engine = options.tracking;
  if (tracking && !engine) throw new Error('evaluate: tracking mode needs the tracking engine (options.tracking)');
  const diagnostics: Diagnostic[] = [...input.diagnostics];
  const projectName = input.project?.name;
  const budget = scoreBudget(tracking ? toDate(input.project) : input.project, input.expenses, profile);
  // In tracking mode EXECUTION_BEHIND_SCHEDULE (against 时间进度) replaces LOW_EXECUTION_RATE.
  diagnostics.push(...(tracking ? budget.diagnostics.filter((d) => d.code !== 'LOW_EXECUTION_RATE') : budget.diagnostics));
  if (input.expenses) diagnostics.push(...checkTitles(input.expenses.titles, projectName));

  const sheets = input.indicators ? [input.indicators, ...input.referenceSheets] : [...input.referenceSheets];
  for (const sheet of sheets) {
    diagnostics.push(...checkTitles(sheet.titles, projectName));
    diagnostics.push(...checkSchema(sheet, profile));
    diagnostics.push(...checkRows(sheet, profile));
  }

  const results: IndicatorResult[] = [];
  const scoredSheet = input.indicators;
  if (scoredSheet) {
    const scoredRows = scoredSheet.rows.filter((r) => !r.placeholder && matchLevel1(profile, r.level1));
    const weights = assignWeights(
      scoredRows,
      profile,
      scoredSheet.sheet,
      scoredSheet.rows[0]?.cols.weight,
      scoredSheet.headerRow,
    );
    diagnostics.push(...weights.diagnostics);
    // scoredRows is the sheet's rows in order with some left out: walk both together.
    let next = 0;
    for (const row of scoredSheet.rows) {
      if (scoredRows[next] !== row) {
        results.push({ row, type: 'qualitative', weight: 0, score: 0, status: 'excluded' });
        continue;
      }
      const w = weights.weights[next] ?? 0;
      next++;
      results.push(scoreInto(row, w, profile, scoredSheet.hasActualColumn, diagnostics));
    }
  }

  const scored = results.filter((r) => r.status !== 'excluded');
  const byLevel1 = groupByLevel1(scored);
  const levels: Record<string, LevelResult> = {};
  for (const level of profile.level1) {
    const mine = byLevel1.get(level.name) ?? [];
    if (scoredSheet && mine.length === 0) {
      diagnostics.push(diag('LEVEL1_MISSING', { sheet: scoredSheet.sheet }, {
          level1: level.name,
          ...(level.points !== undefined ? { points: level.points } : {}),
        }));
    }
    levels[level.name] = { weight: sum2(mine.map((r) => r.weight)), score: sum2(mine.map((r) => r.score)) };
  }
  // In tracking mode funds progress alone is a result: NOTHING_SCORED is a warning (DOMAIN.md §9).
  const nothing = nothingScored(scoredSheet, results, input.layout, tracking ? 'warning' : options.nothingScoredSeverity);
  if (nothing) diagnostics.push(nothing);
  const outOfBand = new Set(
    diagnostics.filter((d) => d.code === 'QUAL_SCORE_OUT_OF_BAND' && d.sheet === scoredSheet?.sheet).map((d) => d.row ?? -1),
  );
  const self = compareSelfScores(scoredSheet, results, budget.budget, input.project, outOfBand);
  diagnostics.push(...self.diagnostics);
  diagnostics.push(...extra);

  const total = sum2([...scored.map((r) => r.score), budget.budget.score]);
  const max = roundHalfUp(sum2(scored.map((r) => r.weight)) + budget.budget.weight, 2);
  const year = yearOf(input);
  const tracked = engine && tracking
    ? engine.evaluateTracking(
        {
          ...(input.project ? { project: input.project } : {}),
          budget: budget.budget,
          indicators: results,
          snapshotTotal: total,
          ...(options.asOf !== undefined ? { asOf: options.asOf } : {}),
          ...toDateMonthOf(input),
          ...(year !== undefined ? { year } : {}),
        },
        profile,
        profile.tracking,
      )
    : undefined;
  const all = engine && tracked ? engine.trackingDiagnostics(diagnostics, tracked) : diagnostics;
  return {
    profile: profile.id,
    mode,
    ...(input.project ? { project: input.project } : {}),
    ...(input.expenses ? { expenses: input.expenses } : {}),
    budget: budget.budget,
    indicators: results,
    levels,
    total,
    max,
    grade: gradeOf(total, profile),
    provisional: hasErrors(all),
    ...(year !== undefined ? { year } : {}),
    diagnostics: all,
    layout: input.layout,
    ...(self.selfTotal !== undefined ? { selfTotal: self.selfTotal } : {}),
    ...(tracked ? { tracking: tracked.tracking } : {}),
  };
}

function toDateMonthOf(input: InputModel): { toDateMonth?: number; toDateMonthRef?: CellRef } {
  const from = input.project?.toDateMonth !== undefined ? input.project : input.indicators;
  const month = from?.toDateMonth;
  if (month === undefined) return {};
  return from?.toDateMonthRef ? { toDateMonth: month, toDateMonthRef: from.toDateMonthRef } : { toDateMonth: month };
}
