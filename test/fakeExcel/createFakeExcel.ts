/**
 * `createFakeExcel(workbook)`: an `Excel.run`-shaped function over an in-memory workbook, with
 * sync/payload statistics and error injection. Used by the office host's jest tests and by the
 * browser test shim (plain TypeScript, no Node APIs).
 */
import { FakeContextCore, type ArmedRule, type FailRule, type FakeEnvironment, type FakeExcelStats } from './fakeContext';
import { FakeRuntime, FakeWorkbookProxy, type FakeApplication } from './fakeProxies';
import { FakeWorkbook } from './fakeWorkbook';

/** Excel on the web rejects requests and responses over 5 MB; the fake uses 5,000,000 bytes. */
export const DEFAULT_PAYLOAD_LIMIT_BYTES = 5_000_000;

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
}

export function createFakeExcel(workbook: FakeWorkbook = new FakeWorkbook(), options: FakeExcelOptions = {}): FakeExcel {
  const stats: FakeExcelStats = { syncs: 0, payloadBytes: [], requestBytes: [], responseBytes: [], requests: [], runs: [] };
  const rules: ArmedRule[] = [];
  const env: FakeEnvironment = { workbook, stats, rules, payloadLimitBytes: options.payloadLimitBytes ?? DEFAULT_PAYLOAD_LIMIT_BYTES };

  async function runImpl<T>(a: Excel.RunOptions | FakeBatch<T>, b?: FakeBatch<T>): Promise<T> {
    const batch = typeof a === 'function' ? a : b;
    if (!batch) throw new TypeError('Excel.run needs a batch function.');
    stats.runs.push(typeof a === 'function' ? {} : { ...(a as Record<string, unknown>) });
    const context = new FakeRequestContext(env);
    const result = await batch(context as unknown as Excel.RequestContext);
    // Like Office.js, work still queued when the batch resolves is sent in a final sync.
    if (context.hasPending()) await context.sync();
    return result;
  }

  return {
    run: runImpl as FakeRun,
    workbook,
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
