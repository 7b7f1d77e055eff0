/**
 * The summary plan (src/app/batch/summaryPlan.ts) → .xlsx bytes, written part by part without an
 * in-memory workbook model: each sheet through the same renderer as the patching writer's output sheets
 * (sheetXml.ts: cells, styles in the plan's 宋体, merges, widths, page setup), the style sheet through its
 * StylesPart (from a base whose default font is 宋体 and whose `dxfs` are the conditional fills), the
 * workbook part with each sheet's print area and titles, the chart parts (chartParts.ts), all zipped with
 * fixed timestamps, so the same plan always gives the same bytes. (ExcelJS built this workbook before; its
 * model of a 2,000-project summary cost about 1.5 s and 60 MB.)
 */
import { zipSync, strToU8, type Zippable } from 'fflate';
import { rangeToA1 } from '../../../domain/address';
import type { CellRange } from '../../../domain/grid';
import type { ConditionalFill, SummaryPlan, SummarySheet } from '../../../app/batch/summaryTypes';
import { hexToArgb } from '../cellStyles';
import { printNames, quotedSheet } from '../printXml';
import { writeSheetXml, type SheetExtras, type TextSink } from '../patch/sheetXml';
import { StylesPart } from '../patch/stylesPart';
import { escapeXml } from '../patch/xml';
import {
  CONTENT_TYPE_CHART,
  CONTENT_TYPE_DRAWING,
  REL_CHART,
  REL_DRAWING,
  chartXml,
  drawingXml,
  relationshipsXml,
} from './chartParts';

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL_OFFICE_DOCUMENT = `${REL_NS}/officeDocument`;
const REL_WORKSHEET = `${REL_NS}/worksheet`;
const REL_STYLES = `${REL_NS}/styles`;
const REL_CORE = 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties';
const REL_APP = `${REL_NS}/extended-properties`;
const TYPE_WORKBOOK = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml';
const TYPE_WORKSHEET = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const TYPE_STYLES = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';
const TYPE_CORE = 'application/vnd.openxmlformats-package.core-properties+xml';
const TYPE_APP = 'application/vnd.openxmlformats-officedocument.extended-properties+xml';
const FILTER_DATABASE = '_xlnm._FilterDatabase';
const AUTHOR = '绩效评价助手';
/** The workbook's dates: fixed, so a re-run gives the same file. */
const FIXED_DATE = '2020-01-01T00:00:00Z';
/** Zip times are MS-DOS local times: made from local fields, they read back the same everywhere. */
const ZIP_TIME = new Date(2020, 0, 1, 0, 0, 0);

/** The summary's typeface: what Chinese official tables are set in, on every Chinese Windows and Office. */
const DEFAULT_FONT = '<font><sz val="11"/><name val="宋体"/><family val="3"/><charset val="134"/></font>';

/** One differential format per distinct fill and font colour, in order of first use. */
function dxfKey(f: ConditionalFill): string {
  return `${f.fill}|${f.fontColor}`;
}

function dxfXml(f: ConditionalFill): string {
  return (
    `<dxf><font><color rgb="${hexToArgb(f.fontColor)}"/></font>` +
    `<fill><patternFill patternType="solid"><bgColor rgb="${hexToArgb(f.fill)}"/></patternFill></fill></dxf>`
  );
}

/** The base style sheet: 宋体 11 as the default font, the two fills every style sheet starts with, the dxfs. */
function baseStyles(dxfs: readonly ConditionalFill[]): string {
  return (
    XML_HEAD +
    `<styleSheet xmlns="${MAIN_NS}">` +
    `<fonts count="1">${DEFAULT_FONT}</fonts>` +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
    '<cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles>' +
    `<dxfs count="${dxfs.length}">${dxfs.map(dxfXml).join('')}</dxfs>` +
    '<tableStyles count="0"/>' +
    '</styleSheet>'
  );
}

/** One `<conditionalFormatting>` per rule (as Excel writes rules added one by one), priorities in order. */
function conditionalFormattingXml(sheet: SummarySheet, dxfIds: ReadonlyMap<string, number>, firstPriority: number): string {
  return sheet.conditionalFills
    .map((f, i) => {
      const formula = `"${f.equals.replace(/"/g, '""')}"`;
      return (
        `<conditionalFormatting sqref="${rangeToA1(f.range)}">` +
        `<cfRule type="cellIs" dxfId="${dxfIds.get(dxfKey(f)) ?? 0}" priority="${firstPriority + i}" operator="equal"><formula>${escapeXml(formula)}</formula></cfRule>` +
        '</conditionalFormatting>'
      );
    })
    .join('');
}

/** `'Sheet'!$A$3:$P$9`: an absolute reference to a range. */
function absoluteRange(sheet: string, range: CellRange): string {
  return `${quotedSheet(sheet)}!${rangeToA1(range).replace(/([A-Z]+)(\d+)/g, '$$$1$$$2')}`;
}

class StringSink implements TextSink {
  private readonly pieces: string[] = [];
  write(text: string): void {
    this.pieces.push(text);
  }
  toString(): string {
    return this.pieces.join('');
  }
}

