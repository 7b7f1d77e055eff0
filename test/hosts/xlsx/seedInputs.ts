/**
 * A minimal package edit for the corpus test of the patching writer: another program's workbook with
 * the seed's three input sheets added, so that evaluating it gives the seed's result. The edit is made
 * independently of the writer under test: new parts are self-contained (each new element declares the
 * namespaces it uses, whatever prefixes the package binds), existing parts get text appended before a
 * closing tag, and every other entry of the zip is copied as stored.
 */
import { unzipSync } from 'fflate';
import { crc32, deflateRawSync } from 'node:zlib';
import type { SheetGrid } from '../../../src/domain/grid';
import { columnLetters } from '../../../src/domain/address';
import { type ZipEntry, entryContent, readZip, writeZip } from '../../../src/hosts/xlsx/zipArchive';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CONTENT_TYPES = 'http://schemas.openxmlformats.org/package/2006/content-types';
const WORKSHEET_TYPE = `${RELS}/worksheet`;
const STYLES_TYPE = `${RELS}/styles`;
const WORKSHEET_CONTENT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const STYLES_CONTENT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** Built-in number formats for the seed's formats (so the style sheet needs no `numFmts`). */
const BUILT_IN: Readonly<Record<string, number>> = { 'yyyy-mm-dd': 14, '#,##0.00': 4, '0%': 9, '0.00%': 10, '0.00': 2, '@': 49 };

export interface EditedPackage {
  readonly bytes: Buffer;
  /** True when the zip could not be copied entry by entry (zip64, …) and was written afresh. */
  readonly rezipped: boolean;
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function entryWith(name: string, content: Buffer, like?: ZipEntry): ZipEntry {
  return {
    versionMadeBy: like?.versionMadeBy ?? 20,
    versionNeeded: Math.max(like?.versionNeeded ?? 20, 20),
    flags: 0x0800,
    time: like?.time ?? 0,
    date: like?.date ?? 0x21,
    internalAttributes: 0,
    externalAttributes: like && !like.name.endsWith('/') ? like.externalAttributes : 0,
    name,
    method: 8,
    crc: crc32(content) >>> 0,
    uncompressedSize: content.length,
    data: deflateRawSync(content),
  };
}

/** The zip's entries as stored, or (for a zip the copying reader refuses) its contents deflated afresh. */
function entriesOf(zip: Buffer): { entries: ZipEntry[]; rezipped: boolean } {
  const stored = readZip(zip);
  if (stored) return { entries: stored, rezipped: false };
  const files = unzipSync(zip);
  return { entries: Object.entries(files).map(([name, data]) => entryWith(name, Buffer.from(data))), rezipped: true };
}

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag)?.slice(1).find((v) => v !== undefined);
}

/** `text` inserted before the last closing tag of `local` (any prefix); undefined when there is none. */
function beforeClose(xml: string, local: string, text: string): string | undefined {
  const closes = [...xml.matchAll(new RegExp(`</(?:[A-Za-z_][\\w.-]*:)?${local}\\s*>`, 'g'))];
  const last = closes.at(-1);
  if (last?.index === undefined) return undefined;
  return xml.slice(0, last.index) + text + xml.slice(last.index);
}

function resolve(folder: string, target: string): string {
  const out: string[] = [];
  for (const s of (target.startsWith('/') ? target.slice(1) : folder + target).split('/')) {
    if (s === '..') out.pop();
    else if (s !== '.' && s !== '') out.push(s);
  }
  return out.join('/');
}

function relationships(xml: string): { id: string; type: string; target: string }[] {
  return [...xml.matchAll(/<(?:[\w.-]+:)?Relationship\b[^>]*>/g)].map((m) => ({
    id: attribute(m[0], 'Id') ?? '',
    type: attribute(m[0], 'Type') ?? '',
    target: attribute(m[0], 'Target') ?? '',
  }));
}

function serial(date: Date): number {
  return (date.getTime() - EXCEL_EPOCH_MS) / 86_400_000;
}

