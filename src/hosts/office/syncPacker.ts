/**
 * Packs queued work into as few `context.sync()` calls as possible while keeping each request
 * under a byte budget (Excel on the web refuses requests over 5 MB). Work is either an atomic step
 * or a run of rows that may be split into bands anywhere; both are priced with what office.js
 * will send for them (requestEstimate.ts). A sync Excel refuses as too large is packed again, in
 * smaller syncs (`repack`).
 */
import { REQUEST_OVERHEAD_BYTES, RequestEstimate } from './requestEstimate';

/** Queues Office.js operations on proxies (nothing is sent until the sync). */
export type Enqueue = () => void;

export interface AtomicWork {
  readonly kind: 'step';
  /** The request bytes of what `enqueue` queues (advances the estimate's id counter). */
  readonly cost: (estimate: RequestEstimate) => number;
  readonly enqueue: Enqueue;
}

export interface RowWork {
  readonly kind: 'rows';
  /** Approximate request bytes per row, to find how many rows fit. */
  readonly rowBytes: readonly number[];
  /** The request bytes of rows [start, end) written as one band. */
  readonly bandCost: (estimate: RequestEstimate, start: number, end: number) => number;
  /** Queues rows [start, end). */
  readonly enqueueBand: (start: number, end: number) => void;
}

export type Work = AtomicWork | RowWork;

/** A step, or a band of a row work. */
export interface Piece {
  readonly work: Work;
  readonly start: number;
  readonly end: number;
}

export interface PackedSync {
  readonly pieces: readonly Piece[];
  /** Estimated request bytes of this sync. */
  readonly bytes: number;
}

/** Queues a packed sync's work. */
export function enqueueSync(sync: PackedSync): void {
  for (const piece of sync.pieces) {
    if (piece.work.kind === 'step') piece.work.enqueue();
    else piece.work.enqueueBand(piece.start, piece.end);
  }
}

/** Greedy packing: fill each sync up to the budget, splitting row work across syncs. */
export function packWork(work: readonly Work[], budgetBytes: number, estimate: RequestEstimate = new RequestEstimate()): PackedSync[] {
  const syncs: PackedSync[] = [];
  let pieces: Piece[] = [];
  let bytes = REQUEST_OVERHEAD_BYTES;
  const flush = (): void => {
    syncs.push({ pieces, bytes });
    pieces = [];
    bytes = REQUEST_OVERHEAD_BYTES;
  };
  for (const item of work) {
    if (item.kind === 'step') {
      const mark = estimate.mark();
      const cost = item.cost(estimate);
      if (pieces.length > 0 && bytes + cost > budgetBytes) {
        flush();
        // Priced again where it now goes (the ids are the same either way).
        estimate.rewind(mark);
        item.cost(estimate);
      }
      pieces.push({ work: item, start: 0, end: 0 });
      bytes += cost;
      continue;
    }
    const n = item.rowBytes.length;
    let start = 0;
    while (start < n) {
      const room = budgetBytes - bytes;
      let end = start;
      let guess = 0;
      while (end < n && guess + (item.rowBytes[end] ?? 0) <= room) guess += item.rowBytes[end++] ?? 0;
      // An empty sync always takes at least one row, however large.
      if (end === start && pieces.length === 0) end = start + 1;
      let cost = 0;
      while (end > start) {
        const mark = estimate.mark();
        cost = item.bandCost(estimate, start, end);
        if (bytes + cost <= budgetBytes || (end === start + 1 && pieces.length === 0)) break;
        estimate.rewind(mark);
        // Shrink in proportion to the overshoot (and by at least one row).
        end = start + Math.min(end - start - 1, Math.floor(((end - start) * room) / Math.max(1, cost)));
      }
      if (end === start) {
        flush();
        continue;
      }
      pieces.push({ work: item, start, end });
      bytes += cost;
      start = end;
    }
  }
  if (pieces.length > 0 || syncs.length === 0) flush();
  return syncs;
}

/** A refused sync's work again, packed for a smaller budget. */
export function repack(sync: PackedSync, budgetBytes: number, estimate: RequestEstimate): PackedSync[] {
  const work: Work[] = sync.pieces.map((piece): Work => {
    const whole = piece.work;
    if (whole.kind === 'step') return whole;
    const offset = piece.start;
    return {
      kind: 'rows',
      rowBytes: whole.rowBytes.slice(piece.start, piece.end),
      bandCost: (e, start, end) => whole.bandCost(e, offset + start, offset + end),
      enqueueBand: (start, end) => whole.enqueueBand(offset + start, offset + end),
    };
  });
  return packWork(work, budgetBytes, estimate);
}

/** True when a sync can be split no further: a single step, or a single row. */
export function indivisible(sync: PackedSync): boolean {
  const [only, ...rest] = sync.pieces;
  return only !== undefined && rest.length === 0 && (only.work.kind === 'step' || only.end - only.start <= 1);
}
