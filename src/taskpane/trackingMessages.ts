/** The tracking card's words (DOMAIN.md §9), per locale: loaded with the card, in its lazy chunk. */
import type { Locale } from '../domain/diagnostics/types';
import type { Light } from '../domain/tracking/types';

export interface TrackingMessages {
  readonly title: (asOf: string | null) => string;
  readonly timeProgress: string;
  readonly executionProgress: string;
  /** `进度差 +4.70 个百分点` */
  readonly gap: (points: string) => string;
  readonly lights: Readonly<Record<Light, string>>;
  readonly countsLabel: string;
  readonly count: (light: string, n: number) => string;
  readonly projectedTotal: string;
  readonly snapshotTotal: string;
  readonly indicatorsLabel: string;
  /** A bar's accessible value: progress against 时间进度. */
  readonly barValue: (progress: string, time: string) => string;
  readonly markerHint: (time: string) => string;
}

const zhCN: TrackingMessages = {
  title: (asOf) => (asOf ? `绩效跟踪（截至 ${asOf}）` : '绩效跟踪'),
  timeProgress: '时间进度',
  executionProgress: '执行进度',
  gap: (p) => `进度差 ${p} 个百分点`,
  lights: { green: '绿灯', yellow: '黄灯', red: '红灯', grey: '灰灯（未填报）' },
  countsLabel: '指标灯',
  count: (light, n) => `${light} ${n}`,
  projectedTotal: '预计全年得分',
  snapshotTotal: '截至日得分（参考）',
  indicatorsLabel: '累计类指标完成进度',
  barValue: (p, t) => `${p}（时间进度 ${t}）`,
  markerHint: (t) => `竖线为时间进度 ${t}`,
};

const enUS: TrackingMessages = {
  title: (asOf) => (asOf ? `Tracking (as of ${asOf})` : 'Tracking'),
  timeProgress: 'Time elapsed',
  executionProgress: 'Funds executed',
  gap: (p) => `gap ${p} pp`,
  lights: { green: 'Green', yellow: 'Yellow', red: 'Red', grey: 'Grey (not reported)' },
  countsLabel: 'Indicator lights',
  count: (light, n) => `${light} ${n}`,
  projectedTotal: 'Projected year-end score',
  snapshotTotal: 'Score to date (reference)',
  indicatorsLabel: 'Cumulative indicators: progress',
  barValue: (p, t) => `${p} (time elapsed ${t})`,
  markerHint: (t) => `The line marks the time elapsed, ${t}`,
};

export const TRACKING_MESSAGES: Readonly<Record<Locale, TrackingMessages>> = { 'zh-CN': zhCN, 'en-US': enUS };
