/**
 * `createRealExcel(workbook)`: the same shape as `createFakeExcel` (run, workbook, stats, failOn,
 * resetStats), but `run` is the real office.js `Excel.run`: the host's batches build their
 * requests with office.js's own proxies and serializer, and each request is answered by the
 * interpreter (requestInterpreter.ts) over the fake workbook. Load-before-read, null objects,
 * batching, the chunking of large writes and the request bytes are then the client's, not ours.
 *
 * The interpreter is given to the client as the `_requestExecutor` of its `Excel.RequestContext`
 * (office.js asks `context._requestExecutor.executeAsync(customData, flags, { Url, Headers, Body })`
 * in `ClientRequestContext.syncPrivate`). The statistics count the requests the batch waits for;
 * the release of tracked ranges office.js sends after each run is counted in `cleanups` only.
 */
import type { Capabilities } from '../../src/hosts/office/capabilities';
import { capabilitiesUpTo } from '../../src/hosts/office/capabilities';
import { controlsOf, createFakeEnvironment, type FakeBatch, type FakeExcel, type FakeExcelOptions, type FakeRun } from '../fakeExcel/createFakeExcel';
import { FakeWorkbook } from '../fakeExcel/fakeWorkbook';
import { loadOfficeJs } from './loadOfficeJs';
import { RequestInterpreter, type InterpreterOptions } from './requestInterpreter';
import type { RequestBody, ResponseMessage } from './requestProtocol';

export interface RealExcelOptions extends FakeExcelOptions, InterpreterOptions {
  /** The requirement sets the client is told Excel supports (default: everything up to ExcelApi 1.20). */
  readonly capabilities?: Capabilities;
  /** Keep every request body (for measuring what the client sends). */
  readonly recordBodies?: boolean;
}

export interface RealExcel extends FakeExcel {
  /** Requests that only released tracked objects. */
  readonly cleanups: () => number;
  /** The bodies of the requests so far (when `recordBodies`). */
  readonly bodies: RequestBody[];
  readonly interpreter: RequestInterpreter;
  /** The client's `Excel` namespace (tests of the protocol itself). */
  readonly Excel: typeof Excel;
}

interface RequestExecutor {
  executeAsync(customData: unknown, flags: number, message: { readonly Body: RequestBody }): Promise<ResponseMessage>;
}

export const REAL_CLIENT_DEFAULT_CAPABILITIES = capabilitiesUpTo({ ExcelApi: '1.20', SharedRuntime: '1.1' });

export function createRealExcel(workbook: FakeWorkbook = new FakeWorkbook(), options: RealExcelOptions = {}): RealExcel {
  const env = createFakeEnvironment(workbook, options);
  const capabilities = options.capabilities ?? REAL_CLIENT_DEFAULT_CAPABILITIES;
  const realm = loadOfficeJs(() => capabilities);
  const interpreter = new RequestInterpreter(env, options);
  const bodies: RequestBody[] = [];
  const executor: RequestExecutor = {
    executeAsync(_customData, _flags, message) {
      if (options.recordBodies) bodies.push(message.Body);
      return interpreter.execute(message.Body);
    },
  };

  // Every context `Excel.run` creates gets the interpreter as its request executor.
  type ContextClass = new (url?: unknown) => Excel.RequestContext;
  const excel = realm.Excel as unknown as { RequestContext: ContextClass; run: typeof Excel.run };
  const Base = excel.RequestContext;
  excel.RequestContext = class extends Base {
    constructor(url?: unknown) {
      super(url);
      (this as unknown as { _requestExecutor: RequestExecutor })._requestExecutor = executor;
    }
  };

  function runImpl<T>(a: Excel.RunOptions | FakeBatch<T>, b?: FakeBatch<T>): Promise<T> {
    env.stats.runs.push(typeof a === 'function' ? {} : { ...(a as Record<string, unknown>) });
    return typeof a === 'function' ? excel.run(a) : excel.run(a, b as FakeBatch<T>);
  }

  return {
    run: runImpl as FakeRun,
    ...controlsOf(env),
    cleanups: () => interpreter.cleanups,
    bodies,
    interpreter,
    Excel: realm.Excel,
  };
}
