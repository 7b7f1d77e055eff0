/**
 * The patching writer at the level of the package (patch/patchPackage.ts): what it copies untouched,
 * what it writes, that a second run changes nothing, where new sheets and the ownership sheet go, and
 * which tab it selects.
 */
import { SEED_OUTPUTS } from '../../helpers/fixtures';
import { META_SHEET_NAME } from '../../../src/hosts/xlsx/metaSheet';
import { XlsxHost } from '../../../src/hosts/xlsx/xlsxHost';
import { writeZip } from '../../../src/hosts/xlsx/zipArchive';
import { outputPlan, textPlan } from './planFixtures';
import {
  INPUT_SHEETS,
  type Saved,
  entryMap,
  listedSheets,
  partText,
  rebuildZip,
  recomputeWith,
  saveWith,
  seedBytes,
  sheetParts,
  zipEntries,
} from './patchKit';

/** The seed is a tracking report: its outputs (test/helpers/fixtures.ts). */
const OUTPUTS: readonly string[] = SEED_OUTPUTS;
const PACKAGE_PARTS = ['xl/styles.xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml'];

let seed: Buffer;
let first: Saved;

beforeAll(async () => {
  seed = await seedBytes();
  first = await recomputeWith(seed);
});

describe('parts the plan does not concern', () => {
  it('are copied as stored: same compressed bytes, same CRC, same order', () => {
    expect(first.mode).toBe('patch');
    const parts = sheetParts(first.bytes);
    const written = new Set([...PACKAGE_PARTS, ...[...OUTPUTS, META_SHEET_NAME].map((n) => parts.get(n) ?? `missing ${n}`)]);
    expect(written.size).toBe(PACKAGE_PARTS.length + OUTPUTS.length + 1);
    const before = zipEntries(seed).filter((e) => !written.has(e.name));
    const after = entryMap(first.bytes);
    const kept = zipEntries(first.bytes).filter((e) => !written.has(e.name)).map((e) => e.name);
    expect(kept).toEqual(before.map((e) => e.name));
    for (const entry of before) {
      const copy = after.get(entry.name);
      expect({ name: entry.name, crc: copy?.crc, method: copy?.method }).toEqual({ name: entry.name, crc: entry.crc, method: entry.method });
      expect(copy?.data.equals(entry.data)).toBe(true);
    }
    // The input sheets and the shared strings in particular.
    const inputParts = INPUT_SHEETS.map((n) => parts.get(n));
    expect(inputParts).toEqual(['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml', 'xl/worksheets/sheet3.xml', 'xl/worksheets/sheet4.xml']);
    for (const name of [...inputParts, 'xl/sharedStrings.xml']) expect(before.some((e) => e.name === name)).toBe(true);
  });

  it('keeps the input sheets listed as they were, in front', () => {
    const original = listedSheets(seed);
    expect(listedSheets(first.bytes).slice(0, original.length)).toEqual(original);
  });
});

describe('a second run over the patched output', () => {
  let second: Saved;
  beforeAll(async () => {
    second = await recomputeWith(first.bytes);
  });

  it('patches again and gives the very same bytes', () => {
    expect(second.mode).toBe('patch');
    expect(second.bytes.equals(first.bytes)).toBe(true);
  });

  it('appends nothing to the style sheet again', () => {
    const styles = partText(second.bytes, 'xl/styles.xml');
    expect(styles).toBe(partText(first.bytes, 'xl/styles.xml'));
    expect(styles.length).toBeGreaterThan(partText(seed, 'xl/styles.xml').length);
    const copied = entryMap(second.bytes).get('xl/styles.xml');
    expect(copied?.data.equals(entryMap(first.bytes).get('xl/styles.xml')?.data ?? Buffer.alloc(0))).toBe(true);
  });

  it('also reads back the same through ExcelJS', async () => {
    const a = await (await XlsxHost.fromBuffer(first.bytes)).read();
    const b = await (await XlsxHost.fromBuffer(second.bytes)).read();
    expect(b).toEqual(a);
  });
});

describe('the ownership sheet', () => {
  it('is added last, very hidden, after the new sheets, holding the record in A1', async () => {
    const sheets = listedSheets(first.bytes);
    expect(sheets.map((s) => s.name)).toEqual([...INPUT_SHEETS, ...OUTPUTS, META_SHEET_NAME]);
    expect(sheets.at(-1)?.state).toBe('veryHidden');
    const host = await XlsxHost.fromBuffer(first.bytes);
    const snapshot = await host.read();
    expect(snapshot.ownedSheets).toEqual(OUTPUTS);
    const meta = host.workbook.worksheets.at(-1);
    expect(meta?.name).toBe(META_SHEET_NAME);
    expect(meta?.state).toBe('veryHidden');
    expect(JSON.parse(String(meta?.getCell('A1').value))).toEqual({ ownedSheets: OUTPUTS });
  });

  it('stays last when a later plan adds a sheet, and its record is updated in place', async () => {
    const owned = [...OUTPUTS, '附表'];
    const next = await saveWith(first.bytes, { sheets: [textPlan('附表')], ownedSheets: owned });
    expect(next.mode).toBe('patch');
    const sheets = listedSheets(next.bytes);
    expect(sheets.map((s) => s.name)).toEqual([...INPUT_SHEETS, ...OUTPUTS, '附表', META_SHEET_NAME]);
    expect(sheets.at(-1)?.state).toBe('veryHidden');
    // The meta sheet keeps its part and relationship; the new sheet gets fresh ones.
    expect(sheets.at(-1)).toEqual(listedSheets(first.bytes).at(-1));
    expect(new Set(sheets.map((s) => s.relId)).size).toBe(sheets.length);
    expect(new Set(sheets.map((s) => s.sheetId)).size).toBe(sheets.length);
    expect(sheetParts(next.bytes).get(META_SHEET_NAME)).toBe(sheetParts(first.bytes).get(META_SHEET_NAME));
    const host = await XlsxHost.fromBuffer(next.bytes);
    expect((await host.read()).ownedSheets).toEqual(owned);
    expect(host.workbook.worksheets.map((ws) => ws.name).slice(-2)).toEqual(['附表', META_SHEET_NAME]);
    expect(JSON.parse(String(host.workbook.getWorksheet(META_SHEET_NAME)?.getCell('A1').value))).toEqual({ ownedSheets: owned });
  });

  it('is not created by a plan that does not speak of ownership', async () => {
    const saved = await saveWith(seed, { sheets: [textPlan('附表')] });
    expect(saved.mode).toBe('patch');
    expect(listedSheets(saved.bytes).map((s) => s.name)).toEqual([...INPUT_SHEETS, '附表']);
    expect((await (await XlsxHost.fromBuffer(saved.bytes)).read()).ownedSheets).toEqual([]);
  });
});

