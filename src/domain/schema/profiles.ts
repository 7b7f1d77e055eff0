/**
 * Scoring profiles as data (like HyperFormula's function registry): the indicator schema, the 一级
 * points, the qualitative tiers and every threshold live here, so a province is added as data.
 */
import type { Tier } from '../values';

export interface Level2Spec {
  /** Canonical name, e.g. 数量指标. */
  readonly name: string;
  /** Other accepted spellings (after normalisation). */
  readonly aliases: readonly string[];
}

export interface Level1Spec {
  readonly name: string;
  readonly aliases: readonly string[];
  /** Points of this 一级 when the 分值 column is not filled. */
  readonly points: number;
  readonly level2: readonly Level2Spec[];
}

export type LeFormula = 'ratio' | 'linear';

export interface ScoringProfile {
  readonly id: string;
  /** Shown in the pane and the README. */
  readonly label: { readonly 'zh-CN': string; readonly 'en-US': string };
  readonly level1: readonly Level1Spec[];
  /** Points of 预算执行率. */
  readonly budgetWeight: number;
  /** Default score factor per qualitative tier. */
  readonly tierFactor: Readonly<Record<Tier, number>>;
  /** Accepted manual-score band per tier, as fractions of W: [low, high), the 达成 band closed at W. */
  readonly tierBand: Readonly<Record<Tier, readonly [number, number]>>;
  /** LE/LT below target: `ratio` W×A/B (central), `linear` W×max(0, 1−(B−A)/A) (a vendor's variant). */
  readonly leFormula: LeFormula;
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
}

export const CENTRAL_PROFILE: ScoringProfile = {
  id: 'central',
  label: { 'zh-CN': '中央部门（财预〔2020〕10号）', 'en-US': 'Central departments (Cai Yu [2020] No. 10)' },
  level1: [
    {
      name: '产出指标',
      aliases: ['产出'],
      points: 50,
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
      points: 30,
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
      points: 10,
      level2: [{ name: '服务对象满意度指标', aliases: ['满意度', '满意度指标', '服务对象满意度'] }],
    },
  ],
  budgetWeight: 10,
  tierFactor: { achieved: 1, partial: 0.7, notAchieved: 0.3 },
  tierBand: { achieved: [0.8, 1], partial: [0.6, 0.8], notAchieved: [0, 0.6] },
  leFormula: 'ratio',
  overAchieveHigh: 1.3,
  overAchieveLow: 0.7,
  lowExecutionRate: 0.9,
  satisfactionMin: 85,
  grades: [
    { grade: '优', min: 90 },
    { grade: '良', min: 80 },
    { grade: '中', min: 60 },
    { grade: '差', min: 0 },
  ],
  measurableLevel2: ['数量指标', '时效指标', '成本指标'],
  weightTolerance: 0.01,
  coverageMinShare: 0.1,
};

const PROFILES: Readonly<Record<string, ScoringProfile>> = { central: CENTRAL_PROFILE };

export function profileIds(): readonly string[] {
  return Object.keys(PROFILES);
}

/** Returns the profile; an unknown id is a programming or usage error and throws. */
export function getProfile(id: string): ScoringProfile {
  const profile = Object.prototype.hasOwnProperty.call(PROFILES, id) ? PROFILES[id] : undefined;
  if (!profile) throw new Error(`Unknown scoring profile: ${id}`);
  return profile;
}
