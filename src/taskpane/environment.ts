/**
 * Where the page runs. Inside Excel: the pane, in the display language. Anywhere else (no office.js,
 * onReady's host null, another Office app): a page saying it must be opened inside Excel.
 */
import type { Locale } from '../domain/diagnostics/types';
import { paneLocale } from './messages';

export type PaneEnvironment = { readonly kind: 'excel'; readonly locale: Locale } | { readonly kind: 'outside' };

/** `host` as onReady reports it (`Office.HostType.Excel` is the string `Excel`). */
export function detectEnvironment(host: unknown, displayLanguage: string | undefined): PaneEnvironment {
  if (host === null || host === undefined || String(host) !== 'Excel') return { kind: 'outside' };
  return { kind: 'excel', locale: paneLocale(displayLanguage) };
}
