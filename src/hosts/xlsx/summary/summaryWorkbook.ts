/**
 * The summary plan (src/app/batch/summaryPlan.ts) → .xlsx bytes. ExcelJS writes the sheets (cells
 * through the same writeSheet as every output, page setup, conditional formatting, the auto filter);
 * the package is then opened with fflate, the chart parts (chartParts.ts) are added and linked, and
 * everything is zipped again with fixed timestamps, so the same plan always gives the same bytes.
 */
import ExcelJS from 'exceljs';
import type { Worksheet } from 'exceljs';
import { unzipSync, zipSync, strFromU8, strToU8, type Zippable } from 'fflate';
import { rangeToA1 } from '../../../domain/address';
import type { SummaryPlan, SummarySheet } from '../../../app/batch/summaryTypes';
import { hexToArgb } from '../cellStyles';
import { writeSheet } from '../writeSheet';
import { attributes } from '../patch/xml';
import {
  CONTENT_TYPE_CHART,
  CONTENT_TYPE_DRAWING,
  REL_CHART,
  REL_DRAWING,
  chartXml,
  drawingXml,
  relationshipsXml,
} from './chartParts';

/** The workbook's dates and the zip entries' times: fixed, so a re-run gives the same file. */
const FIXED_DATE = new Date(Date.UTC(2020, 0, 1));
/** Zip times are MS-DOS local times: made from local fields, they read back the same everywhere. */
const ZIP_TIME = new Date(2020, 0, 1, 0, 0, 0);
function addSheet(wb: ExcelJS.Workbook, sheet: SummarySheet): void {
  const ws = wb.addWorksheet(sheet.plan.name);
  writeSheet(ws, sheet.plan, (list) => `"${list.join(',')}"`);
  const view = ws.views[0];
  ws.views = [{ ...(view ?? {}), showGridLines: false } as NonNullable<typeof view>];
  if (sheet.autoFilter) ws.autoFilter = rangeToA1(sheet.autoFilter);
  addConditionalFills(ws, sheet);
}

function addConditionalFills(ws: Worksheet, sheet: SummarySheet): void {
  sheet.conditionalFills.forEach((f, i) => {
    ws.addConditionalFormatting({
      ref: rangeToA1(f.range),
      rules: [
        {
          type: 'cellIs',
          operator: 'equal',
          priority: i + 1,
          formulae: [`"${f.equals.replace(/"/g, '""')}"`],
          style: {
            fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: hexToArgb(f.fill) } },
            font: { color: { argb: hexToArgb(f.fontColor) } },
          },
        },
      ],
    });
  });
}

/** The summary's typeface: what Chinese official tables are set in, on every Chinese Windows and Office. */
const TYPEFACE = '<name val="宋体"/><family val="3"/><charset val="134"/>';

/**
 * Every font of the style sheet in 宋体 at 11 pt unless sized (ExcelJS writes a bold font as `<b/>`
 * alone, which a reader then shows in its own default face, often a Latin serif).
 */
function withTypeface(styles: string): string {
  return styles.replace(/<font>(.*?)<\/font>/g, (_, inner: string) => {
    const kept = inner.replace(/<(?:name|family|scheme|charset)\b[^>]*\/>/g, '');
    return `<font>${/<sz\b/.test(kept) ? '' : '<sz val="11"/>'}${kept}${TYPEFACE}</font>`;
  });
}

/**
 * The start tags of every `<name …>` in a part ExcelJS wrote (shallow and machine-shaped: the package
 * here is the one ExcelJS just made, never a user's).
 */
function startTags(xml: string, name: string): string[] {
  return [...xml.matchAll(new RegExp(`<${name}(?=[\\s/>])[^>]*>`, 'g'))].map((m) => m[0]);
}

