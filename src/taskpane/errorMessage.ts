/**
 * What the error bar says. The Office host wraps Excel failures into an OfficeHostError that carries
 * a readable message per locale (what happened and what to do); the pane shows that message when it
 * is present (its `localized(locale)` method or its `messages` table) and a generic "what to do"
 * text around the raw message otherwise. Read structurally, so the pane does not depend on the
 * host's module (tests use fake ports).
 */
import type { Locale } from '../domain/diagnostics/types';
import { MESSAGES } from './messages';

type LocalizedTable = Partial<Record<Locale, unknown>>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function nonEmpty(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** The host error's own message for `locale`, if the error carries one. */
export function localizedHostMessage(error: unknown, locale: Locale): string | undefined {
  if (!isRecord(error)) return undefined;
  for (const key of ['localized', 'localizedMessage']) {
    const method = error[key];
    if (typeof method === 'function') {
      const text = nonEmpty((method as (l: Locale) => unknown).call(error, locale));
      if (text) return text;
    }
  }
  for (const key of ['messages', 'localizedMessages']) {
    const table = error[key];
    if (isRecord(table)) {
      const text = nonEmpty((table as LocalizedTable)[locale]);
      if (text) return text;
    }
  }
  return undefined;
}

/** The sentence the error MessageBar shows. */
export function describeError(error: unknown, locale: Locale): string {
  const localized = localizedHostMessage(error, locale);
  if (localized) return localized;
  let detail: string;
  if (error instanceof Error) detail = error.message || error.name;
  else if (isRecord(error)) detail = nonEmpty(error['message']) ?? nonEmpty(error['code']) ?? String(error);
  else detail = String(error);
  return MESSAGES[locale].genericError(detail);
}
