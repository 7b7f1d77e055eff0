/**
 * The ribbon's ExecuteFunction commands (manifest `<FunctionName>recompute</FunctionName>` and
 * `validate`), running in the shared runtime of the task pane. Each runs a use case over the office
 * host, reports the outcome to the task pane (kept until the pane listens, when it has not yet),
 * shows the pane so the officer sees it, and ALWAYS calls `event.completed()`. They are associated
 * early by ribbonQueue.ts; the pane's bundle provides them (`provideCommands`).
 */
import { localeFromDisplayLanguage } from '../app/locale';
import type { RunResult } from '../app/useCases';
import { loadEngine } from '../app/loadEngine';
import { loadWorkbench } from '../app/loadWorkbench';
import type { WorkbookPort } from '../app/ports';
import type { Locale } from '../domain/diagnostics/types';
import { sharedOfficeHost } from '../hosts/office/sharedHost';
import { OfficeHostError } from '../hosts/office/officeHostError';
import { provideRibbonHandlers } from './ribbonQueue';

export type CommandId = 'recompute' | 'validate';

export interface CommandNotice {
  readonly command: CommandId;
  readonly intent: 'success' | 'warning' | 'error';
  readonly message: string;
  /** The result when the command ran (for the task pane to show). */
  readonly result?: RunResult;
  readonly error?: unknown;
}

export type CommandNotifier = (notice: CommandNotice) => void;

let notifier: CommandNotifier | undefined;
/** The last outcome no pane listened to (the pane's React had not mounted yet): shown when it does. */
let unheard: CommandNotice | undefined;

/** The task pane registers here to show ribbon outcomes (shared runtime); undefined unregisters. */
export function setCommandNotifier(next: CommandNotifier | undefined): void {
  notifier = next;
  const missed = unheard;
  unheard = undefined;
  if (next && missed) next(missed);
}

/** What a command needs; production defaults come from Office globals at call time. */
export interface CommandDeps {
  readonly port: () => WorkbookPort;
  readonly locale: () => Locale;
  readonly notify: CommandNotifier;
  /** Brings the task pane up (a ribbon run shows its outcome there); never throws. */
  readonly showPane: () => Promise<void>;
}

function officeLocale(): Locale {
  try {
    const language = typeof Office === 'undefined' ? undefined : Office.context.displayLanguage;
    return localeFromDisplayLanguage(language);
  } catch {
    return 'zh-CN';
  }
}

function defaultNotify(notice: CommandNotice): void {
  if (notifier) {
    notifier(notice);
    return;
  }
  unheard = notice;
  if (notice.intent === 'error') console.error(`绩效评价助手: ${notice.message}`, notice.error);
  else console.info(`绩效评价助手: ${notice.message}`);
}

/**
 * `Office.addin.showAsTaskpane()` (SharedRuntime 1.1): function commands show no UI of their own
 * (office-js-docs-pr, docs/design/add-in-commands.md), so the outcome and every error would stay in a
 * hidden pane. Where the set is missing, the outcome waits in the pane for the next time it opens.
 */
async function showTaskpane(): Promise<void> {
  try {
    if (typeof Office === 'undefined' || !Office.context.requirements.isSetSupported('SharedRuntime', '1.1')) return;
    await Office.addin.showAsTaskpane();
  } catch (error) {
    console.warn('绩效评价助手: could not show the task pane', error);
  }
}

export const defaultCommandDeps: CommandDeps = {
  port: () => sharedOfficeHost(officeLocale()),
  locale: officeLocale,
  notify: defaultNotify,
  showPane: showTaskpane,
};

function countErrors(result: RunResult): number {
  return result.evaluation.diagnostics.filter((d) => d.severity === 'error').length;
}

/** The one-line outcome of a command, in the user's language. */
export function summarize(command: CommandId, result: RunResult, locale: Locale): CommandNotice {
  const { evaluation } = result;
  const errors = countErrors(result);
  const warnings = evaluation.diagnostics.filter((d) => d.severity === 'warning').length;
  const intent: CommandNotice['intent'] = errors > 0 ? 'warning' : 'success';
  const total = evaluation.total.toFixed(2);
  let message: string;
  if (command === 'recompute' && !result.report.scored) {
    // Nothing could be scored: no form was written (the 自评表, or the 监控表 in tracking mode), only 校验问题 (DOMAIN.md §8.13).
    const form = result.report.mode === 'tracking' ? '绩效运行监控表' : '绩效自评表';
    message =
      locale === 'zh-CN'
        ? `未能计分：没有任何指标能够计分，未写入${form}，问题详见“校验问题”工作表（错误 ${errors} 个）。`
        : `Nothing could be scored: no ${form} was written; see the 校验问题 sheet (${errors} error(s)).`;
  } else if (command === 'recompute') {
    message =
      locale === 'zh-CN'
        ? `计算完成：总分 ${total}（${evaluation.grade}${evaluation.provisional ? '，暂定' : ''}），错误 ${errors} 个，警告 ${warnings} 个。`
        : `Done: total ${total} (${evaluation.grade}${evaluation.provisional ? ', provisional' : ''}), ${errors} error(s), ${warnings} warning(s).`;
  } else {
    message =
      locale === 'zh-CN'
        ? `校验完成：错误 ${errors} 个，警告 ${warnings} 个，详见“校验问题”工作表。`
        : `Validation done: ${errors} error(s), ${warnings} warning(s); see the 校验问题 sheet.`;
  }
  return { command, intent, message, result };
}

function failureMessage(error: unknown, locale: Locale): string {
  if (error instanceof OfficeHostError) return error.localized(locale);
  const detail = error instanceof Error ? error.message : String(error);
  return locale === 'zh-CN' ? `操作失败：${detail}` : `The command failed: ${detail}`;
}

async function runCommand(command: CommandId, event: Office.AddinCommands.Event | undefined, deps: CommandDeps): Promise<void> {
  let locale: Locale = 'zh-CN';
  try {
    locale = deps.locale();
    const port = deps.port();
    const { recompute, validate } = await loadEngine();
    const result =
      command === 'recompute'
        ? await recompute(port, { locale, workbench: await loadWorkbench() })
        : await validate(port, { locale, write: true });
    deps.notify(summarize(command, result, locale));
  } catch (error) {
    try {
      deps.notify({ command, intent: 'error', message: failureMessage(error, locale), error });
    } catch (notifyError) {
      console.error('绩效评价助手: could not report a command failure', notifyError, error);
    }
  } finally {
    event?.completed();
  }
  await deps.showPane();
}

/** Handlers bound to explicit dependencies (tests; the browser shim). */
export function createCommands(deps: CommandDeps): {
  readonly recompute: (event?: Office.AddinCommands.Event) => Promise<void>;
  readonly validate: (event?: Office.AddinCommands.Event) => Promise<void>;
} {
  return {
    recompute: (event) => runCommand('recompute', event, deps),
    validate: (event) => runCommand('validate', event, deps),
  };
}

/** 计算并写入 on the ribbon (the pane's button of the same name). */
export function recomputeCommand(event?: Office.AddinCommands.Event): Promise<void> {
  return runCommand('recompute', event, defaultCommandDeps);
}

/** 校验 on the ribbon: writes only the 校验问题 sheet. */
export function validateCommand(event?: Office.AddinCommands.Event): Promise<void> {
  return runCommand('validate', event, defaultCommandDeps);
}

/** The pane's bundle hands the ribbon its handlers (associated early, see ribbonQueue.ts). */
export function provideCommands(): void {
  provideRibbonHandlers({ recompute: recomputeCommand, validate: validateCommand });
}
