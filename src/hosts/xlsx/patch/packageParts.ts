/**
 * The package-level parts the patching writer reads and edits: the relationships of a part, the
 * workbook's sheet list and views, and `[Content_Types].xml`. Each is parsed (xmlTree.ts) and edited
 * at the places the parse found; what the writer adds is written with the prefixes in scope where it
 * goes, declaring what it needs on the element it writes. A part that is not the expected shape stops
 * the patch with a reason (giveUp.ts).
 */
import { giveUp } from './giveUp';
import { attributeText, escapeXml, splice, withAttribute, withoutAttribute } from './xml';
import {
  type XmlElement,
  attributeOf,
  childNamed,
  childrenNamed,
  isElement,
  ownPrefix,
  parseXml,
  prefixFor,
  startTag,
  elementText,
  insertChildren,
} from './xmlTree';

export const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const STRICT_MAIN_NS = 'http://purl.oclc.org/ooxml/spreadsheetml/main';
export const RELATIONSHIPS_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_RELATIONSHIPS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CONTENT_TYPES_NS = 'http://schemas.openxmlformats.org/package/2006/content-types';
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

/** The root of a part, which must be `local` in namespace `uri`. */
function rootOf(xml: string, uri: string, local: string): XmlElement {
  const root = parseXml(xml);
  if (!isElement(root, uri, local)) giveUp('unexpectedPart');
  return root;
}

export function readRelationships(xml: string, folder: string): Relationship[] {
  const root = rootOf(xml, PACKAGE_RELATIONSHIPS_NS, 'Relationships');
  return childrenNamed(root, PACKAGE_RELATIONSHIPS_NS, 'Relationship').map((element) => {
    const external = attributeOf(element, '', 'TargetMode') === 'External';
    const target = attributeOf(element, '', 'Target') ?? '';
    return {
      id: attributeOf(element, '', 'Id') ?? '',
      type: attributeOf(element, '', 'Type') ?? '',
      path: external ? target : resolveTarget(folder, target),
      external,
    };
  });
}

/** A relationship id not yet used (`rId7` after `rId1` … `rId6`). */
export function freshIds(existing: readonly Relationship[], count: number): string[] {
  const used = new Set(existing.map((r) => r.id));
  const out: string[] = [];
  for (let n = existing.length + 1; out.length < count; n++) if (!used.has(`rId${n}`)) out.push(`rId${n}`);
  return out;
}

export function addRelationships(xml: string, added: readonly { id: string; type: string; target: string }[]): string {
  const root = rootOf(xml, PACKAGE_RELATIONSHIPS_NS, 'Relationships');
  const p = ownPrefix(root);
  const text = added.map((r) => `<${p}Relationship${attributeText([['Id', r.id], ['Type', r.type], ['Target', r.target]])}/>`).join('');
  return insertChildren(xml, root, text);
}

export function removeRelationship(xml: string, id: string): string {
  const root = rootOf(xml, PACKAGE_RELATIONSHIPS_NS, 'Relationships');
  const found = childrenNamed(root, PACKAGE_RELATIONSHIPS_NS, 'Relationship').find((e) => attributeOf(e, '', 'Id') === id);
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
  /** A new `<sheet>` element, in the prefixes in scope inside `<sheets>`. */
  sheetElement(sheet: WorkbookSheet): string;
}

/** The workbook's root, checked to be a transitional SpreadsheetML workbook. */
function workbookRoot(xml: string): XmlElement {
  const root = parseXml(xml);
  if (root.uri === STRICT_MAIN_NS) giveUp('strictOoxml');
  if (!isElement(root, MAIN_NS, 'workbook')) giveUp('unexpectedPart');
  return root;
}

