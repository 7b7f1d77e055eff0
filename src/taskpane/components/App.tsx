/** The task pane. Takes its port and locale as props: index.tsx passes the Office host, tests a fake. */
import { lazy, Suspense } from 'react';
import type { Locale } from '../../domain/diagnostics/types';
import { MESSAGES } from '../messages';
import type { PanePort, SubscribeToCommands } from '../panePort';
import { usePaneActions } from '../usePaneActions';
import { ActionBar } from './ActionBar';
import { BusySpinner } from './BusySpinner';
import { DiagnosticsList } from './DiagnosticsList';
import { Header } from './Header';
import { PaneShell } from './PaneShell';
import { Notice } from './Notice';
import { ResultCard } from './ResultCard';
import { RunFacts } from './RunFacts';
import { WorkbenchCard } from './WorkbenchCard';
import { ModeSwitch } from './ModeSwitch';

// Tracking mode's card is a chunk of its own, like the tracking engine: a self-evaluation never loads it.
const TrackingCard = lazy(() => import(/* webpackChunkName: "trackingCard" */ './TrackingCard'));

export interface AppProps {
  readonly port: PanePort;
  readonly locale: Locale;
  /** Outcomes of the ribbon's commands (shared runtime); index.tsx wires src/commands' notifier. */
  readonly commands?: SubscribeToCommands;
  /** Whether the host lets the pane download a file (download.ts; false on Excel for Mac). */
  readonly canDownload?: boolean;
}

export function App({ port, locale, commands, canDownload = false }: AppProps) {
  const messages = MESSAGES[locale];
  const pane = usePaneActions(port, locale, commands);
  return (
    <PaneShell locale={locale} label={messages.appTitle}>
      <Header
        messages={messages}
        project={pane.project}
        profileChoice={pane.profileChoice}
        readProfile={pane.readProfile}
        mode={pane.readMode}
        busy={pane.busy !== undefined}
        onChooseProfile={pane.chooseProfile}
      />
      <ModeSwitch messages={messages} mode={pane.mode} disabled={pane.busy !== undefined} onChange={pane.chooseMode} />
      <ActionBar messages={messages} busy={pane.busy !== undefined} onRun={pane.run} />
      <div aria-live="polite">{pane.busy ? <BusySpinner messages={messages} busy={pane.busy} /> : null}</div>
      {pane.error !== undefined ? (
        <Notice messages={messages} intent="error" text={pane.error} onDismiss={pane.dismissError} />
      ) : null}
      {pane.notice !== undefined ? (
        <Notice messages={messages} intent={pane.notice.intent} text={pane.notice.text} onDismiss={pane.dismissNotice} />
      ) : null}
      {pane.report ? <ResultCard messages={messages} report={pane.report} /> : null}
      {pane.report ? (
        <RunFacts messages={messages} report={pane.report} formSheet={pane.formSheet} onOpenSheet={pane.openSheet} onSelect={pane.select} />
      ) : null}
      {pane.report?.tracking ? (
        <Suspense fallback={null}>
          <TrackingCard locale={locale} tracking={pane.report.tracking} grades={messages.grades} />
        </Suspense>
      ) : null}
      {pane.workbench ? (
        <WorkbenchCard
          messages={messages}
          workbench={pane.workbench}
          canDownload={canDownload}
          onOpenSheet={pane.openSheet}
          onDownload={pane.download}
        />
      ) : null}
      {pane.report ? (
        <DiagnosticsList
          key={pane.runId}
          messages={messages}
          diagnostics={pane.report.diagnostics}
          layout={pane.report.layout}
          onSelect={pane.select}
        />
      ) : null}
    </PaneShell>
  );
}
