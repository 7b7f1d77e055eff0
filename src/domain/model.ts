/**
 * The engine's model: what was read from the input sheets and what the evaluation concluded.
 * Names follow the glossary in the README (一级指标 level1, 年度指标值 target, 实际完成值 actual,
 * 分值 weight, 得分 score, 预算执行率 executionRate, 偏差原因 deviationReason).
 * Amounts are in 万元 unless a field says otherwise.
 */
import type { Actual, Comparator, Target } from './values';
import type { Diagnostic } from './diagnostics/types';
import type { CellRange } from './grid';
import type { DeviationCategory, Likelihood, TrackingResult } from './tracking/types';
import type { EvaluationMode } from './workbookSettings';

/** Where a value came from, for diagnostics and the 来源 column: sheet name plus 0-based row/col. */
export interface CellRef {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
}

export interface ProjectInfo {
  readonly sheet: string;
  /** 项目名称 */
  readonly name?: string;
  /** 主管部门 */
  readonly department?: string;
  /** 实施单位 */
  readonly unit?: string;
  /** 评价类型 */
  readonly evaluationType?: string;
  /** The form's title when it names a monitoring form (`项目支出绩效运行监控表`, `…绩效监控表（申遗）`): tracking mode's evidence. */
  readonly trackingTitle?: string;
  /** The year the form's heading gives (`（2019年度）`, `2021年度…监控表`), for a form whose other fields name none. */
  readonly formYear?: number;
  /** ISO dates (YYYY-MM-DD). */
  readonly periodStart?: string;
  readonly periodEnd?: string;
  /** 评价截止日期 */
  readonly asOf?: string;
  /** 年初预算数 */
  readonly initialBudget?: number;
  /** 全年预算数 (A) */
  readonly annualBudget?: number;
  /** 调整后预算数: kept apart from 全年预算数; a profile chooses which one is the denominator of 执行率 (sichuan: this one). */
  readonly adjustedBudget?: number;
  /** 全年执行数 (B) */
  readonly executed?: number;
  /** 执行率偏差原因: why 预算执行率 fell short (a profile may require it below 90 %). */
  readonly executionReason?: string;
  /** 其中：当年财政拨款 */
  readonly appropriation?: number;
  /** 上年结转资金 */
  readonly carryOver?: number;
  /** 其他资金 */
  readonly otherFunds?: number;
  /** 资金到位数 */
  readonly received?: number;
  /** 1-X月执行数 / 截至X月执行数: executed to date (tracking mode's B, before 全年执行数). */
  readonly executedToDate?: number;
  /** The X of a `1-X月执行数` / `截至X月` label (a tracking form's month), when a label says it. */
  readonly toDateMonth?: number;
  /** Where that label stands (the `1-X月执行数` header or label cell). */
  readonly toDateMonthRef?: CellRef;
  /** 全年预计执行数 */
  readonly projectedExecuted?: number;
  /** 年度总体目标 / 预期目标 */
  readonly goalPlanned?: string;
  /** 实际完成情况 */
  readonly goalActual?: string;
  /** The unit's own 得分 of the budget row (the funds block's 得分 on 年度资金总额). */
  readonly selfBudgetScore?: number;
  /** The signature block of the printed form (DOMAIN.md §5): 填报单位, 单位负责人, 财务负责人, 填报人, 联系电话, 填报日期 (ISO). */
  readonly fillingUnit?: string;
  readonly unitHead?: string;
  readonly financeHead?: string;
  readonly filler?: string;
  readonly phone?: string;
  readonly fillDate?: string;
  /** Where each field's value stands. */
  readonly cells: Readonly<Partial<Record<ProjectField, CellRef>>>;
}

export type ProjectField =
  | 'name'
  | 'department'
  | 'unit'
  | 'evaluationType'
  | 'trackingTitle'
  | 'formYear'
  | 'periodStart'
  | 'periodEnd'
  | 'asOf'
  | 'initialBudget'
  | 'annualBudget'
  | 'adjustedBudget'
  | 'executed'
  | 'executionReason'
  | 'appropriation'
  | 'carryOver'
  | 'otherFunds'
  | 'received'
  | 'executedToDate'
  | 'projectedExecuted'
  | 'goalPlanned'
  | 'goalActual'
  | 'selfBudgetScore'
  | 'fillingUnit'
  | 'unitHead'
  | 'financeHead'
  | 'filler'
  | 'phone'
  | 'fillDate';

