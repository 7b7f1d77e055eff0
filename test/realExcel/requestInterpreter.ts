/**
 * Excel's side of the rich API, over the fake workbook: each request the real office.js client
 * builds (its object paths and actions, as JSON) is replayed on the fake Excel's proxies — so the
 * workbook semantics (text stays text, merges, null objects, ownership, error codes, the limits in
 * fakeContext.ts and fakeProxies.ts) are the ones the fake's typed API has — and answered in the
 * response shape office.js reads: one result per Instantiate and Query action, properties under
 * their original names (`Address`, `Values`), collections under `_Items`, errors as
 * `Body.Error` or, for payload limits, as the response's error code.
 *
 * What Excel does beyond the client and the fake, modelled here:
 * - requests and responses are measured as serialised (UTF-8 JSON of the body): the 5 MB limit of
 *   Excel on the web applies to "requests and responses" (office-js-docs-pr docs/excel/performance.md);
 * - an action on a null object is a no-op (see fakeContext.ts);
 * - `_KeepReference` keeps an object (a Range or RangeAreas the client tracks) under a reference id
 *   that later requests address it by, until `_RemoveReference` (office.js `TrackedObjects`);
 * - an Instantiate result carries no object id unless `instantiateReturnsIds`: the client then
 *   leaves a `worksheets.add` handle invalid after its request (office.js
 *   `ClientRequestBase.invalidatePendingInvalidObjectPaths`, `ObjectPath.updateUsingObjectData`)
 *   unless the id came back another way (a loaded `id`).
 */
import { FakeExcelError } from '../fakeExcel/fakeErrors';
import { FakeRequestContext } from '../fakeExcel/createFakeExcel';
import type { FakeEnvironment } from '../fakeExcel/fakeContext';
import { FakeClientObject } from '../fakeExcel/fakeContext';
import { FakeWorkbookProxy, FakeWorksheet } from '../fakeExcel/fakeProxies';
import type { FakeSheet } from '../fakeExcel/fakeWorkbook';
import { utf8Length } from '../fakeExcel/fakeAddress';
import {
  ActionType,
  ObjectPathType,
  apiName,
  originalName,
  type ActionInfo,
  type ActionResult,
  type ArgumentInfo,
  type RequestBody,
  type ResponseMessage,
} from './requestProtocol';

export interface InterpreterOptions {
  /** Whether Instantiate results carry a worksheet's id (undocumented in Excel; default false, the strict reading). */
  readonly instantiateReturnsIds?: boolean;
}

type Proxy = FakeClientObject<unknown>;
const NULL_OBJECT = Symbol('null object');
type Resolved = Proxy | typeof NULL_OBJECT;

type ResultOf = (responses: readonly unknown[]) => unknown;

const PAYLOAD_CODES = new Set(['RequestPayloadSizeLimitExceeded', 'ResponsePayloadSizeLimitExceeded']);

function interpreterError(message: string): Error {
  return new Error(`request interpreter: ${message}`);
}

function capitalised(values: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (typeof values === 'object' && values !== null) for (const [k, v] of Object.entries(values)) out[originalName(k)] = v;
  return out;
}

function isExcelLike(error: unknown): error is { code: string; message?: unknown; debugInfo?: { errorLocation?: unknown } } {
  return typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string';
}

/** One request's object paths, resolved to fake proxies in the order the actions need them. */
class RequestRun {
  readonly context: FakeRequestContext;
  private readonly resolved = new Map<number, Resolved>();
  /** Object paths kept in this request, with the reference id they get. */
  readonly kept = new Map<number, string>();
  readonly results: { readonly actionId: number; readonly value: ResultOf }[] = [];

  constructor(
    env: FakeEnvironment,
    private readonly body: RequestBody,
    private readonly references: ReadonlyMap<string, Proxy>,
  ) {
    this.context = new FakeRequestContext(env);
  }