/** The sheet list of the workbook part (strict OOXML and unexpected shapes stop the patch). */
export function readWorkbook(xml: string): WorkbookPart {
  const root = workbookRoot(xml);
  const list = childNamed(root, MAIN_NS, 'sheets');
  if (!list || list.selfClosing || list.children.length === 0) giveUp('unexpectedPart');
  const sheets: WorkbookSheet[] = [];
  for (const element of list.children) {
    if (!isElement(element, MAIN_NS, 'sheet')) giveUp('unexpectedPart');
    const name = attributeOf(element, '', 'name');
    const relId = attributeOf(element, RELATIONSHIPS_NS, 'id');
    const sheetId = Number(attributeOf(element, '', 'sheetId'));
    if (name === undefined || relId === undefined || !Number.isInteger(sheetId)) giveUp('unexpectedPart');
    sheets.push({ name, sheetId, state: attributeOf(element, '', 'state') ?? 'visible', relId });
  }
  const p = ownPrefix(list);
  // The relationships namespace where the new elements go: its prefix when the workbook declares it
  // above `<sheets>`, else a declaration on each new element (as openpyxl writes every `<sheet>`).
  const inScope = prefixFor(list, RELATIONSHIPS_NS, true);
  const relIdAttribute = (id: string): string =>
    inScope === undefined ? ` xmlns:r="${RELATIONSHIPS_NS}" r:id="${escapeXml(id)}"` : ` ${inScope}id="${escapeXml(id)}"`;
  return {
    sheets,
    elements: list.children.map((e) => elementText(xml, e)),
    listStart: list.startTagEnd,
    listEnd: list.endTagStart,
    sheetElement(sheet) {
      const state = sheet.state === 'visible' ? undefined : sheet.state;
      return `<${p}sheet${attributeText([['name', sheet.name], ['sheetId', sheet.sheetId], ['state', state]])}${relIdAttribute(sheet.relId)}/>`;
    },
  };
}

/** The highest `localSheetId` any defined name carries, -1 when none does. */
export function highestLocalSheetId(xml: string): number {
  const names = childNamed(workbookRoot(xml), MAIN_NS, 'definedNames');
  let highest = -1;
  for (const name of names ? childrenNamed(names, MAIN_NS, 'definedName') : []) {
    const id = Number(attributeOf(name, '', 'localSheetId'));
    if (Number.isInteger(id)) highest = Math.max(highest, id);
  }
  return highest;
}

/** Makes sheet `index` the active tab of the first workbook view (adding the views when missing). */
export function withActiveTab(xml: string, index: number): string {
  const root = workbookRoot(xml);
  const views = childNamed(root, MAIN_NS, 'bookViews');
  const view = views && childNamed(views, MAIN_NS, 'workbookView');
  if (view) {
    const tag = startTag(xml, view);
    let edited = withAttribute(tag, 'activeTab', index);
    const first = Number(attributeOf(view, '', 'firstSheet') ?? 0);
    if (first > index) edited = withAttribute(edited, 'firstSheet', index);
    return splice(xml, view.start, view.startTagEnd, edited);
  }
  if (views) giveUp('unexpectedPart');
  const sheets = childNamed(root, MAIN_NS, 'sheets');
  if (!sheets) giveUp('unexpectedPart');
  const p = ownPrefix(sheets);
  return splice(xml, sheets.start, sheets.start, `<${p}bookViews><${p}workbookView activeTab="${index}"/></${p}bookViews>`);
}

function isSelectedView(element: XmlElement): boolean {
  const value = attributeOf(element, '', 'tabSelected');
  return value === '1' || value === 'true';
}

/**
 * The `<sheetView>` start tags of a worksheet part before its cells, scanned by the XML parser and
 * stopped at `<sheetData>`. `complete` is false when the text ends before the cells begin (a head cut
 * short). Throws XmlShapeError when what was read is not namespace-well-formed.
 */
function sheetViewsBeforeCells(xml: string): { readonly views: readonly XmlElement[]; readonly complete: boolean } {
  const views: XmlElement[] = [];
  let complete = false;
  parseXml(xml, {
    partial: true,
    onOpen(element, depth) {
      if (depth === 1 && isElement(element, MAIN_NS, 'sheetData')) {
        complete = true;
        return 'stop';
      }
      if (isElement(element, MAIN_NS, 'sheetView')) views.push(element);
      return 'continue';
    },
  });
  return { views, complete };
}