export interface ExpenseItem {
  /** 序号 as written */
  readonly seq: string;
  readonly date: string;
  /** 资金摘要 */
  readonly summary: string;
  readonly category: string;
  readonly note: string;
  /** In the sheet's unit (see ExpenseTable.unit); undefined when the amount cannot be read. */
  readonly amount: number | undefined;
  /** The item's row in the expense sheet (0-based); its amount is in the table's amount column. */
  readonly row: number;
}

export interface ExpenseTable {
  readonly sheet: string;
  /** The unit of the amounts as written: 元 or 万元. */
  readonly unit: '元' | '万元';
  readonly items: readonly ExpenseItem[];
  /** Sum of readable item amounts, in the sheet's unit. */
  readonly sum: number;
  /** The 合计 row's amount, when present and readable. */
  readonly declaredTotal?: number;
  readonly declaredTotalRef?: CellRef;
  /** Title rows above the header (for TITLE_PROJECT_MISMATCH). */
  readonly titles: readonly { readonly text: string; readonly ref: CellRef }[];
  /** Columns (0-based) of 资金摘要 and 金额, when known: where an item's diagnostics and sources point. */
  readonly summaryCol?: number;
  readonly amountCol?: number;
}

/** One row of an indicator sheet as read (before scoring). */
export interface IndicatorRow {
  readonly sheet: string;
  readonly row: number;
  /** Canonical 一级 when recognised, else the text as written (after fill-down). */
  readonly level1: string;
  readonly level2: string;
  /** 三级指标 as written (trimmed). */
  readonly name: string;
  /** 年度指标值 as the user sees it. */
  readonly targetText: string;
  readonly actualText: string;
  readonly target: Target;
  readonly actual: Actual;
  /** 分值 when given. */
  readonly weight?: number;
  /** 得分 typed by the user in this row's own cell (the unit's self-score; a qualitative score in band is used). */
  readonly manualScore?: number;
  /**
   * A 得分 cell merged down over several rows (a unit that scored per 二级): its value, on the first
   * row of the merge, and how many rows it covers. The rows it covers have no manualScore.
   */
  readonly groupScore?: { readonly value: number; readonly rows: number };
  readonly deviationReason: string;
  /** From a 指标性质 column. */
  readonly direction?: Comparator | 'QUAL';
  /** From a 计量单位 column. */
  readonly unitColumn?: string;
  readonly placeholder: boolean;
  /** The tracking columns of the row (DOMAIN.md §9), when the table has any. */
  readonly tracking?: IndicatorRowTracking;
  /** Column of each field on the sheet (0-based), for cell addresses. */
  readonly cols: Readonly<Partial<Record<IndicatorField, number>>>;
}

export type IndicatorField =
  | 'level1'
  | 'level2'
  | 'name'
  | 'target'
  | 'actual'
  | 'weight'
  | 'score'
  | 'reason'
  | 'direction'
  | 'unit'
  | 'projection'
  | 'likelihood'
  | 'category';

/** What a tracking table says beside an indicator (DOMAIN.md §9). */
export interface IndicatorRowTracking {
  /** 全年预计完成值 as the user sees it, and read like an actual. */
  readonly projectionText: string;
  readonly projection: Actual;
  /** 完成目标可能性 as written, and read (undefined when blank or none of the three). */
  readonly likelihoodText: string;
  readonly likelihood?: Likelihood;
  /** 偏差原因类别, from tick columns or a text column, in the form's order. */
  readonly categories: readonly DeviationCategory[];
}

export interface IndicatorSheet {
  readonly sheet: string;
  readonly headerRow: number;
  /** The table on the sheet: header rows, the rows read, and the 总分 row when there is one. */
  readonly range: CellRange;
  readonly hasActualColumn: boolean;
  readonly hasWeightColumn: boolean;
  /** The X of the actual column's `1-X月` / `截至X月` label (a tracking table), when it says one. */
  readonly toDateMonth?: number;
  /** Where that label stands (the `1-X月执行数` header or label cell). */
  readonly toDateMonthRef?: CellRef;
  readonly rows: readonly IndicatorRow[];
  readonly titles: readonly { readonly text: string; readonly ref: CellRef }[];
  /** The unit's printed total: the 得分 of the 总分 / 合计 row, when it holds a number. */
  readonly printedTotal?: { readonly value: number; readonly ref: CellRef };
  /**
   * A monitoring table's own 偏差或不能完成目标原因分析 row under the indicators (DOMAIN.md §9): the reason the
   * form asks for wherever 完成目标可能性 is 有可能 / 不可能, when that row holds text.
   */
  readonly trailerReason?: { readonly text: string; readonly ref: CellRef };
}

