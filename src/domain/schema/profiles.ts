/**
 * Scoring profiles as data (like HyperFormula's function registry): the indicator schema, the 一级
 * points, the qualitative tiers and every threshold live here, so a province is added as data.
 */
import type { Tier } from '../values';
import { DEFAULT_TRACKING_RULES, type TrackingRules } from '../tracking/types';

export interface Level2Spec {
  /** Canonical name, e.g. 数量指标. */
  readonly name: string;
  /** Other accepted spellings (after normalisation). */
  readonly aliases: readonly string[];
}

export interface Level1Spec {
  readonly name: string;
  readonly aliases: readonly string[];
  /**
   * Points of this 一级 when the 分值 column is not filled (split equally over its indicators, §3.1);
   * absent in a profile whose forms require 分值 (`WEIGHTS_REQUIRED`).
   */
  readonly points?: number;
  readonly level2: readonly Level2Spec[];
}

/** LE/LT below target: `ratio` W×A/B (central), `linear` W×max(0, 1−(B−A)/A) (a vendor's variant). */
export type LeFormula = 'ratio' | 'linear';

/** The amount 预算执行率 divides by: 全年预算数, or 调整后预算数 where given (else 全年预算数). */
export type ExecutionBase = 'annualBudget' | 'adjustedBudget';

export interface ScoringProfile {
  readonly id: string;
  /** Shown in the pane, the form's note row and the README. */
  readonly label: { readonly 'zh-CN': string; readonly 'en-US': string };
  readonly level1: readonly Level1Spec[];
  /** Points of 预算执行率. */
  readonly budgetWeight: number;
  /** Points of all indicators together (budgetWeight + indicatorPoints = 100). */
  readonly indicatorPoints: number;
  /** Default score factor per qualitative tier. */
  readonly tierFactor: Readonly<Record<Tier, number>>;
  /** Accepted manual-score band per tier, as fractions of W: [low, high), the 达成 band closed at W. */
  readonly tierBand: Readonly<Record<Tier, readonly [number, number]>>;
  readonly leFormula: LeFormula;
  /** The denominator of 预算执行率. */
  readonly executionBase: ExecutionBase;
  /**
   * 预算执行率 below this with no explanation (执行率偏差原因) → DEVIATION_REASON_MISSING on the budget
   * row; absent when the profile asks for none.
   */
  readonly executionReasonBelow?: number;
  /** GE with B/A ≥ this → OVER_ACHIEVED. */
  readonly overAchieveHigh: number;
  /** LE with B/A ≤ this → OVER_ACHIEVED. */
  readonly overAchieveLow: number;
  /** 预算执行率 below this → LOW_EXECUTION_RATE. */
  readonly lowExecutionRate: number;
  /** A 满意度 target below this percentage → SATISFACTION_TARGET_LOW. */
  readonly satisfactionMin: number;
  /** Grade thresholds, best first. */
  readonly grades: readonly { readonly grade: '优' | '良' | '中' | '差'; readonly min: number }[];
  /** 二级 under which a qualitative target is a warning (可衡量性), else info. */
  readonly measurableLevel2: readonly string[];
  /** Tolerance for weight sums. */
  readonly weightTolerance: number;
  /** An expense item above this share of spending that no indicator measures → EXPENSE_NOT_COVERED. */
  readonly coverageMinShare: number;
  /** Tracking mode's thresholds (DOMAIN.md §9): the 时间进度 rule, the light bands, behind schedule. */
  readonly tracking: TrackingRules;
}

/** The indicator schema of DOMAIN.md §1.4 (every shipped profile uses it), with or without default 一级 points. */
function indicatorSchema(points?: { readonly output: number; readonly benefit: number; readonly satisfaction: number }): Level1Spec[] {
  const withPoints = (n: number | undefined): { points?: number } => (n === undefined ? {} : { points: n });
  return [
    {
      name: '产出指标',
      aliases: ['产出'],
      ...withPoints(points?.output),
      level2: [
        { name: '数量指标', aliases: ['数量'] },
        { name: '质量指标', aliases: ['质量'] },
        { name: '时效指标', aliases: ['时效'] },
        { name: '成本指标', aliases: ['成本', '经济成本指标', '社会成本指标', '生态环境成本指标'] },
      ],
    },
    {
      name: '效益指标',
      aliases: ['效益'],
      ...withPoints(points?.benefit),
      level2: [
        { name: '经济效益指标', aliases: ['经济效益'] },
        { name: '社会效益指标', aliases: ['社会效益'] },
        { name: '生态效益指标', aliases: ['生态效益'] },
        { name: '可持续影响指标', aliases: ['可持续影响', '可持续效益', '可持续效益指标'] },
      ],
    },
    {
      name: '满意度指标',
      aliases: ['满意度', '服务对象满意度指标'],
      ...withPoints(points?.satisfaction),
      level2: [{ name: '服务对象满意度指标', aliases: ['满意度', '满意度指标', '服务对象满意度'] }],
    },
  ];
}

