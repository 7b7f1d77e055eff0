/**
 * The use cases, written once and used by every door (task pane, ribbon, command line).
 * Each reads the workbook once through the port, runs the pure engine, and applies one write plan.
 */
import type { WorkbookPort, WorkbookSnapshot } from './ports';
import type { SheetGrid } from '../domain/grid';
import type { Evaluation } from '../domain/model';
import type { Locale } from '../domain/diagnostics/types';
import { OUTPUT_ROLES, type OutputRole, type SheetPlan, type WritePlan } from '../domain/output/planTypes';
import type { WorkbookSettings } from '../domain/workbookSettings';
import { sameSheetName } from '../domain/address';
import { missingInputRoles, readInputs } from '../workbook/readInputs';
import { evaluate } from '../domain/scoring/evaluate';
import { buildWritePlan } from '../domain/output/buildWritePlan';
import { DEFAULT_PROFILE_ID, getProfile } from '../domain/schema/profiles';
import { renderDiagnostics } from '../domain/diagnostics/messages';
import { formWithheld } from '../domain/scoring/nothingScored';
import { ownedAfter, ownsRoleSheet, resolveOutputNames } from './outputNames';
import { toReport, type Report } from './report';
import { readKeywordTables } from '../workbook/readKeywords';
import { checkCoverage } from '../domain/workbench/coverage';
import { BUILT_IN_KEYWORDS } from '../domain/workbench/keywords';
import type { IndicatorComparison } from '../domain/workbench/compareIndicators';
import type { DraftDocument } from '../domain/workbench/draft/draftTypes';
import type { Workbench } from './workbench';
import { chooseProfile, type ProfileSource } from './profileChoice';

export interface RunOptions {
  /** Language of messages (the official form itself is always Chinese). Default zh-CN. */
  readonly locale?: Locale;
  /**
   * Scoring profile id chosen for this run (must be one of profileIds()). Without one: the workbook's
   * remembered profile, else the one its labels name (PROFILE_DETECTED), else `central`.
   */
  readonly profile?: string;
  /**
   * Settings to remember in the workbook with the outputs (the pane's profile drop-down and mode
   * switch; app/workbookRecord.ts); each field given replaces the stored one, the others are kept.
   */
  readonly settings?: WorkbookSettings;
  /**
   * The evaluator's workbench (app/workbench.ts): with it a run also writes 评价报告（草稿） and, beside
   * a reference indicator sheet, 指标调整对比. Every door passes it (the pane loads it lazily).
   */
  readonly workbench?: Workbench;
}

export interface RunResult {
  readonly evaluation: Evaluation;
  readonly report: Report;
  /** How the profile was chosen. */
  readonly profileSource: ProfileSource;
  /** The plan for all output sheets. */
  readonly plan: WritePlan;
  /** 指标调整对比, when a reference indicator sheet stands beside the scored one. */
  readonly comparison?: IndicatorComparison;
  /** 评价报告（草稿）: what the draft sheet shows and `--report` writes as .docx (with the workbench). */
  readonly draft?: DraftDocument;
}

/** The user's sheets: everything but the outputs the add-in wrote earlier. */
function inputSheets(snapshot: WorkbookSnapshot): readonly SheetGrid[] {
  return snapshot.sheets.filter((s) => !snapshot.ownedSheets.includes(s.name));
}

/** The output sheets an earlier run of the add-in wrote (owned and still in the workbook). */
function earlierOutputs(snapshot: WorkbookSnapshot, names: Readonly<Record<OutputRole, string>>): OutputRole[] {
  const has = (list: readonly string[], name: string): boolean => list.some((n) => sameSheetName(n, name));
  const sheets = snapshot.sheets.map((s) => s.name);
  return OUTPUT_ROLES.filter((role) => has(snapshot.ownedSheets, names[role]) && has(sheets, names[role]));
}

