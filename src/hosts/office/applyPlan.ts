/**
 * Applying a write plan through Office.js.
 *
 * First (prepareApply.ts): which planned sheets and the meta sheet exist, and the event switch to
 * restore — asked in sync 1, or taken from the host's fresh knowledge with no sync at all. Then
 * the writes (sheetWork.ts), packed by what office.js will send (requestEstimate.ts) into as few
 * syncs as the byte budget allows: add missing sheets (loading their ids, so later syncs may
 * address them), record ownership (first, so a failure half-way still leaves the sheets recognised
 * as ours), then each sheet's work; finally activate. A sync Excel refuses as too large was not
 * applied: it is packed again at half the budget and sent again.
 *
 * Screen updating is suspended in every write sync and events are off during the write where
 * supported, restored afterwards (also after a failure). Calculation is left alone: the outputs
 * hold no formulas, `suspendApiCalculationUntilNextSync` would leave the officer's own formulas
 * that refer to them stale ("it is the developer's responsibility to re-calc the workbook",
 * learn.microsoft.com Excel.Application), and the calculation mode is application-wide.
 */
import type { WritePlan } from '../../domain/output/planTypes';
import type { HostFeatures } from './capabilities';
import { changesRecord, encodeRecord, recordAfter, recordFromCells, storedListRange } from '../../app/workbookRecord';
import { META_SHEET_NAME, OWNED_SHEETS_SETTING, WORKBOOK_SETTINGS_SETTING, fitsInlineList, storedListColumn } from './ownershipRecord';
import { enqueueSync, indivisible, packWork, repack, type PackedSync, type Work } from './syncPacker';
import { preparedFromKnowledge, probeWorkbook } from './prepareApply';
import { RequestEstimate, SHEET_PATH, WORKBOOK_PATH, WORKSHEETS_PATH } from './requestEstimate';
import { listItems, rangeAt, sheetWork, type ListSource } from './sheetWork';
import type { KnownWorkbookState, WriteOutcome } from './sessionKnowledge';
import { excelErrorCode } from './officeHostError';
import type { OutputFont } from './outputFont';

export { utf8Bytes } from './utf8Bytes';
export { coalesceStyles } from './sheetWork';
export { columnWidthPoints } from './outputFont';

import { DEFAULT_MAX_REQUEST_BYTES } from './writeBudget';

export { DEFAULT_MAX_REQUEST_BYTES } from './writeBudget';

/** The codes of a request (or its response) Excel refused as too large: nothing of it was applied. */
const TOO_LARGE = new Set(['RequestPayloadSizeLimitExceeded', 'ResponsePayloadSizeLimitExceeded']);

export function inlineListSource(list: readonly string[]): string {
  return list.join(',');
}

/** `=_perfeval_meta!$C$1:$C$5` for a list stored in column C. */
export function storedListReference(col: number, length: number): string {
  return `=${storedListRange(col, length)}`;
}

/** Everything queued and synced by `applyPlan`, for tests, logs and the host's knowledge. */
export interface ApplySummary extends WriteOutcome {
  readonly writeSyncs: number;
  readonly estimatedBytes: readonly number[];
  /** True when a first sync asked which sheets exist; false when fresh knowledge answered. */
  readonly probed: boolean;
}

/**
 * Writes `plan`. With `known` (the host's fresh knowledge) the first sync already writes; without
 * it a first sync asks which sheets exist. A wrong `known` makes a write sync fail with
 * ItemAlreadyExists or ItemNotFound (nothing is lost: the caller writes again without it).
 */