/** Sheet name → its part (`xl/worksheets/sheet2.xml`), from the workbook part and its relationships. */
function sheetParts(files: Record<string, Uint8Array>): Map<string, string> {
  const workbook = strFromU8(files['xl/workbook.xml'] ?? new Uint8Array());
  const rels = strFromU8(files['xl/_rels/workbook.xml.rels'] ?? new Uint8Array());
  const targets = new Map<string, string>();
  for (const tag of startTags(rels, 'Relationship')) {
    const a = attributes(tag);
    const target = a.get('Target') ?? '';
    targets.set(a.get('Id') ?? '', target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const out = new Map<string, string>();
  for (const tag of startTags(workbook, 'sheet')) {
    const a = attributes(tag);
    const part = targets.get(a.get('r:id') ?? '');
    if (part) out.set(a.get('name') ?? '', part);
  }
  return out;
}

/** Elements that follow `<drawing>` in a worksheet (ECMA-376 CT_Worksheet): it goes before the first. */
const AFTER_DRAWING = ['legacyDrawing', 'legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst'];

function linkDrawing(sheetXml: string, relId: string): string {
  let at = sheetXml.lastIndexOf('</worksheet>');
  for (const name of AFTER_DRAWING) {
    const found = new RegExp(`<${name}(?=[\\s/>])`).exec(sheetXml);
    if (found && found.index < at) at = found.index;
  }
  return `${sheetXml.slice(0, at)}<drawing r:id="${relId}"/>${sheetXml.slice(at)}`;
}

/** Adds each sheet's chart to the package: chart and drawing parts, relationships, content types. */
function addCharts(files: Record<string, Uint8Array>, plan: SummaryPlan): void {
  const parts = sheetParts(files);
  let n = 0;
  let types = strFromU8(files['[Content_Types].xml'] ?? new Uint8Array());
  for (const sheet of plan.sheets) {
    const chart = sheet.chart;
    const part = parts.get(sheet.plan.name);
    if (!chart || !part) continue;
    n++;
    const chartPart = `xl/charts/chart${n}.xml`;
    const drawingPart = `xl/drawings/drawing${n}.xml`;
    files[chartPart] = strToU8(chartXml(sheet.plan.name, chart));
    files[drawingPart] = strToU8(drawingXml(chart.anchor, 'rId1', `图表 ${n}`));
    files[`xl/drawings/_rels/drawing${n}.xml.rels`] = strToU8(relationshipsXml([{ id: 'rId1', type: REL_CHART, target: `../charts/chart${n}.xml` }]));

    const slash = part.lastIndexOf('/');
    const relsPart = `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
    const existing = files[relsPart] ? strFromU8(files[relsPart]) : undefined;
    const taken = new Set(existing ? startTags(existing, 'Relationship').map((tag) => attributes(tag).get('Id')) : []);
    let id = 1;
    while (taken.has(`rId${id}`)) id++;
    const relId = `rId${id}`;
    const relationship = `<Relationship Id="${relId}" Type="${REL_DRAWING}" Target="../drawings/drawing${n}.xml"/>`;
    files[relsPart] = strToU8(
      existing ? existing.replace('</Relationships>', `${relationship}</Relationships>`) : relationshipsXml([{ id: relId, type: REL_DRAWING, target: `../drawings/drawing${n}.xml` }]),
    );
    files[part] = strToU8(linkDrawing(strFromU8(files[part] ?? new Uint8Array()), relId));
    types = types.replace(
      '</Types>',
      `<Override PartName="/${chartPart}" ContentType="${CONTENT_TYPE_CHART}"/><Override PartName="/${drawingPart}" ContentType="${CONTENT_TYPE_DRAWING}"/></Types>`,
    );
  }
  files['[Content_Types].xml'] = strToU8(types);
}

/** The summary workbook's bytes; the same plan gives the same bytes. */
export async function summaryToBuffer(plan: SummaryPlan): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '绩效评价助手';
  wb.lastModifiedBy = '绩效评价助手';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  for (const sheet of plan.sheets) addSheet(wb, sheet);
  wb.views = [{ x: 0, y: 0, width: 24000, height: 12000, firstSheet: 0, activeTab: 0, visibility: 'visible' }];
  const stored = await wb.xlsx.writeBuffer({ zip: { compression: 'STORE' } });
  const files = unzipSync(new Uint8Array(stored as ArrayBuffer));
  files['xl/styles.xml'] = strToU8(withTypeface(strFromU8(files['xl/styles.xml'] ?? new Uint8Array())));
  addCharts(files, plan);
  const zippable: Zippable = {};
  for (const [name, data] of Object.entries(files)) zippable[name] = [data, { level: 6, mtime: ZIP_TIME }];
  return Buffer.from(zipSync(zippable));
}
