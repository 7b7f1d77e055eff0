/** The spinner shown while an action runs, labelled with what is running. */
import { Spinner } from '@fluentui/react-components';
import type { PaneAction, PaneMessages } from '../messages';

export function BusySpinner({ messages, busy }: { readonly messages: PaneMessages; readonly busy: PaneAction }) {
  return <Spinner size="tiny" labelPosition="after" label={messages.working[busy]} />;
}
