/**
 * The read for a workbook whose one-sync response is too large (typically: large output sheets of
 * an earlier run, in a host that does not know them yet). One sync for the outline — names,
 * visibility, values-only used-range ADDRESSES, the ownership record and the Excel state a write
 * restores — then only the cells of the sheets the engine reads (neither owned nor the meta
 * sheet), in row bands packed so each response stays under the byte target.
 */
import type { HostFeatures } from './capabilities';
import { assembleRead, ownershipOf, queueHostState, queueOwnershipRecord, type OutlineEntry, type ReadOutcome } from './assembleRead';
import { META_SHEET_NAME } from './ownershipRecord';
import { rectOfAddress } from './rangeAddresses';
import { readBands, type BandRequest } from './readBands';
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
  let cursor = context.workbook.worksheets.getFirst();
  for (;;) {
    const round: OutlineProbe[] = [];
    for (let i = 0; i < SHEETS_PER_SYNC; i++) {
      cursor.load('name,visibility');
      const used = cursor.getUsedRangeOrNullObject(true);
      used.load('address');
      round.push({ sheet: cursor, used });
      cursor = cursor.getNextOrNullObject();
    }
    await context.sync();
    found.push(...round.filter((p) => !p.sheet.isNullObject));
    if (cursor.isNullObject) break;
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
  const contents = await readBands(context, requests, features, isTooLarge, targetBytes);
  return assembleRead(outline, ownership, contents, hostState(), now());
}
