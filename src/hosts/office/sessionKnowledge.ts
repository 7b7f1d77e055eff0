/**
 * What one office host instance learned about its workbook at its last read or write: the sheets
 * in tab order (with their used ranges and the bytes their contents took), the ownership record,
 * the meta sheet's cells, and the event switch to restore after a write.
 *
 * It is only ever a hint: a read with knowledge still checks the sheet list and the ownership
 * record in the same sync and reads every non-owned sheet's cells afresh; a write trusts it only
 * for a short while (`FRESH_KNOWLEDGE_MS`) and recovers if a sheet turns out to exist after all
 * (or to be gone).
 */
import type { CellRange } from '../../domain/grid';
import { sameSheetName } from '../../domain/address';
import type { WritePlan } from '../../domain/output/planTypes';
import type { HostFeatures } from './capabilities';
import { META_SHEET_NAME } from './ownershipRecord';
import { cellCount } from './rangeAddresses';
import type { Rows } from './sheetContent';

/**
 * The Excel state a write switches off and restores: events only. Calculation is left alone — the
 * outputs hold no formulas, and switching the application-wide calculation mode could leave the
 * user's Excel in Manual, or turn AutomaticExceptTables into Automatic (office-js#2770).
 */
export interface HostState {
  readonly enableEvents?: boolean;
}

export interface KnownSheet {
  readonly name: string;
  readonly visible: boolean;
  /** Values-only used range as last seen: null for a sheet without values, undefined when not looked at. */
  readonly used?: CellRange | null;
  /** UTF-8 bytes Excel sent for the whole used range when its cells were last read. */
  readonly bytes?: number;
}

export interface SessionKnowledge {
  /** Every worksheet in tab order, the meta sheet included. */
  readonly sheets: readonly KnownSheet[];
  readonly ownedSheets: readonly string[];
  /** The meta sheet's values laid out from A1 (the ownership cell and stored drop-down lists). */
  readonly metaRows: Rows;
  readonly hostState: HostState;
  /** When it was learned, on the host's clock (ms). */
  readonly learnedAt: number;
}

/** How long after a read (or write) a write trusts the knowledge instead of asking which sheets exist. */
export const FRESH_KNOWLEDGE_MS = 30_000;

/** Response bytes per cell assumed for a sheet whose cells have not been read yet (values + formats + types). */
export const DEFAULT_BYTES_PER_CELL = 40;

/** Expected response bytes of a sheet's whole used range; undefined when nothing is known about its size. */
export function estimatedBytes(sheet: KnownSheet): number | undefined {
  if (sheet.bytes !== undefined) return sheet.bytes;
  if (sheet.used === null) return 0;
  if (sheet.used) return cellCount(sheet.used) * DEFAULT_BYTES_PER_CELL;
  return undefined;
}

/** Response bytes per cell of a sheet as last measured (the default when never measured). */
export function bytesPerCell(sheet: KnownSheet | undefined): number {
  if (sheet?.bytes !== undefined && sheet.used) return Math.max(1, sheet.bytes / cellCount(sheet.used));
  return DEFAULT_BYTES_PER_CELL;
}

/** What a write needs to know before its first write sync, taken from fresh knowledge instead of a sync. */
export interface KnownWorkbookState {
  /** Every worksheet's name, the meta sheet included. */
  readonly sheetNames: readonly string[];
  readonly metaRows: Rows;
  readonly hostState: HostState;
}

/** The knowledge a write may trust: learned at most `FRESH_KNOWLEDGE_MS` ago and holding the Excel state to restore. */
export function stateForApply(knowledge: SessionKnowledge | undefined, features: HostFeatures, now: number): KnownWorkbookState | undefined {
  if (!knowledge) return undefined;
  const age = now - knowledge.learnedAt;
  if (age < 0 || age > FRESH_KNOWLEDGE_MS) return undefined;
  if (features.enableEvents && knowledge.hostState.enableEvents === undefined) return undefined;
  return { sheetNames: knowledge.sheets.map((s) => s.name), metaRows: knowledge.metaRows, hostState: knowledge.hostState };
}

/** What a write did beyond the plan itself. */
export interface WriteOutcome {
  /** Planned sheets that were added (at the end, in plan order). */
  readonly created: readonly string[];
  /** True when the meta sheet was added (after the planned sheets). */
  readonly metaCreated: boolean;
  /** The meta sheet's values from A1 after the write; undefined when the write neither read nor wrote it. */
  readonly metaRows: Rows | undefined;
  /** The event switch found before the write (and restored after it). */
  readonly hostState: HostState;
}

function plannedRange(values: readonly (readonly unknown[])[]): CellRange | null {
  const width = values.reduce((w, row) => Math.max(w, row.length), 0);
  return values.length === 0 || width === 0 ? null : { top: 0, left: 0, bottom: values.length - 1, right: width - 1 };
}

/** The knowledge after a successful write that started from `knowledge`. */
export function knowledgeAfterApply(knowledge: SessionKnowledge, plan: WritePlan, outcome: WriteOutcome, now: number): SessionKnowledge {
  const written = new Map(plan.sheets.map((s) => [s.name.toLocaleUpperCase(), plannedRange(s.values)]));
  const sheets: KnownSheet[] = knowledge.sheets.map((s) => {
    const used = written.get(s.name.toLocaleUpperCase());
    return used === undefined ? s : { name: s.name, visible: s.visible, used };
  });
  for (const name of outcome.created) if (!sheets.some((s) => sameSheetName(s.name, name))) sheets.push({ name, visible: true, used: written.get(name.toLocaleUpperCase()) ?? null });
  if (outcome.metaCreated && !sheets.some((s) => s.name === META_SHEET_NAME)) sheets.push({ name: META_SHEET_NAME, visible: false });
  return {
    sheets,
    ownedSheets: plan.ownedSheets ?? knowledge.ownedSheets,
    metaRows: outcome.metaRows ?? knowledge.metaRows,
    hostState: outcome.hostState,
    learnedAt: now,
  };
}
