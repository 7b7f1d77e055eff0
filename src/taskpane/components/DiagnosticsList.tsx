/**
 * The diagnostics of the last run, grouped by severity (错误 / 警告 / 提示 with counts) in native
 * disclosure widgets (<details>/<summary>: keyboard and screen-reader support without script, and
 * without the bundle cost of Accordion's arrow-key navigation). Errors and warnings start open;
 * a closed group renders nothing. Each item with a location is a button that selects its cell in
 * Excel. Long groups show 100 items at a time.
 */
import { useId, useState } from 'react';
import { Button } from '@fluentui/react-components';
import type { RenderedDiagnostic, Severity } from '../../domain/diagnostics/types';
import type { PaneMessages } from '../messages';

export const DIAGNOSTICS_PAGE = 100;

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export interface DiagnosticsListProps {
  readonly messages: PaneMessages;
  readonly diagnostics: readonly RenderedDiagnostic[];
  readonly onSelect: (sheet: string, cell: string) => void;
}

type ItemProps = Omit<DiagnosticsListProps, 'diagnostics'>;

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
  readonly severity: Severity;
  readonly items: readonly RenderedDiagnostic[];
  readonly initiallyOpen: boolean;
}

function DiagnosticGroup({ severity, items, initiallyOpen, messages, onSelect }: GroupProps) {
  const [open, setOpen] = useState(initiallyOpen);
  const [shown, setShown] = useState(DIAGNOSTICS_PAGE);
  return (
    <details
      className="pe-diag-group"
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
      data-severity={severity}
    >
      <summary>{messages.groupHeading(messages.severities[severity], items.length)}</summary>
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

export function DiagnosticsList({ messages, diagnostics, onSelect }: DiagnosticsListProps) {
  const titleId = useId();
  const groups = SEVERITIES.map((severity) => ({ severity, items: diagnostics.filter((d) => d.severity === severity) })).filter(
    (g) => g.items.length > 0,
  );
  const anySerious = groups.some((g) => g.severity !== 'info');
  return (
    <section className="pe-diagnostics" aria-labelledby={titleId}>
      <h2 id={titleId} className="pe-subtitle">
        {messages.diagnosticsTitle}
      </h2>
      {groups.length === 0 ? <p className="pe-body">{messages.noProblems}</p> : null}
      {groups.map(({ severity, items }) => (
        <DiagnosticGroup
          key={severity}
          severity={severity}
          items={items}
          initiallyOpen={severity !== 'info' || !anySerious}
          messages={messages}
          onSelect={onSelect}
        />
      ))}
    </section>
  );
}
