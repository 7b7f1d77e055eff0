/**
 * One labelled bar per 一级指标 (score / weight), plus the budget-execution points: all in one colour,
 * the length alone carrying the meaning (explained in a line under the bars), never a colour code.
 */
import { useId } from 'react';
import { ProgressBar } from '@fluentui/react-components';
import type { Report } from '../../app/report';
import { formatScore } from '../format';
import { levelName, type PaneMessages } from '../messages';

export interface LevelBarsProps {
  readonly messages: PaneMessages;
  readonly report: Report;
}

interface Bar {
  readonly key: string;
  readonly label: string;
  readonly score: number;
  readonly weight: number;
}

function LevelBar({ bar }: { readonly bar: Bar }) {
  const labelId = useId();
  const text = `${formatScore(bar.score)} / ${formatScore(bar.weight)}`;
  return (
    <div className="pe-bar">
      <div className="pe-bar-label" id={labelId}>
        <span>{bar.label}</span> <span className="pe-numbers">{text}</span>
      </div>
      <ProgressBar
        aria-labelledby={labelId}
        aria-valuetext={text}
        value={bar.weight > 0 ? Math.min(Math.max(bar.score, 0), bar.weight) : 0}
        max={bar.weight > 0 ? bar.weight : 1}
        thickness="large"
      />
    </div>
  );
}

export function LevelBars({ messages, report }: LevelBarsProps) {
  const bars: Bar[] = Object.entries(report.levels).map(([level1, { score, weight }]) => ({
    key: level1,
    label: levelName(messages, level1),
    score,
    weight,
  }));
  bars.push({ key: '__budget', label: messages.budgetLevel, score: report.budget.score, weight: report.budget.weight });
  return (
    <div className="pe-bars" role="group" aria-label={messages.levelsLabel}>
      {bars.map((bar) => (
        <LevelBar key={bar.key} bar={bar} />
      ))}
      <p className="pe-small pe-muted" data-testid="bars-note">
        {messages.barsNote}
      </p>
    </div>
  );
}
