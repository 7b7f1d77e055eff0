/** The four actions (two of them templates). While one runs they stay focusable but inert (`disabledFocusable`), so keyboard focus is not lost. */
import { Button } from '@fluentui/react-components';
import type { PaneAction, PaneMessages } from '../messages';

export interface ActionBarProps {
  readonly messages: PaneMessages;
  readonly busy: boolean;
  readonly onRun: (action: PaneAction) => void;
}

export function ActionBar({ messages, busy, onRun }: ActionBarProps) {
  return (
    <div role="group" aria-label={messages.actionsLabel} className="pe-actions">
      <Button appearance="secondary" disabledFocusable={busy} title={messages.validateHint} onClick={() => onRun('validate')}>
        {messages.validate}
      </Button>
      <Button appearance="primary" disabledFocusable={busy} title={messages.recomputeHint} onClick={() => onRun('recompute')}>
        {messages.recompute}
      </Button>
      <Button
        appearance="secondary"
        disabledFocusable={busy}
        title={messages.insertTemplateHint}
        onClick={() => onRun('insertTemplate')}
      >
        {messages.insertTemplate}
      </Button>
      <Button appearance="secondary" disabledFocusable={busy} title={messages.insertFormHint} onClick={() => onRun('insertForm')}>
        {messages.insertForm}
      </Button>
    </div>
  );
}
