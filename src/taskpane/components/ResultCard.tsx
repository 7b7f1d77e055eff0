/**
 * The last report at a glance: total / max, the grade, the 暂定 mark, the unit's own total beside ours,
 * the 一级 bars and the 预算执行率, and one line naming the blocks read. When nothing could be scored
 * the card says so instead of showing a total.
 */
import { useId } from 'react';
import { Badge } from '@fluentui/react-components';
import type { Report } from '../../app/report';
import { formatRate, formatScore, GRADE_COLOR } from '../format';
import type { PaneMessages } from '../messages';
import { LevelBars } from './LevelBars';

export interface ResultCardProps {
  readonly messages: PaneMessages;
  readonly report: Report;
}

function layoutText(messages: PaneMessages, report: Report): string {
  if (report.layout.length === 0) return messages.layoutNone;
  return messages.layoutLine(report.layout.map((b) => `${messages.roles[b.role]} ${b.sheet}!${b.range}`).join('；'));
}

export function ResultCard({ messages, report }: ResultCardProps) {
  const titleId = useId();
  const layout = (
    <p className="pe-small pe-muted" data-testid="layout">
      {layoutText(messages, report)}
    </p>
  );
  if (!report.scored) {
    return (
      <section className="pe-card" aria-labelledby={titleId}>
        <h2 id={titleId} className="pe-subtitle">
          {messages.resultTitle}
        </h2>
        <p className="pe-body pe-hint" data-testid="nothing-scored">
          {messages.nothingScored[report.mode]}
        </p>
        {layout}
      </section>
    );
  }
  const total = `${formatScore(report.total)} / ${formatScore(report.max).replace(/\.00$/, '')}`;
  return (
    <section className="pe-card" aria-labelledby={titleId}>
      <h2 id={titleId} className="pe-subtitle">
        {messages.resultTitle}
      </h2>
      <div className="pe-headline">
        <span className="pe-inline">
          <span className="pe-body pe-muted">{messages.totalLabel}</span>
          <span className="pe-large" data-testid="total">
            {total}
          </span>
        </span>
        <span className="pe-inline">
          <span className="pe-body pe-muted">{messages.gradeLabel}</span>
          <Badge appearance="filled" color={GRADE_COLOR[report.grade]} size="large" data-testid="grade">
            {messages.grades[report.grade]}
          </Badge>
          {report.provisional ? (
            <Badge appearance="outline" color="warning" size="large" data-testid="provisional">
              {messages.provisional}
            </Badge>
          ) : null}
        </span>
      </div>
      {report.selfTotal !== null ? (
        <div className="pe-rate pe-body">
          <span>{messages.selfTotalLabel}</span>
          <span className="pe-strong pe-numbers" data-testid="self-total">
            {formatScore(report.selfTotal)}
          </span>
        </div>
      ) : null}
      {report.provisional ? <p className="pe-small pe-hint">{messages.provisionalHint}</p> : null}
      <LevelBars messages={messages} report={report} />
      <div className="pe-rate pe-body">
        <span>{messages.executionRate}</span>
        <span className="pe-strong pe-numbers" data-testid="execution-rate">
          {formatRate(report.budget.rate, messages.notAvailable)}
        </span>
      </div>
      {layout}
    </section>
  );
}
