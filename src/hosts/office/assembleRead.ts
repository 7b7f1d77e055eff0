/**
 * The parts every read path shares: the ownership record and the Excel state queued in a read's
 * first sync, and the assembly of the snapshot (owned sheets by name and visibility only, the meta
 * sheet left out) together with the session knowledge.
 */
import type { WorkbookSnapshot } from '../../app/ports';
import type { CellRange, SheetGrid } from '../../domain/grid';
import type { Diagnostic } from '../../domain/diagnostics/types';
import type { HostFeatures } from './capabilities';
import type { WorkbookSettings } from '../../app/workbookRecord';
import { META_SHEET_NAME, OWNED_SHEETS_SETTING, WORKBOOK_SETTINGS_SETTING, recordOfWorkbook } from './ownershipRecord';
import { emptyGrid, gridOfContent, rowsFromA1, type Rows, type SheetContent } from './sheetContent';
import type { HostState, KnownSheet, SessionKnowledge } from './sessionKnowledge';

export interface ReadOutcome {
  readonly snapshot: WorkbookSnapshot;
  readonly knowledge: SessionKnowledge;
}

export interface QueuedRecord {
  readonly setting: Excel.Setting;
  readonly settings: Excel.Setting;
  readonly metaUsed: Excel.Range;
}

/** Queues the ownership record: the workbook settings and the meta sheet's cells (by name). */
export function queueOwnershipRecord(context: Excel.RequestContext): QueuedRecord {
  const setting = context.workbook.settings.getItemOrNullObject(OWNED_SHEETS_SETTING);
  setting.load('value');
  const settings = context.workbook.settings.getItemOrNullObject(WORKBOOK_SETTINGS_SETTING);
  settings.load('value');
  const metaUsed = context.workbook.worksheets.getItemOrNullObject(META_SHEET_NAME).getUsedRangeOrNullObject(true).untrack();
  metaUsed.load('address,values');
  return { setting, settings, metaUsed };
}

export interface OwnershipRecord {
  /** The union of the setting and the meta sheet's A1. */
  readonly owned: readonly string[];
  /** The workbook settings stored with it (app/workbookRecord.ts). */
  readonly settings: WorkbookSettings;
  readonly metaRows: Rows;
}

export function ownershipOf(queued: QueuedRecord): OwnershipRecord {
  const metaRows = rowsFromA1(queued.metaUsed);
  const valueOf = (setting: Excel.Setting): unknown => (setting.isNullObject ? undefined : setting.value);
  const record = recordOfWorkbook(valueOf(queued.setting), valueOf(queued.settings), metaRows);
  return { owned: record.ownedSheets, settings: record.settings, metaRows };
}

/** Queues the event switch a later write restores (where ExcelApi 1.8 has it). */
export function queueHostState(context: Excel.RequestContext, features: HostFeatures): () => HostState {
  if (features.enableEvents) context.runtime.load('enableEvents');
  return () => (features.enableEvents ? { enableEvents: context.runtime.enableEvents } : {});
}

export interface OutlineEntry {
  readonly name: string;
  readonly visible: boolean;
  /** The used range when this read learned it without the cells (null: no values). */
  readonly used?: CellRange | null;
}

/**
 * The snapshot and knowledge of one read. Every sheet that is neither owned nor the meta sheet must
 * have its content; owned sheets are returned by name and visibility only (ports.ts allows it).
 */
export function assembleRead(
  outline: readonly OutlineEntry[],
  record: OwnershipRecord,
  contents: ReadonlyMap<string, SheetContent>,
  hostState: HostState,
  learnedAt: number,
  diagnostics: readonly Diagnostic[] = [],
): ReadOutcome {
  const sheets: SheetGrid[] = [];
  const known: KnownSheet[] = [];
  for (const entry of outline) {
    const content = contents.get(entry.name);
    if (content) known.push({ name: entry.name, visible: entry.visible, used: content.used ?? null, bytes: content.bytes });
    else known.push(entry.used === undefined ? { name: entry.name, visible: entry.visible } : { name: entry.name, visible: entry.visible, used: entry.used });
    if (entry.name === META_SHEET_NAME) continue;
    if (record.owned.includes(entry.name)) {
      sheets.push(emptyGrid(entry.name, entry.visible));
      continue;
    }
    if (!content) throw new Error(`readWorkbook: the cells of '${entry.name}' were not read.`);
    sheets.push(gridOfContent(entry.name, entry.visible, content));
  }
  return {
    snapshot: { sheets, ownedSheets: record.owned, settings: record.settings, ...(diagnostics.length > 0 ? { diagnostics } : {}) },
    knowledge: { sheets: known, ownedSheets: record.owned, metaRows: record.metaRows, hostState, learnedAt },
  };
}
