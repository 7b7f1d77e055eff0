/**
 * The very hidden `_perfeval_meta` sheet as the patching writer writes it: a new part holding the
 * ownership record in A1, or an existing part with only A1 replaced (lists stored in its other
 * columns by the template stay as they are). The record's text is app/workbookRecord.ts's `encodeRecord`.
 */
import { PAGE_MARGINS, WORKSHEET_OPEN } from './sheetXml';
import { escapeXml, splice } from './xml';

/** A new ownership sheet holding `record` in A1. */
export function metaSheetXml(record: string): string {
  return (
    WORKSHEET_OPEN +
    '<dimension ref="A1"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>' +
    `<sheetData><row r="1">${recordCell(record)}</row></sheetData>` +
    PAGE_MARGINS +
    '</worksheet>'
  );
}

function recordCell(record: string): string {
  return `<c r="A1" t="inlineStr"><is><t>${escapeXml(record)}</t></is></c>`;
}

/** The existing ownership sheet with A1 set to the record; undefined when its layout is unexpected. */
export function withRecord(xml: string, record: string): string | undefined {
  const cell = /<c r="A1"(?=[\s/>])[^>]*?(?:\/>|>[\s\S]*?<\/c>)/.exec(xml);
  if (cell) return splice(xml, cell.index, cell.index + cell[0].length, recordCell(record));
  const firstRow = /<row r="1"(?=[\s/>])[^>]*?(\/?)>/.exec(xml);
  if (firstRow) {
    const at = firstRow.index + firstRow[0].length;
    if (firstRow[1] === '/') return splice(xml, firstRow.index, at, `<row r="1">${recordCell(record)}</row>`);
    return splice(xml, at, at, recordCell(record));
  }
  const data = /<sheetData\s*(\/?)>/.exec(xml);
  if (!data) return undefined;
  const row = `<row r="1">${recordCell(record)}</row>`;
  return data[1] === '/'
    ? splice(xml, data.index, data.index + data[0].length, `<sheetData>${row}</sheetData>`)
    : splice(xml, data.index + data[0].length, data.index + data[0].length, row);
}
