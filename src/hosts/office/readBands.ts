/**
 * Reading the cells of sheets whose used ranges are already known (learned earlier in the same
 * read), in row bands packed so each response stays near a byte target. Bands are sized from an
 * estimate of the response bytes per cell, corrected from what each sync actually brought back;
 * if Excel still refuses a response as too large, the estimates of that sync's sheets are doubled
 * and its bands are cut smaller (a refused single row is an error).
 */
import type { CellRange } from '../../domain/grid';
import type { HostFeatures } from './capabilities';
import { arraysBytes, mergesOf, type SheetContent } from './sheetContent';

export interface BandRequest {
  readonly name: string;
  /** The exact used range (undefined: no values, only merged areas to read). */
  readonly used: CellRange | undefined;
  /** Estimated response bytes per cell. */
  readonly bytesPerCell: number;
  /** Merged areas already read; when absent they are read in the first sync (where ExcelApi 1.13 allows). */
  readonly merges?: readonly CellRange[];
}

/** Never assume fewer response bytes per cell than this (an empty cell still costs `"","General","Empty"`). */
const MIN_BYTES_PER_CELL = 20;

interface Band {
  readonly request: BandRequest;
  readonly top: number;
  readonly rows: number;
}

interface Collected {
  readonly values: unknown[][];
  readonly numberFormats: unknown[][];
  readonly valueTypes: unknown[][];
  merges: readonly CellRange[] | undefined;
  bytes: number;
}

function widthOf(used: CellRange): number {
  return used.right - used.left + 1;
}

export async function readBands(
  context: Excel.RequestContext,
  requests: readonly BandRequest[],
  features: HostFeatures,
  isTooLarge: (error: unknown) => boolean,
  targetBytes: number,
): Promise<Map<string, SheetContent>> {
  const worksheets = context.workbook.worksheets;
  const perCell = new Map(requests.map((r) => [r.name, Math.max(MIN_BYTES_PER_CELL, r.bytesPerCell)]));
  const collected = new Map<string, Collected>(
    requests.map((r) => [r.name, { values: [], numberFormats: [], valueTypes: [], merges: r.merges ?? (features.mergedAreas ? undefined : []), bytes: 0 }]),
  );
  const pending: Band[] = [];
  for (const request of requests) if (request.used) pending.push({ request, top: 0, rows: request.used.bottom - request.used.top + 1 });

  for (;;) {
    const mergeNames = [...collected].filter(([, c]) => c.merges === undefined).map(([name]) => name);
    if (pending.length === 0 && mergeNames.length === 0) break;
    const mergeProbes = mergeNames.map((name) => {
      const areas = worksheets.getItem(name).getRange().getMergedAreasOrNullObject();
      areas.load('address');
      return { name, areas };
    });
    const batch: { band: Band; range: Excel.Range }[] = [];
    let bytes = 0;
    while (pending.length > 0) {
      const next = pending[0];
      if (!next?.request.used) break;
      const used = next.request.used;
      const rowBytes = widthOf(used) * (perCell.get(next.request.name) ?? MIN_BYTES_PER_CELL);
      const fit = Math.floor((targetBytes - bytes) / rowBytes);
      // A sync always takes at least one row, however large.
      const rows = Math.min(next.rows, fit >= 1 ? fit : batch.length === 0 ? 1 : 0);
      if (rows === 0) break;
      pending.shift();
      if (rows < next.rows) pending.unshift({ request: next.request, top: next.top + rows, rows: next.rows - rows });
      const band: Band = { request: next.request, top: next.top, rows };
      const range = worksheets.getItem(next.request.name).getRangeByIndexes(used.top + band.top, used.left, rows, widthOf(used));
      range.load('values,numberFormat,valueTypes');
      batch.push({ band, range });
      bytes += rows * rowBytes;
      if (rows < next.rows) break;
    }
    try {
      await context.sync();
    } catch (error) {
      const only = batch.length === 1 ? batch[0] : undefined;
      if (!isTooLarge(error) || batch.length === 0 || (only !== undefined && only.band.rows === 1)) throw error;
      for (const name of new Set(batch.map((b) => b.band.request.name))) perCell.set(name, (perCell.get(name) ?? MIN_BYTES_PER_CELL) * 2);
      pending.unshift(...batch.map((b) => b.band));
      continue;
    }
    for (const probe of mergeProbes) {
      const entry = collected.get(probe.name);
      if (entry) entry.merges = mergesOf(probe.areas);
    }
    for (const { band, range } of batch) {
      const entry = collected.get(band.request.name);
      if (!entry || !band.request.used) continue;
      const measured = arraysBytes(range.values, range.numberFormat, range.valueTypes);
      entry.bytes += measured;
      perCell.set(band.request.name, Math.max(MIN_BYTES_PER_CELL, measured / (band.rows * widthOf(band.request.used))));
      range.values.forEach((row, i) => (entry.values[band.top + i] = row));
      range.numberFormat.forEach((row, i) => (entry.numberFormats[band.top + i] = row));
      range.valueTypes.forEach((row, i) => (entry.valueTypes[band.top + i] = row));
    }
  }

  const out = new Map<string, SheetContent>();
  for (const request of requests) {
    const entry = collected.get(request.name);
    if (!entry) continue;
    out.set(request.name, {
      used: request.used,
      values: entry.values,
      numberFormats: entry.numberFormats,
      valueTypes: entry.valueTypes,
      merges: entry.merges ?? [],
      bytes: entry.bytes,
    });
  }
  return out;
}
