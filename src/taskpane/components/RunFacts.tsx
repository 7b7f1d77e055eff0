/**
 * What the last run did, in words: the sheet it scored (and in which mode), the reference sheets it
 * only checked, a button that activates the form it wrote (查看自评表, or 查看监控表 in tracking mode),
 * and the note that output sheets are rewritten on every run, with a link that selects the scored
 * sheet's 偏差原因 cells (where a reason typed survives the next run).
 */
import { Button } from '@fluentui/react-components';
import type { Report } from '../../app/report';
import type { PaneMessages } from '../messages';

export interface RunFactsProps {
  readonly messages: PaneMessages;
  readonly report: Report;
  /** The form written by the last 计算并写入 (none after a 校验 alone). */
  readonly formSheet: string | undefined;
  readonly onOpenSheet: (sheet: string) => void;
  readonly onSelect: (sheet: string, cells: string) => void;
}

export function RunFacts({ messages, report, formSheet, onOpenSheet, onSelect }: RunFactsProps) {
  const { scored, reference, reasonCells } = report.sheets;
  if (scored === null && formSheet === undefined) return null;
  return (
    <section className="pe-card pe-run-facts" aria-label={messages.runFactsLabel}>
      {scored !== null ? (
        <p className="pe-body" data-testid="scored-sheet">
          {messages.scoredSheet(scored, report.mode)}
        </p>
      ) : null}
      {reference.length > 0 ? (
        <p className="pe-small pe-muted" data-testid="reference-sheets">
          {messages.referenceSheets(reference)}
        </p>
      ) : null}
      {formSheet !== undefined ? (
        <Button appearance="secondary" size="small" onClick={() => onOpenSheet(formSheet)} data-testid="open-form">
          {messages.openForm[report.mode]}
        </Button>
      ) : null}
      {scored !== null ? (
        <p className="pe-small" data-testid="rewrite-note">
          {messages.rewriteNote}
          {reasonCells !== null ? (
            <button type="button" className="pe-link" title={`${scored}!${reasonCells}`} onClick={() => onSelect(scored, reasonCells)}>
              {messages.reasonLink(scored)}
            </button>
          ) : (
            messages.reasonMissing(scored)
          )}
        </p>
      ) : null}
    </section>
  );
}
