/**
 * Why a file could not be opened as a workbook. The host throws `XlsxOpenError`; doors turn the
 * reason into one localised line (the command line exits 2).
 */

export type XlsxOpenFailure =
  /** No such file. */
  | 'notFound'
  /** Exists but cannot be read (a directory, no permission). */
  | 'unreadable'
  /** Not a zip package at all (a text file, a PDF, an empty file). */
  | 'notXlsx'
  /** An OLE compound file: a password-protected .xlsx or a legacy .xls. */
  | 'encrypted'
  /** A zip package that ExcelJS cannot read as a workbook. */
  | 'corrupt';

export class XlsxOpenError extends Error {
  constructor(
    readonly reason: XlsxOpenFailure,
    readonly path: string,
    readonly detail: string,
  ) {
    super(`${reason}: ${path}: ${detail}`);
    this.name = 'XlsxOpenError';
  }
}

const ZIP_MAGIC = [0x50, 0x4b];
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/** Classifies a file's first bytes: 'zip' when it may be an .xlsx, else the failure. */
export function sniffPackage(bytes: Uint8Array): 'zip' | 'encrypted' | 'notXlsx' {
  if (startsWith(bytes, CFB_MAGIC)) return 'encrypted';
  if (startsWith(bytes, ZIP_MAGIC)) return 'zip';
  return 'notXlsx';
}

/** Maps a Node file-system error code to a failure. */
export function fileSystemFailure(code: unknown): XlsxOpenFailure {
  return code === 'ENOENT' || code === 'ENOTDIR' ? 'notFound' : 'unreadable';
}
