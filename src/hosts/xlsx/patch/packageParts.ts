/**
 * The package-level parts the patching writer reads and edits: the relationships of a part, the
 * workbook's sheet list and views, and `[Content_Types].xml`. Each function either returns the edited
 * text or undefined when the part is not shaped as expected (the caller then leaves the save to ExcelJS).
 */
import { attributeText, attributes, escapeXml, findElement, findElements, splice, withAttribute, withoutAttribute } from './xml';

const RELATIONSHIPS_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const WORKSHEET_TYPE = `${RELATIONSHIPS_NS}/worksheet`;
export const WORKSHEET_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';

export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** The target as a package path without the leading slash, e.g. `xl/worksheets/sheet1.xml`. */
  readonly path: string;
  readonly external: boolean;
}

/** Folder part of a package path (`xl/workbook.xml` → `xl/`). */
export function folderOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash + 1);
}

/** The relationships part of a part: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
export function relsPathOf(path: string): string {
  const folder = folderOf(path);
  return `${folder}_rels/${path.slice(folder.length)}.rels`;
}

/** A relationship target resolved against the folder of its source part. */
function resolveTarget(folder: string, target: string): string {
  const segments = (target.startsWith('/') ? target.slice(1) : folder + target).split('/');
  const out: string[] = [];
  for (const segment of segments) {
    if (segment === '..') out.pop();
    else if (segment !== '.' && segment !== '') out.push(segment);
  }
  return out.join('/');
}

export function readRelationships(xml: string, folder: string): Relationship[] {
  return findElements(xml, 'Relationship').map((found) => {
    const a = attributes(found.tag);
    const external = a.get('TargetMode') === 'External';
    const target = a.get('Target') ?? '';
    return { id: a.get('Id') ?? '', type: a.get('Type') ?? '', path: external ? target : resolveTarget(folder, target), external };
  });
}

/** A relationship id not yet used (`rId7` after `rId1` … `rId6`). */
export function freshIds(existing: readonly Relationship[], count: number): string[] {
  const used = new Set(existing.map((r) => r.id));
  const out: string[] = [];
  for (let n = existing.length + 1; out.length < count; n++) if (!used.has(`rId${n}`)) out.push(`rId${n}`);
  return out;
}

export function addRelationships(xml: string, added: readonly { id: string; type: string; target: string }[]): string | undefined {
  const close = xml.lastIndexOf('</Relationships>');
  if (close < 0) return undefined;
  const text = added.map((r) => `<Relationship${attributeText([['Id', r.id], ['Type', r.type], ['Target', r.target]])}/>`).join('');
  return splice(xml, close, close, text);
}

export function removeRelationship(xml: string, id: string): string {
  const found = findElements(xml, 'Relationship').find((f) => attributes(f.tag).get('Id') === id);
  return found ? splice(xml, found.start, found.end, '') : xml;
}

/** One `<sheet>` of the workbook part. */
export interface WorkbookSheet {
  readonly name: string;
  readonly sheetId: number;
  readonly state: string;
  readonly relId: string;
}

export interface WorkbookPart {
  readonly sheets: readonly WorkbookSheet[];
  /** Each `<sheet>` element as written, in order. */
  readonly elements: readonly string[];
  /** Where the text inside `<sheets>` starts and ends. */
  readonly listStart: number;
  readonly listEnd: number;
}

/** The sheet list; undefined unless the `r:` prefix is the relationships namespace. */
export function readWorkbook(xml: string): WorkbookPart | undefined {
  if (!xml.includes(`xmlns:r="${RELATIONSHIPS_NS}"`)) return undefined;
  const list = findElement(xml, 'sheets');
  if (!list || list.tag.endsWith('/>')) return undefined;
  const found = findElements(list.inner, 'sheet');
  const sheets: WorkbookSheet[] = [];
  for (const f of found) {
    const a = attributes(f.tag);
    const name = a.get('name');
    const relId = a.get('r:id');
    const sheetId = Number(a.get('sheetId'));
    if (name === undefined || relId === undefined || !Number.isInteger(sheetId)) return undefined;
    sheets.push({ name, sheetId, state: a.get('state') ?? 'visible', relId });
  }
  return {
    sheets,
    elements: found.map((f) => list.inner.slice(f.start, f.end)),
    listStart: list.innerStart,
    listEnd: list.innerStart + list.inner.length,
  };
}

export function sheetElement(sheet: WorkbookSheet): string {
  const state = sheet.state === 'visible' ? undefined : sheet.state;
  return `<sheet${attributeText([['name', sheet.name], ['sheetId', sheet.sheetId], ['state', state], ['r:id', sheet.relId]])}/>`;
}

/** The highest `localSheetId` any defined name carries, -1 when none does. */
export function highestLocalSheetId(xml: string): number {
  let highest = -1;
  for (const f of findElements(xml, 'definedName')) {
    const id = Number(attributes(f.tag).get('localSheetId'));
    if (Number.isInteger(id)) highest = Math.max(highest, id);
  }
  return highest;
}

/** Makes sheet `index` the active tab of the first workbook view (adding the view when missing). */
export function withActiveTab(xml: string, index: number): string | undefined {
  const view = findElement(xml, 'workbookView');
  if (view) {
    let tag = withAttribute(view.tag, 'activeTab', index);
    const first = Number(attributes(view.tag).get('firstSheet') ?? 0);
    if (first > index) tag = withAttribute(tag, 'firstSheet', index);
    return splice(xml, view.start, view.start + view.tag.length, tag);
  }
  const sheets = findElement(xml, 'sheets');
  if (!sheets) return undefined;
  return splice(xml, sheets.start, sheets.start, `<bookViews><workbookView activeTab="${index}"/></bookViews>`);
}

/** Drops `tabSelected` from the sheet views of a sheet part; undefined when no view had it. */
export function withoutTabSelected(xml: string): string | undefined {
  const limit = xml.indexOf('<sheetData');
  const head = limit < 0 ? xml : xml.slice(0, limit);
  let changed = false;
  const edited = head.replace(/<sheetView\b[^>]*>/g, (tag) => {
    const value = attributes(tag).get('tabSelected');
    if (value !== '1' && value !== 'true') return tag;
    changed = true;
    return withoutAttribute(tag, 'tabSelected');
  });
  return changed ? edited + xml.slice(head.length) : undefined;
}

export function addContentTypeOverrides(xml: string, parts: readonly string[], contentType: string): string | undefined {
  const close = xml.lastIndexOf('</Types>');
  if (close < 0) return undefined;
  const text = parts.map((p) => `<Override PartName="/${escapeXml(p)}" ContentType="${contentType}"/>`).join('');
  return splice(xml, close, close, text);
}

export function removeContentTypeOverride(xml: string, part: string): string {
  const found = findElements(xml, 'Override').find((f) => (attributes(f.tag).get('PartName') ?? '').toLowerCase() === `/${part}`.toLowerCase());
  return found ? splice(xml, found.start, found.end, '') : xml;
}
