/**
 * The request context of the fake Excel: a queue of operations that runs at `context.sync()`,
 * like Office.js. Every sync is counted; its request (the queued operations as JSON) and response
 * (the loaded values as JSON) are measured in UTF-8 bytes; requests or responses over the payload
 * limit fail like Excel on the web (`RequestPayloadSizeLimitExceeded` /
 * `ResponsePayloadSizeLimitExceeded`). Loaded values reach the proxies only when the sync succeeds.
 *
 * Null objects behave as the real client and Excel make them behave: an action (a property set or
 * a method call) on a null object does nothing — Microsoft's own snippets call
 * `worksheets.getItemOrNullObject(name).delete()` unconditionally (office-js-snippets
 * samples/excel/42-range/range-merged-ranges.yaml) — and a property of a null object reads
 * `undefined` instead of throwing PropertyNotLoaded (office.js `Utility.throwIfNotLoaded` skips
 * the check when `isNull`).
 *
 * The real office.js client drives the same queue through `syncMeasured` (test/realExcel): its
 * request is then measured as the client serialised it, not in the fake's compact encoding.
 */
import { FakeExcelError, propertyNotLoaded } from './fakeErrors';
import { utf8Length } from './fakeAddress';
import type { FakeSheet, FakeWorkbook } from './fakeWorkbook';

export interface FakeRequestLog {
  /** The proxy's path, e.g. `worksheets.getItem("绩效自评表").getRangeByIndexes(0,0,3,9)`. */
  readonly object: string;
  readonly kind: 'create' | 'load' | 'set' | 'call';
  /** Method or property name(s). */
  readonly name: string;
}

export interface FakeExcelStats {
  /** Number of `context.sync()` calls (including the implicit one at the end of a run with pending work). */
  syncs: number;
  /** Per sync: request bytes + response bytes. */
  readonly payloadBytes: number[];
  readonly requestBytes: number[];
  readonly responseBytes: number[];
  /** Per sync: the operations it carried, in order. */
  readonly requests: FakeRequestLog[][];
  /** The options passed to each `run` call (`{}` when none). */
  readonly runs: Record<string, unknown>[];
}

export interface FailRule {
  /** Fail the n-th sync counted from when the rule is added (1 = the next sync), before any of its operations runs. */
  readonly atSync?: number;
  /** Fail when an operation is about to modify this sheet (operations queued before it are applied, as in Excel). */
  readonly onWriteToSheet?: string;
  /** The value to throw as is (e.g. `{ code: 'GeneralException', message: '…' }`); default a `FakeExcelError`. */
  readonly error?: unknown;
  readonly code?: string;
  readonly message?: string;
  /** How many times the rule fires; default 1. */
  readonly times?: number;
}

export interface ArmedRule {
  readonly rule: FailRule;
  syncIndex: number | undefined;
  remaining: number;
}

/** Limits Excel documents, enforced by the fake (each with its source where it is used). */
export interface FakeLimits {
  /** Request and response bytes (Excel on the web: 5 MB). */
  readonly payloadBytes: number;
  /** Merged areas one `getMergedAreasOrNullObject` call may return (512). */
  readonly mergedAreas: number;
  /** What a call over more merged areas does: fail the request (default) or return a null object. */
  readonly mergedAreasOverLimit: 'error' | 'null';
  /** Cells of one range whose `values` / `numberFormat` / `valueTypes` a get returns (5,000,000). */
  readonly getCells: number;
}

export interface FakeEnvironment {
  readonly workbook: FakeWorkbook;
  readonly stats: FakeExcelStats;
  readonly rules: ArmedRule[];
  readonly payloadLimitBytes: number;
  readonly limits: FakeLimits;
}

/** How a sync is measured when the real client drives the fake (test/realExcel). */
export interface SyncMeasure {
  /** The request's UTF-8 bytes as the client serialised it. */
  readonly requestBytes: number;
  /** The response's UTF-8 bytes, from each operation's response (aligned with the operations). */
  readonly responseBytes: (responses: readonly unknown[]) => number;
}

interface RunOutcome {
  readonly response?: unknown;
  readonly deliver?: () => void;
}

interface Operation {
  readonly request: unknown;
  readonly log: FakeRequestLog;
  readonly run: () => RunOutcome | undefined;
}

let nextObjectId = 1;

export class FakeContextCore {
  private queue: Operation[] = [];
  private createdSinceSync: FakeClientObject<unknown>[] = [];
  screenUpdatingSuspended = false;

  constructor(readonly env: FakeEnvironment) {}

  get workbookState(): FakeWorkbook {
    return this.env.workbook;
  }

  enqueue(op: Operation): void {
    this.queue.push(op);
  }

  registerCreated(obj: FakeClientObject<unknown>): void {
    this.createdSinceSync.push(obj);
  }

  hasPending(): boolean {
    return this.queue.length > 0;
  }

  /** Operations queued since the last sync (the index the next one will have). */
  pendingCount(): number {
    return this.queue.length;
  }

