/**
 * Stands in for office.js in the browser tests: the page's `<script src=".../office.js">` is routed
 * here (bundled by buildShim.ts). It defines `window.Office` (onReady as Excel on the web, the
 * display language, requirement sets, `actions.associate`) and `window.Excel.run` backed by the
 * SAME fake Excel as the jest tests, loaded with the workbook the test put in
 * `window.__FAKE_WORKBOOK__`. The test drives and inspects it through `window.__fake` and
 * `window.__ribbon` (see shimContract.ts).
 */
import { capabilitiesUpTo } from '../../src/hosts/office/capabilities';
import { createFakeExcel, fakeWorkbookFromSnapshot, gridOfSheet, cellOf, serializeFake, sheetNamesOf } from '../fakeExcel';
import { FakeWorkbook } from '../fakeExcel/fakeWorkbook';
import { rectToA1 } from '../fakeExcel/fakeAddress';
import { SHIM_HOST_INFO, SHIM_REQUIREMENT_SETS, type FakeHandle, type RibbonCompletion, type RibbonHandle } from './shimContract';
import { decodeSnapshot } from './snapshotJson';

type Handler = (event: unknown) => unknown;

function displayLanguage(): string {
  const fromQuery = new URLSearchParams(window.location.search).get('lang');
  return window.__OFFICE_DISPLAY_LANGUAGE__ ?? fromQuery ?? 'zh-CN';
}

const workbook = window.__FAKE_WORKBOOK__ ? fakeWorkbookFromSnapshot(decodeSnapshot(window.__FAKE_WORKBOOK__)) : new FakeWorkbook();
if (workbook.sheets.length === 0) workbook.addSheet('Sheet1');
const fake = createFakeExcel(workbook);
const capabilities = capabilitiesUpTo(SHIM_REQUIREMENT_SETS);
const language = displayLanguage();
const handlers = new Map<string, Handler>();

const fakeHandle: FakeHandle = {
  sheetNames: () => sheetNamesOf(fake),
  cell: (sheet, a1) => cellOf(fake, sheet, a1),
  values: (sheet) => gridOfSheet(workbook.sheet(sheet)).values.map((row) => [...row]),
  selection: () => {
    const selection = workbook.selection;
    const sheet = selection ? workbook.sheetById(selection.sheetId) : undefined;
    return selection && sheet ? { sheet: sheet.name, address: rectToA1(selection.rect) } : null;
  },
  activeSheet: () => workbook.activeSheet()?.name ?? null,
  calculationMode: () => workbook.calculationMode,
  stats: () => ({ syncs: fake.stats.syncs, runs: fake.stats.runs.length }),
  dump: () => serializeFake(fake),
  failOn: (rule) => fake.failOn(rule),
  clearFailures: () => fake.clearFailures(),
};

const completed: RibbonCompletion[] = [];
const failures: string[] = [];
let shown = 0;
let isReady = false;
let releaseReady: () => void = () => undefined;
// office.js resolves onReady asynchronously, after the page's scripts have run; a test may hold it
// longer (office.js still starting while the runtime already received a ribbon click).
const readyGate = window.__OFFICE_HOLD_READY__
  ? new Promise<void>((resolve) => {
      releaseReady = resolve;
    })
  : Promise.resolve();
const ready = readyGate.then(() => {
  isReady = true;
  return SHIM_HOST_INFO;
});
const ribbon: RibbonHandle = {
  registered: () => [...handlers.keys()],
  invoke(name) {
    const handler = handlers.get(name);
    if (!handler) throw new Error(`No function is associated with "${name}".`);
    const event = {
      source: { id: `${name}.button` },
      completed: (options?: unknown) => {
        completed.push({ name, options: options ?? null });
      },
    };
    // Excel calls the function and does not wait for it; only completed() tells it the command is done.
    Promise.resolve()
      .then(() => handler(event))
      .catch((error: unknown) => {
        failures.push(error instanceof Error ? error.message : String(error));
      });
  },
  completed,
  failures,
  shown: () => shown,
  releaseReady: () => releaseReady(),
  ready: () => isReady,
};

const office = {
  HostType: { Word: 'Word', Excel: 'Excel', PowerPoint: 'PowerPoint', Outlook: 'Outlook', OneNote: 'OneNote', Project: 'Project', Access: 'Access' },
  PlatformType: { PC: 'PC', OfficeOnline: 'OfficeOnline', Mac: 'Mac', iOS: 'iOS', Android: 'Android', Universal: 'Universal' },
  onReady(callback?: (info: typeof SHIM_HOST_INFO) => void): Promise<typeof SHIM_HOST_INFO> {
    return ready.then((info) => {
      callback?.(info);
      return info;
    });
  },
  context: {
    displayLanguage: language,
    contentLanguage: language,
    host: SHIM_HOST_INFO.host,
    platform: SHIM_HOST_INFO.platform,
    // office.js takes the version as a string or a number.
    requirements: { isSetSupported: (name: string, minVersion?: string | number) => capabilities.isSetSupported(name, String(minVersion ?? '1.1')) },
  },
  actions: {
    associate(name: string, handler: Handler): void {
      handlers.set(name, handler);
    },
  },
  addin: {
    showAsTaskpane(): Promise<void> {
      shown += 1;
      return Promise.resolve();
    },
  },
};

Object.assign(window, { Office: office, Excel: { run: fake.run }, __fake: fakeHandle, __ribbon: ribbon });
