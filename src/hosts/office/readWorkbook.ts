/**
 * The cold read, in ONE `context.sync()`: walk the sheets with `getFirst()` →
 * `getNextOrNullObject()` (64 per sync; a longer workbook costs one more sync per 64 sheets), and
 * on each load the name, visibility, the values-only used range (values, number formats, value
 * types, address) and, where ExcelApi 1.13 is available, the merged areas of the whole sheet. The
 * ownership record and the Excel state a write restores are loaded in the same sync.
 *
 * A host that knows nothing about the workbook cannot tell its own (possibly large) output sheets
 * from the user's before this sync answers, so it asks for everything; if Excel refuses the
 * response as too large, the host reads again with `readWorkbookInParts`.
 */
import type { HostFeatures } from './capabilities';
import { assembleRead, ownershipOf, queueHostState, queueOwnershipRecord, type ReadOutcome } from './assembleRead';
import { contentOfUsedRange } from './sheetContent';

export const SHEETS_PER_SYNC = 64;

interface SheetProbe {
  readonly sheet: Excel.Worksheet;
  readonly used: Excel.Range;
  readonly merges: Excel.RangeAreas | undefined;
}

function probeSheet(sheet: Excel.Worksheet, features: HostFeatures): SheetProbe {
  sheet.load('name,visibility');
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load('address,values,numberFormat,valueTypes');
  let merges: Excel.RangeAreas | undefined;
  if (features.mergedAreas) {
    merges = sheet.getRange().getMergedAreasOrNullObject();
    merges.load('address');
  }
  return { sheet, used, merges };
}

/** The one-sync read (one more sync per further 64 sheets). `now` stamps the knowledge it returns. */
export async function readWorkbook(context: Excel.RequestContext, features: HostFeatures, now: () => number): Promise<ReadOutcome> {
  const record = queueOwnershipRecord(context);
  const hostState = queueHostState(context, features);
  const probes: SheetProbe[] = [];
  let cursor = context.workbook.worksheets.getFirst();
  for (;;) {
    const round: SheetProbe[] = [];
    for (let i = 0; i < SHEETS_PER_SYNC; i++) {
      round.push(probeSheet(cursor, features));
      cursor = cursor.getNextOrNullObject();
    }
    await context.sync();
    probes.push(...round.filter((p) => !p.sheet.isNullObject));
    if (cursor.isNullObject) break;
  }
  const outline = probes.map((p) => ({ name: p.sheet.name, visible: p.sheet.visibility === 'Visible' }));
  const contents = new Map(probes.map((p) => [p.sheet.name, contentOfUsedRange(p.used, p.merges)]));
  return assembleRead(outline, ownershipOf(record), contents, hostState(), now());
}