  /** Called by every mutating operation when it runs: fires `onWriteToSheet` rules. */
  noteWrite(sheet: FakeSheet): void {
    this.env.workbook.noteChange();
    for (const armed of this.env.rules) {
      if (armed.remaining > 0 && armed.rule.onWriteToSheet !== undefined && armed.rule.onWriteToSheet.toLowerCase() === sheet.name.toLowerCase()) {
        armed.remaining--;
        throw errorOf(armed.rule);
      }
    }
  }

  async sync(): Promise<void> {
    await this.syncMeasured();
  }

  /**
   * Runs the queued operations as one request. Returns each operation's response (aligned with
   * the operations; undefined for those without one). `measure` replaces the fake's own byte
   * counts (the real client's serialised request, the real response shape).
   */
  async syncMeasured(measure?: SyncMeasure): Promise<unknown[]> {
    const ops = this.queue;
    const created = this.createdSinceSync;
    this.queue = [];
    this.createdSinceSync = [];
    const { stats, rules, payloadLimitBytes } = this.env;
    stats.syncs += 1;
    const index = stats.syncs;
    stats.requests.push(ops.map((o) => o.log));
    const requestBytes = measure ? measure.requestBytes : utf8Length(JSON.stringify(ops.map((o) => o.request)));
    stats.requestBytes.push(requestBytes);
    let responseBytes = 0;
    const record = (): void => {
      stats.responseBytes.push(responseBytes);
      stats.payloadBytes.push(requestBytes + responseBytes);
    };
    const measureResponses = (responses: readonly unknown[]): number =>
      measure ? measure.responseBytes(responses) : utf8Length(JSON.stringify(responses.filter((r) => r !== undefined)));
    await Promise.resolve();
    for (const armed of rules) {
      if (armed.remaining > 0 && armed.syncIndex === index) {
        armed.remaining--;
        record();
        throw errorOf(armed.rule);
      }
    }
    if (requestBytes > payloadLimitBytes) {
      record();
      throw new FakeExcelError('RequestPayloadSizeLimitExceeded', `The request payload size (${requestBytes} bytes) has exceeded the limit.`);
    }
    const responses: unknown[] = [];
    const deliveries: (() => void)[] = [];
    this.screenUpdatingSuspended = false;
    this.env.workbook.beginRequest();
    try {
      for (const op of ops) {
        const outcome = op.run();
        responses.push(outcome?.response);
        if (outcome?.deliver) deliveries.push(outcome.deliver);
      }
    } catch (e) {
      this.env.workbook.endRequest();
      responseBytes = measureResponses(responses);
      record();
      throw e;
    }
    this.env.workbook.endRequest();
    responseBytes = measureResponses(responses);
    record();
    if (this.screenUpdatingSuspended) this.env.workbook.screenUpdatingSuspendedSyncs++;
    if (responseBytes > payloadLimitBytes) {
      throw new FakeExcelError('ResponsePayloadSizeLimitExceeded', `The response payload size (${responseBytes} bytes) has exceeded the limit.`);
    }
    for (const d of deliveries) d();
    for (const obj of created) obj._markSynced();
    return responses;
  }
}

function errorOf(rule: FailRule): unknown {
  if (rule.error !== undefined) return rule.error;
  return new FakeExcelError(rule.code ?? 'GeneralException', rule.message ?? 'An internal error has occurred.');
}

/** Parses a load spec (`'a,b'`, `['a','b']`, `{ select: 'a,b' }`, `{ a: true }`) into property paths. */
export function parseLoadSpec(spec: unknown): string[] | undefined {
  if (spec === undefined || spec === null) return undefined;
  if (typeof spec === 'string') return spec.split(',').map((s) => s.trim()).filter((s) => s !== '');
  if (Array.isArray(spec)) return spec.flatMap((s) => parseLoadSpec(s) ?? []);
  if (typeof spec === 'object') {
    const o = spec as Record<string, unknown>;
    if (typeof o['select'] === 'string' || Array.isArray(o['select'])) return parseLoadSpec(o['select']);
    return Object.keys(o).filter((k) => o[k] === true);
  }
  return undefined;
}

/**
 * Base of every proxy: binds to its target when its creation runs in the queue, loads into a
 * pending map delivered at a successful sync, throws PropertyNotLoaded on early reads.
 */
export abstract class FakeClientObject<T> {
  readonly _id = nextObjectId++;
  protected _target: T | null | undefined;
  private _synced = false;
  private readonly _loaded = new Map<string, unknown>();

  constructor(
    readonly context: FakeContextCore,
    readonly _path: string,
    /** undefined for root objects bound from the start. */
    resolve: (() => T | null) | undefined,
    rootTarget?: T,
  ) {
    if (resolve === undefined) {
      this._target = rootTarget ?? null;
      this._synced = true;
    } else {
      context.registerCreated(this);
      context.enqueue({
        request: { i: this._id, c: _path.slice(_path.lastIndexOf('.') + 1) },
        log: { object: _path, kind: 'create', name: _path.slice(_path.lastIndexOf('.') + 1) },
        run: () => {
          this._target = resolve();
          return undefined;
        },
      });
    }
  }

