/**
 * The office host: the workbook port over Office.js. `run` has the shape of `Excel.run` and is
 * injected (production passes `Excel.run`; tests and the browser shim pass the fake Excel's).
 * Every batch runs with `delayForCellEdit: true`; Excel errors surface as `OfficeHostError`.
 */
import type { WorkbookPort, WorkbookSnapshot } from '../../app/ports';
import type { Locale } from '../../domain/diagnostics/types';
import type { WritePlan } from '../../domain/output/planTypes';
import { hostFeatures, officeCapabilities, type Capabilities } from './capabilities';
import { applyPlan, DEFAULT_MAX_REQUEST_BYTES } from './applyPlan';
import { excelErrorCode, wrapExcelError, type OfficeOperation } from './officeHostError';
import { readWorkbook, readWorkbookInChunks } from './readWorkbook';

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

const A1_OR_RANGE = /^\$?[A-Za-z]{1,3}\$?\d+(:\$?[A-Za-z]{1,3}\$?\d+)?$/;

export function createOfficeHost(run: ExcelRun, options: OfficeHostOptions = {}): OfficeHost {
  const capabilities = options.capabilities ?? officeCapabilities();
  const locale = options.locale ?? 'zh-CN';
  const maxRequestBytes = options.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES;

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
      try {
        return await run({ delayForCellEdit: true }, (context) => readWorkbook(context, features));
      } catch (error) {
        if (!isTooLarge(error)) throw wrapExcelError(error, 'read', locale);
      }
      const targetBytes = Math.floor(maxRequestBytes * 0.85);
      return guarded('read', { delayForCellEdit: true }, (context) => readWorkbookInChunks(context, features, isTooLarge, targetBytes));
    },

    async apply(plan: WritePlan): Promise<void> {
      const features = hostFeatures(capabilities);
      const runOptions: Excel.RunOptions = features.mergeUndoGroup ? { delayForCellEdit: true, mergeUndoGroup: true } : { delayForCellEdit: true };
      await guarded('apply', runOptions, (context) => applyPlan(context, plan, features, maxRequestBytes));
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
