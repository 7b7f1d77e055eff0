/**
 * The read for a workbook whose one-sync response is too large (typically: large output sheets of
 * an earlier run, in a host that does not know them yet). One sync for the outline — names,
 * visibility, values-only used-range ADDRESSES, the ownership record and the Excel state a write
 * restores — then only the cells of the sheets the engine reads (neither owned nor the meta
 * sheet), in row bands packed so each response stays under the byte target. Merged areas come
 * after, in syncs of their own (readMerges.ts).
 */
import type { HostFeatures } from './capabilities';
import { assembleRead, ownershipOf, queueHostState, queueOwnershipRecord, type OutlineEntry, type ReadOutcome } from './assembleRead';
import { META_SHEET_NAME } from './ownershipRecord';
import { rectOfAddress } from './rangeAddresses';
import { readBands, readOversized, type BandRequest } from './readBands';
import { SHEETS_PER_SYNC } from './readWorkbook';
import { bytesPerCell, type SessionKnowledge } from './sessionKnowledge';

interface OutlineProbe {
  readonly sheet: Excel.Worksheet;
  readonly used: Excel.Range;
}

/** `hints` (earlier knowledge, possibly stale) only sizes the bands. */
export async function readWorkbookInParts(
  context: Excel.RequestContext,
  features: HostFeatures,
  isTooLarge: (error: unknown) => boolean,
  targetBytes: number,
  hints: SessionKnowledge | undefined,
  now: () => number,
): Promise<ReadOutcome> {
  const record = queueOwnershipRecord(context);
  const hostState = queueHostState(context, features);
  const found: OutlineProbe[] = [];
  const worksheets = context.workbook.worksheets;
  let cursor = worksheets.getFirst();
  for (;;) {
    const round: OutlineProbe[] = [];
    for (let i = 0; i < SHEETS_PER_SYNC; i++) {
      cursor.load('name,visibility');
      const used = cursor.getUsedRangeOrNullObject(true).untrack();
      used.load('address');
      round.push({ sheet: cursor, used });
      cursor = cursor.getNextOrNullObject();
    }
    await context.sync();
    const inRound = round.filter((p) => !p.sheet.isNullObject);
    found.push(...inRound);
    const last = inRound[inRound.length - 1];
    if (cursor.isNullObject || !last) break;
    // The walk's handles are invalid after their request: continue from the last sheet by name.
    cursor = worksheets.getItem(last.sheet.name).getNextOrNullObject();
  }
  const outline: OutlineEntry[] = found.map((p) => ({
    name: p.sheet.name,
    visible: p.sheet.visibility === 'Visible',
    used: p.used.isNullObject ? null : (rectOfAddress(p.used.address) ?? null),
  }));
  const ownership = ownershipOf(record);
  const requests: BandRequest[] = outline
    .filter((e) => e.name !== META_SHEET_NAME && !ownership.owned.includes(e.name))
    .map((e) => ({ name: e.name, used: e.used ?? undefined, bytesPerCell: bytesPerCell(hints?.sheets.find((s) => s.name === e.name)) }));
  const { contents, unread } = await readBands(context, requests, isTooLarge, targetBytes);
  // Sheets no band of one row brought back either: read as empty, and reported.
  const oversized = unread.flatMap((name) => {
    const used = requests.find((r) => r.name === name)?.used;
    return used ? [{ name, used }] : [];
  });
  const parts = await readOversized(context, oversized, isTooLarge, targetBytes);
  for (const [name, content] of parts.contents) contents.set(name, content);
  return assembleRead(outline, ownership, contents, hostState(), now(), parts.diagnostics);
}
