/**
 * Packs queued work into as few `context.sync()` calls as possible while keeping each request
 * under a byte budget (Excel on the web refuses requests over 5 MB). Work is either an atomic step
 * with an estimated cost or a run of rows that may be split into bands anywhere.
 */

/** Queues Office.js operations on proxies (nothing is sent until the sync). */
export type Enqueue = () => void;

export interface AtomicWork {
  readonly kind: 'step';
  readonly cost: number;
  readonly enqueue: Enqueue;
}

export interface RowWork {
  readonly kind: 'rows';
  /** Estimated bytes per row. */
  readonly rowCosts: readonly number[];
  /** Estimated bytes per band besides its rows. */
  readonly bandOverhead: number;
  /** Queues rows [start, end). */
  readonly enqueueBand: (start: number, end: number) => void;
}

export type Work = AtomicWork | RowWork;

export interface PackedSync {
  readonly enqueues: Enqueue[];
  /** Estimated request bytes of this sync's work. */
  readonly bytes: number;
}

/** Greedy packing: fill each sync up to the budget, splitting row work across syncs. */
export function packWork(work: readonly Work[], budgetBytes: number): PackedSync[] {
  const syncs: { enqueues: Enqueue[]; bytes: number }[] = [];
  let current = { enqueues: [] as Enqueue[], bytes: 0 };
  const flush = (): void => {
    syncs.push(current);
    current = { enqueues: [], bytes: 0 };
  };
  for (const item of work) {
    if (item.kind === 'step') {
      if (current.enqueues.length > 0 && current.bytes + item.cost > budgetBytes) flush();
      current.enqueues.push(item.enqueue);
      current.bytes += item.cost;
      continue;
    }
    const n = item.rowCosts.length;
    let start = 0;
    while (start < n) {
      let bytes = item.bandOverhead;
      let end = start;
      while (end < n) {
        const rowCost = item.rowCosts[end] ?? 0;
        const fits = current.bytes + bytes + rowCost <= budgetBytes;
        // An empty sync always takes at least one row, however large.
        if (!fits && !(end === start && current.enqueues.length === 0)) break;
        bytes += rowCost;
        end++;
      }
      if (end === start) {
        flush();
        continue;
      }
      const s = start;
      const e = end;
      current.enqueues.push(() => item.enqueueBand(s, e));
      current.bytes += bytes;
      start = end;
    }
  }
  if (current.enqueues.length > 0 || syncs.length === 0) flush();
  return syncs;
}