  resolve(id: number): Resolved {
    const known = this.resolved.get(id);
    if (known !== undefined) return known;
    const info = this.body.ObjectPaths[String(id)];
    if (!info) throw interpreterError(`object path ${id} is not in the request`);
    let out: Resolved;
    switch (info.ObjectPathType) {
      case ObjectPathType.globalObject:
        out = this.context.workbook;
        break;
      case ObjectPathType.nullObject:
        out = NULL_OBJECT;
        break;
      case ObjectPathType.referenceId: {
        const kept = this.references.get(info.Name);
        if (!kept) throw new FakeExcelError('InvalidObjectPath', `The reference '${info.Name}' is not valid.`);
        const target = kept._resolved();
        const Rebound = kept.constructor as new (context: FakeRequestContext, path: string, resolve: () => unknown) => Proxy;
        out = new Rebound(this.context, kept._path, () => target ?? null);
        break;
      }
      case ObjectPathType.property:
      case ObjectPathType.method:
      case ObjectPathType.indexer: {
        if (info.ParentObjectPathId === undefined) throw interpreterError(`object path ${id} has no parent`);
        const parent = this.resolve(info.ParentObjectPathId);
        if (parent === NULL_OBJECT) out = NULL_OBJECT;
        else if (info.ObjectPathType === ObjectPathType.property) out = this.navigate(parent, info.Name);
        else out = this.child(parent, info.ObjectPathType === ObjectPathType.indexer ? 'GetItem' : info.Name, this.argumentsOf(info.ArgumentInfo));
        break;
      }
      default:
        throw interpreterError(`object path type ${info.ObjectPathType} is not supported`);
    }
    this.resolved.set(id, out);
    return out;
  }

  private navigate(parent: Proxy, name: string): Proxy {
    if (parent instanceof FakeWorkbookProxy && name === '_Runtime') return this.context.runtime;
    const value = (parent as unknown as Record<string, unknown>)[apiName(name)];
    if (!(value instanceof FakeClientObject)) throw interpreterError(`${parent._path} has no navigation property ${name}`);
    return value as Proxy;
  }

  private child(parent: Proxy, name: string, args: readonly unknown[]): Proxy {
    const value = this.invoke(parent, name, args);
    if (!(value instanceof FakeClientObject)) throw interpreterError(`${parent._path}.${name} does not return an object`);
    return value as Proxy;
  }

  invoke(target: Proxy, name: string, args: readonly unknown[]): unknown {
    const method = (target as unknown as Record<string, unknown>)[apiName(name)];
    if (typeof method !== 'function') throw interpreterError(`${target._path} has no method ${name}`);
    // office.js sends omitted optional arguments as null; the fake's methods take undefined.
    let count = args.length;
    while (count > 0 && (args[count - 1] === null || args[count - 1] === undefined)) count--;
    return (method as (...a: unknown[]) => unknown).apply(target, args.slice(0, count).map((a) => (a === null ? undefined : a)));
  }

  argumentsOf(info: ArgumentInfo | undefined): unknown[] {
    const args = [...(info?.Arguments ?? [])];
    const refs = info?.ReferencedObjectPathIds ?? [];
    refs.forEach((ref, i) => {
      if (typeof ref === 'number' && ref !== 0) {
        const object = this.resolve(ref);
        if (object === NULL_OBJECT) throw new FakeExcelError('InvalidArgument', 'A null object was passed as an argument.');
        args[i] = object;
      }
    });
    return args;
  }
}

export class RequestInterpreter {
  /** Objects kept by `_KeepReference`, by reference id. */
  private readonly references = new Map<string, Proxy>();
  private nextReference = 1;
  /** Requests that only released references (office.js sends one after each `Excel.run`). */
  cleanups = 0;

  constructor(
    private readonly env: FakeEnvironment,
    private readonly options: InterpreterOptions = {},
  ) {}

  /** Live references (for tests of the protocol). */
  get referenceCount(): number {
    return this.references.size;
  }

  async execute(body: RequestBody): Promise<ResponseMessage> {
    if (isCleanup(body)) {
      for (const action of body.Actions) if (action.ActionType === ActionType.method) this.references.delete(String(action.ArgumentInfo?.Arguments?.[0]));
      this.cleanups++;
      return success([]);
    }
    const requestBytes = utf8Length(JSON.stringify(body));
    const run = new RequestRun(this.env, body, this.references);
    const keptNow: [string, Proxy][] = [];
    let results: ActionResult[] = [];
    try {
      for (const action of body.Actions) this.queue(run, action, keptNow);
      await run.context.syncMeasured({
        requestBytes,
        responseBytes: (responses) => {
          results = run.results.map((r) => ({ ActionId: r.actionId, Value: r.value(responses) }));
          return utf8Length(JSON.stringify({ Results: results }));
        },
      });
    } catch (error) {
      if (!isExcelLike(error)) throw error;
      return failure(error);
    }
    for (const [id, proxy] of keptNow) if (proxy._resolved() !== null && proxy._resolved() !== undefined) this.references.set(id, proxy);
    return success(results);
  }

