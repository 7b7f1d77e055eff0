/**
 * What a write must know before its first write sync: which planned sheets exist (to clear and
 * rewrite them, or add them), whether the meta sheet exists and what its cells hold (stored
 * drop-down lists), which other sheet to activate, and the event switch to restore. Either asked in one sync (`probeWorkbook`) or taken from the host's fresh knowledge
 * (`preparedFromKnowledge`, no sync: a sheet that exists after all, or is gone, makes a write sync
 * fail with ItemAlreadyExists / ItemNotFound, and the host then probes and writes again).
 */
import type { WritePlan } from '../../domain/output/planTypes';
import type { HostFeatures } from './capabilities';
import { META_SHEET_NAME } from './ownershipRecord';
import { rowsFromA1, type Rows } from './sheetContent';
import { sameSheetName } from '../../domain/address';
import type { HostState, KnownWorkbookState } from './sessionKnowledge';

export interface SheetHandle {
  /** The sheet; undefined for a planned sheet that does not exist until its `add` is queued. */
  sheet: Excel.Worksheet | undefined;
  readonly existed: boolean;
}

export interface PreparedApply {
  /** One per planned sheet, in plan order. */
  readonly handles: readonly SheetHandle[];
  /** The meta sheet when it exists (asked only when the plan records ownership or stores lists). */
  readonly meta: Excel.Worksheet | undefined;
  /** The meta sheet's values from A1 (empty when it does not exist); undefined when not asked. */
  readonly metaRows: Rows | undefined;
  /** Queues a proxy for `plan.activate` when it is not a planned sheet; undefined when there is none. */
  readonly otherToActivate: () => Excel.Worksheet | undefined;
  readonly hostState: HostState;
  /** True when a sync asked; false when taken from knowledge. */
  readonly probed: boolean;
}

function otherActivateName(plan: WritePlan): string | undefined {
  const name = plan.activate;
  return name !== undefined && !plan.sheets.some((s) => s.name === name) ? name : undefined;
}

/** Sync 1 of a write without knowledge: what exists, what the meta sheet holds, what to restore. */
export async function probeWorkbook(context: Excel.RequestContext, plan: WritePlan, features: HostFeatures, needsMeta: boolean): Promise<PreparedApply> {
  const worksheets = context.workbook.worksheets;
  const probes = plan.sheets.map((s) => worksheets.getItemOrNullObject(s.name));
  const metaProbe = needsMeta ? worksheets.getItemOrNullObject(META_SHEET_NAME) : undefined;
  const metaUsed = metaProbe?.getUsedRangeOrNullObject(true).untrack();
  metaUsed?.load('values,address');
  const other = otherActivateName(plan);
  const activateProbe = other === undefined ? undefined : worksheets.getItemOrNullObject(other);
  if (features.enableEvents) context.runtime.load('enableEvents');
  await context.sync();
  return {
    handles: probes.map((probe) => (probe.isNullObject ? { sheet: undefined, existed: false } : { sheet: probe, existed: true })),
    meta: metaProbe && !metaProbe.isNullObject ? metaProbe : undefined,
    metaRows: metaUsed ? rowsFromA1(metaUsed) : undefined,
    otherToActivate: () => (activateProbe && !activateProbe.isNullObject ? activateProbe : undefined),
    hostState: {
      ...(features.enableEvents ? { enableEvents: context.runtime.enableEvents } : {}),
    },
    probed: true,
  };
}

/**
 * The same answers from fresh knowledge, without a sync. Existing sheets are asked for with
 * `getItem` here, before anything else is queued, so a sheet deleted since fails the first write
 * sync before it changes anything.
 */
export function preparedFromKnowledge(context: Excel.RequestContext, plan: WritePlan, needsMeta: boolean, known: KnownWorkbookState): PreparedApply {
  const worksheets = context.workbook.worksheets;
  const exists = (name: string): boolean => known.sheetNames.some((n) => sameSheetName(n, name));
  const handles = plan.sheets.map((s): SheetHandle => (exists(s.name) ? { sheet: worksheets.getItem(s.name), existed: true } : { sheet: undefined, existed: false }));
  const metaExists = exists(META_SHEET_NAME);
  const other = otherActivateName(plan);
  return {
    handles,
    meta: needsMeta && metaExists ? worksheets.getItem(META_SHEET_NAME) : undefined,
    metaRows: needsMeta ? (metaExists ? known.metaRows : []) : undefined,
    otherToActivate: () => (other !== undefined && exists(other) ? worksheets.getItem(other) : undefined),
    hostState: known.hostState,
    probed: false,
  };
}
