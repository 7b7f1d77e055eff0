/**
 * The office host: the workbook port over Office.js. `run` has the shape of `Excel.run` and is
 * injected (production passes `Excel.run`; tests and the browser shim pass the fake Excel's).
 * Every batch runs with `delayForCellEdit: true`; Excel errors surface as `OfficeHostError`.
 *
 * Each instance remembers what its last read or write learned (sessionKnowledge.ts):
 * - read() with knowledge reads the known input sheets by name and only the names of the owned
 *   output sheets, checking the sheet list and ownership record in the same sync
 *   (readKnownWorkbook.ts); without it, everything in one sync (readWorkbook.ts). When Excel refuses
 *   either as too large: outline first, then the input sheets' cells in bands (readWorkbookInParts.ts).
 *   Then the input sheets' merged areas, in syncs of their own that may fail without failing the
 *   read (readMerges.ts).
 * - apply() right after a read skips the "which sheets exist" sync; if a sheet exists after all (or
 *   is gone), the write fails with ItemAlreadyExists / ItemNotFound and is done again after asking.
 */
import type { WorkbookPort, WorkbookSnapshot } from '../../app/ports';
import type { Locale } from '../../domain/diagnostics/types';
import type { WritePlan } from '../../domain/output/planTypes';
import { hostFeatures, officeCapabilities, type Capabilities } from './capabilities';
import type { ApplySummary } from './applyPlan';
import { DEFAULT_MAX_REQUEST_BYTES } from './writeBudget';
import { excelErrorCode, wrapExcelError, type OfficeOperation } from './officeHostError';
import type { ReadOutcome } from './assembleRead';
import { readWorkbook } from './readWorkbook';
import { readKnownWorkbook } from './readKnownWorkbook';
import { readWorkbookInParts } from './readWorkbookInParts';
import { withMerges } from './readMerges';
import { knowledgeAfterApply, stateForApply, type SessionKnowledge } from './sessionKnowledge';

/** The shape of `Excel.run(options, batch)`. */
export type ExcelRun = <T>(options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface OfficeHostOptions {
  /** Requirement-set answers; default asks `Office.context.requirements` at call time. */
  readonly capabilities?: Capabilities;
  /** Language of `OfficeHostError.message` (both languages are always in `messages`). Default zh-CN. */
  readonly locale?: Locale;
  /**
   * Payload budget per sync in bytes: requests of a write stay under it, and a chunked read aims at
   * 85 % of it per response. Default 4 MiB (Excel on the web refuses more than 5 MB).
   */
  readonly maxRequestBytes?: number;
  /** The clock that dates what the host learns (ms); default `Date.now`. Tests inject one. */
  readonly now?: () => number;
}

export interface OfficeHost extends WorkbookPort {
  /** Activates the sheet and selects the cell (or range); an empty address only activates the sheet. */
  select(sheet: string, cellA1: string): Promise<void>;
}

const TOO_LARGE = new Set(['ResponsePayloadSizeLimitExceeded', 'RequestPayloadSizeLimitExceeded']);

function isTooLarge(error: unknown): boolean {
  const code = excelErrorCode(error);
  return code !== undefined && TOO_LARGE.has(code);
}

/** What a write from wrong knowledge fails with: adding a sheet that exists, or asking for one that is gone. */
const STALE = new Set(['ItemAlreadyExists', 'ItemNotFound']);

function isStaleKnowledge(error: unknown): boolean {
  const code = excelErrorCode(error);
  return code !== undefined && STALE.has(code);
}

const A1_OR_RANGE = /^\$?[A-Za-z]{1,3}\$?\d+(:\$?[A-Za-z]{1,3}\$?\d+)?$/;

export function createOfficeHost(run: ExcelRun, options: OfficeHostOptions = {}): OfficeHost {
  const capabilities = options.capabilities ?? officeCapabilities();
  const locale = options.locale ?? 'zh-CN';
  const maxRequestBytes = options.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES;
  const now = options.now ?? Date.now;
  /** What the last read or write learned; undefined after a failure or before the first read. */
  let knowledge: SessionKnowledge | undefined;

  async function guarded<T>(operation: OfficeOperation, runOptions: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    try {
      return await run(runOptions, batch);
    } catch (error) {
      throw wrapExcelError(error, operation, locale);
    }
  }

  return {
    async read(): Promise<WorkbookSnapshot> {
      const features = hostFeatures(capabilities);
      const known = knowledge;
      knowledge = undefined;
      // A chunked read aims at 85 % of the request budget per response.
      const targetBytes = Math.floor(maxRequestBytes * 0.85);
      // Merged areas are read after the cells, in syncs of their own (readMerges.ts).
      const merged = async (context: Excel.RequestContext, read: ReadOutcome): Promise<ReadOutcome> => (features.mergedAreas ? withMerges(context, read) : read);
      let outcome: ReadOutcome;
      try {
        outcome = await run({ delayForCellEdit: true }, async (context) =>
          merged(context, known ? await readKnownWorkbook(context, features, known, isTooLarge, targetBytes, now) : await readWorkbook(context, features, isTooLarge, targetBytes, now)),
        );
      } catch (error) {
        if (!isTooLarge(error)) throw wrapExcelError(error, 'read', locale);
        outcome = await guarded('read', { delayForCellEdit: true }, async (context) =>
          merged(context, await readWorkbookInParts(context, features, isTooLarge, targetBytes, known, now)),
        );
      }
      knowledge = outcome.knowledge;
      return outcome.snapshot;
    },

    async apply(plan: WritePlan): Promise<void> {
      // Nothing to write: no Excel.run at all (office.js would still send the workbook's instantiation).
      if (plan.sheets.length === 0 && plan.ownedSheets === undefined && plan.activate === undefined) return;
      const features = hostFeatures(capabilities);
      const runOptions: Excel.RunOptions = features.mergeUndoGroup ? { delayForCellEdit: true, mergeUndoGroup: true } : { delayForCellEdit: true };
      const before = knowledge;
      const known = stateForApply(before, features, now());
      knowledge = undefined;
      // The write machinery is a chunk of its own, loaded by the first write: the pane opens without it.
      const { applyPlan } = await import(/* webpackChunkName: "write" */ './applyPlan');
      const { summary, recovered } = await guarded('apply', runOptions, async (context): Promise<{ summary: ApplySummary; recovered: boolean }> => {
        if (known) {
          try {
            return { summary: await applyPlan(context, plan, features, maxRequestBytes, known), recovered: false };
          } catch (error) {
            if (!isStaleKnowledge(error)) throw error;
          }
        }
        return { summary: await applyPlan(context, plan, features, maxRequestBytes), recovered: known !== undefined };
      });
      // Knowledge that proved wrong is dropped: the next read starts cold.
      if (before && !recovered) knowledge = knowledgeAfterApply(before, plan, summary, now());
    },

    async select(sheet: string, cellA1: string): Promise<void> {
      const address = cellA1.trim();
      await guarded('select', { delayForCellEdit: true }, async (context) => {
        const worksheet = context.workbook.worksheets.getItem(sheet);
        worksheet.activate();
        if (A1_OR_RANGE.test(address)) worksheet.getRange(address).select();
        await context.sync();
      });
    },
  };
}

export { OfficeHostError } from './officeHostError';
export { capabilitiesUpTo, officeCapabilities } from './capabilities';
export type { Capabilities } from './capabilities';
