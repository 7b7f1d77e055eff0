/**
 * The pane's state machine: one action at a time, a spinner while it runs, the last report kept
 * for the result card, a success notice or an error to show. The use cases are the engine's
 * (src/app/useCases.ts, loaded as a chunk of its own), called with the pane's locale so diagnostics come rendered in it.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Locale } from '../domain/diagnostics/types';
import type { Report } from '../app/report';
import { loadEngine } from '../app/loadEngine';
import { describeError, localizedHostMessage } from './errorMessage';
import { MESSAGES, type PaneAction } from './messages';
import type { PanePort, SubscribeToCommands } from './panePort';
import type { ProfileSource } from '../app/profileChoice';
import { loadWorkbench } from '../app/loadWorkbench';
import { paneWorkbench, type PaneWorkbench } from './workbenchState';
import { downloadDraft } from './download';
import type { EvaluationMode } from '../domain/workbookSettings';
import type { WritePlan } from '../domain/output/planTypes';

export interface PaneState {
  /** The action running now, if any. */
  readonly busy: PaneAction | undefined;
  /** The report of the last validate or recompute. */
  readonly report: Report | undefined;
  /** The project the workbook names: read (nothing written) when the pane opens, then from every report. */
  readonly project: Report['project'] | undefined;
  /** Increments with every new report (to reset per-run UI such as which diagnostic groups are open). */
  readonly runId: number;
  /**
   * The drop-down as the user set it in this session: `{ id }` a profile, `{ id: undefined }` 自动
   * (detection; also forgets the workbook's remembered profile on the next run); undefined when
   * untouched (the workbook's remembered profile, else detection).
   */
  readonly profileChoice: ProfileChoiceState | undefined;
  /** The profile the workbook was last read under, and how it was arrived at (shown in the drop-down). */
  readonly readProfile: { readonly id: string; readonly label: string; readonly source: ProfileSource } | undefined;
  readonly notice: { readonly intent: 'success' | 'warning'; readonly text: string } | undefined;
  readonly error: string | undefined;
  /** 指标调整对比 and 评价报告（草稿） of the last recompute. */
  readonly workbench: PaneWorkbench | undefined;
  /** The mode the switch shows: the user's pick, else the mode of the last reading. */
  readonly mode: EvaluationMode | undefined;
  /** True once the user picked a mode: it is passed to every action and remembered by 计算并写入. */
  readonly modeChosen: boolean;
  /** The mode the last reading or run took (the header's facts line names it). */
  readonly readMode: EvaluationMode | undefined;
  /** The form the last 计算并写入 wrote: the 绩效自评表, or the 绩效运行监控表 in tracking mode (查看自评表 / 查看监控表). */
  readonly formSheet: string | undefined;
}

export interface PaneActions {
  readonly run: (action: PaneAction) => void;
  readonly select: (sheet: string, cell: string) => void;
  readonly dismissError: () => void;
  readonly dismissNotice: () => void;
  /** Activates a sheet (the workbench card's links). */
  readonly openSheet: (sheet: string) => void;
  /** Downloads the last draft report as .docx. */
  readonly download: () => Promise<void>;
  /** Chooses a profile (undefined: automatic); the shown result, computed under another, is cleared. */
  readonly chooseProfile: (id: string | undefined) => void;
  /** The mode switch: self-evaluation or tracking (rules §9). */
  readonly chooseMode: (mode: EvaluationMode) => void;
}

export interface ProfileChoiceState {
  readonly id: string | undefined;
}

/**
 * Run options for a choice: a chosen profile runs under it and is remembered in the workbook with the
 * outputs; 自动 stores an empty choice (the record then keeps no profile); untouched asks for nothing.
 */
function profileOptions(choice: ProfileChoiceState | undefined): { profile?: string; settings?: { profile: string } } {
  if (!choice) return {};
  return choice.id === undefined ? { settings: { profile: '' } } : { profile: choice.id, settings: { profile: choice.id } };
}

