/**
 * The diagnostics of the last run, grouped by severity (错误 / 警告 / 提示 with counts) in native
 * disclosure widgets (<details>/<summary>: keyboard and screen-reader support without script, and
 * without the bundle cost of Accordion's arrow-key navigation). Errors and warnings start open;
 * a closed group renders nothing. Findings on a reference indicator sheet (checked, never scored)
 * stand apart in a last group of their own, closed, so nobody "fixes" what does not change the score.
 * Each item with a location is a button that selects its cell in Excel, its location shown as a link.
 * Long groups show 100 items at a time.
 */
import { useId, useState } from 'react';
import { Button } from '@fluentui/react-components';
import type { RenderedDiagnostic, Severity } from '../../domain/diagnostics/types';
import type { PaneMessages } from '../messages';
import type { ReportBlock } from '../../app/report';
import { isReferenceFinding, referenceSheetsOf } from '../referenceFindings';

export const DIAGNOSTICS_PAGE = 100;

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export interface DiagnosticsListProps {
  readonly messages: PaneMessages;
  readonly diagnostics: readonly RenderedDiagnostic[];
  /** The blocks read: findings in a `reference` block are grouped apart. */
  readonly layout?: readonly ReportBlock[];
  readonly onSelect: (sheet: string, cell: string) => void;
}

type ItemProps = Omit<DiagnosticsListProps, 'diagnostics' | 'layout'>;

function location(d: RenderedDiagnostic, messages: PaneMessages): string {
  if (d.sheet === '') return messages.workbookWide;
  return d.cell === '' ? d.sheet : `${d.sheet}!${d.cell}`;
}

function DiagnosticItem({ d, messages, onSelect }: { readonly d: RenderedDiagnostic } & ItemProps) {
  const where = location(d, messages);
  const body = (
    <span className="pe-diag-body">
      <span>{d.message}</span>
      <span className="pe-diag-location">{where}</span>
    </span>
  );
  if (d.sheet === '') return <span className="pe-diag-plain">{body}</span>;
  return (
    <Button
      appearance="subtle"
      className="pe-diag-item"
      title={messages.goToCell(where)}
      onClick={() => onSelect(d.sheet, d.cell)}
    >
      {body}
    </Button>
  );
}

interface GroupProps extends ItemProps {
  /** `reference` for the reference sheets' findings. */
  readonly severity: Severity | 'reference';
  readonly heading: string;
  readonly items: readonly RenderedDiagnostic[];
  readonly initiallyOpen: boolean;
}

function DiagnosticGroup({ severity, heading, items, initiallyOpen, messages, onSelect }: GroupProps) {
  const [open, setOpen] = useState(initiallyOpen);
  const [shown, setShown] = useState(DIAGNOSTICS_PAGE);
  return (
    <details
      className="pe-diag-group"
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
      data-severity={severity}
    >
      <summary>{heading}</summary>
      {open ? (
        <>
          <ul className="pe-diag-list">
            {items.slice(0, shown).map((d, i) => (
              <li key={i}>
                <DiagnosticItem d={d} messages={messages} onSelect={onSelect} />
              </li>
            ))}
          </ul>
          {items.length > shown ? (
            <Button appearance="transparent" className="pe-more" onClick={() => setShown((n) => n + DIAGNOSTICS_PAGE)}>
              {messages.showMore(shown, items.length)}
            </Button>
          ) : null}
        </>
      ) : null}
    </details>
  );
}

export function DiagnosticsList({ messages, diagnostics, layout = [], onSelect }: DiagnosticsListProps) {
  const titleId = useId();
  const isReference = (d: RenderedDiagnostic): boolean => isReferenceFinding(d, layout);
  const own = diagnostics.filter((d) => !isReference(d));
  const apart = diagnostics.filter(isReference);
  const groups = SEVERITIES.map((severity) => {
    const items = own.filter((d) => d.severity === severity);
    return { severity, heading: messages.groupHeading(messages.severities[severity], items.length), items };
  }).filter((g) => g.items.length > 0);
  const anySerious = groups.some((g) => g.severity !== 'info');
  return (
    <section className="pe-diagnostics" aria-labelledby={titleId}>
      <h2 id={titleId} className="pe-subtitle">
        {messages.diagnosticsTitle}
      </h2>
      {groups.length === 0 ? <p className="pe-body">{messages.noProblems}</p> : null}
      {groups.map(({ severity, heading, items }) => (
        <DiagnosticGroup
          key={severity}
          severity={severity}
          heading={heading}
          items={items}
          initiallyOpen={severity !== 'info' || !anySerious}
          messages={messages}
          onSelect={onSelect}
        />
      ))}
      {apart.length > 0 ? (
        <DiagnosticGroup
          key="reference"
          severity="reference"
          heading={messages.referenceGroup(referenceSheetsOf(apart, layout), apart.length)}
          items={apart}
          initiallyOpen={false}
          messages={messages}
          onSelect={onSelect}
        />
      ) : null}
    </section>
  );
}