  private queue(run: RequestRun, action: ActionInfo, keptNow: [string, Proxy][]): void {
    const pathId = action.ObjectPathId;
    switch (action.ActionType) {
      case ActionType.instantiate: {
        const object = run.resolve(pathId);
        const referenceId = run.kept.get(pathId);
        run.results.push({ actionId: action.Id, value: () => this.instantiated(object, referenceId) });
        return;
      }
      case ActionType.query: {
        const object = run.resolve(pathId);
        if (object === NULL_OBJECT) {
          run.results.push({ actionId: action.Id, value: () => null });
          return;
        }
        object.load([...(action.QueryInfo?.Select ?? []), ...(action.QueryInfo?.Expand ?? [])]);
        // The load's own operation is the last one it queued.
        const index = run.context.pendingCount() - 1;
        const referenceId = run.kept.get(pathId);
        run.results.push({ actionId: action.Id, value: (responses) => queried(responses[index], referenceId) });
        return;
      }
      case ActionType.method: {
        if (action.Name === '_RemoveReference') {
          this.references.delete(String(action.ArgumentInfo?.Arguments?.[0]));
          return;
        }
        const object = run.resolve(pathId);
        if (action.Name === '_KeepReference') {
          if (object !== NULL_OBJECT && !run.kept.has(pathId)) {
            const id = `ref${this.nextReference++}`;
            run.kept.set(pathId, id);
            keptNow.push([id, object]);
          }
          return;
        }
        if (object !== NULL_OBJECT) run.invoke(object, action.Name, run.argumentsOf(action.ArgumentInfo));
        return;
      }
      case ActionType.setProperty: {
        const object = run.resolve(pathId);
        if (object === NULL_OBJECT) return;
        const [value] = run.argumentsOf(action.ArgumentInfo);
        (object as unknown as Record<string, unknown>)[apiName(action.Name)] = value;
        return;
      }
      case ActionType.trace:
        return;
      default:
        throw interpreterError(`action type ${action.ActionType} (${action.Name}) is not supported`);
    }
  }

  private instantiated(object: Resolved, referenceId: string | undefined): unknown {
    if (object === NULL_OBJECT) return null;
    const target = object._resolved();
    if (target === null || target === undefined) return null;
    const value: Record<string, unknown> = {};
    if (referenceId !== undefined) value['_ReferenceId'] = referenceId;
    if (this.options.instantiateReturnsIds && object instanceof FakeWorksheet) value['Id'] = (target as FakeSheet).id;
    return value;
  }
}

function queried(response: unknown, referenceId: string | undefined): unknown {
  if (response === null || response === undefined) return null;
  if (Array.isArray(response)) return { _Items: response.map(capitalised) };
  const value = capitalised(response);
  if (referenceId !== undefined) value['_ReferenceId'] = referenceId;
  return value;
}

/** A request that only releases references: every action instantiates or is `_RemoveReference`. */
function isCleanup(body: RequestBody): boolean {
  const removes = body.Actions.filter((a) => a.ActionType === ActionType.method && a.Name === '_RemoveReference');
  return removes.length > 0 && body.Actions.every((a) => a.ActionType === ActionType.instantiate || removes.includes(a));
}

function success(results: readonly ActionResult[]): ResponseMessage {
  return { HttpStatusCode: 200, ErrorCode: null, ErrorMessage: null, Headers: {}, Body: { Results: results } };
}

function failure(error: { code: string; message?: unknown; debugInfo?: { errorLocation?: unknown } }): ResponseMessage {
  const message = typeof error.message === 'string' ? error.message : '';
  if (PAYLOAD_CODES.has(error.code)) return { HttpStatusCode: 413, ErrorCode: error.code, ErrorMessage: message, Headers: {}, Body: null };
  const location = typeof error.debugInfo?.errorLocation === 'string' ? error.debugInfo.errorLocation : undefined;
  return {
    HttpStatusCode: 200,
    ErrorCode: null,
    ErrorMessage: null,
    Headers: {},
    Body: { Error: { Code: error.code, Message: message, HttpStatusCode: 400, ...(location === undefined ? {} : { Location: location }) } },
  };
}
