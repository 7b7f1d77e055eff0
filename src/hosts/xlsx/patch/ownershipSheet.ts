/**
 * The very hidden `_perfeval_meta` sheet as the patching writer writes it: a new part holding the
 * ownership record in A1, or an existing part with only A1 replaced (lists stored in its other
 * columns by the template stay as they are). The record's text is app/workbookRecord.ts's `encodeRecord`.
 */
import { giveUp } from './giveUp';
import { MAIN_NS } from './packageParts';
import { PAGE_MARGINS, WORKSHEET_OPEN } from './sheetXml';
import { escapeXml, splice } from './xml';
import { type XmlElement, attributeOf, childNamed, childrenNamed, insertChildren, isElement, ownPrefix, parseXml } from './xmlTree';

/** A new ownership sheet holding `record` in A1. */
export function metaSheetXml(record: string): string {
  return (
    WORKSHEET_OPEN +
    '<dimension ref="A1"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>' +
    `<sheetData><row r="1">${recordCell(record, '')}</row></sheetData>` +
    PAGE_MARGINS +
    '</worksheet>'
  );
}

/** A1 holding the record as an inline string, its names in prefix `p` (`x:` or ''). */
function recordCell(record: string, p: string): string {
  return `<${p}c r="A1" t="inlineStr"><${p}is><${p}t>${escapeXml(record)}</${p}t></${p}is></${p}c>`;
}

/** The first element of `elements` whose `r` is `ref`, or the first one when it has no `r` (rows and cells may leave it out). */
function at(elements: readonly XmlElement[], ref: string): XmlElement | undefined {
  const first = elements[0];
  if (first && attributeOf(first, '', 'r') === undefined) return first;
  return elements.find((e) => attributeOf(e, '', 'r') === ref);
}

/** The existing ownership sheet with A1 set to the record. */
export function withRecord(xml: string, record: string): string {
  const root = parseXml(xml);
  if (!isElement(root, MAIN_NS, 'worksheet')) giveUp('unexpectedPart');
  const data = childNamed(root, MAIN_NS, 'sheetData');
  if (!data) giveUp('unexpectedPart');
  const p = ownPrefix(data);
  const row = at(childrenNamed(data, MAIN_NS, 'row'), '1');
  if (!row) return insertChildren(xml, data, `<${p}row r="1">${recordCell(record, p)}</${p}row>`, 'first');
  const cell = at(childrenNamed(row, MAIN_NS, 'c'), 'A1');
  if (cell) return splice(xml, cell.start, cell.end, recordCell(record, p));
  return insertChildren(xml, row, recordCell(record, p), 'first');
}