/** The worksheet parts whose text contains `tabSelected="1"`. */
function selectedParts(zip: Buffer): string[] {
  const parts = [...sheetParts(zip).values()];
  return parts.filter((p) => partText(zip, p).includes('tabSelected="1"'));
}

function activeTab(zip: Buffer): string | undefined {
  return /<workbookView\b[^>]*\bactiveTab="(\d+)"/.exec(partText(zip, 'xl/workbook.xml'))?.[1];
}

/** `outputPlan()` without its drop-down (a plan with validations goes to ExcelJS). */
function outputPlanWithoutValidations(): ReturnType<typeof outputPlan> {
  const plan = outputPlan();
  return { ...plan, sheets: plan.sheets.map((s) => ({ ...s, dataValidations: [] })) };
}

describe('activation', () => {
  it('selects exactly the activated sheet and makes it the active tab', async () => {
    const saved = await saveWith(seed, outputPlanWithoutValidations());
    expect(saved.mode).toBe('patch');
    expect(selectedParts(saved.bytes)).toEqual([sheetParts(saved.bytes).get('绩效自评表')]);
    expect(activeTab(saved.bytes)).toBe(String(listedSheets(saved.bytes).findIndex((s) => s.name === '绩效自评表')));
    expect(activeTab(saved.bytes)).toBe('4');
    expect((await XlsxHost.fromBuffer(saved.bytes)).workbook.views[0]?.activeTab).toBe(4);
  });

  it('clears the selection an input sheet had, leaving the rest of its part as it was', async () => {
    const selectedSeed = rebuildZip(seed, (name, text) =>
      name === 'xl/worksheets/sheet2.xml' ? text.replace('<sheetFormatPr', '<sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews><sheetFormatPr') : undefined,
    );
    expect(selectedParts(selectedSeed)).toEqual(['xl/worksheets/sheet2.xml']);
    const saved = await saveWith(selectedSeed, outputPlanWithoutValidations());
    expect(saved.mode).toBe('patch');
    expect(selectedParts(saved.bytes)).toEqual([sheetParts(saved.bytes).get('绩效自评表')]);
    expect(partText(saved.bytes, 'xl/worksheets/sheet2.xml')).toBe(
      partText(selectedSeed, 'xl/worksheets/sheet2.xml').replace(' tabSelected="1"', ''),
    );
    // Sheets that were not selected are still copied as stored.
    expect(entryMap(saved.bytes).get('xl/worksheets/sheet3.xml')?.data.equals(entryMap(selectedSeed).get('xl/worksheets/sheet3.xml')?.data ?? Buffer.alloc(0))).toBe(true);
  });

  it('leaves the selection alone when the plan activates nothing', async () => {
    const saved = await saveWith(seed, { sheets: [textPlan('附表')] });
    expect(selectedParts(saved.bytes)).toEqual([]);
    expect(activeTab(saved.bytes)).toBeUndefined();
  });
});

describe('a package that lists folder entries first (some zip tools do)', () => {
  it('gives new parts the attributes of a file, never of a folder', async () => {
    const entries = zipEntries(seed);
    const file = entries[0];
    if (!file) throw new Error('empty seed');
    const folder = { ...file, name: 'xl/', method: 0, data: Buffer.alloc(0), crc: 0, uncompressedSize: 0, externalAttributes: 0x10 };
    const withFolder = writeZip([folder, ...entries]);
    if (!withFolder) throw new Error('writeZip gave up');
    const saved = await recomputeWith(withFolder);
    expect(saved.mode).toBe('patch');
    const written = new Set([...OUTPUTS, META_SHEET_NAME].map((n) => sheetParts(saved.bytes).get(n)));
    const added = zipEntries(saved.bytes).filter((e) => written.has(e.name));
    expect(added).toHaveLength(OUTPUTS.length + 1);
    for (const entry of added) expect(entry.externalAttributes & 0x10).toBe(0);
    expect((await (await XlsxHost.fromBuffer(saved.bytes)).read()).ownedSheets).toEqual(OUTPUTS);
  });
});
