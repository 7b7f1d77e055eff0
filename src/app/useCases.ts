/**
 * The use cases, written once and used by every door (task pane, ribbon, command line).
 * Each reads the workbook once through the port, runs the pure engine, and applies one write plan.
 */
import type { WorkbookPort, WorkbookSnapshot } from './ports';
import type { Evaluation } from '../domain/model';
import type { Locale } from '../domain/diagnostics/types';
import type { WritePlan } from '../domain/output/planTypes';
import { readInputs } from '../workbook/readInputs';
import { evaluate } from '../domain/scoring/evaluate';
import { getProfile } from '../domain/schema/profiles';
import { buildWritePlan } from '../domain/output/buildWritePlan';
import { buildTemplatePlan } from '../domain/output/templatePlan';
import { resolveOutputNames } from './outputNames';
import { missingInputRoles } from '../workbook/readInputs';
import { renderDiagnostics } from '../domain/diagnostics/messages';
import { toReport, type Report } from './report';

export interface RunOptions {
  /** Language of messages (the official form itself is always Chinese). Default zh-CN. */
  readonly locale?: Locale;
  /** Scoring profile id. Default `central`. */
  readonly profile?: string;
}

export interface RunResult {
  readonly evaluation: Evaluation;
  readonly report: Report;
  /** The plan for all four output sheets. */
  readonly plan: WritePlan;
}

/** Pure: snapshot in, evaluation and write plan out. Never throws on user input. */
export function evaluateSnapshot(snapshot: WorkbookSnapshot, options: RunOptions = {}): RunResult {
  const locale = options.locale ?? 'zh-CN';
  const profile = getProfile(options.profile ?? 'central');
  const inputSheets = snapshot.sheets.filter((s) => !snapshot.ownedSheets.includes(s.name));
  const input = readInputs(inputSheets, profile);
  const names = resolveOutputNames(snapshot);
  const evaluation = evaluate(input, profile, names.diagnostics);
  const plan = buildWritePlan(evaluation, renderDiagnostics(evaluation.diagnostics, locale), names.names, names.ownedSheets);
  return { evaluation, report: toReport(evaluation, locale), plan };
}

/** 一键计算: read, score, write the four output sheets. */
export async function recompute(port: WorkbookPort, options: RunOptions = {}): Promise<RunResult> {
  const result = evaluateSnapshot(await port.read(), options);
  await port.apply(result.plan);
  return result;
}

export interface ValidateOptions extends RunOptions {
  /** Write the 校验问题 sheet (the ribbon's 校验); the command line only reports. */
  readonly write?: boolean;
}

/** 校验: read and check; optionally write only the diagnostics sheet. */
export async function validate(port: WorkbookPort, options: ValidateOptions = {}): Promise<RunResult> {
  const result = evaluateSnapshot(await port.read(), options);
  if (options.write) {
    const sheets = result.plan.sheets.filter((s) => s.role === 'diagnostics');
    const plan: WritePlan = result.plan.ownedSheets
      ? { sheets, ownedSheets: result.plan.ownedSheets, ...(sheets[0] ? { activate: sheets[0].name } : {}) }
      : { sheets };
    await port.apply(plan);
  }
  return result;
}

/** 插入模板: add the input sheets that the workbook lacks; never touches existing sheets. */
export async function insertTemplate(port: WorkbookPort): Promise<{ readonly created: readonly string[] }> {
  const snapshot = await port.read();
  const roles = missingInputRoles(snapshot.sheets);
  if (roles.length === 0) return { created: [] };
  const plan = buildTemplatePlan(roles, snapshot.sheets.map((s) => s.name));
  await port.apply(plan);
  return { created: plan.sheets.map((s) => s.name) };
}