  /** The class name used in error messages. */
  protected abstract get _typeName(): string;
  /** Scalar properties loaded by `load()` without arguments. */
  protected abstract get _defaultProps(): readonly string[];
  /** Reads a property from the bound target (at sync time). */
  protected abstract _readProp(name: string, target: T): unknown;
  /** Writes a property to the bound target (at sync time). */
  protected abstract _writeProp(name: string, value: unknown, target: T): void;
  /** Navigation properties (`format`, `font`, `items`…) for nested load paths. */
  protected _navigate(_name: string): FakeClientObject<unknown> | undefined {
    return undefined;
  }

  _markSynced(): void {
    this._synced = true;
  }

  /** The bound target at sync time; throws for a null object or an unbound one. */
  protected _bound(): T {
    if (this._target === undefined) throw new FakeExcelError('InvalidObjectPath', `The object path '${this._path}' is not valid.`);
    if (this._target === null) throw new FakeExcelError('ItemNotFound', `The requested resource doesn't exist (${this._path}).`);
    return this._target;
  }

  /** For child proxies: the parent's target, or null when the parent is a null object (propagation). */
  _targetOrNull(): T | null {
    if (this._target === undefined) throw new FakeExcelError('InvalidObjectPath', `The object path '${this._path}' is not valid.`);
    return this._target;
  }

  get isNullObject(): boolean {
    if (!this._synced) throw propertyNotLoaded('isNullObject', this._typeName);
    return this._target === null;
  }

  /** The bound target after a sync: null for a null object, undefined while unbound (the real client's interpreter reads it). */
  _resolved(): T | null | undefined {
    return this._target;
  }

  protected _get<V>(name: string): V {
    if (!this._loaded.has(name)) {
      // office.js: `throwIfNotLoaded` is skipped for a null object, whose properties read undefined.
      if (this._synced && this._target === null) return undefined as V;
      throw propertyNotLoaded(name, this._typeName);
    }
    return this._loaded.get(name) as V;
  }

  /** Sets a property: cached locally (as Office.js does) and queued for the next sync. */
  protected _set(name: string, value: unknown): void {
    this._loaded.set(name, value);
    this.context.enqueue({
      request: { i: this._id, s: name, v: value },
      log: { object: this._path, kind: 'set', name },
      run: () => {
        // An action on a null object does nothing (see the file comment).
        const target = this._targetOrNull();
        if (target !== null) this._writeProp(name, value, target);
        return undefined;
      },
    });
  }

  /** Queues a method call without a proxy result. */
  protected _call(name: string, args: readonly unknown[], run: (target: T) => void): void {
    this.context.enqueue({
      request: { i: this._id, m: name, a: args },
      log: { object: this._path, kind: 'call', name },
      run: () => {
        const target = this._targetOrNull();
        if (target !== null) run(target);
        return undefined;
      },
    });
  }

  /** Delivers values loaded by the owner (collections load their items this way). */
  _deliver(name: string, value: unknown): void {
    this._loaded.set(name, value);
  }

  load(spec?: unknown): this {
    const paths = parseLoadSpec(spec) ?? [...this._defaultProps];
    const own: string[] = [];
    for (const p of paths) {
      const slash = p.indexOf('/');
      if (slash < 0) own.push(p);
      else {
        const nav = this._navigate(p.slice(0, slash));
        if (!nav) throw new FakeExcelError('InvalidArgument', `Cannot load '${p}' on ${this._typeName}.`);
        nav.load(p.slice(slash + 1));
      }
    }
    if (own.length === 0) return this;
    this.context.enqueue({
      request: { i: this._id, l: own },
      log: { object: this._path, kind: 'load', name: own.join(',') },
      run: () => {
        const target = this._targetOrNull();
        if (target === null) return { response: null };
        const values = new Map<string, unknown>();
        for (const name of own) values.set(name, this._readProp(name, target));
        return {
          response: Object.fromEntries(values),
          deliver: () => {
            for (const [k, v] of values) this._loaded.set(k, v);
          },
        };
      },
    });
    return this;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this._loaded);
  }
}

/** Defines Office-style accessors (`get` needs a load, `set` queues a write) on a proxy class. */
export function defineProxyProperties(proto: object, names: readonly string[], readOnly: readonly string[] = []): void {
  for (const name of names) {
    Object.defineProperty(proto, name, {
      configurable: true,
      enumerable: true,
      get(this: { _get(n: string): unknown }) {
        return this._get(name);
      },
      set(this: { _set(n: string, v: unknown): void }, value: unknown) {
        if (readOnly.includes(name)) throw new FakeExcelError('InvalidOperation', `The property '${name}' is read-only.`);
        this._set(name, value);
      },
    });
  }
}
