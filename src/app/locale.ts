/** The language every door uses: English when Office's display language is English, Chinese otherwise. */
import type { Locale } from '../domain/diagnostics/types';

export function localeFromDisplayLanguage(displayLanguage: string | undefined): Locale {
  return displayLanguage !== undefined && /^en(?:[-_]|$)/i.test(displayLanguage) ? 'en-US' : 'zh-CN';
}
