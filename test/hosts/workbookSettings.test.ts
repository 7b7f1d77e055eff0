/**
 * Workbook settings (the pane's profile and mode) travel with the ownership record through both hosts
 * and the fake Excel: written when a plan names them, kept when it does not, and the same record read
 * by either door (a file the command line wrote opens in Excel with its settings).
 */
import { recompute } from '../../src/app/useCases';
import { decodeRecord } from '../../src/app/workbookRecord';
import { META_SHEET_NAME, OWNED_SHEETS_SETTING, WORKBOOK_SETTINGS_SETTING } from '../../src/hosts/office/ownershipRecord';
import { XlsxHost } from '../../src/hosts/xlsx/xlsxHost';
import { fakeWorkbookFromSnapshot, snapshotOfFake, cellOf } from '../fakeExcel';
import { officeOver } from './office/officeTestKit';
import { textPlan } from './xlsx/planFixtures';
import { partText, seedBytes, sheetParts } from './xlsx/patchKit';
import { WORKBENCH } from '../../src/app/workbench';

/** Every door runs with the evaluator's workbench (app/workbench.ts). */
const FULL = { workbench: WORKBENCH } as const;

const TRACKING = { profile: 'sichuan', mode: 'tracking' } as const;

async function recomputed(bytes: Buffer, settings?: typeof TRACKING | { readonly mode: 'selfEvaluation' }, viaExcelJs = false): Promise<{ bytes: Buffer; mode: string | undefined }> {
  const host = await XlsxHost.fromBuffer(bytes);
  await recompute(host, settings ? { settings } : {});
  if (viaExcelJs) void host.workbook;
  return { bytes: await host.toBuffer(), mode: host.saveMode };
}

describe('the .xlsx host', () => {
  it('writes settings into the record by patching, reads them back and keeps them on a run that names none', async () => {
    const first = await recomputed(await seedBytes(), TRACKING);
    expect(first.mode).toBe('patch');
    const metaPart = sheetParts(first.bytes).get(META_SHEET_NAME) ?? '';
    expect(partText(first.bytes, metaPart)).toContain('&quot;settings&quot;:{&quot;profile&quot;:&quot;sichuan&quot;,&quot;mode&quot;:&quot;tracking&quot;}');
    const snapshot = await (await XlsxHost.fromBuffer(first.bytes)).read();
    expect(snapshot.settings).toEqual(TRACKING);

    const kept = await recomputed(first.bytes);
    expect(kept.mode).toBe('patch');
    expect(kept.bytes.equals(first.bytes)).toBe(true);

    const changed = await recomputed(first.bytes, { mode: 'selfEvaluation' });
    expect((await (await XlsxHost.fromBuffer(changed.bytes)).read()).settings).toEqual({ profile: 'sichuan', mode: 'selfEvaluation' });
  });

  it('does the same through the ExcelJS writer', async () => {
    const first = await recomputed(await seedBytes(), TRACKING, true);
    expect(first.mode).toBe('exceljs');
    expect((await (await XlsxHost.fromBuffer(first.bytes)).read()).settings).toEqual(TRACKING);
    const kept = await recomputed(first.bytes, undefined, true);
    expect((await (await XlsxHost.fromBuffer(kept.bytes)).read()).settings).toEqual(TRACKING);
  });

  it('keeps settings on a lean host, and writes a record for settings alone', async () => {
    const first = await recomputed(await seedBytes(), TRACKING);
    const lean = await XlsxHost.fromBuffer(first.bytes, 'lean', { lean: true });
    await recompute(lean, FULL);
    expect((await (await XlsxHost.fromBuffer(await lean.toBuffer())).read()).settings).toEqual(TRACKING);

    const host = XlsxHost.create();
    await host.apply({ sheets: [textPlan('数据')], settings: { profile: 'central' } });
    expect(await host.read()).toMatchObject({ ownedSheets: [], settings: { profile: 'central' } });
  });
});

describe('the Office host', () => {
  it('writes settings to the workbook settings and the meta sheet, keeps them, and reads them in a fresh session', async () => {
    const seed = await (await XlsxHost.fromBuffer(await seedBytes())).read();
    const { fake, host } = officeOver(fakeWorkbookFromSnapshot(seed));
    const result = await recompute(host, { settings: TRACKING });
    expect(fake.workbook.settings.get(WORKBOOK_SETTINGS_SETTING)).toEqual(TRACKING);
    expect(fake.workbook.settings.get(OWNED_SHEETS_SETTING)).toEqual(result.plan.ownedSheets);
    expect(decodeRecord(cellOf(fake, META_SHEET_NAME, 'A1').value)).toEqual({ ownedSheets: result.plan.ownedSheets, settings: TRACKING });

    await recompute(host, FULL);
    expect(decodeRecord(cellOf(fake, META_SHEET_NAME, 'A1').value).settings).toEqual(TRACKING);
    const fresh = officeOver(fake.workbook).host;
    expect((await fresh.read()).settings).toEqual(TRACKING);
    expect(snapshotOfFake(fake).settings).toEqual(TRACKING);
  });

  it('reads the settings of a file the command line wrote, the meta sheet winning over a stale setting', async () => {
    const written = await recomputed(await seedBytes(), TRACKING);
    const snapshot = await (await XlsxHost.fromBuffer(written.bytes)).read();
    const wb = fakeWorkbookFromSnapshot(snapshot, { ownership: 'meta' });
    wb.settings.set(WORKBOOK_SETTINGS_SETTING, { profile: 'central', mode: 'selfEvaluation' });
    expect((await officeOver(wb).host.read()).settings).toEqual(TRACKING);
    const onlyInSetting = fakeWorkbookFromSnapshot({ ...snapshot, settings: {} }, { ownership: 'both' });
    onlyInSetting.settings.set(WORKBOOK_SETTINGS_SETTING, '{"profile":"central"}');
    expect((await officeOver(onlyInSetting).host.read()).settings).toEqual({ profile: 'central' });
  });
});
