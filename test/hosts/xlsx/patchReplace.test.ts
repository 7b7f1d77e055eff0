/**
 * Rewriting an owned sheet through the patching writer: it keeps its place, its part and its
 * relationship, loses everything it held before, and a calculation chain that may name its old cells
 * is dropped with its relationship and content type.
 */
import { XlsxHost } from '../../../src/hosts/xlsx/xlsxHost';
import { META_SHEET_NAME } from '../../../src/hosts/xlsx/metaSheet';
import { SEED_XLSX } from '../../helpers/fixtures';
import { formPlan, sheetNamed, textPlan } from './planFixtures';
import {
  INPUT_SHEETS,
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

const FORM = '绩效自评表';
const MOVED_ORDER = ['项目信息', FORM, '支出明细', '绩效指标（调整后）', '绩效指标（原）'];

/** The seed with an owned form (6 rows, a drop-down, a stale H40) moved between two input sheets, saved by ExcelJS. */
async function movedForm(): Promise<Buffer> {
  const host = await XlsxHost.open(SEED_XLSX);
  await host.apply({ sheets: [formPlan(FORM, 6)], ownedSheets: [FORM] });
  const wb = host.workbook;
  MOVED_ORDER.forEach((name, i) => {
    const ws = wb.getWorksheet(name);
    if (!ws) throw new Error(name);
    (ws as unknown as { orderNo: number }).orderNo = i;
  });
  const form = wb.getWorksheet(FORM);
  if (!form) throw new Error('no form');
  form.getCell('H40').value = 'stale';
  const bytes = await host.toBuffer();
  expect(host.saveMode).toBe('exceljs');
  return bytes;
}

describe('an owned sheet written again', () => {
  it('keeps its tab position, part and relationship id; nothing of the old content survives', async () => {
    const before = await movedForm();
    const listedBefore = listedSheets(before);
    expect(listedBefore.map((s) => s.name)).toEqual([...MOVED_ORDER, META_SHEET_NAME]);
    const partBefore = sheetParts(before).get(FORM);
    expect(partText(before, partBefore ?? '')).toContain('<c r="H40"');
    expect(partText(before, partBefore ?? '')).toContain('<dataValidation');

    const plan = { ...formPlan(FORM, 2), dataValidations: [] };
    const after = await saveWith(before, { sheets: [plan], ownedSheets: [FORM] });
    expect(after.mode).toBe('patch');
    expect(listedSheets(after.bytes)).toEqual(listedBefore);
    expect(sheetParts(after.bytes).get(FORM)).toBe(partBefore);
    // No part was added or removed.
    expect(zipEntries(after.bytes).map((e) => e.name)).toEqual(zipEntries(before).map((e) => e.name));

    const xml = partText(after.bytes, partBefore ?? '');
    expect(xml).not.toContain('H40');
    expect(xml).not.toContain('dataValidation');
    expect(xml).toContain('<mergeCell ref="A1:D1"/>');

    const host = await XlsxHost.fromBuffer(after.bytes);
    const snapshot = await host.read();
    expect(snapshot.sheets.map((s) => s.name)).toEqual(MOVED_ORDER);
    expect(snapshot.ownedSheets).toEqual([FORM]);
    const form = sheetNamed(snapshot, FORM);
    expect(form.values).toHaveLength(4);
    expect(form.values.flat()).not.toContain('stale');
    expect(form.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 3 },
      { top: 2, left: 0, bottom: 3, right: 0 },
    ]);
    expect(host.workbook.getWorksheet(FORM)?.getCell('H40').value ?? null).toBeNull();
  });

  it('rewrites an existing sheet whose name differs only in case in place, under the plan\'s spelling', async () => {
    const upper = await saveWith(await seedBytes(), { sheets: [textPlan('Report')], ownedSheets: ['Report'] });
    const plan = { ...textPlan('REPORT'), values: [['新'], ['值']], numberFormats: [['@'], ['@']] };
    const again = await saveWith(upper.bytes, { sheets: [plan], ownedSheets: ['REPORT'] });
    expect(again.mode).toBe('patch');
    const names = listedSheets(again.bytes).map((s) => s.name);
    expect(names).toHaveLength(INPUT_SHEETS.length + 2);
    // Renamed as ExcelJS would (and as the ownership record says), keeping its part.
    expect(names.filter((n) => n.toUpperCase() === 'REPORT')).toEqual(['REPORT']);
    expect(sheetParts(again.bytes).get('REPORT')).toBe(sheetParts(upper.bytes).get('Report'));
    const snapshot = await (await XlsxHost.fromBuffer(again.bytes)).read();
    expect(sheetNamed(snapshot, 'REPORT').values).toEqual([['新'], ['值']]);
    expect(snapshot.ownedSheets).toEqual(['REPORT']);
  });

  it('finds again a sheet whose name holds XML specials, and rewrites it in place', async () => {
    const name = `R&D <"x"> it's`;
    const first = await saveWith(await seedBytes(), { sheets: [textPlan(name)], ownedSheets: [name], activate: name });
    const plan = { ...textPlan(name), values: [['新']], numberFormats: [['@']] };
    const again = await saveWith(first.bytes, { sheets: [plan], ownedSheets: [name], activate: name });
    expect([first.mode, again.mode]).toEqual(['patch', 'patch']);
    expect(listedSheets(again.bytes)).toEqual(listedSheets(first.bytes));
    expect(zipEntries(again.bytes).map((e) => e.name)).toEqual(zipEntries(first.bytes).map((e) => e.name));
    const host = await XlsxHost.fromBuffer(again.bytes);
    const snapshot = await host.read();
    expect(snapshot.sheets.map((s) => s.name)).toEqual([...INPUT_SHEETS, name]);
    expect(snapshot.ownedSheets).toEqual([name]);
    expect(sheetNamed(snapshot, name).values).toEqual([['新']]);
    expect(host.workbook.views[0]?.activeTab).toBe(INPUT_SHEETS.length);
  });
});

