/**
 * The streaming reader of the .xlsx door: package bytes → WorkbookSnapshot, reading only what the engine
 * needs. The package relationships lead to the workbook part (any name, transitional or strict), its
 * relationships to the sheets, the shared strings and the styles; the ownership record
 * (`_perfeval_meta`, A1) is read first and, with `skipOwned` (the command line), the add-in's own output
 * sheets are listed by name and visibility without reading their cells (src/app/ports.ts allows it), so
 * re-evaluating a file this tool wrote costs no more than the first run. Chart sheets and dialog or macro sheets are listed
 * without cells, so an output can never take their name.
 *
 * Throws PackageReadError with a reason when the package is not a workbook it can read.
 */
import type { SheetGrid } from '../../../domain/grid';
import { sameSheetName } from '../../../domain/address';
import type { WorkbookSnapshot } from '../../../app/ports';
import { META_SHEET_NAME, recordFromCells } from '../../../app/workbookRecord';
import { readStyleFormats, type StyleFormats } from './numberFormats';
import { PackageReadError } from './readErrors';
import { type PartRelationship, folderOf, readRelationships, relsPathOf } from './relationships';
import { readSharedStrings } from './sharedStrings';
import { type BookSheet, readWorkbookPart } from './workbookPart';
import { type SheetContext, readWorksheetPart } from './worksheetPart';
import { DEFAULT_LIMITS, type ReadLimits } from './limits';
import { ZipParts } from './zipParts';

const ODF_MIMETYPE = 'application/vnd.oasis.opendocument.';

function emptyGrid(name: string, visible: boolean): SheetGrid {
  return { name, values: [], numberFormats: [], merges: [], visible };
}

/** Where the workbook part is: the package's officeDocument relationship, else `xl/workbook.xml`. */
function workbookPath(zip: ZipParts): string {
  const rootRels = zip.read('_rels/.rels');
  const main = rootRels && readRelationships('_rels/.rels', rootRels, '').find((r) => r.kind === 'officeDocument' && !r.external);
  if (main && zip.has(main.path)) return main.path;
  if (zip.has('xl/workbook.xml')) return 'xl/workbook.xml';
  throw notAWorkbook(zip, main?.path);
}

/** Why a package without a workbook part cannot be read: an OpenDocument file, a binary workbook, or anything else. */
function notAWorkbook(zip: ZipParts, mainPath: string | undefined): PackageReadError {
  const mimetype = zip.info('mimetype');
  if (mimetype && mimetype.size < 200) {
    const text = new TextDecoder().decode(zip.read('mimetype'));
    if (text.startsWith(`${ODF_MIMETYPE}spreadsheet`)) return new PackageReadError('ods', text);
  }
  if (mainPath?.toLowerCase().endsWith('.bin') || zip.has('xl/workbook.bin')) return new PackageReadError('xlsb', 'xl/workbook.bin');
  // Parts of a spreadsheet without the workbook part, or a directory whose names hold control characters:
  // a damaged workbook, not some other kind of file.
  const damaged = (name: string): boolean =>
    name.replace(/^\/+/, '').toLowerCase().startsWith('xl/') || [...name].some((c) => c.charCodeAt(0) < 0x20);
  if (zip.entries.some((e) => damaged(e.name))) return new PackageReadError('corrupt', 'no workbook part');
  return new PackageReadError('notWorkbook', mainPath ?? 'no workbook part');
}

/** A part found by relationship kind, else at its usual place beside the workbook. */
function partOf(zip: ZipParts, rels: readonly PartRelationship[], kind: string, usual: string): string | undefined {
  const rel = rels.find((r) => r.kind === kind && !r.external && zip.has(r.path));
  if (rel) return rel.path;
  return zip.has(usual) ? usual : undefined;
}

export interface ReadOptions {
  readonly limits?: ReadLimits;
  /** Give the add-in's own output sheets without their cells. */
  readonly skipOwned?: boolean;
}

export function readPackage(bytes: Uint8Array, options: ReadOptions = {}): WorkbookSnapshot {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const zip = ZipParts.open(bytes, limits);
  const bookPath = workbookPath(zip);
  const folder = folderOf(bookPath);
  const bookBytes = zip.read(bookPath);
  if (!bookBytes) throw new PackageReadError('corrupt', bookPath);
  const book = readWorkbookPart(bookPath, bookBytes);
  if (book.root !== 'workbook') throw new PackageReadError('notWorkbook', `${bookPath}: <${book.root}>`);
  const relsPath = relsPathOf(bookPath);
  const relsBytes = zip.read(relsPath);
  const rels = relsBytes ? readRelationships(relsPath, relsBytes, folder) : [];
  const relById = new Map(rels.map((r) => [r.id, r]));

  const stylesPath = partOf(zip, rels, 'styles', `${folder}styles.xml`);
  const stylesBytes = stylesPath === undefined ? undefined : zip.read(stylesPath);
  const styles: StyleFormats = stylesPath && stylesBytes ? readStyleFormats(stylesPath, stylesBytes) : [];
  const stringsPath = partOf(zip, rels, 'sharedStrings', `${folder}sharedStrings.xml`);
  const stringsBytes = stringsPath === undefined ? undefined : zip.read(stringsPath);
  const sharedStrings = stringsPath && stringsBytes ? readSharedStrings(stringsPath, stringsBytes) : [];
  const context: SheetContext = { sharedStrings, styles, date1904: book.date1904 };

  const readSheet = (sheet: BookSheet): SheetGrid => {
    const visible = sheet.state === 'visible';
    const rel = relById.get(sheet.relId);
    if (!rel || rel.external || rel.kind !== 'worksheet') return emptyGrid(sheet.name, visible);
    const part = zip.read(rel.path);
    return part ? readWorksheetPart(rel.path, part, sheet.name, visible, context) : emptyGrid(sheet.name, visible);
  };

  const meta = book.sheets.find((s) => s.name === META_SHEET_NAME);
  const { ownedSheets, settings } = recordFromCells(meta ? readSheet(meta).values : []);
  const owned = (name: string): boolean => options.skipOwned === true && ownedSheets.some((o) => sameSheetName(o, name));

  const sheets = book.sheets
    .filter((s) => s !== meta)
    .map((s) => (owned(s.name) ? emptyGrid(s.name, s.state === 'visible') : readSheet(s)));
  return { sheets, ownedSheets, settings };
}