/** True unless the head of a sheet part, up to its cells, shows no selected sheet view (a head cut short counts as possibly selected). */
export function headMayBeSelected(head: string, wholePart: boolean): boolean {
  const { views, complete } = sheetViewsBeforeCells(head);
  if (!complete && !wholePart) return true;
  return views.some(isSelectedView);
}

/** Drops `tabSelected` from the sheet views of a sheet part; undefined when no view had it. */
export function withoutTabSelected(xml: string): string | undefined {
  const selected = sheetViewsBeforeCells(xml).views.filter(isSelectedView);
  if (selected.length === 0) return undefined;
  let out = xml;
  for (const view of [...selected].reverse()) out = splice(out, view.start, view.startTagEnd, withoutAttribute(startTag(out, view), 'tabSelected'));
  return out;
}

export function addContentTypeOverrides(xml: string, parts: readonly string[], contentType: string): string {
  const root = rootOf(xml, CONTENT_TYPES_NS, 'Types');
  const p = ownPrefix(root);
  return insertChildren(xml, root, parts.map((part) => `<${p}Override PartName="/${escapeXml(part)}" ContentType="${contentType}"/>`).join(''));
}

export function removeContentTypeOverride(xml: string, part: string): string {
  const root = rootOf(xml, CONTENT_TYPES_NS, 'Types');
  const found = childrenNamed(root, CONTENT_TYPES_NS, 'Override').find((e) => (attributeOf(e, '', 'PartName') ?? '').toLowerCase() === `/${part}`.toLowerCase());
  return found ? splice(xml, found.start, found.end, '') : xml;
}

/** Children of `<workbook>` that come after `<definedNames>` (ECMA-376 CT_Workbook): a new list goes before the first. */
const AFTER_DEFINED_NAMES = ['calcPr', 'oleSize', 'customWorkbookViews', 'pivotCaches', 'smartTagPr', 'smartTagTypes', 'webPublishing', 'fileRecoveryPr', 'webPublishObjects', 'extLst'];

/** The defined names a sheet's page setup owns, for the sheet at `localSheetId` in the sheet list. */
export interface SheetNames {
  readonly localSheetId: number;
  readonly names: readonly { readonly name: string; readonly formula: string }[];
}

/**
 * The workbook part with each sheet's print names (`_xlnm.Print_Area`, `_xlnm.Print_Titles`) set:
 * the ones scoped to those sheets are replaced, every other defined name stays as written.
 * `isOwned` tells the names a page setup owns (compared ignoring case).
 */
export function withSheetNames(xml: string, sheets: readonly SheetNames[], isOwned: (name: string) => boolean): string {
  const root = workbookRoot(xml);
  const list = childNamed(root, MAIN_NS, 'definedNames');
  const ids = new Set(sheets.map((s) => s.localSheetId));
  const p = ownPrefix(list ?? root);
  const added = sheets
    .flatMap((s) => s.names.map((n) => `<${p}definedName${attributeText([['name', n.name], ['localSheetId', s.localSheetId]])}>${escapeXml(n.formula)}</${p}definedName>`))
    .join('');
  if (!list) {
    if (added === '') return xml;
    const before = root.children.find((c) => c.uri === MAIN_NS && AFTER_DEFINED_NAMES.includes(c.local));
    const text = `<${p}definedNames>${added}</${p}definedNames>`;
    if (before) return splice(xml, before.start, before.start, text);
    return insertChildren(xml, root, text);
  }
  // Replaced names go, later ones first so the earlier offsets hold.
  const replaced = childrenNamed(list, MAIN_NS, 'definedName').filter((e) => {
    const id = Number(attributeOf(e, '', 'localSheetId'));
    return Number.isInteger(id) && ids.has(id) && isOwned(attributeOf(e, '', 'name') ?? '');
  });
  let out = xml;
  for (const e of [...replaced].reverse()) out = splice(out, e.start, e.end, '');
  if (added === '') return out;
  return insertChildren(out, workbookRoot(out).children.find((c) => isElement(c, MAIN_NS, 'definedNames')) as XmlElement, added);
}
