/**
 * The parts of one Excel column chart (ECMA-376 Part 1, DrawingML §21.2 charts and §20.5 spreadsheet
 * drawings): `xl/charts/chartN.xml` (a bar chart with its series over cells of the sheet, values
 * cached for readers that do not recalculate) and `xl/drawings/drawingN.xml` (where it sits, as a
 * two-cell anchor), with the drawing's relationships. ExcelJS writes no charts; summaryWorkbook.ts
 * adds these to the package it made and links the drawing from the sheet.
 */
import type { CellRange } from '../../../domain/grid';
import { quoteSheetName, toA1 } from '../../../domain/address';
import type { ColumnChart } from '../../../app/batch/summaryTypes';
import { escapeXml } from '../patch/xml';

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS_C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const NS_A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
export const REL_CHART = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart';
export const REL_DRAWING = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing';
export const CONTENT_TYPE_CHART = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
export const CONTENT_TYPE_DRAWING = 'application/vnd.openxmlformats-officedocument.drawing+xml';
const CAT_AX = 510000001;
const VAL_AX = 510000002;
/** Chinese text in the chart: an East Asian typeface every Chinese Windows and Office has. */
const FONT = '<a:latin typeface="宋体"/><a:ea typeface="宋体"/>';

function absolute(sheet: string, range: CellRange): string {
  const a1 = (row: number, col: number): string => toA1(row, col).replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');
  const start = a1(range.top, range.left);
  const end = a1(range.bottom, range.right);
  return `${quoteSheetName(sheet)}!${start === end ? start : `${start}:${end}`}`;
}

function strCache(values: readonly string[]): string {
  const points = values.map((v, i) => `<c:pt idx="${i}"><c:v>${escapeXml(v)}</c:v></c:pt>`).join('');
  return `<c:strCache><c:ptCount val="${values.length}"/>${points}</c:strCache>`;
}

function numCache(values: readonly number[]): string {
  const points = values.map((v, i) => `<c:pt idx="${i}"><c:v>${String(v)}</c:v></c:pt>`).join('');
  return `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${points}</c:numCache>`;
}

function color(hex: string): string {
  return `<a:solidFill><a:srgbClr val="${hex.replace(/^#/, '').toUpperCase()}"/></a:solidFill>`;
}

function textProperties(size: number, bold = false): string {
  return `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size * 100}" b="${bold ? 1 : 0}">${FONT}</a:defRPr></a:pPr><a:endParaRPr lang="zh-CN"/></a:p></c:txPr>`;
}

/** Value labels on the columns, zeros left unlabelled (`0;;;`). */
const DATA_LABELS =
  '<c:dLbls><c:numFmt formatCode="0;;;" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>' +
  textProperties(9) +
  '<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>';

/** `xl/charts/chartN.xml` for a chart over cells of `sheet`. */
export function chartXml(sheet: string, chart: ColumnChart): string {
  const series = chart.series
    .map(
      (s, i) =>
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>` +
        `<c:tx><c:strRef><c:f>${escapeXml(absolute(sheet, { top: s.nameCell.row, left: s.nameCell.col, bottom: s.nameCell.row, right: s.nameCell.col }))}</c:f>${strCache([s.name])}</c:strRef></c:tx>` +
        `<c:spPr>${color(s.color)}</c:spPr><c:invertIfNegative val="0"/>` +
        DATA_LABELS +
        `<c:cat><c:strRef><c:f>${escapeXml(absolute(sheet, chart.categories))}</c:f>${strCache(chart.cache.categories)}</c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>${escapeXml(absolute(sheet, s.values))}</c:f>${numCache(chart.cache.values[i] ?? [])}</c:numRef></c:val>` +
        `</c:ser>`,
    )
    .join('');
  const title =
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1400" b="1">${FONT}</a:defRPr></a:pPr>` +
    `<a:r><a:rPr lang="zh-CN" sz="1400" b="1">${FONT}</a:rPr><a:t>${escapeXml(chart.title)}</a:t></a:r></a:p></c:rich></c:tx>` +
    `<c:overlay val="0"/></c:title>`;
  const axisLine = '<c:spPr><a:ln w="9525"><a:solidFill><a:srgbClr val="808080"/></a:solidFill></a:ln></c:spPr>';
  return (
    XML_HEAD +
    `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">` +
    '<c:date1904 val="0"/><c:lang val="zh-CN"/><c:roundedCorners val="0"/>' +
    `<c:chart>${title}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="col"/><c:grouping val="${chart.stacked ? 'stacked' : 'clustered'}"/><c:varyColors val="0"/>` +
    series +
    `<c:gapWidth val="60"/>${chart.stacked ? '<c:overlap val="100"/>' : ''}<c:axId val="${CAT_AX}"/><c:axId val="${VAL_AX}"/></c:barChart>` +
    `<c:catAx><c:axId val="${CAT_AX}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/>` +
    '<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>' +
    `${axisLine}${textProperties(11, true)}<c:crossAx val="${VAL_AX}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="${VAL_AX}"/><c:scaling><c:orientation val="minMax"/><c:min val="0"/></c:scaling><c:delete val="0"/><c:axPos val="l"/>` +
    '<c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>' +
    '<c:numFmt formatCode="0" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>' +
    `${axisLine}${textProperties(9)}<c:crossAx val="${CAT_AX}"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>` +
    '</c:plotArea>' +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/>${textProperties(10)}</c:legend>` +
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>' +
    '<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln><a:noFill/></a:ln></c:spPr>' +
    '</c:chartSpace>'
  );
}

function marker(tag: 'from' | 'to', row: number, col: number): string {
  return `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
}

/** `xl/drawings/drawingN.xml`: the chart (relationship `chartRelId`) anchored over `anchor`'s cells. */
export function drawingXml(anchor: CellRange, chartRelId: string, name: string): string {
  return (
    XML_HEAD +
    `<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}">` +
    '<xdr:twoCellAnchor editAs="oneCell">' +
    marker('from', anchor.top, anchor.left) +
    marker('to', anchor.bottom, anchor.right) +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="${escapeXml(name)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    `<a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" xmlns:r="${NS_R}" r:id="${chartRelId}"/></a:graphicData></a:graphic>` +
    '</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>'
  );
}

/** A relationships part with the given relationships. */
export function relationshipsXml(relationships: readonly { readonly id: string; readonly type: string; readonly target: string }[]): string {
  const items = relationships.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${escapeXml(r.target)}"/>`).join('');
  return `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items}</Relationships>`;
}
