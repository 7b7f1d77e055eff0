/**
 * Why a file could not be opened as a workbook, found from its content (magic bytes, the names in an
 * OLE directory, a zip's parts), not from its extension alone. The host throws `XlsxOpenError`; doors
 * turn the reason into one localised line that says what the file is and how to save it as .xlsx (the
 * command line exits 2).
 */
import { compoundFileNames, isCompoundFile } from './oleDirectory';

export type XlsxOpenFailure =
  /** No such file. */
  | 'notFound'
  /** Exists but cannot be read (a directory, no permission). */
  | 'unreadable'
  /** Not a zip package nor an OLE file at all (a text, CSV or HTML file, a PDF, an empty file). */
  | 'notXlsx'
  /** A zip package cut short (no central directory) or an OLE file without a readable directory. */
  | 'truncated'
  /** A legacy Excel 97–2003 workbook: an OLE file with a `Workbook` or `Book` stream. */
  | 'legacyXls'
  /** A WPS Spreadsheets file (.et/.ett): OLE with a `Workbook` stream, named so. */
  | 'wpsEt'
  /** An OpenDocument spreadsheet (.ods): a zip whose `mimetype` says so. */
  | 'ods'
  /** An Excel binary workbook (.xlsb). */
  | 'xlsb'
  /** A password-protected workbook: OLE with `EncryptionInfo` and `EncryptedPackage`. */
  | 'encrypted'
  /** A zip package without a workbook part (a .docx, .pptx or any other zip), or an unknown OLE file. */
  | 'notWorkbook'
  /** More content to inflate than the reader's limit (limits.ts). */
  | 'sizeLimit'
  /** A part that inflates far more than any real sheet does: a zip bomb. */
  | 'ratioLimit'
  /** A workbook package whose parts cannot be read (broken XML, a damaged zip entry). */
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

const ZIP_MAGIC = [0x50, 0x4b] as const;

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

function hasStream(names: readonly string[], name: string): boolean {
  return names.some((n) => n.toLowerCase() === name.toLowerCase());
}

/** What an OLE file is, by the names in its directory (and, for WPS, its extension). */
function compoundFileKind(bytes: Uint8Array, fileName: string): XlsxOpenFailure {
  const names = compoundFileNames(bytes);
  // A compound file whose directory cannot be read at all was cut short.
  if (names.length === 0) return 'truncated';
  if (hasStream(names, 'EncryptedPackage') || hasStream(names, 'EncryptionInfo')) return 'encrypted';
  if (hasStream(names, 'Workbook') || hasStream(names, 'Book')) return /\.ett?$/i.test(fileName) ? 'wpsEt' : 'legacyXls';
  return 'notWorkbook';
}

/** Classifies a file's bytes: 'zip' when it may be an .xlsx (the reader decides), else the failure. */
export function sniffPackage(bytes: Uint8Array, fileName = ''): 'zip' | XlsxOpenFailure {
  if (isCompoundFile(bytes)) return compoundFileKind(bytes, fileName);
  if (startsWith(bytes, ZIP_MAGIC)) return 'zip';
  return 'notXlsx';
}

/** Maps a Node file-system error code to a failure. */
export function fileSystemFailure(code: unknown): XlsxOpenFailure {
  return code === 'ENOENT' || code === 'ENOTDIR' ? 'notFound' : 'unreadable';
}
