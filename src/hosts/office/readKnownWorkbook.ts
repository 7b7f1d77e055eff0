/**
 * The read of a host that knows the workbook from its last read or write. One sync asks, BY NAME,
 * for the cells of the known non-owned sheets (`getItemOrNullObject`), and in the same sync loads
 * the sheet list (names, visibility, tab order), the ownership record and the Excel state a write
 * restores — so the owned output sheets, however large, cost only their names. The sheet list and
 * the record are then checked against what was asked: a sheet that is new, renamed, or no longer
 * owned has its cells read in one follow-up sync; a known sheet too large for the byte target was
 * asked for its address only and is read in row bands, as is a sheet Excel sent without its arrays.
 * Merged areas come after, in syncs of their own (readMerges.ts).
 *
 * If Excel refuses a response as too large anyway (a sheet grew a lot), the host falls back to
 * `readWorkbookInParts`.
 */
import type { HostFeatures } from './capabilities';
import type { Diagnostic } from '../../domain/diagnostics/types';
import { assembleRead, ownershipOf, queueHostState, queueOwnershipRecord, type OutlineEntry, type ReadOutcome } from './assembleRead';
import { META_SHEET_NAME } from './ownershipRecord';
import { rectOfAddress } from './rangeAddresses';
import { readBands, readOversized, type BandRequest, type Oversized } from './readBands';
import { contentOfUsedRange, type SheetContent } from './sheetContent';
import { bytesPerCell, estimatedBytes, type KnownSheet, type SessionKnowledge } from './sessionKnowledge';

interface NamedProbe {
  readonly known: KnownSheet | undefined;
  readonly sheet: Excel.Worksheet;
  readonly used: Excel.Range;
  /** True when the cells were asked for; false when only the address was (a sheet to read in bands). */
  readonly whole: boolean;
}

function probeByName(context: Excel.RequestContext, name: string, known: KnownSheet | undefined, whole: boolean): NamedProbe {
  const sheet = context.workbook.worksheets.getItemOrNullObject(name);
  const used = sheet.getUsedRangeOrNullObject(true).untrack();
  used.load(whole ? 'address,values,numberFormat,valueTypes' : 'address');
  return { known, sheet, used, whole };
}

export async function readKnownWorkbook(
  context: Excel.RequestContext,
  features: HostFeatures,
  knowledge: SessionKnowledge,
  isTooLarge: (error: unknown) => boolean,
  targetBytes: number,
  now: () => number,
): Promise<ReadOutcome> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/visibility');
  const record = queueOwnershipRecord(context);
  const hostState = queueHostState(context, features);
  const probes = new Map<string, NamedProbe>();
  let room = targetBytes;
  for (const known of knowledge.sheets) {
    if (known.name === META_SHEET_NAME || knowledge.ownedSheets.includes(known.name)) continue;
    // A sheet of unknown size is asked for whole: if it is too large, Excel refuses and the host reads in parts.
    const estimate = estimatedBytes(known) ?? 0;
    const whole = estimate <= room;
    if (whole) room -= estimate;
    probes.set(known.name, probeByName(context, known.name, known, whole));
  }
  await context.sync();

  const outline: OutlineEntry[] = worksheets.items.map((ws) => ({ name: ws.name, visible: ws.visibility === 'Visible' }));
  const ownership = ownershipOf(record);
  const contents = new Map<string, SheetContent>();
  const bands: BandRequest[] = [];
  const oversized: Oversized[] = [];
  const unseen: string[] = [];
  const take = (name: string, probe: NamedProbe): void => {
    const content = contentOfUsedRange(probe.used);
    const used = content ? undefined : rectOfAddress(probe.used.address);
    if (content) contents.set(name, content);
    else if (used) oversized.push({ name, used });
  };
  for (const { name } of outline) {
    if (name === META_SHEET_NAME || ownership.owned.includes(name)) continue;
    const probe = probes.get(name);
    if (!probe || probe.sheet.isNullObject) unseen.push(name);
    else if (probe.whole || probe.used.isNullObject) take(name, probe);
    else bands.push({ name, used: rectOfAddress(probe.used.address), bytesPerCell: bytesPerCell(probe.known) });
  }
  if (unseen.length > 0) {
    const extra = unseen.map((name) => probeByName(context, name, undefined, true));
    await context.sync();
    extra.forEach((probe, i) => {
      const name = unseen[i];
      if (name !== undefined) take(name, probe);
    });
  }
  const diagnostics: Diagnostic[] = [];
  if (bands.length > 0) {
    const banded = await readBands(context, bands, isTooLarge, targetBytes);
    for (const [name, content] of banded.contents) contents.set(name, content);
    // A band without arrays even one row at a time: read again as an oversized sheet (and reported).
    for (const name of banded.unread) {
      const used = bands.find((b) => b.name === name)?.used;
      if (used) oversized.push({ name, used });
    }
  }
  const parts = await readOversized(context, oversized, isTooLarge, targetBytes);
  for (const [name, content] of parts.contents) contents.set(name, content);
  diagnostics.push(...parts.diagnostics);
  return assembleRead(outline, ownership, contents, hostState(), now(), diagnostics);
}