/** A worksheet part of a grid: inline strings, numbers, dates as serials; `style` gives the `s` of a number format. */
function sheetXml(grid: SheetGrid, style: (format: string) => number | undefined): string {
  let rows = '';
  grid.values.forEach((row, r) => {
    let cells = '';
    row.forEach((value, c) => {
      if (value === null || value === '') return;
      const ref = `${columnLetters(c)}${r + 1}`;
      const format = grid.numberFormats[r]?.[c];
      const s = format === undefined ? undefined : style(format);
      const sAttr = s === undefined ? '' : ` s="${s}"`;
      if (typeof value === 'string') cells += `<c r="${ref}"${sAttr} t="inlineStr"><is><t xml:space="preserve">${escape(value)}</t></is></c>`;
      else if (typeof value === 'number') cells += `<c r="${ref}"${sAttr}><v>${value}</v></c>`;
      else if (typeof value === 'boolean') cells += `<c r="${ref}"${sAttr} t="b"><v>${value ? 1 : 0}</v></c>`;
      else if (value instanceof Date) cells += `<c r="${ref}"${sAttr}><v>${serial(value)}</v></c>`;
    });
    if (cells !== '') rows += `<row r="${r + 1}">${cells}</row>`;
  });
  const merges = grid.merges.map((m) => `<mergeCell ref="${columnLetters(m.left)}${m.top + 1}:${columnLetters(m.right)}${m.bottom + 1}"/>`).join('');
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}"><sheetData>${rows}</sheetData>` +
    (merges === '' ? '' : `<mergeCells count="${grid.merges.length}">${merges}</mergeCells>`) +
    '</worksheet>'
  );
}

/** The smallest style sheet holding the default look and `formats` (cellXfs 1…n). */
function minimalStyles(formats: readonly number[]): string {
  const xfs = formats.map((id) => `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`).join('');
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${MAIN}">` +
    '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    `<cellXfs count="${formats.length + 1}"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>${xfs}</cellXfs>` +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>'
  );
}