const CENTRAL_SPLIT = { output: 50, benefit: 30, satisfaction: 10 } as const;

const GRADES: ScoringProfile['grades'] = [
  { grade: '优', min: 90 },
  { grade: '良', min: 80 },
  { grade: '中', min: 60 },
  { grade: '差', min: 0 },
];

/** 财预〔2020〕10号 单位自评 (DOMAIN.md §3): every number of the rules, once. */
export const CENTRAL_PROFILE: ScoringProfile = {
  id: 'central',
  label: { 'zh-CN': '中央部门（财预〔2020〕10号）', 'en-US': 'Central departments (Cai Yu [2020] No. 10)' },
  level1: indicatorSchema(CENTRAL_SPLIT),
  budgetWeight: 10,
  indicatorPoints: 90,
  tierFactor: { achieved: 1, partial: 0.7, notAchieved: 0.3 },
  tierBand: { achieved: [0.8, 1], partial: [0.6, 0.8], notAchieved: [0, 0.6] },
  leFormula: 'ratio',
  executionBase: 'annualBudget',
  overAchieveHigh: 1.3,
  overAchieveLow: 0.7,
  lowExecutionRate: 0.9,
  satisfactionMin: 85,
  grades: GRADES,
  measurableLevel2: ['数量指标', '时效指标', '成本指标'],
  weightTolerance: 0.01,
  coverageMinShare: 0.1,
  tracking: DEFAULT_TRACKING_RULES,
};

/**
 * 市县 20/80 forms: 预算执行 20 points, indicators 80 with 分值 always filled on the form; wider
 * 部分达成 / 未达成 bands, whose midpoints are the tier defaults (the forms print the bands only).
 */
export const MUNICIPAL_20_80_PROFILE: ScoringProfile = {
  ...CENTRAL_PROFILE,
  id: 'municipal-20-80',
  label: { 'zh-CN': '市县 20/80 自评表', 'en-US': 'Municipal and county 20/80 form' },
  level1: indicatorSchema(),
  budgetWeight: 20,
  indicatorPoints: 80,
  tierFactor: { achieved: 1, partial: 0.65, notAchieved: 0.25 },
  tierBand: { achieved: [0.8, 1], partial: [0.5, 0.8], notAchieved: [0, 0.5] },
};

/**
 * 四川省: 分值 always filled; 执行率 = 预算执行数 / 调整后预算数 (全年预算数 when no adjusted figure is
 * given), and an 执行率 below 90 % must be explained.
 */
export const SICHUAN_PROFILE: ScoringProfile = {
  ...CENTRAL_PROFILE,
  id: 'sichuan',
  label: { 'zh-CN': '四川省', 'en-US': 'Sichuan Province' },
  level1: indicatorSchema(),
  executionBase: 'adjustedBudget',
  executionReasonBelow: 0.9,
};

/** A budget-management system's linear ≤ rule: every 1 % over the target costs 1 % of W. */
export const LINEAR_LE_PROFILE: ScoringProfile = {
  ...CENTRAL_PROFILE,
  id: 'linear-le',
  label: { 'zh-CN': '线性反向（部分预算管理系统）', 'en-US': 'Linear ≤ rule (some budget systems)' },
  leFormula: 'linear',
};

/** Every shipped profile, in the order the pane and the usage text list them. */
export const PROFILES: readonly ScoringProfile[] = [
  CENTRAL_PROFILE,
  MUNICIPAL_20_80_PROFILE,
  SICHUAN_PROFILE,
  LINEAR_LE_PROFILE,
];

export const DEFAULT_PROFILE_ID = CENTRAL_PROFILE.id;

export function profileIds(): readonly string[] {
  return PROFILES.map((p) => p.id);
}

export function isProfileId(id: string): boolean {
  return PROFILES.some((p) => p.id === id);
}

/** True when every 一级 has default points, so a blank 分值 column can be split (§3.1). */
export function hasDefaultSplit(profile: ScoringProfile): boolean {
  return profile.level1.every((l) => l.points !== undefined);
}

/** Returns the profile; an unknown id is a programming or usage error and throws. */
export function getProfile(id: string): ScoringProfile {
  const profile = PROFILES.find((p) => p.id === id);
  if (!profile) throw new Error(`Unknown scoring profile: ${id}`);
  return profile;
}