/** What a block of the workbook was read as (DOMAIN.md §8.13: every result says which blocks it read). */
export type LayoutRole = 'project' | 'funds' | 'goals' | 'indicators' | 'expenses' | 'reference';

export interface LayoutBlock {
  readonly role: LayoutRole;
  readonly sheet: string;
  readonly range: CellRange;
}

/** What the reader found in a workbook. */
export interface InputModel {
  readonly project?: ProjectInfo;
  readonly expenses?: ExpenseTable;
  /** The scored sheet: the first (in tab order) with an actual column, else the first. */
  readonly indicators?: IndicatorSheet;
  /** Other indicator sheets (reference sets), not scored. */
  readonly referenceSheets: readonly IndicatorSheet[];
  /** Reading problems (missing sheets, missing columns, unreadable amounts…). */
  readonly diagnostics: readonly Diagnostic[];
  /** The blocks read, in workbook order. */
  readonly layout: readonly LayoutBlock[];
}

export type IndicatorStatus = 'met' | 'partial' | 'unmet' | 'missing' | 'excluded';

export type IndicatorType = 'quantitative' | 'qualitative';

export interface IndicatorResult {
  readonly row: IndicatorRow;
  readonly type: IndicatorType;
  readonly weight: number;
  /** Rounded half-up to 2 decimals. */
  readonly score: number;
  /** B/A (or A/B for LE/LT), uncapped, a fraction; undefined when not computable. */
  readonly completion?: number;
  readonly status: IndicatorStatus;
  /** The actual in the target's base unit, after unit inheritance and percent handling. */
  readonly actualValue?: number;
}

export interface LevelResult {
  readonly weight: number;
  readonly score: number;
}

export type Grade = '优' | '良' | '中' | '差';

export interface BudgetResult {
  /** 全年预算数 A, 万元 */
  readonly annual?: number;
  /** 全年执行数 B, 万元 (from 项目信息, else the expense sum) */
  readonly executed?: number;
  readonly executedSource: 'projectInfo' | 'expenses' | 'none';
  /** 调整后预算数, 万元, when given. */
  readonly adjusted?: number;
  /** `adjustedBudget` when `rate` divides by 调整后预算数 (the profile's denominator); absent: 全年预算数. */
  readonly base?: 'adjustedBudget';
  /** B / the base as a fraction; undefined when the base is missing or 0. */
  readonly rate?: number;
  readonly weight: number;
  readonly score: number;
}

export interface Evaluation {
  readonly profile: string;
  /** 自评 or 绩效跟踪 (DOMAIN.md §9). */
  readonly mode: EvaluationMode;
  readonly project?: ProjectInfo;
  readonly expenses?: ExpenseTable;
  readonly budget: BudgetResult;
  /** Scored indicators and placeholders (status `excluded`), in sheet order. */
  readonly indicators: readonly IndicatorResult[];
  /** Keyed by canonical 一级 (产出指标, 效益指标, 满意度指标). */
  readonly levels: Readonly<Record<string, LevelResult>>;
  readonly total: number;
  /** 100, or the awarded maximum. */
  readonly max: number;
  readonly grade: Grade;
  /** 暂定: true while any error-level diagnostic stands. */
  readonly provisional: boolean;
  /** The year the form is for (from the period, the as-of date or the project name). */
  readonly year?: number;
  /** Every diagnostic: reading, validation and scoring, in a stable order. */
  readonly diagnostics: readonly Diagnostic[];
  /** The blocks read (from InputModel.layout). */
  readonly layout: readonly LayoutBlock[];
  /**
   * The unit's own total (DOMAIN.md §8.16): its printed 总分 得分, else the sum of its row scores and its
   * budget score; absent when the form carries no self-score.
   */
  readonly selfTotal?: number;
  /** Tracking mode only: progress, lights, projections and the projected score (DOMAIN.md §9). */
  readonly tracking?: TrackingResult;
}
