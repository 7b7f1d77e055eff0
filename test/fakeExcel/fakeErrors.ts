/**
 * Errors the fake Excel throws, shaped like Office.js's `OfficeExtension.Error` (name `RichApi.Error`,
 * a string `code`, `debugInfo`), so the office host's error handling is exercised as in Excel.
 */

export interface FakeDebugInfo {
  readonly code: string;
  readonly message: string;
  readonly errorLocation?: string;
}

export class FakeExcelError extends Error {
  override readonly name = 'RichApi.Error';
  readonly code: string;
  readonly debugInfo: FakeDebugInfo;
  readonly traceMessages: readonly string[] = [];

  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.code = code;
    this.debugInfo = errorLocation === undefined ? { code, message } : { code, message, errorLocation };
  }
}

/** What Office.js throws when a proxy property is read before `load()` + `context.sync()`. */
export function propertyNotLoaded(property: string, objectName: string): FakeExcelError {
  return new FakeExcelError(
    'PropertyNotLoaded',
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object (${objectName}) and call "context.sync()" on the associated request context.`,
    `${objectName}.${property}`,
  );
}

export function invalidArgument(message: string, location?: string): FakeExcelError {
  return new FakeExcelError('InvalidArgument', message, location);
}

export function itemNotFound(message: string, location?: string): FakeExcelError {
  return new FakeExcelError('ItemNotFound', message, location);
}
