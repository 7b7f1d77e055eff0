/**
 * Composition root of the task pane (and of the shared runtime the ribbon's commands run in): hand
 * the ribbon its handlers at once (the functions were associated by the runtime's first script,
 * src/commands/ribbonEntry.ts), wait for office.js, create the Office host over Excel.run and render
 * the pane. Outside Excel it renders a page that says so instead of failing.
 */
import { createRoot, type Root } from 'react-dom/client';
import { sharedOfficeHost } from '../hosts/office/sharedHost';
import { provideCommands, setCommandNotifier } from '../commands/commands';
import { App } from './components/App';
import { OutsideExcel } from './components/OutsideExcel';
import { detectEnvironment } from './environment';
import type { SubscribeToCommands } from './panePort';
import { canDownload } from './download';

/** The ribbon's outcomes go to the open pane (one listener at a time: the pane). */
const subscribeToCommands: SubscribeToCommands = (listener) => {
  setCommandNotifier(listener);
  return () => setCommandNotifier(undefined);
};

function rootElement(): HTMLElement {
  const existing = document.getElementById('root');
  if (existing) return existing;
  const created = document.createElement('div');
  created.id = 'root';
  document.body.appendChild(created);
  return created;
}

function start(root: Root): void {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') {
    root.render(<OutsideExcel />);
    return;
  }
  void Office.onReady((info) => {
    const context = (Office as { context?: { displayLanguage?: string; platform?: unknown } }).context;
    const environment = detectEnvironment(info.host, context?.displayLanguage);
    if (environment.kind === 'outside') {
      root.render(<OutsideExcel />);
      return;
    }
    document.documentElement.lang = environment.locale;
    const port = sharedOfficeHost(environment.locale);
    root.render(
      <App port={port} locale={environment.locale} commands={subscribeToCommands} canDownload={canDownload(context?.platform)} />,
    );
  });
}

// Before anything waits on office.js: a ribbon click queued since the runtime started runs now.
provideCommands();
start(createRoot(rootElement()));
