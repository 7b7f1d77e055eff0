/**
 * The cold read, in ONE `context.sync()`: walk the sheets with `getFirst()` →
 * `getNextOrNullObject()` (64 per sync; a longer workbook costs one more sync per 64 sheets), and
 * on each load the name, visibility and the values-only used range (values, number formats, value
 * types, address). The ownership record and the Excel state a write restores are loaded in the
 * same sync. A sheet Excel sends without its arrays (more cells than one get returns) is read again
 * in bands (readBands.ts); merged areas come after, in syncs of their own (readMerges.ts).
 *
 * A host that knows nothing about the workbook cannot tell its own (possibly large) output sheets
 * from the user's before this sync answers, so it asks for everything; if Excel refuses the
 * response as too large, the host reads again with `readWorkbookInParts`.
 */
import type { HostFeatures } from './capabilities';
import { assembleRead, ownershipOf, queueHostState, queueOwnershipRecord, type ReadOutcome } from './assembleRead';
import { META_SHEET_NAME } from './ownershipRecord';
import { readOversized, type Oversized } from './readBands';
import { rectOfAddress } from './rangeAddresses';
import { contentOfUsedRange, type SheetContent } from './sheetContent';

export const SHEETS_PER_SYNC = 64;

interface SheetProbe {
  readonly sheet: Excel.Worksheet;
  readonly used: Excel.Range;
}

function probeSheet(sheet: Excel.Worksheet): SheetProbe {
  sheet.load('name,visibility');
  const used = sheet.getUsedRangeOrNullObject(true).untrack();
  used.load('address,values,numberFormat,valueTypes');
  return { sheet, used };
}

/** The one-sync read (one more sync per further 64 sheets). `now` stamps the knowledge it returns. */
export async function readWorkbook(
  context: Excel.RequestContext,
  features: HostFeatures,
  isTooLarge: (error: unknown) => boolean,
  targetBytes: number,
  now: () => number,
): Promise<ReadOutcome> {
  const record = queueOwnershipRecord(context);
  const hostState = queueHostState(context, features);
  const probes: SheetProbe[] = [];
  const worksheets = context.workbook.worksheets;
  let cursor = worksheets.getFirst();
  for (;;) {
    const round: SheetProbe[] = [];
    for (let i = 0; i < SHEETS_PER_SYNC; i++) {
      round.push(probeSheet(cursor));
      cursor = cursor.getNextOrNullObject();
    }
    await context.sync();
    const found = round.filter((p) => !p.sheet.isNullObject);
    probes.push(...found);
    const last = found[found.length - 1];
    if (cursor.isNullObject || !last) break;
    // getFirst / getNextOrNullObject handles are invalid after their request (office.js): the next
    // round starts again from the last sheet's name.
    cursor = worksheets.getItem(last.sheet.name).getNextOrNullObject();
  }
  const outline = probes.map((p) => ({ name: p.sheet.name, visible: p.sheet.visibility === 'Visible' }));
  const ownership = ownershipOf(record);
  const contents = new Map<string, SheetContent>();
  const oversized: Oversized[] = [];
  for (const p of probes) {
    const name = p.sheet.name;
    const content = contentOfUsedRange(p.used);
    if (content) contents.set(name, content);
    else if (name !== META_SHEET_NAME && !ownership.owned.includes(name)) {
      const used = rectOfAddress(p.used.address);
      if (used) oversized.push({ name, used });
    }
  }
  const parts = await readOversized(context, oversized, isTooLarge, targetBytes);
  for (const [name, content] of parts.contents) contents.set(name, content);
  return assembleRead(outline, ownership, contents, hostState(), now(), parts.diagnostics);
}
