/**
 * What the office.js shim (officeShim.ts, bundled into the page) and the browser tests (Node) agree
 * on: the URL the shim stands in for, the globals the test sets before the page loads, and the
 * handles the shim exposes on `window` for the test to drive and inspect. Types only, plus constants.
 */
import type { FailRule } from '../fakeExcel/fakeContext';
import type { CellView } from '../fakeExcel/fakeWorkbook';
import type { CellValue } from '../../src/domain/grid';
import type { EncodedSnapshot } from './snapshotJson';

/** The script tag of dist/taskpane.html that the test routes to the shim bundle. */
export const OFFICE_JS_URL = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/** What onReady reports (Excel on the web). */
export const SHIM_HOST_INFO = { host: 'Excel', platform: 'OfficeOnline' } as const;

/** Requirement sets the shim says Excel supports (the fake implements all the office host uses). */
export const SHIM_REQUIREMENT_SETS: Readonly<Record<string, string>> = {
  ExcelApi: '1.20',
  SharedRuntime: '1.1',
  AddinCommands: '1.1',
  RibbonApi: '1.1',
};

export interface FakeSelection {
  readonly sheet: string;
  /** A1 without the sheet, e.g. `E6` or `A1:C3`. */
  readonly address: string;
}

export interface FakeStatsView {
  readonly syncs: number;
  readonly runs: number;
}

/** `window.__fake`: the page's fake Excel, seen from the test. */
export interface FakeHandle {
  sheetNames(): string[];
  cell(sheet: string, a1: string): CellView;
  /** The sheet's values from A1 (as the office host would read them). */
  values(sheet: string): CellValue[][];
  selection(): FakeSelection | null;
  activeSheet(): string | null;
  calculationMode(): string;
  stats(): FakeStatsView;
  /** A canonical JSON text of everything the fake stores (`serializeFake`). */
  dump(): string;
  failOn(rule: FailRule): void;
  clearFailures(): void;
}

export interface RibbonCompletion {
  readonly name: string;
  readonly options: unknown;
}

/** `window.__ribbon`: the functions the add-in associated with `Office.actions.associate`. */
export interface RibbonHandle {
  registered(): string[];
  /** Calls the associated function as Excel does (not awaited), with an event whose `completed()` is recorded. */
  invoke(name: string): void;
  readonly completed: RibbonCompletion[];
  /** Errors a handler threw or rejected with (Excel would log them). */
  readonly failures: string[];
  /** How many times the add-in called `Office.addin.showAsTaskpane()`. */
  shown(): number;
  /** With `__OFFICE_HOLD_READY__`: lets `Office.onReady` resolve (office.js finished starting). */
  releaseReady(): void;
  /** Whether `Office.onReady` has resolved. */
  ready(): boolean;
}

declare global {
  interface Window {
    /** Set by the test (addInitScript): the workbook the fake Excel starts with. */
    __FAKE_WORKBOOK__?: EncodedSnapshot;
    /** Set by the test (addInitScript): Office.context.displayLanguage; default zh-CN (or `?lang=`). */
    __OFFICE_DISPLAY_LANGUAGE__?: string;
    /** Set by the test (addInitScript): `Office.onReady` waits for `__ribbon.releaseReady()`. */
    __OFFICE_HOLD_READY__?: boolean;
    __fake?: FakeHandle;
    __ribbon?: RibbonHandle;
  }
}
