/**
 * The add-in's record in a workbook, written once for every door so that Excel and the command line
 * can never disagree about which sheets they may overwrite (DOMAIN.md §5).
 *
 * - The record: the output sheets the add-in created (`ownedSheets`) and the workbook settings the
 *   pane remembers (scoring profile, mode). Its text is JSON,
 *   `{"ownedSheets":[…],"settings":{"profile":…,"mode":…}}`, `settings` left out when none is stored,
 *   so a record without settings reads and writes exactly as the first records did.
 * - Where it lives: cell A1 of a very hidden sheet `_perfeval_meta` that travels with the file (both
 *   hosts); the Office host also mirrors it into the workbook's settings. Columns B, C, … of that sheet
 *   hold drop-down lists too long for an inline source (Excel's 255-character limit), one per
 *   column from row 1, found again by content.
 * - Reading forgives: every record ever written reads (the JSON above, the Office setting as an array
 *   or its JSON text, a bare list), anything else is an empty record. A host turns the cell into text
 *   first (LibreOffice and WPS save A1 as rich text; the host joins the runs).
 *
 * The hosts keep only their I/O: hosts/xlsx/metaSheet.ts and patch/ownershipSheet.ts (.xlsx), and
 * hosts/office/ownershipRecord.ts (Office.js).
 */
import { columnLetters } from '../domain/address';
import { EVALUATION_MODES, type EvaluationMode, type WorkbookSettings } from '../domain/workbookSettings';

export type { EvaluationMode, WorkbookSettings } from '../domain/workbookSettings';

/** The very hidden sheet holding the record in A1 and stored drop-down lists in B, C, … */
export const META_SHEET_NAME = '_perfeval_meta';

/** Excel rejects an inline list source (the text between the quotes) longer than this. */
export const INLINE_LIST_LIMIT = 255;

export interface WorkbookRecord {
  /** Output sheets the add-in created, in the order it recorded them. */
  readonly ownedSheets: readonly string[];
  readonly settings: WorkbookSettings;
}

export const EMPTY_RECORD: WorkbookRecord = { ownedSheets: [], settings: {} };

/** What a write changes in the record: both fields as in WritePlan (undefined keeps what is stored). */
export interface RecordChange {
  readonly ownedSheets?: readonly string[] | undefined;
  readonly settings?: WorkbookSettings | undefined;
}

// ---- the text ---------------------------------------------------------------------------------

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** A value, or the value its JSON text stands for. */
function jsonValue(value: unknown): unknown {
  return typeof value === 'string' ? parseJson(value) : value;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Sheet names from a list (or its JSON text); anything that is not a non-empty name is dropped. */
export function decodeSheetList(value: unknown): string[] {
  const list = jsonValue(value);
  return Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string' && x !== '') : [];
}

function isMode(value: unknown): value is EvaluationMode {
  return EVALUATION_MODES.some((m) => m === value);
}

/** Settings from an object (or its JSON text); fields of the wrong kind are dropped. */
export function decodeSettings(value: unknown): WorkbookSettings {
  const v = jsonValue(value);
  if (!isObject(v)) return {};
  const profile = typeof v.profile === 'string' && v.profile.trim() !== '' ? v.profile : undefined;
  const mode = isMode(v.mode) ? v.mode : undefined;
  return { ...(profile !== undefined ? { profile } : {}), ...(mode !== undefined ? { mode } : {}) };
}

/** The record in a cell's text; a bare list of names reads as the owned sheets; anything else is empty. */
export function decodeRecord(text: unknown): WorkbookRecord {
  if (typeof text !== 'string') return EMPTY_RECORD;
  const parsed = parseJson(text);
  if (Array.isArray(parsed)) return { ownedSheets: decodeSheetList(parsed), settings: {} };
  if (!isObject(parsed)) return EMPTY_RECORD;
  return { ownedSheets: decodeSheetList(parsed.ownedSheets), settings: decodeSettings(parsed.settings) };
}

/** The settings with their fields in one order and nothing empty or unknown (so equal settings encode alike). */
export function canonicalSettings(settings: WorkbookSettings): WorkbookSettings {
  return decodeSettings(settings);
}

function hasSettings(settings: WorkbookSettings): boolean {
  return settings.profile !== undefined || settings.mode !== undefined;
}

/** The record's text (A1 of the meta sheet). */
export function encodeRecord(record: WorkbookRecord): string {
  const settings = canonicalSettings(record.settings);
  return JSON.stringify(hasSettings(settings) ? { ownedSheets: record.ownedSheets, settings } : { ownedSheets: record.ownedSheets });
}

// ---- combining --------------------------------------------------------------------------------

/** Several copies of the record as one: sheet names unioned in first-seen order; later settings win, field by field. */
export function mergeRecords(...records: readonly WorkbookRecord[]): WorkbookRecord {
  const seen = new Set<string>();
  const ownedSheets: string[] = [];
  let settings: WorkbookSettings = {};
  for (const record of records) {
    for (const name of record.ownedSheets) {
      if (!seen.has(name)) {
        seen.add(name);
        ownedSheets.push(name);
      }
    }
    settings = { ...settings, ...canonicalSettings(record.settings) };
  }
  return { ownedSheets, settings };
}

/** True when a write changes the record at all. */
export function changesRecord(change: RecordChange): boolean {
  return change.ownedSheets !== undefined || change.settings !== undefined;
}

/** The record to store after a write; undefined when the write leaves it as it is. */
export function recordAfter(stored: WorkbookRecord, change: RecordChange): WorkbookRecord | undefined {
  if (!changesRecord(change)) return undefined;
  return {
    ownedSheets: change.ownedSheets ?? stored.ownedSheets,
    settings: canonicalSettings({ ...stored.settings, ...change.settings }),
  };
}

// ---- the record as cells of the meta sheet ------------------------------------------------------

/** The meta sheet's values from A1, row by row, each cell as its text where it has one. */
export type MetaRows = readonly (readonly unknown[])[];

/** The record in the meta sheet's cells (A1). */
export function recordFromCells(rows: MetaRows): WorkbookRecord {
  return decodeRecord(rows[0]?.[0]);
}

/** True when a drop-down list can be written inline (`"a,b,c"`): no comma or quote in an item, 255 characters at most. */
export function fitsInlineList(list: readonly string[]): boolean {
  if (list.some((item) => item.includes(',') || item.includes('"'))) return false;
  return list.join(',').length <= INLINE_LIST_LIMIT;
}

/** The list stored in a column of the meta sheet (rows from 1 until the first empty cell). */
function listInColumn(rows: MetaRows, col: number): string[] {
  const out: string[] = [];
  for (const row of rows) {
    const v = row[col];
    if (v === null || v === undefined || v === '') break;
    out.push(String(v));
  }
  return out;
}

/**
 * Where a list too long to be inline goes: the column (0-based, from B) already holding exactly this
 * list (`write: false`), else the first empty column not `taken` by another list of the same write.
 */
export function storedListColumn(rows: MetaRows, list: readonly string[], taken: ReadonlySet<number> = new Set()): { col: number; write: boolean } {
  for (let col = 1; ; col++) {
    const existing = listInColumn(rows, col);
    if (existing.length === 0 && !taken.has(col)) return { col, write: true };
    if (existing.length === list.length && existing.every((v, i) => v === list[i])) return { col, write: false };
  }
}

/** The absolute reference to a stored list, `_perfeval_meta!$C$1:$C$5` (without a leading `=`). */
export function storedListRange(col: number, length: number): string {
  const letters = columnLetters(col);
  return `${META_SHEET_NAME}!$${letters}$1:$${letters}$${length}`;
}
