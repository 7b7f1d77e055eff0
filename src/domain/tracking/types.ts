/**
 * Tracking mode (绩效跟踪 / 绩效运行监控, DOMAIN.md §9): where a project stands on its as-of date, what it
 * will reach by year end, and how it is judged. The thresholds are profile data (TrackingRules); the
 * computation is in the files beside this one.
 */
import type { IndicatorResult } from '../model';
import type { Grade } from '../model';
import type { Tier } from '../values';

/** 灯: green on or ahead of schedule, yellow a little behind, red far behind, grey nothing to judge yet. */
export type Light = 'green' | 'yellow' | 'red' | 'grey';

export const LIGHTS: readonly Light[] = ['green', 'yellow', 'red', 'grey'];

/** 完成目标可能性: 确定能 / 有可能 / 完全不可能. */
export type Likelihood = 'certain' | 'possible' | 'impossible';

/** 偏差原因类别 of 财预〔2019〕136号: 经费保障 / 制度保障 / 人员保障 / 硬件条件保障 / 其他. */
export type DeviationCategory = 'funding' | 'institution' | 'staffing' | 'facilities' | 'other';

export const DEVIATION_CATEGORIES: readonly DeviationCategory[] = ['funding', 'institution', 'staffing', 'facilities', 'other'];

/** 时间进度 by whole and partial months (the default) or by days. */
export type TimeRule = 'months' | 'days';

/** The tracking thresholds of a scoring profile (DOMAIN.md §9 defaults: months, 10 pp, 10 %). */
export interface TrackingRules {
  readonly timeRule: TimeRule;
  /** A gap (percentage points) below 0 down to −yellowBand is yellow; further behind is red. */
  readonly yellowBand: number;
  /** EXECUTION_BEHIND_SCHEDULE when 执行进度 is more than this many points behind 时间进度. */
  readonly behindSchedule: number;
  /** A rate or level within this fraction of its target (short of it) is yellow. */
  readonly levelTolerance: number;
}

export const DEFAULT_TRACKING_RULES: TrackingRules = {
  timeRule: 'months',
  yellowBand: 10,
  behindSchedule: 10,
  levelTolerance: 0.1,
};

/**
 * How an indicator's progress is judged: a cumulative quantity (GE/GT with a unit that is not `%`)
 * against 时间进度; a rate or a level (`%` targets, EQ, LE, LT, BAND, RANGE) against its target; a
 * qualitative indicator by its tier.
 */
export type Measure = 'cumulative' | 'level' | 'qualitative';

/** Why an indicator is grey: nothing reported yet (未填报), or a report that cannot be judged. */
export type GreyReason = 'notReported' | 'unreadable' | 'noTimeProgress';

/** What an indicator is expected to reach by year end. */
export interface Projection {
  /** A quantity in the target's base unit (magnitude applied, like IndicatorResult.actualValue). */
  readonly value?: number;
  /** A qualitative tier. */
  readonly tier?: Tier;
  /** True when 按进度推算 (to date ÷ 时间进度), false when given (全年预计完成值) or as it stands. */
  readonly projected: boolean;
  /** True when taken from the 全年预计完成值 column. */
  readonly given: boolean;
}

export interface IndicatorTracking {
  /** The to-date (snapshot) result, §3 on the to-date actual. */
  readonly result: IndicatorResult;
  readonly measure: Measure;
  /** 完成进度 as a fraction (B/A, or A/B for LE/LT); absent for bands, ranges, qualitative and grey rows. */
  readonly progress?: number;
  readonly light: Light;
  /** Set when the light is grey. */
  readonly grey?: GreyReason;
  /** Absent when there is nothing to project (no actual and no 全年预计完成值). */
  readonly projection?: Projection;
  /** §3 applied to the projection (the snapshot result when there is no projection). */
  readonly projectedResult: IndicatorResult;
  readonly likelihood?: Likelihood;
  readonly categories: readonly DeviationCategory[];
}

export interface FundsTracking {
  /** The base of 执行进度: 全年预算数, else 调整后预算数, else 年初预算数. */
  readonly base?: number;
  readonly baseSource?: 'annualBudget' | 'adjustedBudget' | 'initialBudget';
  /** Executed to date (截至X月执行数, else 全年执行数, else the expense sum), 万元. */
  readonly executed?: number;
  /** 执行进度 = executed / base, a fraction. */
  readonly executionProgress?: number;
  /** 资金到位数, 万元. */
  readonly received?: number;
  /** 到位率 = received / base, a fraction. */
  readonly receivedRate?: number;
  /** 进度差 = 执行进度 − 时间进度 in percentage points, rounded to 2 decimals. */
  readonly gap?: number;
  readonly light: Light;
  /** 全年预计执行数 as given, else executed ÷ 时间进度 (推算). */
  readonly projectedExecuted?: number;
  readonly projectedGiven: boolean;
  /** Projected 执行率 = projectedExecuted / base, capped at 100 %. */
  readonly projectedRate?: number;
}

export interface TrackingResult {
  /** ISO date, absent when neither the sheets nor the run gave one (AS_OF_MISSING). */
  readonly asOf?: string;
  readonly periodStart?: string;
  readonly periodEnd?: string;
  readonly timeRule: TimeRule;
  /** 时间进度, a fraction in [0, 1]. */
  readonly timeProgress?: number;
  readonly funds: FundsTracking;
  /** Scored indicators (placeholders and excluded rows left out), in sheet order. */
  readonly indicators: readonly IndicatorTracking[];
  /** The projected year-end score: §3 applied to the projections. */
  readonly projectedTotal: number;
  readonly projectedGrade: Grade;
  /** The projected budget score (预算执行率 on the projected execution). */
  readonly projectedBudgetScore: number;
  /** The snapshot score, §3 on the to-date actuals (the evaluation's total): 截至日得分（参考）. */
  readonly snapshotTotal: number;
  /** How many indicators have each light. */
  readonly counts: Readonly<Record<Light, number>>;
}
