/**
 * When the patching writer declines (a plan with drop-downs, an owned sheet with relationships of its
 * own, an ownership sheet not last, a defined name the new sheets would shift), ExcelJS saves instead,
 * the host says why (the reason), and the result is still right.
 */
import type { WorkbookSnapshot } from '../../../src/app/ports';
import { OUTPUT_SHEET_NAMES } from '../../../src/domain/output/planTypes';
import { META_SHEET_NAME } from '../../../src/hosts/xlsx/metaSheet';
import { recompute } from '../../../src/app/useCases';
import { XlsxHost } from '../../../src/hosts/xlsx/xlsxHost';
import { comparable, outputPlan, sheetNamed, textPlan } from './planFixtures';
import { INPUT_SHEETS, type Saved, entryMap, listedSheets, rebuildZip, recomputeWith, saveWith, seedBytes, sheetParts, withContent, zipEntries } from './patchKit';
import { entryContent, writeZip } from '../../../src/hosts/xlsx/zipArchive';
import { WORKBENCH } from '../../../src/app/workbench';

/** Every door runs with the evaluator's workbench (app/workbench.ts). */
const FULL = { workbench: WORKBENCH } as const;
import { SEED_OUTPUTS } from '../../helpers/fixtures';

/** The seed is a tracking report: its outputs, the 绩效运行监控表 first (test/helpers/fixtures.ts). */
const OUTPUTS: readonly string[] = SEED_OUTPUTS;
const FORM = OUTPUT_SHEET_NAMES.monitor;
/** The form sheet of planFixtures' outputPlan(). */
const PLAN_FORM = '绩效自评表';

let seed: Buffer;
let first: Saved;
let reference: WorkbookSnapshot;

beforeAll(async () => {
  seed = await seedBytes();
  first = await recomputeWith(seed);
  expect(first.mode).toBe('patch');
  reference = await (await XlsxHost.fromBuffer(first.bytes)).read();
});

/** The outputs of `bytes` read the same as those of the first patched run. */
async function expectReferenceOutputs(bytes: Buffer): Promise<WorkbookSnapshot> {
  const snapshot = await (await XlsxHost.fromBuffer(bytes)).read();
  expect(snapshot.sheets.map((s) => s.name)).toEqual([...INPUT_SHEETS, ...OUTPUTS]);
  expect([...snapshot.ownedSheets].sort()).toEqual([...OUTPUTS].sort());
  for (const name of [...INPUT_SHEETS, ...OUTPUTS]) expect(comparable(sheetNamed(snapshot, name))).toEqual(comparable(sheetNamed(reference, name)));
  return snapshot;
}

describe('the ExcelJS writer takes over', () => {
  it('to select a sheet the plan does not write (that sheet\'s view must change)', async () => {
    const saved = await saveWith(seed, { sheets: [textPlan('附表')], activate: INPUT_SHEETS[1] ?? '' });
    expect(saved).toMatchObject({ mode: 'exceljs', reason: 'activatesUnwrittenSheet' });
    const wb = (await XlsxHost.fromBuffer(saved.bytes)).workbook;
    expect(wb.views[0]?.activeTab).toBe(1);
  });

  it('for a plan with data validations, which it writes', async () => {
    const saved = await saveWith(seed, outputPlan());
    expect(saved).toMatchObject({ mode: 'exceljs', reason: 'dataValidations' });
    const ws = (await XlsxHost.fromBuffer(saved.bytes)).workbook.getWorksheet(PLAN_FORM);
    const model = (ws as unknown as { dataValidations: { model: Record<string, { type: string } | undefined> } }).dataValidations.model;
    expect(model['A3']).toMatchObject({ type: 'list' });
  });

  it('for an owned sheet that has relationships of its own (a note), and the outputs still read right', async () => {
    const annotated = await XlsxHost.fromBuffer(first.bytes);
    const form = annotated.workbook.getWorksheet(FORM);
    if (!form) throw new Error('no form');
    form.getCell('A1').note = '备注';
    const withNote = await annotated.toBuffer();
    // Changed through the model: there is no package left to patch, so no reason.
    expect(annotated.saveOutcome).toEqual({ mode: 'exceljs' });
    const formPart = sheetParts(withNote).get(FORM) ?? '';
    expect(entryMap(withNote).has(formPart.replace('worksheets/', 'worksheets/_rels/') + '.rels')).toBe(true);

    const again = await recomputeWith(withNote);
    expect(again).toMatchObject({ mode: 'exceljs', reason: 'outputSheetHasParts' });
    await expectReferenceOutputs(again.bytes);
    // The sheet was written afresh: the note went with the old content.
    expect((await XlsxHost.fromBuffer(again.bytes)).workbook.getWorksheet(FORM)?.getCell('A1').note).toBeUndefined();
  });

  it('for an ownership sheet that is not last, which it moves back to the end', async () => {
    const moved = await XlsxHost.fromBuffer(first.bytes);
    const wb = moved.workbook;
    const meta = wb.getWorksheet(META_SHEET_NAME);
    if (!meta) throw new Error('no meta sheet');
    (meta as unknown as { orderNo: number }).orderNo = -1;
    const misplaced = await moved.toBuffer();
    expect(listedSheets(misplaced)[0]?.name).toBe(META_SHEET_NAME);

    const again = await recomputeWith(misplaced);
    expect(again).toMatchObject({ mode: 'exceljs', reason: 'metaSheetPlacement' });
    const sheets = listedSheets(again.bytes);
    expect(sheets.at(-1)).toMatchObject({ name: META_SHEET_NAME, state: 'veryHidden' });
    await expectReferenceOutputs(again.bytes);
  });

  it('when new sheets would shift the sheet a local defined name points at', async () => {
    const metaIndex = listedSheets(first.bytes).findIndex((s) => s.name === META_SHEET_NAME);
    const named = rebuildZip(first.bytes, (name, text) =>
      name === 'xl/workbook.xml'
        ? text.replace('</sheets>', `</sheets><definedNames><definedName name="_xlnm.Print_Area" localSheetId="${metaIndex}">${META_SHEET_NAME}!$A$1:$A$1</definedName></definedNames>`)
        : undefined,
    );
    const owned = [...OUTPUTS, '附表'];
    // Without the defined name the same plan is patched.
    expect((await saveWith(first.bytes, { sheets: [textPlan('附表')], ownedSheets: owned })).mode).toBe('patch');
    const adding = await saveWith(named, { sheets: [textPlan('附表')], ownedSheets: owned });
    expect(adding).toMatchObject({ mode: 'exceljs', reason: 'metaSheetPlacement' });
    const host = await XlsxHost.fromBuffer(adding.bytes);
    expect((await host.read()).ownedSheets).toEqual(owned);
    expect(host.workbook.worksheets.map((ws) => ws.name).slice(-2)).toEqual(['附表', META_SHEET_NAME]);

    // Rewriting sheets in place shifts nothing: the patch still applies.
    const rewriting = await recomputeWith(named);
    expect(rewriting.mode).toBe('patch');
    await expectReferenceOutputs(rewriting.bytes);
  });
});

