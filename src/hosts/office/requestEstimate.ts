/**
 * The bytes office.js will send for what a write queues, estimated from the shapes its client
 * builds rather than from the data alone (measured with the real client, the data is often the
 * smaller part: every proxy is an object path plus Instantiate actions, every property set an
 * action naming it, and large `values` / `numberFormat` writes are cut by the client into chunks
 * of 1,500 cells, each reached through three more object paths).
 *
 * The shapes, as excel-web-16.00.debug.js builds them (test/realExcel shows them):
 * - object path `"7":{"Id":7,"ObjectPathType":3,"Name":"GetRangeByIndexes","ParentObjectPathId":5,"ArgumentInfo":{"Arguments":[0,0,3000,2]},"D":true}`;
 *   a range costs four ids (its path, an Instantiate action, the removed `_KeepReference` of
 *   `untrack()`, a second Instantiate action), a property or indexer path two;
 * - action `{"Id":24,"ActionType":4,"Name":"NumberFormat","ObjectPathId":20,"ArgumentInfo":{"Arguments":[…]},"L":[12,16,20]}`,
 *   where `L` lists the paths whose last use it is (each path once);
 * - `setRangePropertiesInBulk`: above 1,500 cells, `_ValidateArraySize(rows, columns)` on the
 *   range, then per chunk of round(1500 / columns) rows `getRow(first)`, `getRow(last)`,
 *   `getBoundingRect(last)` and the set on that rectangle.
 * Ids come from one counter per request context (shared by paths and actions, over all syncs of a
 * run), so the estimate follows it too: ids grow to six digits on a large plan.
 *
 * The estimate is checked against the real client's requests (test/realExcel/requestEstimate.test.ts):
 * within 10 % on plans of 50 to 30,000 indicators.
 */
import { utf8Bytes } from './utf8Bytes';

/** A path the estimate has counted: its id (the digits it takes wherever it is named). */
export interface PathRef {
  readonly id: number;
}

/** office.js writes more than this many cells through chunks (`setRangePropertiesInBulk`). */
export const BULK_CELLS = 1500;

/** Rows per chunk of a bulk write, as office.js computes it. */
export function chunkRows(columns: number): number {
  return Math.max(1, Math.round(BULK_CELLS / columns));
}

/** A sheet's own path is named by every range on it; sheets are reached early in a run (two-digit ids). */
export const SHEET_PATH: PathRef = { id: 10 };
/** The workbook's path and its `worksheets` and `settings` (created first in every run). */
export const WORKBOOK_PATH: PathRef = { id: 1 };
export const WORKSHEETS_PATH: PathRef = { id: 3 };

/** The body's frame and the paths every request instantiates again (workbook, worksheets, a few sheets, application, runtime). */
export const REQUEST_OVERHEAD_BYTES = 1500;

function digits(n: number): number {
  return String(n).length;
}

/** `"<id>":<info>,` */
function pathEntry(info: Record<string, unknown>, extraArgumentBytes = 0): number {
  return digits(info['Id'] as number) + 4 + utf8Bytes(JSON.stringify(info)) + extraArgumentBytes;
}

/** `{"Id":…,"ActionType":1,"Name":"","ObjectPathId":…},` */
function instantiateAction(id: number, pathId: number): number {
  return 48 + digits(id) + digits(pathId);
}

export class RequestEstimate {
  /** The next id office.js hands out; ids 1 and 2 are the workbook's path and its instantiation. */
  private nextId = 3;

  /** The id counter, saved to price an alternative without counting it (`rewind`). */
  mark(): number {
    return this.nextId;
  }

  rewind(mark: number): void {
    this.nextId = mark;
  }

  private take(count: number): number {
    const id = this.nextId;
    this.nextId += count;
    return id;
  }

  /** Bytes of the `L` list entry of a path (its id, and its share of the list's frame). */
  private lastUse(path: PathRef): number {
    return digits(path.id) + 3;
  }

  /** A method path returning an untracked range (`getRangeByIndexes`, `getRange`, `getRow`, `getBoundingRect`). */
  private rangePath(name: string, parent: PathRef, args: readonly unknown[], referenced?: PathRef): { ref: PathRef; bytes: number } {
    const id = this.take(4);
    const argumentInfo = referenced ? { Arguments: args, ReferencedObjectPathIds: [referenced.id] } : { Arguments: args };
    const info = { Id: id, ObjectPathType: 3, Name: name, ParentObjectPathId: parent.id, ArgumentInfo: argumentInfo, D: true };
    const ref = { id };
    return { ref, bytes: pathEntry(info) + instantiateAction(id + 1, id) + instantiateAction(id + 3, id) + this.lastUse(ref) };
  }

