/**
 * The use cases, written once and used by every door (task pane, ribbon, command line).
 * Each reads the workbook once through the port, runs the pure engine, and applies one write plan.
 */
import type { WorkbookPort, WorkbookSnapshot } from './ports';
import type { SheetGrid } from '../domain/grid';
import type { Evaluation, InputModel } from '../domain/model';
import type { Locale } from '../domain/diagnostics/types';
import { OUTPUT_ROLES, type OutputRole, type SheetPlan, type WritePlan } from '../domain/output/planTypes';
import { sameSheetName } from '../domain/address';
import type { EvaluationMode, WorkbookSettings } from '../domain/workbookSettings';
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
import { chooseMode, type ModeChoice, type ModeSource } from './modeChoice';
import { loadTrackingEngine, trackingEngine } from './trackingEngine';
import type { AppTrackingEngine } from './trackingChunk';
import type { ScoringProfile } from '../domain/schema/profiles';

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
  /**
   * 自评 or 绩效跟踪 chosen for this run (`--mode`, the pane's switch). Without one: the workbook's
   * remembered mode, else 评价类型, else the date rule (TRACKING_ASSUMED), else self-evaluation.
   */
  readonly mode?: EvaluationMode;
  /** Tracking mode: the as-of date (ISO) for this run, beating the sheets' 评价截止日期. */
  readonly asOf?: string;
}

export interface RunResult {
  readonly evaluation: Evaluation;
  readonly report: Report;
  /** How the profile was chosen. */
  readonly profileSource: ProfileSource;
  /** How the mode was chosen. */
  readonly modeSource: ModeSource;
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

/** A run read, its profile and mode chosen, before scoring: the point where tracking mode's engine is loaded if needed. */
interface PreparedRun {
  readonly snapshot: WorkbookSnapshot;
  readonly options: RunOptions;
  readonly profile: ScoringProfile;
  readonly profileChoice: ReturnType<typeof chooseProfile>;
  readonly sheets: readonly SheetGrid[];
  readonly input: InputModel;
  readonly choice: ModeChoice;
}

function prepareRun(snapshot: WorkbookSnapshot, options: RunOptions): PreparedRun {
  const sheets = inputSheets(snapshot);
  // The settings this run stores supersede the stored ones (an empty profile there is 自动: detect).
  const rememberedProfile = options.settings?.profile ?? snapshot.settings?.profile;
  const profileChoice = chooseProfile(sheets, options.profile, rememberedProfile);
  const profile = profileChoice.profile;
  const input = readInputs(sheets, profile);
  const rememberedMode = options.settings?.mode ?? snapshot.settings?.mode;
  const choice = chooseMode(input.project, options.mode, rememberedMode, options.asOf);
  return { snapshot, options, profile, profileChoice, sheets, input, choice };
}

function finishRun(run: PreparedRun, engine: AppTrackingEngine | undefined): RunResult {
  const { snapshot, options, profile, profileChoice, choice, sheets } = run;
  const locale = options.locale ?? 'zh-CN';
  const tracking = choice.mode === 'tracking';
  if (tracking && !engine) {
    throw new Error('tracking mode needs its engine: await loadTrackingEngine() (src/app/trackingEngine.ts) first');
  }
  // Tracking mode reads its own columns too (projection, likelihood, categories).
  const input = tracking && engine ? engine.withTrackingInputs(run.input, sheets) : run.input;
  const keywords = readKeywordTables(sheets);
  const coverage = checkCoverage(input.expenses, input.indicators, profile, [...BUILT_IN_KEYWORDS, ...keywords.pairs]);
  const reference = input.referenceSheets[0];
  const workbench = options.workbench;
  // 指标调整对比 is written when there is something to compare, or to replace the add-in's earlier one.
  const writeComparison = workbench !== undefined && (reference !== undefined || ownsRoleSheet(snapshot, 'comparison'));
  // The form of the mode: the 自评表 or, in tracking mode, the 绩效运行监控表 (DOMAIN.md §9).
  const otherForm: OutputRole = tracking ? 'form' : 'monitor';
  const roles: readonly OutputRole[] = OUTPUT_ROLES.filter(
    (r) => r !== otherForm && (r !== 'comparison' || writeComparison) && (r !== 'draft' || workbench !== undefined),
  );
  const outputs = resolveOutputNames(snapshot, roles);
  const evaluation = evaluate(
    input,
    profile,
    [
      ...choice.diagnostics,
      ...(snapshot.diagnostics ?? []),
      ...profileChoice.diagnostics,
      ...keywords.diagnostics,
      ...coverage,
      ...outputs.diagnostics,
    ],
    {
      mode: choice.mode,
      ...(options.asOf !== undefined ? { asOf: options.asOf } : {}),
      ...(tracking && engine ? { tracking: engine } : {}),
    },
  );
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
  const rendered = renderDiagnostics(evaluation.diagnostics, locale, engine?.messages);
  const planned = buildWritePlan(evaluation, rendered, outputs.names, [], extra, earlierOutputs(snapshot, outputs.names), engine, choice.source);
  // The add-in owns what it writes (when nothing was scored, the 校验问题 sheet and the outputs it cleared).
  const built: WritePlan = { ...planned, ownedSheets: ownedAfter(snapshot, planned.sheets.map((s) => s.name)) };
  const plan: WritePlan = options.settings === undefined ? built : { ...built, settings: options.settings };
  const report = toReport(evaluation, locale, rendered, comparison, profileChoice.source);
  return {
    evaluation,
    report: evaluation.tracking && engine ? { ...report, tracking: engine.toReportTracking(evaluation.tracking) } : report,
    plan,
    profileSource: profileChoice.source,
    modeSource: choice.source,
    ...(comparison ? { comparison } : {}),
    ...(draft ? { draft } : {}),
  };
}

/**
 * Pure: snapshot in, evaluation and write plan out. Never throws on user input. In tracking mode it
 * needs the tracking engine loaded or registered (src/app/trackingEngine.ts): a programming error
 * otherwise. The async use cases below load it themselves.
 */
export function evaluateSnapshot(snapshot: WorkbookSnapshot, options: RunOptions = {}): RunResult {
  return finishRun(prepareRun(snapshot, options), trackingEngine());
}

/** evaluateSnapshot, loading tracking mode's engine when the run turns out to be tracking. */
export async function evaluateSnapshotAsync(snapshot: WorkbookSnapshot, options: RunOptions = {}): Promise<RunResult> {
  const run = prepareRun(snapshot, options);
  const engine = run.choice.mode === 'tracking' ? await loadTrackingEngine() : trackingEngine();
  return finishRun(run, engine);
}

/** 一键计算: read, score, write the output sheets. */
export async function recompute(port: WorkbookPort, options: RunOptions = {}): Promise<RunResult> {
  const result = await evaluateSnapshotAsync(await port.read(), options);
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
  const result = await evaluateSnapshotAsync(snapshot, options);
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
  /** A tracking report's template (rules §9: the to-date and projection columns); default self-evaluation. Three-sheet layout only. */
  readonly mode?: EvaluationMode;
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
  const plan = form ? plans.formTemplatePlan(names, profile) : plans.sheetsTemplatePlan(roles, names, profile, options.mode);
  await port.apply(plan);
  return { created: plan.sheets.map((s) => s.name) };
}
