/**
 * `createFakeExcel(workbook)`: an `Excel.run`-shaped function over an in-memory workbook, with
 * sync/payload statistics and error injection. Used by the office host's jest tests and by the
 * browser test shim (plain TypeScript, no Node APIs).
 */
import { FakeContextCore, type FailRule, type FakeEnvironment, type FakeExcelStats, type FakeLimits } from './fakeContext';
import { FakeRuntime, FakeWorkbookProxy, type FakeApplication } from './fakeProxies';
import { FakeWorkbook } from './fakeWorkbook';

/**
 * Excel on the web rejects requests and responses over 5 MB ("Excel on the web has a payload size
 * limit for requests and responses of 5MB", office-js-docs-pr docs/excel/performance.md and
 * PR #5333); the fake uses 5,000,000 bytes.
 */
export const DEFAULT_PAYLOAD_LIMIT_BYTES = 5_000_000;
/** `getMergedAreasOrNullObject` fails above 512 merged areas (learn.microsoft.com Excel.Range). */
export const DEFAULT_MERGED_AREAS_LIMIT = 512;
/** A get returns at most five million cells (office-js-docs-pr docs/excel/performance.md). */
export const DEFAULT_GET_CELLS_LIMIT = 5_000_000;

/** What the batch function receives (stands in for `Excel.RequestContext`). */
export class FakeRequestContext extends FakeContextCore {
  readonly workbook: FakeWorkbookProxy;
  readonly runtime: FakeRuntime;
  readonly trackedObjects = { add(): void {}, remove(): void {} };

  constructor(env: FakeEnvironment) {
    super(env);
    this.workbook = new FakeWorkbookProxy(this);
    this.runtime = new FakeRuntime(this);
  }

  get application(): FakeApplication {
    return this.workbook.application;
  }

  load<T extends { load(spec?: unknown): T }>(object: T, spec?: unknown): T {
    return object.load(spec);
  }
}

export type FakeBatch<T> = (context: Excel.RequestContext) => Promise<T>;

/** Same call shapes as `Excel.run`: `run(batch)` or `run(options, batch)`. */
export interface FakeRun {
  <T>(batch: FakeBatch<T>): Promise<T>;
  <T>(options: Excel.RunOptions, batch: FakeBatch<T>): Promise<T>;
}

export interface FakeExcel {
  readonly run: FakeRun;
  readonly workbook: FakeWorkbook;
  readonly stats: FakeExcelStats;
  /** Makes a coming sync, or the next write to a sheet, throw (see `FailRule`). */
  failOn(rule: FailRule): void;
  clearFailures(): void;
  /** Zeroes the counters (e.g. after arranging a workbook through the API). */
  resetStats(): void;
}

export interface FakeExcelOptions {
  readonly payloadLimitBytes?: number;
  /** Defaults: 512 merged areas per call (over it: an error), five million cells per get. */
  readonly mergedAreasLimit?: number;
  readonly mergedAreasOverLimit?: FakeLimits['mergedAreasOverLimit'];
  readonly getCellsLimit?: number;
}

/** The limits an Excel with these options enforces. */
export function limitsOf(options: FakeExcelOptions): FakeLimits {
  return {
    payloadBytes: options.payloadLimitBytes ?? DEFAULT_PAYLOAD_LIMIT_BYTES,
    mergedAreas: options.mergedAreasLimit ?? DEFAULT_MERGED_AREAS_LIMIT,
    mergedAreasOverLimit: options.mergedAreasOverLimit ?? 'error',
    getCells: options.getCellsLimit ?? DEFAULT_GET_CELLS_LIMIT,
  };
}

/** The state one fake Excel keeps: the workbook, the counters, the armed failures, the limits. */
export function createFakeEnvironment(workbook: FakeWorkbook, options: FakeExcelOptions = {}): FakeEnvironment {
  const stats: FakeExcelStats = { syncs: 0, payloadBytes: [], requestBytes: [], responseBytes: [], requests: [], runs: [] };
  const limits = limitsOf(options);
  return { workbook, stats, rules: [], payloadLimitBytes: limits.payloadBytes, limits };
}

/** What every fake Excel offers besides `run`: failure injection and the counters. */
export function controlsOf(env: FakeEnvironment): Omit<FakeExcel, 'run'> {
  const { stats, rules } = env;
  return {
    workbook: env.workbook,
    stats,
    failOn(rule: FailRule): void {
      rules.push({ rule, syncIndex: rule.atSync === undefined ? undefined : stats.syncs + rule.atSync, remaining: rule.times ?? 1 });
    },
    clearFailures(): void {
      rules.length = 0;
    },
    resetStats(): void {
      for (const r of rules) if (r.syncIndex !== undefined) r.syncIndex -= stats.syncs;
      stats.syncs = 0;
      stats.payloadBytes.length = 0;
      stats.requestBytes.length = 0;
      stats.responseBytes.length = 0;
      stats.requests.length = 0;
      stats.runs.length = 0;
    },
  };
}

export function createFakeExcel(workbook: FakeWorkbook = new FakeWorkbook(), options: FakeExcelOptions = {}): FakeExcel {
  const env = createFakeEnvironment(workbook, options);

  async function runImpl<T>(a: Excel.RunOptions | FakeBatch<T>, b?: FakeBatch<T>): Promise<T> {
    const batch = typeof a === 'function' ? a : b;
    if (!batch) throw new TypeError('Excel.run needs a batch function.');
    env.stats.runs.push(typeof a === 'function' ? {} : { ...(a as Record<string, unknown>) });
    const context = new FakeRequestContext(env);
    const result = await batch(context as unknown as Excel.RequestContext);
    // Like Office.js, work still queued when the batch resolves is sent in a final sync.
    if (context.hasPending()) await context.sync();
    return result;
  }

  return { run: runImpl as FakeRun, ...controlsOf(env) };
}