const CALC_CHAIN_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain';
const CALC_CHAIN_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml';
const CALC_CHAIN_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="B2" i="5"/><c r="C3"/></calcChain>';

/** The package with `xl/calcChain.xml`, its relationship and its content type added. */
function withCalcChain(zip: Buffer): Buffer {
  return rebuildZip(
    zip,
    (name, text) => {
      if (name === 'xl/_rels/workbook.xml.rels') {
        return text.replace('</Relationships>', `<Relationship Id="rId99" Type="${CALC_CHAIN_TYPE}" Target="calcChain.xml"/></Relationships>`);
      }
      if (name === '[Content_Types].xml') {
        return text.replace('</Types>', `<Override PartName="/xl/calcChain.xml" ContentType="${CALC_CHAIN_CONTENT_TYPE}"/></Types>`);
      }
      return undefined;
    },
    [{ name: 'xl/calcChain.xml', content: CALC_CHAIN_XML }],
  );
}

function calcChainTraces(zip: Buffer): { part: boolean; relationship: boolean; contentType: boolean } {
  return {
    part: entryMap(zip).has('xl/calcChain.xml'),
    relationship: partText(zip, 'xl/_rels/workbook.xml.rels').includes(CALC_CHAIN_TYPE),
    contentType: partText(zip, '[Content_Types].xml').includes('/xl/calcChain.xml'),
  };
}

describe('the calculation chain', () => {
  it('is dropped, with its relationship and content type, when a sheet is replaced', async () => {
    const first = await recomputeWith(await seedBytes());
    const chained = withCalcChain(first.bytes);
    expect(calcChainTraces(chained)).toEqual({ part: true, relationship: true, contentType: true });
    await XlsxHost.fromBuffer(chained);

    const again = await recomputeWith(chained);
    expect(again.mode).toBe('patch');
    expect(calcChainTraces(again.bytes)).toEqual({ part: false, relationship: false, contentType: false });
    // Everything else in the relationships is still there.
    const rels = partText(again.bytes, 'xl/_rels/workbook.xml.rels');
    expect(rels).toBe(partText(first.bytes, 'xl/_rels/workbook.xml.rels'));
    expect(partText(again.bytes, '[Content_Types].xml')).toBe(partText(first.bytes, '[Content_Types].xml'));

    const host = await XlsxHost.fromBuffer(again.bytes);
    expect(await host.read()).toEqual(await (await XlsxHost.fromBuffer(first.bytes)).read());
  });

  it('is kept when the plan only adds sheets', async () => {
    const chained = withCalcChain(await seedBytes());
    const saved = await saveWith(chained, { sheets: [textPlan('附表')], ownedSheets: ['附表'] });
    expect(saved.mode).toBe('patch');
    expect(calcChainTraces(saved.bytes)).toEqual({ part: true, relationship: true, contentType: true });
    expect(entryMap(saved.bytes).get('xl/calcChain.xml')?.data.equals(entryMap(chained).get('xl/calcChain.xml')?.data ?? Buffer.alloc(0))).toBe(true);
    expect((await (await XlsxHost.fromBuffer(saved.bytes)).read()).ownedSheets).toEqual(['附表']);
  });
});