/** Pure: snapshot in, evaluation and write plan out. Never throws on user input. */
export function evaluateSnapshot(snapshot: WorkbookSnapshot, options: RunOptions = {}): RunResult {
  const locale = options.locale ?? 'zh-CN';
  const sheets = inputSheets(snapshot);
  // The settings this run stores supersede the stored ones (an empty profile there is 自动: detect).
  const remembered = options.settings?.profile ?? snapshot.settings?.profile;
  const choice = chooseProfile(sheets, options.profile, remembered);
  const profile = choice.profile;
  const input = readInputs(sheets, profile);
  const keywords = readKeywordTables(sheets);
  const coverage = checkCoverage(input.expenses, input.indicators, profile, [...BUILT_IN_KEYWORDS, ...keywords.pairs]);
  const reference = input.referenceSheets[0];
  const workbench = options.workbench;
  // 指标调整对比 is written when there is something to compare, or to replace the add-in's earlier one.
  const writeComparison = workbench !== undefined && (reference !== undefined || ownsRoleSheet(snapshot, 'comparison'));
  const roles: readonly OutputRole[] = OUTPUT_ROLES.filter(
    (r) => (r !== 'comparison' || writeComparison) && (r !== 'draft' || workbench !== undefined),
  );
  const outputs = resolveOutputNames(snapshot, roles);
  const evaluation = evaluate(input, profile, [
    ...(snapshot.diagnostics ?? []),
    ...choice.diagnostics,
    ...keywords.diagnostics,
    ...coverage,
    ...outputs.diagnostics,
  ]);
  // Nothing scored (DOMAIN.md §8.13): no form and no comparison; the draft is built (it says what is missing,
  // for --report) but its sheet is not written, and an earlier one is cleared like the form.
  const scored = !formWithheld(evaluation.diagnostics);
  const comparison =
    scored && workbench && input.indicators && reference
      ? workbench.compare(input.indicators, reference, evaluation.diagnostics, profile)
      : undefined;
  const draft = workbench?.draft({ evaluation, comparison, profile });
  const extra: SheetPlan[] = [];
  if (scored && workbench && writeComparison) extra.push(workbench.comparisonSheet(comparison, outputs.names.comparison));
  if (scored && workbench && draft) extra.push(workbench.draftSheet(draft, outputs.names.draft));
  const rendered = renderDiagnostics(evaluation.diagnostics, locale);
  const planned = buildWritePlan(evaluation, rendered, outputs.names, [], extra, earlierOutputs(snapshot, outputs.names));
  // The add-in owns what it writes (when nothing was scored, the 校验问题 sheet and the outputs it cleared).
  const built: WritePlan = { ...planned, ownedSheets: ownedAfter(snapshot, planned.sheets.map((s) => s.name)) };
  const plan: WritePlan = options.settings === undefined ? built : { ...built, settings: options.settings };
  return {
    evaluation,
    report: toReport(evaluation, locale, rendered, comparison, choice.source),
    plan,
    profileSource: choice.source,
    ...(comparison ? { comparison } : {}),
    ...(draft ? { draft } : {}),
  };
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
  const snapshot = await port.read();
  const result = evaluateSnapshot(snapshot, options);
  if (options.write) {
    const sheets = result.plan.sheets.filter((s) => s.role === 'diagnostics');
    const plan: WritePlan = {
      sheets,
      ownedSheets: ownedAfter(snapshot, sheets.map((s) => s.name)),
      ...(sheets[0] ? { activate: sheets[0].name } : {}),
      ...(result.plan.settings === undefined ? {} : { settings: result.plan.settings }),
    };
    await port.apply(plan);
  }
  return result;
}

/** The two templates: the three input sheets, or the official one-sheet 项目支出绩效自评表. */
export type TemplateLayout = 'sheets' | 'form';

export interface TemplateOptions {
  /** Default `sheets`. */
  readonly layout?: TemplateLayout;
  /** Whose points the form's labels carry and whose 一级 the drop-downs list. Default `central`. */
  readonly profile?: string;
}

/**
 * 插入模板, never touching existing sheets. `sheets`: adds whichever of 项目信息 / 支出明细 / 绩效指标 the
 * workbook lacks. `form`: adds the one-sheet form when the workbook has neither an indicator table nor
 * 项目信息 (the form holds both; a second set would compete with the first), else adds nothing.
 */
export async function insertTemplate(
  port: WorkbookPort,
  options: TemplateOptions = {},
): Promise<{ readonly created: readonly string[] }> {
  const snapshot = await port.read();
  const roles = missingInputRoles(inputSheets(snapshot));
  const names = snapshot.sheets.map((s) => s.name);
  const profile = getProfile(options.profile ?? DEFAULT_PROFILE_ID);
  const form = options.layout === 'form';
  if (form ? !roles.includes('indicatorInput') || !roles.includes('projectInfo') : roles.length === 0) return { created: [] };
  // The templates are a chunk of their own in the pane (one click in a workbook's life).
  const plans = await import(/* webpackChunkName: "template" */ './templatePlans');
  const plan = form ? plans.formTemplatePlan(names, profile) : plans.sheetsTemplatePlan(roles, names, profile);
  await port.apply(plan);
  return { created: plan.sheets.map((s) => s.name) };
}
