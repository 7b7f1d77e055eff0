/**
 * Page setup as the two .xlsx writers write it (printXml.ts, patch/sheetXml.ts, writeSheet.ts): the
 * print elements of each output sheet in ECMA-376 CT_Worksheet order, `fitToPage` in `<sheetPr>`, and
 * the sheet-scoped defined names `_xlnm.Print_Area` / `_xlnm.Print_Titles` in workbook.xml — scoped to
 * the sheet's place in the list, replaced (not doubled) on a second run, and never disturbing the
 * input's own defined names.
 */
import ExcelJS from 'exceljs';
import { OUTPUT_SHEET_NAMES } from '../../../src/domain/output/planTypes';
import { elementsOf, xmlProblem } from '../../helpers/xmlWellFormed';
import { listedSheets, partText, rebuildZip, recomputeWith, seedBytes, sheetParts, type Saved } from './patchKit';
import { SEED_SELF_OUTPUTS } from '../../helpers/fixtures';

const FORM = OUTPUT_SHEET_NAMES.form;
const MONITOR = OUTPUT_SHEET_NAMES.monitor;
/** The seed scored as a self-evaluation, so the 自评表 is written (its own mode, tracking, writes the 监控表). */
const SELF = { mode: 'selfEvaluation' } as const;
const ORDER = ['sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'mergeCells', 'printOptions', 'pageMargins', 'pageSetup', 'headerFooter', 'rowBreaks'];

interface Name {
  readonly name: string;
  readonly localSheetId: string | undefined;
  readonly formula: string;
}

function definedNames(bytes: Buffer): Name[] {
  const xml = partText(bytes, 'xl/workbook.xml');
  return [...xml.matchAll(/<definedName\b([^>]*)>([^<]*)<\/definedName>/g)].map((m) => ({
    name: /name="([^"]*)"/.exec(m[1] ?? '')?.[1] ?? '',
    localSheetId: /localSheetId="([^"]*)"/.exec(m[1] ?? '')?.[1],
    formula: (m[2] ?? '').replace(/&apos;/g, "'").replace(/&amp;/g, '&'),
  }));
}

function formPart(saved: Saved): string {
  const path = sheetParts(saved.bytes).get(FORM);
  if (!path) throw new Error('no form');
  return partText(saved.bytes, path);
}

/** Where each element of ORDER first starts in the part (-1: absent). */
function positions(xml: string): { element: string; at: number }[] {
  return ORDER.map((element) => ({ element, at: xml.search(new RegExp(`<${element}[\\s/>]`)) })).filter((p) => p.at >= 0);
}

let seed: Buffer;
let patched: Saved;
let viaExcelJs: Saved;
let tracked: Saved;

beforeAll(async () => {
  seed = await seedBytes();
  patched = await recomputeWith(seed, false, SELF);
  viaExcelJs = await recomputeWith(seed, true, SELF);
  tracked = await recomputeWith(seed);
});