  /** `sheet.getRangeByIndexes(top, left, rows, columns).untrack()`. */
  range(top: number, left: number, rows: number, columns: number): { ref: PathRef; bytes: number } {
    return this.rangePath('GetRangeByIndexes', SHEET_PATH, [top, left, rows, columns]);
  }

  /** `sheet.getRange().untrack()` (the whole sheet) or `sheet.getRange(address).untrack()`. */
  sheetRange(address?: string): { ref: PathRef; bytes: number } {
    return this.rangePath('GetRange', SHEET_PATH, [address ?? null]);
  }

  /** A navigation property (`format`, `font`, `fill`, `borders`, `dataValidation`, `freezePanes`) of `parent`. */
  property(parent: PathRef, name: string): { ref: PathRef; bytes: number } {
    const id = this.take(2);
    const ref = { id };
    const info = { Id: id, ObjectPathType: 4, Name: name, ParentObjectPathId: parent.id };
    return { ref, bytes: pathEntry(info) + instantiateAction(id + 1, id) + this.lastUse(ref) };
  }

  /** A method path returning an object office.js does not track (`worksheets.add(name)`, `settings.add(key, value)`). */
  methodObject(parent: PathRef, name: string, args: readonly unknown[]): { ref: PathRef; bytes: number } {
    const id = this.take(2);
    const ref = { id };
    const info = { Id: id, ObjectPathType: 3, Name: name, ParentObjectPathId: parent.id, ArgumentInfo: { Arguments: args } };
    return { ref, bytes: pathEntry(info) + instantiateAction(id + 1, id) + this.lastUse(ref) };
  }

  /** A sheet's property path (its parent is the sheet). */
  sheetProperty(name: string): { ref: PathRef; bytes: number } {
    return this.property(SHEET_PATH, name);
  }

  /** `collection.getItem(key)` (an indexer path: a border edge). */
  indexer(parent: PathRef, key: string): { ref: PathRef; bytes: number } {
    const id = this.take(2);
    const ref = { id };
    const info = { Id: id, ObjectPathType: 5, Name: '', ParentObjectPathId: parent.id, ArgumentInfo: { Arguments: [key] } };
    return { ref, bytes: pathEntry(info) + instantiateAction(id + 1, id) + this.lastUse(ref) };
  }

  /** A property set or a method call on `on`; `argumentBytes` are the UTF-8 bytes of its arguments' JSON (without brackets). */
  action(type: 'set' | 'call', on: PathRef, name: string, argumentBytes: number): number {
    const id = this.take(1);
    const frame = { Id: id, ActionType: type === 'set' ? 4 : 3, Name: name, ObjectPathId: on.id, ArgumentInfo: { Arguments: [] } };
    // The closing of an `L` list, which the last action of an operation carries.
    return utf8Bytes(JSON.stringify(frame)) + 1 + argumentBytes + 4;
  }

  /** A property set whose value is JSON-encoded as given. */
  set(on: PathRef, name: string, value: unknown): number {
    return this.action('set', on, name, utf8Bytes(JSON.stringify(value)));
  }

  /** A method call with its arguments as given. */
  call(on: PathRef, name: string, args: readonly unknown[] = []): number {
    const json = JSON.stringify(args);
    return this.action('call', on, name, utf8Bytes(json) - 2);
  }

  /** A Query action (`load`) of the given properties. */
  query(on: PathRef, select: readonly string[]): number {
    const id = this.take(1);
    return utf8Bytes(JSON.stringify({ Id: id, ActionType: 2, Name: '', ObjectPathId: on.id, QueryInfo: { Select: select } })) + 1;
  }

  /**
   * `range.numberFormat = rows` or `range.values = rows` on a `rows × columns` range, where
   * `rowBytes(i)` is the UTF-8 length of row i's JSON: one action, or — above 1,500 cells — the
   * array check and one chunk at a time, as office.js sends it.
   */
  bulkSet(range: PathRef, name: string, rows: number, columns: number, rowBytes: (i: number) => number, offset = 0): number {
    const arrayBytes = (from: number, count: number): number => {
      let bytes = 2 + Math.max(0, count - 1);
      for (let i = from; i < from + count; i++) bytes += rowBytes(offset + i);
      return bytes;
    };
    if (rows * columns <= BULK_CELLS) return this.action('set', range, name, arrayBytes(0, rows));
    let bytes = this.call(range, '_ValidateArraySize', [rows, columns]);
    const per = chunkRows(columns);
    for (let first = 0; first < rows; first += per) {
      const count = Math.min(per, rows - first);
      const start = this.rangePath('GetRow', range, [first]);
      const end = this.rangePath('GetRow', range, [first + count - 1]);
      const chunk = this.rangePath('GetBoundingRect', start.ref, [end.ref.id], end.ref);
      bytes += start.bytes + end.bytes + chunk.bytes + this.action('set', chunk.ref, name, arrayBytes(first, count));
    }
    return bytes;
  }
}
