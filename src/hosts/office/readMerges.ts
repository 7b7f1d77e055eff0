/**
 * The merged areas of the input sheets, read after their cells, in syncs of their own.
 *
 * `Range.getMergedAreasOrNullObject` "will fail to return the result" when the range holds more
 * than 512 merged areas (learn.microsoft.com Excel.Range.getMergedAreasOrNullObject), and
 * government workbooks are merge-heavy (a 摘要 merged across columns on every expense row). Whether
 * it then throws or returns a null object is not documented — and a null object also means "no
 * merged areas" — so no call may cover more than 512 cells: merged areas do not overlap, so such a
 * range holds at most 512 of them however Excel counts (by top-left cell, office-js#3611, or by
 * intersection). Each input sheet's used range is read in tiles of at most 512 cells, every tile one
 * call, up to `TILES_PER_SYNC` calls in a sync.
 *
 * Only the sheets the engine reads are asked (visible, neither owned nor the meta sheet). A sync
 * that fails leaves its sheets' merges unknown (MERGES_UNKNOWN) instead of failing the read: the
 * engine reads merged labels from their top-left cell either way, and inherits blank 一级/二级
 * labels from the row above.
 */
import type { CellRange } from '../../domain/grid';
import type { Diagnostic } from '../../domain/diagnostics/types';
import { diag } from '../../domain/diagnostics/create';
import { excelErrorCode } from './officeHostError';
import type { ReadOutcome } from './assembleRead';
import { cellCount, parseAreasAddress } from './rangeAddresses';

/** Cells one call may cover so that it cannot hold more than 512 merged areas. */
export const MERGE_TILE_CELLS = 512;
/** Calls per sync (≈ 600 request bytes each; a response of at most 512 areas each). */
export const TILES_PER_SYNC = 1000;
/** A sheet needing more calls than this (about 1.5 million cells) is not asked: its merges stay unknown. */
export const MAX_TILES_PER_SHEET = 3000;

export interface MergeRequest {
  readonly name: string;
  /** The values-only used range. */
  readonly used: CellRange;
}

export interface MergesOutcome {
  /** Merged areas per sheet asked, sorted by top then left. */
  readonly merges: ReadonlyMap<string, readonly CellRange[]>;
  /** One MERGES_UNKNOWN per sheet whose merges could not be read. */
  readonly diagnostics: readonly Diagnostic[];
  /** Calls made and the most areas one call returned (for tests and the README's measures). */
  readonly calls: number;
  readonly mostAreasPerCall: number;
}

/** Rectangles of at most `MERGE_TILE_CELLS` cells covering `used`, row bands as wide as it when it fits. */
export function mergeTiles(used: CellRange): CellRange[] {
  const width = used.right - used.left + 1;
  const tiles: CellRange[] = [];
  const columnsPerTile = Math.min(width, MERGE_TILE_CELLS);
  const rowsPerTile = Math.max(1, Math.floor(MERGE_TILE_CELLS / columnsPerTile));
  for (let top = used.top; top <= used.bottom; top += rowsPerTile) {
    for (let left = used.left; left <= used.right; left += columnsPerTile) {
      tiles.push({ top, left, bottom: Math.min(used.bottom, top + rowsPerTile - 1), right: Math.min(used.right, left + columnsPerTile - 1) });
    }
  }
  return tiles;
}

interface Tile {
  readonly sheet: string;
  readonly rect: CellRange;
}

function key(r: CellRange): string {
  return `${r.top},${r.left},${r.bottom},${r.right}`;
}

export async function readMerges(context: Excel.RequestContext, requests: readonly MergeRequest[]): Promise<MergesOutcome> {
  const found = new Map<string, Map<string, CellRange>>();
  /** Why a sheet's merges are unknown: Excel's error code, or its cell count when too large to ask. */
  const unknown = new Map<string, { readonly code: string } | { readonly cells: number }>();
  const tiles: Tile[] = [];
  for (const request of requests) {
    const own = mergeTiles(request.used);
    if (own.length > MAX_TILES_PER_SHEET) {
      unknown.set(request.name, { cells: cellCount(request.used) });
      continue;
    }
    found.set(request.name, new Map());
    for (const rect of own) tiles.push({ sheet: request.name, rect });
  }
  let calls = 0;
  let mostAreasPerCall = 0;
  for (let start = 0; start < tiles.length; start += TILES_PER_SYNC) {
    const batch = tiles.slice(start, start + TILES_PER_SYNC).filter((t) => !unknown.has(t.sheet));
    if (batch.length === 0) continue;
    const probes = batch.map((tile) => {
      const { top, left, bottom, right } = tile.rect;
      const areas = context.workbook.worksheets
        .getItem(tile.sheet)
        .getRangeByIndexes(top, left, bottom - top + 1, right - left + 1)
        .untrack()
        .getMergedAreasOrNullObject()
        .untrack();
      areas.load('address');
      return { tile, areas };
    });
    try {
      await context.sync();
    } catch (error) {
      const code = excelErrorCode(error);
      if (code === undefined) throw error;
      for (const { tile } of probes) if (!unknown.has(tile.sheet)) unknown.set(tile.sheet, { code });
      continue;
    }
    calls += probes.length;
    for (const { tile, areas } of probes) {
      if (areas.isNullObject) continue;
      const rects = parseAreasAddress(areas.address);
      mostAreasPerCall = Math.max(mostAreasPerCall, rects.length);
      const into = found.get(tile.sheet);
      // An area crossing two tiles comes back from both when Excel counts by intersection.
      for (const rect of rects) into?.set(key(rect), rect);
    }
  }
  const merges = new Map<string, readonly CellRange[]>();
  for (const [sheet, areas] of found) {
    if (unknown.has(sheet)) continue;
    merges.set(sheet, [...areas.values()].sort((a, b) => a.top - b.top || a.left - b.left));
  }
  const diagnostics = [...unknown].map(([sheet, reason]) => diag('MERGES_UNKNOWN', { sheet }, { sheet, ...reason }));
  return { merges, diagnostics, calls, mostAreasPerCall };
}

/**
 * A read's outcome with the merged areas of its input sheets (the visible sheets it read the cells
 * of, owned outputs and the meta sheet left out), read in syncs of their own.
 */
export async function withMerges(context: Excel.RequestContext, outcome: ReadOutcome): Promise<ReadOutcome> {
  const { snapshot, knowledge } = outcome;
  const owned = new Set(snapshot.ownedSheets);
  const requests: MergeRequest[] = [];
  for (const grid of snapshot.sheets) {
    if (!grid.visible || owned.has(grid.name)) continue;
    const used = knowledge.sheets.find((s) => s.name === grid.name)?.used;
    if (used) requests.push({ name: grid.name, used });
  }
  if (requests.length === 0) return outcome;
  const { merges, diagnostics } = await readMerges(context, requests);
  const sheets = snapshot.sheets.map((grid) => {
    const areas = merges.get(grid.name);
    return areas ? { ...grid, merges: areas } : grid;
  });
  const all = [...(snapshot.diagnostics ?? []), ...diagnostics];
  return { snapshot: all.length > 0 ? { ...snapshot, sheets, diagnostics: all } : { ...snapshot, sheets }, knowledge };
}
