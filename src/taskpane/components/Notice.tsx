/** A dismissible MessageBar: an error (what went wrong and what to do), or a success or warning notice. */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { PaneMessages } from '../messages';

export interface NoticeProps {
  readonly messages: PaneMessages;
  readonly intent: 'error' | 'warning' | 'success';
  readonly text: string;
  readonly onDismiss: () => void;
}

export function Notice({ messages, intent, text, onDismiss }: NoticeProps) {
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{intent === 'error' ? messages.errorTitle : messages.successTitle}</MessageBarTitle>
        {text}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onDismiss}>
          {messages.dismiss}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