export async function applyPlan(
  context: Excel.RequestContext,
  plan: WritePlan,
  features: HostFeatures,
  maxRequestBytes: number = DEFAULT_MAX_REQUEST_BYTES,
  known?: KnownWorkbookState,
  /** The font set on every written sheet; each plan's own (宋体 on the output sheets) when not given. */
  font?: OutputFont,
): Promise<ApplySummary> {
  const workbook = context.workbook;
  if (plan.sheets.length === 0 && plan.ownedSheets === undefined && plan.activate === undefined) {
    return { writeSyncs: 0, estimatedBytes: [], probed: false, created: [], metaCreated: false, metaRows: undefined, hostState: known?.hostState ?? {} };
  }

  // ---- what exists, what to restore: sync 1, or the host's fresh knowledge ----
  const needsStoredLists =
    features.dataValidation && plan.sheets.some((s) => s.dataValidations.some((dv) => listItems(dv.list).length > 0 && !fitsInlineList(listItems(dv.list))));
  const needsMeta = changesRecord(plan) || needsStoredLists;
  const prepared = known ? preparedFromKnowledge(context, plan, needsMeta, known) : await probeWorkbook(context, plan, features, needsMeta);
  const application = workbook.application;

  const originalEvents = features.enableEvents ? prepared.hostState.enableEvents : undefined;
  const switchEvents = originalEvents === true;

  // ---- lists too long to be inline go to the meta sheet's columns B, C, … ----
  const metaExisting = prepared.meta;
  const metaColumns: unknown[][] = (prepared.metaRows ?? []).map((row) => [...row]);
  const storedLists = new Map<string, { col: number; write: boolean; list: readonly string[] }>();
  const taken = new Set<number>();
  const listSource: ListSource = (list) => {
    if (fitsInlineList(list)) return inlineListSource(list);
    const key = JSON.stringify(list);
    let placed = storedLists.get(key);
    if (!placed) {
      placed = { ...storedListColumn(metaColumns, list, taken), list };
      taken.add(placed.col);
      storedLists.set(key, placed);
    }
    return storedListReference(placed.col, list.length);
  };
  if (needsStoredLists) {
    for (const s of plan.sheets) for (const dv of s.dataValidations) if (listItems(dv.list).length > 0) listSource(listItems(dv.list));
  }
  const listsToWrite = [...storedLists.values()].filter((l) => l.write);

  // ---- the write work, in order ----
  const handles = prepared.handles;
  const work: Work[] = [];
  const created: string[] = [];
  plan.sheets.forEach((s, i) => {
    const handle = handles[i];
    if (handle && !handle.existed) {
      created.push(s.name);
      work.push({
        kind: 'step',
        cost: (e) => {
          const added = e.methodObject(WORKSHEETS_PATH, 'Add', [s.name]);
          return added.bytes + e.query(added.ref, ['id']);
        },
        enqueue: () => {
          // Its id comes back with the response: office.js then addresses the new sheet by id in
          // later syncs (a handle of `add` is otherwise invalid after its request).
          const sheet = workbook.worksheets.add(s.name);
          sheet.load('id');
          handle.sheet = sheet;
        },
      });
    }
  });
  // The record: A1 of the meta sheet (what the plan leaves out kept from it), mirrored in the settings.
  const record = recordAfter(recordFromCells(metaColumns), plan);
  const json = record === undefined ? undefined : encodeRecord(record);
  const writesMeta = record !== undefined || listsToWrite.length > 0;
  if (writesMeta) {
    work.push({
      kind: 'step',
      cost: (e) => {
        let bytes = 0;
        if (record && plan.ownedSheets !== undefined) {
          const settings = e.property(WORKBOOK_PATH, 'Settings');
          bytes += settings.bytes + e.methodObject(settings.ref, 'Add', [OWNED_SHEETS_SETTING, record.ownedSheets]).bytes;
        }
        if (record && plan.settings !== undefined) {
          const settings = e.property(WORKBOOK_PATH, 'Settings');
          bytes += settings.bytes + e.methodObject(settings.ref, 'Add', [WORKBOOK_SETTINGS_SETTING, record.settings]).bytes;
        }
        if (!metaExisting) {
          const added = e.methodObject(WORKSHEETS_PATH, 'Add', [META_SHEET_NAME]);
          bytes += added.bytes + e.query(added.ref, ['id']) + e.set(added.ref, 'Visibility', 'VeryHidden');
        }
        if (json !== undefined) {
          const a1 = e.sheetRange('A1');
          bytes += a1.bytes + e.set(a1.ref, 'NumberFormat', [['@']]) + e.set(a1.ref, 'Values', [[json]]);
        }
        for (const stored of listsToWrite) {
          const column = e.range(0, stored.col, stored.list.length, 1);
          bytes += column.bytes + e.set(column.ref, 'NumberFormat', stored.list.map(() => ['@'])) + e.set(column.ref, 'Values', stored.list.map((item) => [item]));
        }
        return bytes;
      },
      enqueue: () => {
        if (record && plan.ownedSheets !== undefined) workbook.settings.add(OWNED_SHEETS_SETTING, [...record.ownedSheets]);
        if (record && plan.settings !== undefined) workbook.settings.add(WORKBOOK_SETTINGS_SETTING, { ...record.settings });
        let meta = metaExisting;
        if (!meta) {
          meta = workbook.worksheets.add(META_SHEET_NAME);
          meta.load('id');
          meta.visibility = 'VeryHidden' as Excel.SheetVisibility;
        }
        if (json !== undefined) {
          const a1 = meta.getRange('A1').untrack();
          a1.numberFormat = [['@']];
          a1.values = [[json]];
        }
        for (const stored of listsToWrite) {
          const column = rangeAt(meta, 0, stored.col, stored.list.length, 1);
          column.numberFormat = stored.list.map(() => ['@']);
          column.values = stored.list.map((item) => [item]);
        }
      },
    });
  }
  plan.sheets.forEach((s, i) => {
    const handle = handles[i];
    if (handle) work.push(...sheetWork(s, handle, features, listSource, font ?? s.font));
  });
  if (plan.activate !== undefined) {
    const name = plan.activate;
    work.push({
      kind: 'step',
      cost: (e) => e.call(SHEET_PATH, 'Activate'),
      enqueue: () => {
        const i = plan.sheets.findIndex((s) => s.name === name);
        const target = i >= 0 ? handles[i]?.sheet : prepared.otherToActivate();
        target?.activate();
      },
    });
  }

  const estimate = new RequestEstimate();
  const syncs: PackedSync[] = packWork(work, maxRequestBytes, estimate);
  const sent: number[] = [];
  /** Events may be off because of this write (and must be switched on again if it fails). */
  let eventsOff = false;
  /** A sync that switched events off was applied. */
  let eventsOffApplied = false;
  try {
    for (let i = 0; i < syncs.length; i++) {
      const packed = syncs[i];
      if (!packed) continue;
      const last = i === syncs.length - 1;
      const turnOff = switchEvents && !eventsOffApplied;
      if (features.suspendScreenUpdating) application.suspendScreenUpdatingUntilNextSync();
      if (turnOff) {
        context.runtime.enableEvents = false;
        eventsOff = true;
      }
      enqueueSync(packed);
      if (last && switchEvents) context.runtime.enableEvents = true;
      try {
        await context.sync();
      } catch (error) {
        const code = excelErrorCode(error);
        if (code === undefined || !TOO_LARGE.has(code) || indivisible(packed)) throw error;
        // Refused before anything of it was applied: the same work again, in smaller syncs.
        syncs.splice(i, 1, ...repack(packed, Math.max(1, Math.floor(packed.bytes / 2)), estimate));
        eventsOff = eventsOffApplied;
        i--;
        continue;
      }
      sent.push(packed.bytes);
      if (turnOff) eventsOffApplied = true;
      if (last) eventsOff = false;
    }
  } finally {
    if (eventsOff) {
      // Best effort after a failure: never leave the user's Excel without events.
      try {
        context.runtime.enableEvents = true;
        await context.sync();
      } catch {
        // The original error is the one to report; it is rethrown by the caller's catch.
      }
    }
  }
  return {
    writeSyncs: sent.length,
    estimatedBytes: sent,
    probed: prepared.probed,
    created,
    metaCreated: writesMeta && !metaExisting,
    metaRows: writesMeta ? metaRowsAfter(metaColumns, json, listsToWrite) : prepared.metaRows,
    hostState: prepared.hostState,
  };
}

/** The meta sheet's values from A1 after writing the ownership cell and the stored lists. */
function metaRowsAfter(before: readonly (readonly unknown[])[], json: string | undefined, lists: readonly { col: number; list: readonly string[] }[]): unknown[][] {
  const rows = before.map((row) => [...row]);
  const put = (r: number, c: number, value: unknown): void => {
    while (rows.length <= r) rows.push([]);
    const row = rows[r] ?? [];
    while (row.length < c) row.push('');
    row[c] = value;
    rows[r] = row;
  };
  if (json !== undefined) put(0, 0, json);
  for (const stored of lists) stored.list.forEach((item, i) => put(i, stored.col, item));
  return rows;
}
