/**
 * The fast save of the .xlsx door: the input package with the plan's sheets written into it.
 *
 * Every part the plan does not concern (the input sheets, shared strings, theme, drawings, pivot
 * caches, anything ExcelJS would not understand) is copied byte for byte, still compressed. What is
 * written: the plan's sheets (sheetXml.ts), the style sheet with their formats appended (stylesPart.ts),
 * the workbook's sheet list, its relationships and content types, the very hidden ownership sheet and,
 * when a sheet is activated, the tab selection. An owned sheet written again keeps its part, its
 * relationship id and its place in the tab order; new sheets go before the ownership sheet, which stays
 * last. `xl/calcChain.xml` is dropped when a sheet is replaced (Excel rebuilds it; a chain naming cells
 * that no longer hold formulas is what makes Excel offer a repair).
 *
 * Every part it edits is parsed as namespace-aware XML (xmlTree.ts) and what it adds uses the prefixes
 * in scope where it goes (openpyxl declares `xmlns:r` on each `<sheet>` rather than on the root).
 *
 * Whenever the package is not the shape this writer knows (zip64, strict OOXML, an output sheet with its
 * own relationships such as comments, …) it gives up with one of the reasons of giveUp.ts and the host
 * saves through ExcelJS. Anything else that fails is a programming error and is thrown.
 */
import type { WritePlan } from '../../../domain/output/planTypes';
import { sameSheetName } from '../../../domain/address';
import { META_SHEET_NAME, encodeRecord, recordAfter, type WorkbookRecord } from '../../../app/workbookRecord';
import { DeflateSink, deflateAsync, readZip } from '../zipArchive';
import { Parts } from './packageEntries';
import { metaSheetXml, withRecord } from './ownershipSheet';
import { type PatchGiveUpReason, PatchGiveUp, giveUp } from './giveUp';
import {
  type Relationship,
  type WorkbookSheet,
  WORKSHEET_CONTENT_TYPE,
  WORKSHEET_TYPE,
  addContentTypeOverrides,
  addRelationships,
  folderOf,
  freshIds,
  highestLocalSheetId,
  readRelationships,
  readWorkbook,
  relsPathOf,
  removeContentTypeOverride,
  removeRelationship,
  withActiveTab,
  withSheetNames,
  withoutTabSelected,
} from './packageParts';
import { isPrintName, printNames } from '../printXml';
import { writeSheetXml } from './sheetXml';
import { StylesPart } from './stylesPart';
import { splice, withAttribute } from './xml';
import { XmlShapeError } from './xmlTree';

const OFFICE_DOCUMENT_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument';
const STRICT_OFFICE_DOCUMENT_TYPE = 'http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument';
const STYLES_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles';
const CALC_CHAIN_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain';
const CONTENT_TYPES = '[Content_Types].xml';
/**
 * zlib level for the output sheets: 1 compresses the bench's 12 MB summary sheet about 30 % faster
 * than 3 for a file about 1 % larger.
 */
const SHEET_DEFLATE_LEVEL = 1;

/** The name a new worksheet part gets: the first free `xl/worksheets/sheetN.xml`. */
function freshSheetPaths(parts: Parts, folder: string, count: number): string[] {
  const out: string[] = [];
  for (let n = 1; out.length < count; n++) {
    const path = `${folder}worksheets/sheet${n}.xml`;
    if (!parts.has(path)) out.push(path);
  }
  return out;
}

/** What a patch made: the package, or why it left the save to ExcelJS. */
export type PatchResult = { readonly kind: 'patched'; readonly bytes: Buffer } | { readonly kind: 'gaveUp'; readonly reason: PatchGiveUpReason };

/**
 * The package with the plan applied, or the reason it must be saved by ExcelJS instead. `stored` is
 * the record the package holds (as the host read it): what the plan leaves out of the record (its
 * settings, say) is kept from it. Throws only on a programming error.
 */
export async function patchPackage(source: Buffer, plan: WritePlan, stored: WorkbookRecord): Promise<PatchResult> {
  try {
    return { kind: 'patched', bytes: await patch(source, plan, stored) };
  } catch (error) {
    if (error instanceof PatchGiveUp) return { kind: 'gaveUp', reason: error.reason };
    if (error instanceof XmlShapeError) return { kind: 'gaveUp', reason: 'malformedPart' };
    throw error;
  }
}

