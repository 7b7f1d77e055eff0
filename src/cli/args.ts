/** Command-line arguments → one command (or a usage error), with node:util parseArgs. */
import { parseArgs } from 'node:util';
import type { Locale } from '../domain/diagnostics/types';
import type { TemplateLayout } from '../app/useCases';
import { isProfileId, profileIds } from '../domain/schema/profiles';
import type { EvaluationMode } from '../domain/workbookSettings';
import { parseModeWord } from '../domain/tracking/mode';
import { cliMessages } from './messages';
import { parseBatchCommand, type BatchCommand } from './batch/batchArgs';

export type Command =
  | { readonly kind: 'help'; readonly locale: Locale; readonly requested: boolean }
  | {
      readonly kind: 'evaluate';
      readonly locale: Locale;
      readonly input: string;
      readonly output?: string;
      readonly json: boolean;
      /** `--report OUT.docx`: the 评价报告（草稿） as a Word document. */
      readonly report?: string;
      readonly profile?: string;
      /** `--mode self|tracking`; without it the workbook decides (rules §9). */
      readonly mode?: EvaluationMode;
    }
  | {
      readonly kind: 'validate';
      readonly locale: Locale;
      readonly input: string;
      readonly json: boolean;
      readonly profile?: string;
      readonly mode?: EvaluationMode;
    }
  | {
      readonly kind: 'template';
      readonly locale: Locale;
      readonly output: string;
      readonly layout: TemplateLayout;
      readonly profile?: string;
      readonly mode?: EvaluationMode;
    }
  | BatchCommand
  | { readonly kind: 'usageError'; readonly locale: Locale; readonly message: string };

const LOCALES: readonly Locale[] = ['zh-CN', 'en-US'];

function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

/**
 * The locale asked for, looked up before the real parse so that even a usage error speaks the
 * user's language. Default zh-CN.
 */
export function requestedLocale(argv: readonly string[]): Locale {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (value !== undefined && isLocale(value)) return value;
  }
  return 'zh-CN';
}

const OPTIONS = {
  output: { type: 'string', short: 'o' },
  report: { type: 'string' },
  json: { type: 'boolean' },
  mode: { type: 'string' },
  lang: { type: 'string' },
  profile: { type: 'string' },
  layout: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const LAYOUTS: readonly TemplateLayout[] = ['sheets', 'form'];

function isLayout(value: string): value is TemplateLayout {
  return (LAYOUTS as readonly string[]).includes(value);
}

function describeParseError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]?.replace(/\.$/, '') ?? message;
}

export function parseCommand(argv: readonly string[]): Command {
  let locale = requestedLocale(argv);
  const m = cliMessages(locale);
  const usageError = (message: string): Command => ({ kind: 'usageError', locale, message });

  // batch has options of its own (src/cli/batch/batchArgs.ts).
  const loose = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: false });
  if (loose.positionals[0] === 'batch') {
    const lang = loose.values.lang;
    if (typeof lang === 'string' && !isLocale(lang)) return usageError(m.badLang(lang));
    if (loose.values.help === true) return { kind: 'help', locale, requested: true };
    return parseBatchCommand(argv, locale);
  }
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    return usageError(m.badOption(describeParseError(error)));
  }
  const { values, positionals } = parsed;
  if (values.lang !== undefined) {
    if (!isLocale(values.lang)) return usageError(m.badLang(values.lang));
    locale = values.lang;
  }
  if (values.help) return { kind: 'help', locale, requested: true };
  const [command, ...rest] = positionals;
  if (command === undefined) return { kind: 'help', locale, requested: false };
  if (values.profile !== undefined && !isProfileId(values.profile)) return usageError(m.badProfile(values.profile, profileIds()));
  const profile = values.profile !== undefined ? { profile: values.profile } : {};
  if (values.layout !== undefined && command !== 'template') return usageError(m.optionNotFor('--layout', command));

  switch (command) {
    case 'evaluate':
    case 'validate': {
      const [input, ...extra] = rest;
      if (input === undefined) return usageError(m.missingInput(command));
      if (extra.length > 0) return usageError(m.extraArguments(extra.join(' ')));
      const json = values.json === true;
      if (values.output === '') return usageError(m.badOption('-o/--output ""'));
      const mode = values.mode === undefined ? undefined : parseModeWord(values.mode);
      if (values.mode !== undefined && mode === undefined) return usageError(m.badMode(values.mode));
      const chosen = mode !== undefined ? { mode } : {};
      if (command === 'validate') {
        if (values.output !== undefined) return usageError(m.optionNotFor('-o/--output', command));
        if (values.report !== undefined) return usageError(m.optionNotFor('--report', command));
        return { kind: 'validate', locale, input, json, ...profile, ...chosen };
      }
      if (values.report !== undefined && !/\.docx$/i.test(values.report)) return usageError(m.reportNeedsDocx(values.report));
      return {
        kind: 'evaluate',
        locale,
        input,
        json,
        ...profile,
        ...(values.output !== undefined ? { output: values.output } : {}),
        ...(values.report !== undefined ? { report: values.report } : {}),
        ...chosen,
      };
    }
    case 'template': {
      if (rest.length > 0) return usageError(m.extraArguments(rest.join(' ')));
      if (values.json) return usageError(m.optionNotFor('--json', command));
      if (values.report !== undefined) return usageError(m.optionNotFor('--report', command));
      const mode = values.mode === undefined ? undefined : parseModeWord(values.mode);
      if (values.mode !== undefined && mode === undefined) return usageError(m.badMode(values.mode));
      if (values.output === undefined || values.output === '') return usageError(m.templateNeedsOutput);
      const layout = values.layout ?? 'sheets';
      if (!isLayout(layout)) return usageError(m.badLayout(layout));
      return { kind: 'template', locale, output: values.output, layout, ...profile, ...(mode !== undefined ? { mode } : {}) };
    }
    default:
      return usageError(m.unknownCommand(command));
  }
}