const INITIAL: PaneState = {
  busy: undefined,
  report: undefined,
  project: undefined,
  runId: 0,
  profileChoice: undefined,
  readProfile: undefined,
  notice: undefined,
  error: undefined,
  workbench: undefined,
  mode: undefined,
  modeChosen: false,
  readMode: undefined,
  formSheet: undefined,
};

/** The form of the run's mode a plan writes (none when nothing was scored). */
export function formOf(plan: WritePlan, report: Report): string | undefined {
  if (!report.scored) return undefined;
  const role = report.mode === 'tracking' ? 'monitor' : 'form';
  return plan.sheets.find((s) => s.role === role)?.name;
}

export function usePaneActions(port: PanePort, locale: Locale, commands?: SubscribeToCommands): PaneState & PaneActions {
  const [state, setState] = useState<PaneState>(INITIAL);
  const running = useRef(false);
  const messages = MESSAGES[locale];
  // The choice as the running action sees it (state updates land after the click that starts it).
  const chosen = useRef<ProfileChoiceState | undefined>(undefined);

  // On opening, read the workbook once (writing nothing) so the header names the project and its profile at once.
  useEffect(() => {
    let live = true;
    loadEngine()
      .then((engine) => engine.validate(port, { locale }))
      .then(({ report }) => {
        if (live) setState((s) => (s.project ? s : { ...s, project: report.project, readProfile: profileOf(report), mode: s.modeChosen ? s.mode : report.mode, readMode: report.mode }));
      })
      .catch((error: unknown) => {
        if (live) setState((s) => ({ ...s, error: describeError(error, locale) }));
      });
    return () => {
      live = false;
    };
  }, [port, locale]);

  // Ribbon commands run in the same (shared) runtime: show their outcome here too.
  useEffect(() => {
    if (!commands) return undefined;
    return commands((outcome) => {
      setState((s) => {
        if (outcome.intent === 'error') return { ...s, error: outcome.message, notice: undefined };
        const notice = { intent: outcome.intent, text: outcome.message } as const;
        const result = outcome.result;
        const report = result?.report;
        if (!result || !report) return { ...s, notice, error: undefined };
        const workbench = 'plan' in result && result.plan ? paneWorkbench({ ...result, plan: result.plan, report }) : s.workbench;
        const mode = s.modeChosen ? s.mode : report.mode;
        // A recompute's plan says which form it wrote; a validate leaves the last one.
        const formSheet = result.plan && result.plan.sheets.some((p) => p.role === 'detail') ? formOf(result.plan, report) : s.formSheet;
        return {
          ...s,
          report,
          project: report.project,
          readProfile: profileOf(report),
          runId: s.runId + 1,
          notice,
          error: undefined,
          workbench,
          mode,
          readMode: report.mode,
          formSheet,
        };
      });
    });
  }, [commands]);

  // The user's pick of mode: for this run, and (计算并写入) remembered in the workbook.
  const chosenMode = state.modeChosen ? state.mode : undefined;
  const perform = useCallback(
    async (
      action: PaneAction,
    ): Promise<{ report?: Report; notice: string; intent?: 'warning'; workbench?: PaneWorkbench | undefined; formSheet?: string | undefined }> => {
      // The chosen profile and mode run this time and are remembered in the workbook with the outputs.
      const byProfile = profileOptions(chosen.current);
      const modePart = chosenMode !== undefined ? { mode: chosenMode } : {};
      const settings = byProfile.settings !== undefined || chosenMode !== undefined ? { settings: { ...byProfile.settings, ...modePart } } : {};
      const options = { locale, ...byProfile, ...modePart, ...settings };
      const { insertTemplate, recompute, validate } = await loadEngine();
      switch (action) {
        case 'recompute': {
          const result = await recompute(port, { ...options, workbench: await loadWorkbench() });
          const written = result.plan.sheets.map((s) => s.name);
          // Nothing scored: only 校验问题 was written (DOMAIN.md §8.13), and the notice says so.
          if (!result.report.scored) return { report: result.report, notice: messages.recomputeWithheld(written), intent: 'warning' };
          return {
            report: result.report,
            notice: messages.recomputeDone(written),
            workbench: paneWorkbench(result),
            formSheet: formOf(result.plan, result.report),
          };
        }
        case 'validate': {
          const result = await validate(port, { ...options, write: true });
          const sheet = result.plan.sheets.find((s) => s.role === 'diagnostics')?.name;
          return { report: result.report, notice: messages.validateDone(sheet) };
        }
        case 'insertTemplate': {
          // The template of the mode shown: a tracking report's has the to-date and projection columns.
          const modePart = state.mode !== undefined ? { mode: state.mode } : {};
          const { created } = await insertTemplate(port, { layout: 'sheets', ...templateProfile(chosen.current, state.readProfile), ...modePart });
          return { notice: created.length > 0 ? messages.templateCreated(created) : messages.templateExists };
        }
        case 'insertForm': {
          // The form's labels carry the chosen profile's points (central when none is chosen).
          const { created } = await insertTemplate(port, { layout: 'form', ...templateProfile(chosen.current, state.readProfile) });
          return { notice: created.length > 0 ? messages.templateCreated(created) : messages.formTemplateExists };
        }
      }
    },
    [port, locale, messages, state.readProfile, chosenMode, state.mode],
  );

  const run = useCallback(
    (action: PaneAction) => {
      if (running.current) return;
      running.current = true;
      setState((s) => ({ ...s, busy: action, error: undefined, notice: undefined }));
      perform(action)
        .then(({ report, notice: text, intent, workbench, formSheet }) => {
          const notice = { intent: intent ?? 'success', text } as const;
          setState((s) =>
            report
              ? {
                  ...s,
                  busy: undefined,
                  report,
                  project: report.project,
                  readProfile: profileOf(report),
                  runId: s.runId + 1,
                  notice,
                  workbench: action === 'recompute' ? workbench : s.workbench,
                  formSheet: action === 'recompute' ? formSheet : s.formSheet,
                  mode: s.modeChosen ? s.mode : report.mode,
                  readMode: report.mode,
                }
              : { ...s, busy: undefined, notice },
          );
        })
        .catch((error: unknown) => {
          setState((s) => ({ ...s, busy: undefined, error: describeError(error, locale) }));
        })
        .finally(() => {
          running.current = false;
        });
    },
    [perform, locale],
  );

  const select = useCallback(
    (sheet: string, cell: string) => {
      port.select(sheet, cell).catch((error: unknown) => {
        const text = localizedHostMessage(error, locale) ?? messages.selectError(`${sheet}!${cell}`);
        setState((s) => ({ ...s, error: text }));
      });
    },
    [port, locale, messages],
  );

  const openSheet = useCallback((sheet: string) => select(sheet, 'A1'), [select]);

  const draft = state.workbench?.draft?.document;
  const download = useCallback(async () => {
    if (!draft) return;
    try {
      await downloadDraft(draft);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      setState((s) => ({ ...s, error: messages.downloadError(detail) }));
    }
  }, [draft, messages]);

  const dismissError = useCallback(() => setState((s) => ({ ...s, error: undefined })), []);
  const dismissNotice = useCallback(() => setState((s) => ({ ...s, notice: undefined })), []);
  const chooseProfile = useCallback(
    (id: string | undefined) => {
      chosen.current = { id };
      // A chosen profile is known at once; 自动 is known after the next read.
      const readProfile = id === undefined ? undefined : { id, label: messages.profiles[id] ?? id, source: 'chosen' as const };
      setState((s) => ({ ...s, profileChoice: { id }, readProfile, report: undefined, notice: undefined }));
    },
    [messages],
  );

  const chooseMode = useCallback((mode: EvaluationMode) => setState((s) => ({ ...s, mode, modeChosen: true })), []);

  return { ...state, run, select, dismissError, dismissNotice, openSheet, download, chooseProfile, chooseMode };
}

/** A template's profile: the chosen one, else the one the workbook was read under (central by default). */
function templateProfile(choice: ProfileChoiceState | undefined, read: PaneState['readProfile']): { profile?: string } {
  const id = choice?.id ?? read?.id;
  return id !== undefined ? { profile: id } : {};
}

function profileOf(report: Report): NonNullable<PaneState['readProfile']> {
  return { id: report.profile, label: report.profileLabel, source: report.profileSource };
}
