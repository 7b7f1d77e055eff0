/**
 * The evaluator's workbench after a recompute: the counts of 指标调整对比 with a button that opens its
 * sheet, and the draft report — a button to its sheet and, where the host allows a download, the
 * .docx; elsewhere a line saying where the draft is.
 */
import { useId, useState } from 'react';
import { Button } from '@fluentui/react-components';
import type { PaneMessages } from '../messages';
import type { PaneWorkbench } from '../workbenchState';

export interface WorkbenchCardProps {
  readonly messages: PaneMessages;
  readonly workbench: PaneWorkbench;
  readonly canDownload: boolean;
  readonly onOpenSheet: (sheet: string) => void;
  readonly onDownload: () => Promise<void>;
}

const KINDS = ['added', 'removed', 'targetChanged', 'wordingChanged', 'level2Moved', 'unchanged'] as const;

export function WorkbenchCard({ messages, workbench, canDownload, onOpenSheet, onDownload }: WorkbenchCardProps) {
  const titleId = useId();
  const [downloading, setDownloading] = useState(false);
  const { comparison, draft } = workbench;
  const download = () => {
    setDownloading(true);
    // onDownload reports its own failures (the pane's message bar); here it only ends the busy state.
    void onDownload().finally(() => setDownloading(false));
  };
  return (
    <section className="pe-card" aria-labelledby={titleId}>
      <h2 id={titleId} className="pe-subtitle">
        {messages.workbenchTitle}
      </h2>
      {comparison ? (
        <div className="pe-workbench-block">
          <p className="pe-body" data-testid="comparison-counts">
            {KINDS.map((k) => messages.changeCount(messages.changeKinds[k], comparison.summary[k])).join(messages.countSeparator)}
          </p>
          <Button appearance="secondary" onClick={() => onOpenSheet(comparison.sheet)}>
            {messages.openComparison}
          </Button>
        </div>
      ) : null}
      {draft ? (
        <div className="pe-workbench-block">
          <p className="pe-body">{canDownload ? messages.draftReady(draft.sheet) : messages.draftInSheet(draft.sheet)}</p>
          <div className="pe-actions">
            <Button appearance="secondary" onClick={() => onOpenSheet(draft.sheet)}>
              {messages.openDraft}
            </Button>
            {canDownload ? (
              <Button appearance="primary" disabledFocusable={downloading} onClick={download}>
                {messages.downloadDraft}
              </Button>
            ) : null}
          </div>
        </div>
      ) : null}
    </section>
  );
}