async function patch(source: Buffer, plan: WritePlan, stored: WorkbookRecord): Promise<Buffer> {
  const record = recordAfter(stored, plan);
  if (plan.sheets.some((s) => s.dataValidations.length > 0)) giveUp('dataValidations');
  const entries = readZip(source);
  if (!entries) giveUp('zipLayout');
  const parts = new Parts(entries);

  const rootRels = parts.text('_rels/.rels');
  const rootList = rootRels === undefined ? [] : readRelationships(rootRels, '');
  const workbookPath = rootList.find((r) => r.type === OFFICE_DOCUMENT_TYPE)?.path;
  if (!workbookPath) giveUp(rootList.some((r) => r.type === STRICT_OFFICE_DOCUMENT_TYPE) ? 'strictOoxml' : 'noWorkbookPart');
  const folder = folderOf(workbookPath);
  const relsPath = relsPathOf(workbookPath);
  const originalWorkbook = parts.text(workbookPath);
  const originalRels = parts.text(relsPath);
  const originalTypes = parts.text(CONTENT_TYPES);
  if (originalWorkbook === undefined || originalRels === undefined) giveUp('noWorkbookPart');
  if (originalTypes === undefined) giveUp('unexpectedPart');
  let workbookXml = originalWorkbook;
  let relsXml = originalRels;
  let typesXml = originalTypes;
  const workbook = readWorkbook(workbookXml);
  const rels = readRelationships(relsXml, folder);
  const relById = new Map(rels.map((r) => [r.id, r]));
  const stylesRel = rels.find((r) => r.type === STYLES_TYPE);
  const stylesXml = stylesRel && parts.text(stylesRel.path);
  if (!stylesRel || stylesXml === undefined) giveUp('unexpectedPart');
  const styles = StylesPart.parse(stylesXml);

  /** A worksheet part the writer may overwrite: a worksheet with no relationships of its own. */
  const rewritable = (sheet: WorkbookSheet): Relationship | undefined => {
    const rel = relById.get(sheet.relId);
    return rel && rel.type === WORKSHEET_TYPE && !rel.external && parts.has(rel.path) && !parts.has(relsPathOf(rel.path)) ? rel : undefined;
  };

  // Where each plan sheet goes: over an existing sheet of that name, or new.
  const targets: { plan: WritePlan['sheets'][number]; path?: string | undefined; existing?: WorkbookSheet }[] = [];
  for (const sheetPlan of plan.sheets) {
    const existing = workbook.sheets.find((s) => s.name === sheetPlan.name) ?? workbook.sheets.find((s) => sameSheetName(s.name, sheetPlan.name));
    if (!existing) {
      targets.push({ plan: sheetPlan });
      continue;
    }
    const rel = rewritable(existing);
    if (!rel) giveUp('outputSheetHasParts');
    targets.push({ plan: sheetPlan, path: rel.path, existing });
  }
  const metaIndex = workbook.sheets.findIndex((s) => s.name === META_SHEET_NAME);
  const meta = workbook.sheets[metaIndex];
  if (meta && metaIndex !== workbook.sheets.length - 1) giveUp('metaSheetPlacement');
  const newMeta = record !== undefined && !meta;

  // New sheets: parts, relationship ids, sheet ids; listed before the ownership sheet.
  const fresh = targets.filter((t) => t.path === undefined);
  const freshCount = fresh.length + (newMeta ? 1 : 0);
  const paths = freshSheetPaths(parts, folder, freshCount);
  const ids = freshIds(rels, freshCount);
  let nextSheetId = Math.max(0, ...workbook.sheets.map((s) => s.sheetId)) + 1;
  const newSheets: WorkbookSheet[] = [];
  fresh.forEach((t, i) => {
    t.path = paths[i];
    newSheets.push({ name: t.plan.name, sheetId: nextSheetId++, state: 'visible', relId: ids[i] ?? '' });
  });
  const metaPath = newMeta ? paths[fresh.length] : undefined;
  const metaSheet: WorkbookSheet | undefined = newMeta
    ? { name: META_SHEET_NAME, sheetId: nextSheetId++, state: 'veryHidden', relId: ids[fresh.length] ?? '' }
    : undefined;
  if (meta && newSheets.length > 0 && highestLocalSheetId(workbookXml) >= metaIndex) giveUp('metaSheetPlacement');

  const order = [...workbook.sheets.filter((s) => s !== meta), ...newSheets, ...(meta ? [meta] : []), ...(metaSheet ? [metaSheet] : [])];

  // A sheet matched by a name differing only in case takes the plan's spelling.
  const renamed = new Map(targets.flatMap((t) => (t.existing && t.existing.name !== t.plan.name ? [[t.existing, t.plan.name] as const] : [])));
  const nameOf = (sheet: WorkbookSheet): string => renamed.get(sheet) ?? sheet.name;

  // The sheet to select, when it is visible.
  const activeIndex = plan.activate === undefined ? -1 : order.findIndex((s) => nameOf(s) === plan.activate);
  const active = order[activeIndex];
  const activate = active !== undefined && active.state === 'visible';
  // Selecting a sheet the plan does not write would mean editing its part: leave that to ExcelJS.
  if (activate && !plan.sheets.some((s) => s.name === plan.activate)) giveUp('activatesUnwrittenSheet');
  const rewritten = new Set(targets.map((t) => t.path?.toLowerCase()));

  // The workbook part: the sheet list in its new order, renamed sheets, then the active tab.
  const elementOf = (sheet: WorkbookSheet): string => {
    const i = workbook.sheets.indexOf(sheet);
    const element = workbook.elements[i];
    if (element === undefined) return workbook.sheetElement(sheet);
    const name = renamed.get(sheet);
    if (name !== undefined) return withAttribute(element, 'name', name);
    // An ownership sheet made only hidden by a program without very hidden sheets (LibreOffice).
    if (sheet === meta && record !== undefined && sheet.state !== 'veryHidden') return withAttribute(element, 'state', 'veryHidden');
    return element;
  };
  workbookXml = splice(workbookXml, workbook.listStart, workbook.listEnd, order.map(elementOf).join(''));
  // Each written sheet's print area and repeated rows, scoped to its place in the new sheet list.
  workbookXml = withSheetNames(
    workbookXml,
    targets.map((t) => ({
      localSheetId: order.findIndex((s) => nameOf(s) === t.plan.name),
      names: printNames(t.plan.name, t.plan.pageSetup),
    })),
    isPrintName,
  );
  if (activate) {
    workbookXml = withActiveTab(workbookXml, activeIndex);
    // Only one tab may be selected: clear the others.
    for (const sheet of workbook.sheets) {
      const rel = relById.get(sheet.relId);
      if (!rel || rel.external || rewritten.has(rel.path.toLowerCase()) || !parts.mayBeSelected(rel.path)) continue;
      const xml = parts.text(rel.path);
      const cleared = xml === undefined ? undefined : withoutTabSelected(xml);
      if (cleared !== undefined) parts.replace(rel.path, cleared);
    }
  }

  // Relationships and content types of the new parts.
  const relFolderLength = folder.length;
  const addedRels = [...fresh.map((t, i) => ({ id: ids[i] ?? '', path: t.path ?? '' })), ...(metaSheet && metaPath ? [{ id: metaSheet.relId, path: metaPath }] : [])];
  if (addedRels.length > 0) {
    relsXml = addRelationships(relsXml, addedRels.map((r) => ({ id: r.id, type: WORKSHEET_TYPE, target: r.path.slice(relFolderLength) })));
    typesXml = addContentTypeOverrides(originalTypes, addedRels.map((r) => r.path), WORKSHEET_CONTENT_TYPE);
  }

  // A calculation chain may name cells of a replaced sheet: drop it.
  const calcChain = rels.find((r) => r.type === CALC_CHAIN_TYPE);
  if (calcChain && targets.some((t) => t.existing)) {
    relsXml = removeRelationship(relsXml, calcChain.id);
    typesXml = removeContentTypeOverride(typesXml, calcChain.path);
    parts.remove(calcChain.path);
  }

  // The sheets themselves, largest first: its compression then overlaps the rendering of the others,
  // and what is left to compress at the end is small.
  for (const t of [...targets].sort((a, b) => b.plan.values.length - a.plan.values.length)) {
    if (!t.path) throw new Error('patchPackage: a plan sheet without a part');
    const sink = new DeflateSink(SHEET_DEFLATE_LEVEL);
    writeSheetXml(t.plan, styles, activate && t.plan.name === plan.activate, sink);
    if (parts.has(t.path)) parts.replaceCompressed(t.path, sink.finish());
    else parts.add(t.path, sink.finish());
  }

  // The ownership record.
  if (record !== undefined) {
    const text = encodeRecord(record);
    if (metaPath) {
      parts.add(metaPath, deflateAsync(Buffer.from(metaSheetXml(text), 'utf8')));
    } else if (meta) {
      const rel = rewritable(meta);
      const xml = rel && parts.text(rel.path);
      if (!rel || xml === undefined) giveUp('outputSheetHasParts');
      parts.replace(rel.path, withRecord(xml, text));
    }
  }

  if (!styles.unchanged) parts.replace(stylesRel.path, styles.toXml());
  parts.update(workbookPath, originalWorkbook, workbookXml);
  parts.update(relsPath, originalRels, relsXml);
  parts.update(CONTENT_TYPES, originalTypes, typesXml);
  return parts.build();
}
