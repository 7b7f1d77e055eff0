/**
 * The request and response bodies the office.js client exchanges with Excel (the "rich API"
 * protocol), as far as the office host's requests use them: object paths (how to reach an object)
 * and actions (what to do with it), answered by one result per action that returns something.
 * Names and numbers as office.js builds them (`ClientRequestBase.buildRequestMessageBodyAndRequestFlags`,
 * `ObjectPathFactory`, `ActionFactory` in excel-web-16.00.debug.js).
 */

export const ObjectPathType = {
  globalObject: 1,
  newObject: 2,
  method: 3,
  property: 4,
  indexer: 5,
  referenceId: 6,
  nullObject: 7,
} as const;

export const ActionType = {
  instantiate: 1,
  query: 2,
  method: 3,
  setProperty: 4,
  trace: 5,
} as const;

export interface ArgumentInfo {
  readonly Arguments?: readonly unknown[];
  /** Aligned with Arguments: the id of the object path an argument stands for, 0 for a plain value. */
  readonly ReferencedObjectPathIds?: readonly unknown[];
}

export interface ObjectPathInfo {
  readonly Id: number;
  readonly ObjectPathType: number;
  readonly Name: string;
  readonly ParentObjectPathId?: number;
  readonly ArgumentInfo?: ArgumentInfo;
}

export interface ActionInfo {
  readonly Id: number;
  readonly ActionType: number;
  readonly Name: string;
  readonly ObjectPathId: number;
  readonly ArgumentInfo?: ArgumentInfo;
  readonly QueryInfo?: { readonly Select?: readonly string[]; readonly Expand?: readonly string[] };
}

export interface RequestBody {
  readonly Actions: readonly ActionInfo[];
  readonly ObjectPaths: Readonly<Record<string, ObjectPathInfo>>;
}

export interface ActionResult {
  readonly ActionId: number;
  readonly Value: unknown;
}

export interface ResponseBody {
  readonly Results?: readonly ActionResult[];
  readonly Error?: { readonly Code: string; readonly Message: string; readonly Location?: string; readonly HttpStatusCode: number };
}

/** What the request executor resolves with (office.js `RequestExecutorResponseMessage`). */
export interface ResponseMessage {
  readonly HttpStatusCode: number;
  readonly ErrorCode: string | null;
  readonly ErrorMessage: string | null;
  readonly Headers: Record<string, string>;
  readonly Body: ResponseBody | null;
}

/** office.js names properties in responses by their original (capitalised) names: `address` → `Address`. */
export function originalName(name: string): string {
  return name.length === 0 ? name : name.charAt(0).toUpperCase() + name.slice(1);
}

/** And names methods and properties in requests the same way: `GetRangeByIndexes` → `getRangeByIndexes`. */
export function apiName(name: string): string {
  return name.length === 0 ? name : name.charAt(0).toLowerCase() + name.slice(1);
}