describe('the host', () => {
  it('saves the source as it was when nothing is applied', async () => {
    const host = await XlsxHost.fromBuffer(first.bytes);
    await host.read();
    expect((await host.toBuffer()).equals(first.bytes)).toBe(true);
    expect(host.saveMode).toBe('source');
  });

  it('renders a held plan for read(), and then saves through ExcelJS', async () => {
    const host = await XlsxHost.fromBuffer(seed);
    await host.apply({ sheets: [textPlan('附表')], ownedSheets: ['附表'] });
    expect((await host.read()).ownedSheets).toEqual(['附表']);
    const bytes = await host.toBuffer();
    expect(host.saveOutcome).toEqual({ mode: 'exceljs' });
    expect(sheetNamed(await (await XlsxHost.fromBuffer(bytes)).read(), '附表').values[0]).toEqual(['=SUM(A1)', 42]);
  });

  it('renders a held plan when a second one comes, and saves both through ExcelJS', async () => {
    const host = await XlsxHost.fromBuffer(seed);
    await host.apply({ sheets: [textPlan('甲')], ownedSheets: ['甲'] });
    await host.apply({ sheets: [textPlan('乙')], ownedSheets: ['甲', '乙'] });
    const bytes = await host.toBuffer();
    expect(host.saveMode).toBe('exceljs');
    const snapshot = await (await XlsxHost.fromBuffer(bytes)).read();
    expect(snapshot.sheets.map((s) => s.name)).toEqual([...INPUT_SHEETS, '甲', '乙']);
    expect(snapshot.ownedSheets).toEqual(['甲', '乙']);
  });
});

describe('a lean host (the command line opens files this way)', () => {
  it('never loads ExcelJS to read, and patches as usual', async () => {
    const host = await XlsxHost.fromBuffer(seed, 'seed', { lean: true });
    const snapshot = await host.read();
    expect(() => host.workbook).toThrow(/lean host has no ExcelJS workbook/);
    await recompute(host, FULL);
    const bytes = await host.toBuffer();
    expect(host.saveMode).toBe('patch');
    expect(bytes.equals(first.bytes)).toBe(true);
    // Reading again loads the model again from the bytes, with the applied plan rendered into it.
    const again = await host.read();
    expect(again.sheets.slice(0, snapshot.sheets.length)).toEqual(snapshot.sheets);
    expect([...again.ownedSheets].sort()).toEqual([...OUTPUTS].sort());
  });

  it('loads the model again when the plan needs the ExcelJS writer', async () => {
    const host = await XlsxHost.fromBuffer(seed, 'seed', { lean: true });
    await host.read();
    await host.apply(outputPlan());
    const bytes = await host.toBuffer();
    expect(host.saveOutcome).toEqual({ mode: 'exceljs', reason: 'dataValidations' });
    const ws = (await XlsxHost.fromBuffer(bytes)).workbook.getWorksheet(PLAN_FORM);
    const model = (ws as unknown as { dataValidations: { model: Record<string, { type: string } | undefined> } }).dataValidations.model;
    expect(model['A3']).toMatchObject({ type: 'list' });
    expect(sheetNamed(await (await XlsxHost.fromBuffer(bytes)).read(), INPUT_SHEETS[0] ?? '')).toEqual(sheetNamed(reference, INPUT_SHEETS[0] ?? ''));
  });
});

describe('a part the writer would edit is UTF-16', () => {
  it('leaves the save to ExcelJS rather than garbling it', async () => {
    // OPC allows UTF-16 parts: re-encode the content types as UTF-16LE with a byte order mark.
    const recoded = writeZip(
      zipEntries(seed).map((e) => {
        if (e.name !== '[Content_Types].xml') return e;
        const text = entryContent(e).toString('utf8').replace('encoding="UTF-8"', 'encoding="UTF-16"');
        return withContent(e, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
      }),
    );
    if (!recoded) throw new Error('writeZip gave up');
    const saved = await recomputeWith(recoded);
    expect(saved).toMatchObject({ mode: 'exceljs', reason: 'utf16Part' });
    await expectReferenceOutputs(saved.bytes);
  });
});