/** The package with `inputs` added as new worksheets at the end of its sheet list. Throws when the package has no workbook part. */
export function withSeedInputs(zip: Buffer, inputs: readonly SheetGrid[]): EditedPackage {
  const { entries, rezipped } = entriesOf(zip);
  const byName = new Map(entries.map((e, i) => [e.name.toLowerCase(), i]));
  const text = (name: string): string | undefined => {
    const i = byName.get(name.toLowerCase());
    const entry = i === undefined ? undefined : entries[i];
    return entry && entryContent(entry).toString('utf8');
  };
  const first = entries.find((e) => !e.name.endsWith('/'));
  const put = (name: string, content: string): void => {
    const i = byName.get(name.toLowerCase());
    const existing = i === undefined ? undefined : entries[i];
    const entry = entryWith(existing?.name ?? name, Buffer.from(content, 'utf8'), existing ?? first);
    if (i === undefined) {
      byName.set(name.toLowerCase(), entries.length);
      entries.push(entry);
    } else {
      entries[i] = entry;
    }
  };
  const must = (value: string | undefined, what: string): string => {
    if (value === undefined) throw new Error(`seed inputs: ${what}`);
    return value;
  };

  const rootRels = must(text('_rels/.rels'), 'no _rels/.rels');
  const office = must(relationships(rootRels).find((r) => r.type.endsWith('/officeDocument'))?.target, 'no workbook relationship');
  const workbookPath = resolve('', office);
  const folder = workbookPath.slice(0, workbookPath.lastIndexOf('/') + 1);
  const relsPath = `${folder}_rels/${workbookPath.slice(folder.length)}.rels`;
  let workbookXml = must(text(workbookPath), 'no workbook part');
  let relsXml = must(text(relsPath), 'no workbook relationships');
  let typesXml = must(text('[Content_Types].xml'), 'no content types');

  // Cell formats for the seed's number formats: appended to the package's cellXfs, or a style sheet of their own.
  const formats = [...new Set(inputs.flatMap((g) => g.numberFormats.flat()).filter((f): f is string => f !== undefined && f !== 'General'))];
  const ids = formats.map((f) => BUILT_IN[f] ?? 0);
  const xfOf = new Map<string, number>();
  const stylesRel = relationships(relsXml).find((r) => r.type === STYLES_TYPE);
  const stylesPath = stylesRel && resolve(folder, stylesRel.target);
  const stylesXml = stylesPath === undefined ? undefined : text(stylesPath);
  const cellXfs = stylesXml === undefined ? undefined : /<((?:[A-Za-z_][\w.-]*:)?)cellXfs\b[^>]*?(\/?)>/.exec(stylesXml);
  if (stylesXml !== undefined && stylesPath !== undefined && cellXfs && cellXfs[2] !== '/') {
    const prefix = cellXfs[1] ?? '';
    const closeAt = stylesXml.indexOf(`</${prefix}cellXfs>`, cellXfs.index);
    const existing = (stylesXml.slice(cellXfs.index, closeAt).match(new RegExp(`<${prefix.replace('.', '\\.')}xf\\b`, 'g')) ?? []).length;
    formats.forEach((f, i) => xfOf.set(f, existing + i));
    const added = ids.map((id) => `<xf xmlns="${MAIN}" numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`).join('');
    let tag = cellXfs[0];
    if (attribute(tag, 'count') !== undefined) tag = tag.replace(/(\scount\s*=\s*)(["'])\d+\2/, `$1"${existing + formats.length}"`);
    put(stylesPath, stylesXml.slice(0, cellXfs.index) + tag + stylesXml.slice(cellXfs.index + cellXfs[0].length, closeAt) + added + stylesXml.slice(closeAt));
  } else if (stylesXml === undefined) {
    formats.forEach((f, i) => xfOf.set(f, i + 1));
    // Where Excel puts it (openpyxl looks for the style sheet there, not by relationship).
    const name = byName.has(`${folder}styles.xml`) ? 'perfevalTestStyles.xml' : 'styles.xml';
    const path = folder + name;
    put(path, minimalStyles(ids));
    relsXml = must(beforeClose(relsXml, 'Relationships', `<Relationship xmlns="${PACKAGE_RELS}" Id="rIdPerfEvalTestStyles" Type="${STYLES_TYPE}" Target="${name}"/>`), 'rels');
    typesXml = must(beforeClose(typesXml, 'Types', `<Override xmlns="${CONTENT_TYPES}" PartName="/${path}" ContentType="${STYLES_CONTENT}"/>`), 'types');
  }

  const sheetIds = [...workbookXml.matchAll(/\ssheetId\s*=\s*["'](\d+)["']/g)].map((m) => Number(m[1]));
  let nextId = Math.max(0, ...sheetIds) + 1;
  let sheets = '';
  let rels = '';
  let overrides = '';
  let n = 1;
  inputs.forEach((grid, i) => {
    // `sheetN.xml`, as Excel names them (ExcelJS finds worksheets by that name, not by relationship).
    while (byName.has(`${folder}worksheets/sheet${n}.xml`.toLowerCase())) n++;
    const partName = `worksheets/sheet${n}.xml`;
    put(folder + partName, sheetXml(grid, (f) => xfOf.get(f)));
    const id = `rIdPerfEvalTestInput${i + 1}`;
    sheets += `<sheet xmlns="${MAIN}" xmlns:r="${RELS}" name="${escape(grid.name)}" sheetId="${nextId++}" r:id="${id}"/>`;
    rels += `<Relationship xmlns="${PACKAGE_RELS}" Id="${id}" Type="${WORKSHEET_TYPE}" Target="${partName}"/>`;
    overrides += `<Override xmlns="${CONTENT_TYPES}" PartName="/${folder}${partName}" ContentType="${WORKSHEET_CONTENT}"/>`;
  });
  workbookXml = must(beforeClose(workbookXml, 'sheets', sheets), 'no </sheets>');
  relsXml = must(beforeClose(relsXml, 'Relationships', rels), 'no </Relationships>');
  typesXml = must(beforeClose(typesXml, 'Types', overrides), 'no </Types>');
  put(workbookPath, workbookXml);
  put(relsPath, relsXml);
  put('[Content_Types].xml', typesXml);
  const bytes = writeZip(entries);
  if (!bytes) throw new Error('seed inputs: the package is too large to rewrite');
  return { bytes, rezipped };
}
