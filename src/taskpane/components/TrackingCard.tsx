/**
 * Tracking mode's card (DOMAIN.md §9): 执行进度 against 时间进度 (a marker on the bar), the gap with its light,
 * the indicators' light counts, each cumulative indicator's progress bar with the same marker, and the
 * projected year-end score with the score to date beside it. Lights always carry their word. A lazy chunk
 * of the pane (App.tsx): a self-evaluation never loads it.
 */
import { useId } from 'react';
import type { Locale } from '../../domain/diagnostics/types';
import type { Light } from '../../domain/tracking/types';
import type { ReportTracking } from '../../app/trackingReport';
import { formatRate, formatScore } from '../format';
import { TRACKING_MESSAGES, type TrackingMessages } from '../trackingMessages';

export interface TrackingCardProps {
  readonly locale: Locale;
  readonly tracking: ReportTracking;
  /** The grade words of the pane (优 / Excellent (优) …). */
  readonly grades: Readonly<Record<string, string>>;
}

const LIGHTS: readonly Light[] = ['green', 'yellow', 'red', 'grey'];

function percent(value: number | null): string {
  return formatRate(value, '—');
}

function signed(points: number | null): string {
  if (points === null) return '—';
  return `${points > 0 ? '+' : ''}${points.toFixed(2)}`;
}

function LightBadge({ light, text, testId }: { readonly light: Light; readonly text: string; readonly testId?: string }) {
  return (
    <span className="pe-light" data-light={light} data-testid={testId}>
      {text}
    </span>
  );
}

interface ProgressProps {
  readonly label: string;
  readonly progress: number | null;
  readonly time: number | null;
  readonly light: Light;
  readonly m: TrackingMessages;
  readonly testId?: string;
}

/** A bar of progress (capped at 100 % for drawing) with the 时间进度 marker. */
function ProgressWithMarker({ label, progress, time, light, m, testId }: ProgressProps) {
  const labelId = useId();
  const value = progress === null ? 0 : Math.min(Math.max(progress, 0), 1);
  const text = percent(progress);
  return (
    <div className="pe-bar" data-testid={testId}>
      <div className="pe-bar-label" id={labelId}>
        <span>{label}</span>
        <span className="pe-numbers">
          {text} <LightBadge light={light} text={m.lights[light]} />
        </span>
      </div>
      <div
        className="pe-track"
        role="progressbar"
        aria-labelledby={labelId}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(value * 10000) / 100}
        aria-valuetext={m.barValue(text, percent(time))}
      >
        <div className="pe-track-fill" data-light={light} style={{ width: `${value * 100}%` }} />
        {time !== null ? (
          <div className="pe-track-marker" data-testid="time-marker" title={m.markerHint(percent(time))} style={{ left: `${Math.min(time, 1) * 100}%` }} />
        ) : null}
      </div>
    </div>
  );
}

export default function TrackingCard({ locale, tracking: t, grades }: TrackingCardProps) {
  const m = TRACKING_MESSAGES[locale];
  const titleId = useId();
  const cumulative = t.indicators.filter((i) => i.measure === 'cumulative' && i.progress !== null);
  return (
    <section className="pe-card" aria-labelledby={titleId} data-testid="tracking-card">
      <h2 id={titleId} className="pe-subtitle">
        {m.title(t.asOf)}
      </h2>
      <div className="pe-scores">
        <span className="pe-inline">
          <span className="pe-body pe-muted">{m.projectedTotal}</span>
          <span className="pe-large" data-testid="projected-total">
            {formatScore(t.projectedTotal)}
          </span>
          <span className="pe-body pe-strong">{grades[t.projectedGrade] ?? t.projectedGrade}</span>
        </span>
        <span className="pe-inline">
          <span className="pe-body pe-muted">{m.snapshotTotal}</span>
          <span className="pe-subtitle pe-numbers" data-testid="snapshot-total">
            {formatScore(t.snapshotTotal)}
          </span>
        </span>
      </div>
      <div className="pe-rate pe-body">
        <span>{m.timeProgress}</span>
        <span className="pe-strong pe-numbers" data-testid="time-progress">
          {percent(t.timeProgress)}
        </span>
      </div>
      <ProgressWithMarker label={m.executionProgress} progress={t.executionProgress} time={t.timeProgress} light={t.light} m={m} testId="funds-bar" />
      <p className="pe-body" data-testid="funds-gap">
        {m.gap(signed(t.gap))} <LightBadge light={t.light} text={m.lights[t.light]} testId="funds-light" />
      </p>
      <ul className="pe-lights" aria-label={m.countsLabel} data-testid="light-counts">
        {LIGHTS.map((l) => (
          <li key={l}>
            <LightBadge light={l} text={m.count(m.lights[l], t.counts[l])} />
          </li>
        ))}
      </ul>
      {cumulative.length > 0 ? (
        <div className="pe-bars" role="group" aria-label={m.indicatorsLabel}>
          {cumulative.map((i) => (
            <ProgressWithMarker key={i.cell} label={i.name} progress={i.progress} time={t.timeProgress} light={i.light} m={m} />
          ))}
        </div>
      ) : null}
    </section>
  );
}