describe('the patch writer', () => {
  it('writes the form’s print elements in schema order: A4 landscape fitted, centred, footer', () => {
    expect(patched.mode).toBe('patch');
    const xml = formPart(patched);
    expect(xmlProblem(xml)).toBeUndefined();
    const found = positions(xml);
    expect(found.map((p) => p.element)).toEqual(expect.arrayContaining(['sheetPr', 'sheetData', 'printOptions', 'pageMargins', 'pageSetup', 'headerFooter']));
    expect([...found].sort((a, b) => a.at - b.at).map((p) => p.element)).toEqual(found.map((p) => p.element));
    expect(elementsOf(xml).filter((e) => e.local === 'pageSetup')).toHaveLength(1);
    expect(xml).toContain('<pageSetUpPr fitToPage="1"/>');
    expect(xml).toContain('<printOptions horizontalCentered="1"/>');
    expect(xml).toMatch(/<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="[01]"\/>/);
    expect(xml).toContain('<oddFooter>&amp;C第 &amp;P 页 共 &amp;N 页</oddFooter>');
    expect(xml).not.toContain('gridLines="1"');
  });

  it('scopes each output sheet’s print area and titles to its place in the sheet list', () => {
    const sheets = listedSheets(patched.bytes).map((s) => s.name);
    const names = definedNames(patched.bytes);
    for (const sheet of SEED_SELF_OUTPUTS) {
      const index = String(sheets.indexOf(sheet));
      const area = names.find((n) => n.name === '_xlnm.Print_Area' && n.localSheetId === index);
      expect(area?.formula).toMatch(new RegExp(`^'${sheet}'!\\$A\\$1:\\$[A-Z]+\\$\\d+$`));
    }
    const formIndex = String(sheets.indexOf(FORM));
    const titles = names.find((n) => n.name === '_xlnm.Print_Titles' && n.localSheetId === formIndex);
    expect(titles?.formula).toMatch(new RegExp(`^'${FORM}'!\\$\\d+:\\$\\d+$`));
  });

  it('prints the 绩效运行监控表 of a tracking run like the form: A4 landscape fitted, its indicator header repeated', () => {
    const xml = partText(tracked.bytes, sheetParts(tracked.bytes).get(MONITOR) ?? '');
    expect(xmlProblem(xml)).toBeUndefined();
    expect(xml).toMatch(/<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="1"\/>/);
    const index = String(listedSheets(tracked.bytes).map((s) => s.name).indexOf(MONITOR));
    const titles = definedNames(tracked.bytes).find((n) => n.name === '_xlnm.Print_Titles' && n.localSheetId === index);
    expect(titles?.formula).toMatch(new RegExp(`^'${MONITOR}'!\\$\\d+:\\$\\d+$`));
  });

  it('replaces its own print names on a second run and keeps the input’s names as written', async () => {
    const input = rebuildZip(seed, (name, text) =>
      name === 'xl/workbook.xml'
        ? text.replace(
            '<calcPr',
            `<definedNames><definedName name="预算总额">'项目信息'!$B$5</definedName><definedName name="_xlnm.Print_Area" localSheetId="0">'项目信息'!$A$1:$B$20</definedName></definedNames><calcPr`,
          )
        : undefined,
    );
    const first = await recomputeWith(input);
    expect(first.mode).toBe('patch');
    const names = definedNames(first.bytes);
    expect(names).toContainEqual({ name: '预算总额', localSheetId: undefined, formula: "'项目信息'!$B$5" });
    expect(names).toContainEqual({ name: '_xlnm.Print_Area', localSheetId: '0', formula: "'项目信息'!$A$1:$B$20" });
    const second = await recomputeWith(first.bytes);
    expect(second.bytes.equals(first.bytes)).toBe(true);
    const keys = definedNames(second.bytes).map((n) => `${n.name}|${n.localSheetId ?? ''}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('the ExcelJS writer', () => {
  it('gives the output sheets the same page setup and print names', async () => {
    expect(viaExcelJs.mode).toBe('exceljs');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(viaExcelJs.bytes as unknown as ArrayBuffer);
    const ws = wb.getWorksheet(FORM);
    expect(ws?.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, horizontalCentered: true });
    expect(ws?.headerFooter.oddFooter).toBe('&C第 &P 页 共 &N 页');
    const sheets = listedSheets(viaExcelJs.bytes).map((s) => s.name);
    const names = definedNames(viaExcelJs.bytes);
    const formIndex = String(sheets.indexOf(FORM));
    expect(names.some((n) => n.name === '_xlnm.Print_Titles' && n.localSheetId === formIndex)).toBe(true);
    expect(names.some((n) => n.name === '_xlnm.Print_Area' && n.localSheetId === formIndex)).toBe(true);
    const path = sheetParts(viaExcelJs.bytes).get(FORM) ?? '';
    const xml = partText(viaExcelJs.bytes, path);
    expect(xml).toContain('fitToPage="1"');
  });
});
