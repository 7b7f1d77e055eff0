/** What the pane works with: the workbook port plus "select this cell", and the ribbon's outcomes. */
import type { WorkbookPort } from '../app/ports';
import type { Report } from '../app/report';
import type { WritePlan } from '../domain/output/planTypes';
import type { DraftDocument } from '../domain/workbench/draft/draftTypes';

export interface PanePort extends WorkbookPort {
  /** Activates `sheet` and selects `cellA1` (a cell or range without the sheet; `` only activates the sheet). */
  select(sheet: string, cellA1: string): Promise<void>;
}

/**
 * The outcome of a ribbon command (计算并写入 / 校验) run in the shared runtime while the pane is open;
 * structurally src/commands' CommandNotice, so the pane does not depend on that module.
 */
export interface CommandOutcome {
  readonly intent: 'success' | 'warning' | 'error';
  /** Already localized by the command. */
  readonly message: string;
  readonly result?: {
    readonly report: Report;
    /** The plan and draft of a recompute, for the workbench card (src/app/useCases' RunResult). */
    readonly plan?: WritePlan;
    readonly draft?: DraftDocument;
  };
}

/** Registers a listener for ribbon outcomes; returns the unsubscribe function. */
export type SubscribeToCommands = (listener: (outcome: CommandOutcome) => void) => () => void;
