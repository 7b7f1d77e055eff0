/**
 * The real Excel client of office.js, loaded in a Node `vm` context: the OfficeExtension runtime
 * (request batching, proxies, load-before-read checks, null objects, object-path invalidation,
 * the 1,500-cell chunking of large writes) and the `Excel` namespace, exactly as
 * `@microsoft/office-js/dist/excel-web-16.00.debug.js` ships them. Only the part of the file from
 * OfficeExtension to the end of the Excel namespace is run; the host bridge (OSF) and telemetry
 * before and after it are not: requests go to the executor the caller installs instead.
 *
 * The file is read and compiled once per process; each call makes a fresh realm (≈15 ms), so two
 * clients never share object ids or tracked objects.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import type { Capabilities } from '../../src/hosts/office/capabilities';

/** The Excel on the web client: the 5 MB payload limit is Excel on the web's. */
export const OFFICE_JS_CLIENT = path.resolve(__dirname, '../../node_modules/@microsoft/office-js/dist/excel-web-16.00.debug.js');

/** Where the client's own part of the file starts (OfficeExtension's runtime) and ends. */
const START = /var OfficeExtension;\r?\n\(function \(OfficeExtension\) \{\r?\n {4}var _Internal;/;
const END = 'var _EndExcel';

/** TypeScript's `__extends` helper, which the sliced part expects from the part before it. */
const PRELUDE =
  'var __extends = function (d, b) { Object.setPrototypeOf(d, b); function __() { this.constructor = d; } ' +
  'd.prototype = b === null ? Object.create(b) : (__.prototype = b.prototype, new __()); };\n';

let compiled: vm.Script | undefined;

function script(): vm.Script {
  if (compiled) return compiled;
  const text = fs.readFileSync(OFFICE_JS_CLIENT, 'utf8');
  const start = text.search(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${OFFICE_JS_CLIENT}: the OfficeExtension … Excel part was not found (office.js changed its layout).`);
  const source = `${PRELUDE}${text.slice(start, end)}\n;this.Excel = Excel; this.OfficeExtension = OfficeExtension;`;
  compiled = new vm.Script(source, { filename: path.basename(OFFICE_JS_CLIENT) });
  return compiled;
}

/** What a realm exposes: the two namespaces, typed as office.js's own. */
export interface OfficeJsRealm {
  readonly Excel: typeof Excel;
  readonly OfficeExtension: typeof OfficeExtension;
}

interface Sandbox {
  window?: unknown;
  navigator: { userAgent: string };
  Excel?: typeof Excel;
  OfficeExtension?: typeof OfficeExtension;
  Office?: { context?: unknown };
}

/**
 * A fresh client. `capabilities` answers `Office.context.requirements.isSetSupported` (the client
 * asks it to chunk writes, to set the cell-edit flag and — as office.js does at the end of its
 * file — to refuse APIs of requirement sets the Excel does not support).
 */
export function loadOfficeJs(capabilities: () => Capabilities): OfficeJsRealm {
  const sandbox: Sandbox = { navigator: { userAgent: 'Node.js (perf-eval tests)' }, console, setTimeout, clearTimeout } as Sandbox;
  sandbox.window = sandbox;
  vm.createContext(sandbox);
  script().runInContext(sandbox);
  const { Excel: excel, OfficeExtension: extension, Office: office } = sandbox;
  if (!excel || !extension || !office) throw new Error('office.js did not define Excel, OfficeExtension and Office.');
  office.context = {
    requirements: { isSetSupported: (name: string, version?: string | number) => capabilities().isSetSupported(name, String(version ?? '1.1')) },
  };
  (extension as unknown as { Utility: { _doApiNotSupportedCheck: boolean } }).Utility._doApiNotSupportedCheck = true;
  return { Excel: excel, OfficeExtension: extension };
}