function workbookXml(plan: SummaryPlan): string {
  const sheets = plan.sheets.map((s, i) => `<sheet name="${escapeXml(s.plan.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  const names = plan.sheets
    .flatMap((s, i) => [
      ...(s.autoFilter ? [{ name: FILTER_DATABASE, formula: absoluteRange(s.plan.name, s.autoFilter), hidden: true }] : []),
      ...printNames(s.plan.name, s.plan.pageSetup).map((n) => ({ ...n, hidden: false })),
    ].map((n) => `<definedName name="${n.name}" localSheetId="${i}"${n.hidden ? ' hidden="1"' : ''}>${escapeXml(n.formula)}</definedName>`))
    .join('');
  return (
    XML_HEAD +
    `<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    '<workbookPr/>' +
    '<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="24000" windowHeight="12000" firstSheet="0" activeTab="0"/></bookViews>' +
    `<sheets>${sheets}</sheets>` +
    (names === '' ? '' : `<definedNames>${names}</definedNames>`) +
    '<calcPr calcId="191029"/>' +
    '</workbook>'
  );
}

function corePropertiesXml(): string {
  return (
    XML_HEAD +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:creator>${AUTHOR}</dc:creator><cp:lastModifiedBy>${AUTHOR}</cp:lastModifiedBy>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${FIXED_DATE}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${FIXED_DATE}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

function appPropertiesXml(): string {
  return `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>${AUTHOR}</Application></Properties>`;
}

function contentTypesXml(sheetCount: number, chartCount: number): string {
  const override = (part: string, type: string): string => `<Override PartName="/${part}" ContentType="${type}"/>`;
  const overrides = [
    override('xl/workbook.xml', TYPE_WORKBOOK),
    ...Array.from({ length: sheetCount }, (_, i) => override(`xl/worksheets/sheet${i + 1}.xml`, TYPE_WORKSHEET)),
    override('xl/styles.xml', TYPE_STYLES),
    ...Array.from({ length: chartCount }, (_, i) => override(`xl/charts/chart${i + 1}.xml`, CONTENT_TYPE_CHART) + override(`xl/drawings/drawing${i + 1}.xml`, CONTENT_TYPE_DRAWING)),
    override('docProps/core.xml', TYPE_CORE),
    override('docProps/app.xml', TYPE_APP),
  ];
  return (
    XML_HEAD +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    overrides.join('') +
    '</Types>'
  );
}

/** The summary workbook's bytes; the same plan gives the same bytes. */
export function summaryToBuffer(plan: SummaryPlan): Promise<Buffer> {
  const dxfs: ConditionalFill[] = [];
  const dxfIds = new Map<string, number>();
  for (const f of plan.sheets.flatMap((s) => s.conditionalFills)) {
    if (dxfIds.has(dxfKey(f))) continue;
    dxfIds.set(dxfKey(f), dxfs.length);
    dxfs.push(f);
  }
  const styles = StylesPart.parse(baseStyles(dxfs));
  const files: Record<string, string> = {};
  let charts = 0;
  let priority = 1;
  plan.sheets.forEach((sheet, i) => {
    const part = `xl/worksheets/sheet${i + 1}.xml`;
    const extras: { -readonly [K in keyof SheetExtras]: SheetExtras[K] } = {
      showGridLines: false,
      conditionalFormatting: conditionalFormattingXml(sheet, dxfIds, priority),
    };
    priority += sheet.conditionalFills.length;
    if (sheet.autoFilter) extras.autoFilter = `<autoFilter ref="${rangeToA1(sheet.autoFilter)}"/>`;
    if (sheet.chart) {
      const n = ++charts;
      files[`xl/charts/chart${n}.xml`] = chartXml(sheet.plan.name, sheet.chart);
      files[`xl/drawings/drawing${n}.xml`] = drawingXml(sheet.chart.anchor, 'rId1', `图表 ${n}`);
      files[`xl/drawings/_rels/drawing${n}.xml.rels`] = relationshipsXml([{ id: 'rId1', type: REL_CHART, target: `../charts/chart${n}.xml` }]);
      files[`xl/worksheets/_rels/sheet${i + 1}.xml.rels`] = relationshipsXml([{ id: 'rId1', type: REL_DRAWING, target: `../drawings/drawing${n}.xml` }]);
      extras.drawing = '<drawing r:id="rId1"/>';
    }
    const sink = new StringSink();
    writeSheetXml(sheet.plan, styles, i === 0, sink, extras);
    files[part] = sink.toString();
  });
  files['xl/styles.xml'] = styles.toXml();
  files['xl/workbook.xml'] = workbookXml(plan);
  files['xl/_rels/workbook.xml.rels'] = relationshipsXml([
    ...plan.sheets.map((_, i) => ({ id: `rId${i + 1}`, type: REL_WORKSHEET, target: `worksheets/sheet${i + 1}.xml` })),
    { id: `rId${plan.sheets.length + 1}`, type: REL_STYLES, target: 'styles.xml' },
  ]);
  files['docProps/core.xml'] = corePropertiesXml();
  files['docProps/app.xml'] = appPropertiesXml();
  files['_rels/.rels'] = relationshipsXml([
    { id: 'rId1', type: REL_OFFICE_DOCUMENT, target: 'xl/workbook.xml' },
    { id: 'rId2', type: REL_CORE, target: 'docProps/core.xml' },
    { id: 'rId3', type: REL_APP, target: 'docProps/app.xml' },
  ]);
  files['[Content_Types].xml'] = contentTypesXml(plan.sheets.length, charts);

  // [Content_Types].xml first, as every Office writer orders it; then the rest in a fixed order.
  const order = ['[Content_Types].xml', '_rels/.rels', ...Object.keys(files).filter((n) => n !== '[Content_Types].xml' && n !== '_rels/.rels').sort()];
  const zippable: Zippable = {};
  for (const name of order) zippable[name] = [strToU8(files[name] ?? ''), { level: 6, mtime: ZIP_TIME }];
  return Promise.resolve(Buffer.from(zipSync(zippable)));
}
