/** How much the streaming reader will inflate from one package: the guard against zip bombs. */

export interface ReadLimits {
  /** Total content, in bytes, of all the parts read from one package. */
  readonly maxTotalBytes: number;
  /** Largest accepted ratio of a part's content to its compressed size … */
  readonly maxRatio: number;
  /** … for a part whose content is larger than this (small parts may compress as they like). */
  readonly ratioGraceBytes: number;
  /** More entries than this and the directory is not a workbook's. */
  readonly maxEntries: number;
}

/**
 * 256 MiB of XML is about 8 times the largest real self-evaluation workbook we know of (100,000 expense
 * rows, ~30 MB) and keeps reading it well under 1 GB of memory. Deflate cannot exceed ~1,030:1; real
 * sheets compress 5–30:1, the most repetitive (blank styled rows) under 150:1; bombs sit near 1,000:1.
 */
export const DEFAULT_LIMITS: ReadLimits = {
  maxTotalBytes: 256 * 1024 * 1024,
  maxRatio: 200,
  ratioGraceBytes: 16 * 1024 * 1024,
  maxEntries: 100_000,
};
