/**
 * ExcelJS, loaded on first use. Requiring it costs about 0.25 s, and the command line needs it only for
 * the template and for a save the patching writer cannot do: reading goes through the streaming reader
 * (read/), so `perf-eval --help` and a plain `evaluate` never load it.
 */
import type * as ExcelJSModule from 'exceljs';

let loaded: typeof ExcelJSModule | undefined;

export function excelJS(): typeof ExcelJSModule {
  // A synchronous, deferred require: `import()` would make every caller (XlsxHost.create) async.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded ??= require('exceljs') as typeof ExcelJSModule;
  return loaded;
}
