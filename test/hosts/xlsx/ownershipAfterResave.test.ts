/**
 * The ownership record after another program saved the file. LibreOffice (and WPS) keep the very hidden
 * `_perfeval_meta` sheet but only as hidden, and store its A1 — JSON mixing Latin and CJK — as rich
 * text runs, one per script. The record must still read, the next run must rewrite the outputs in place
 * (not add `绩效自评表(2)`), and the sheet must be very hidden again.
 */
import ExcelJS from 'exceljs';
import { SEED_SELF_OUTPUTS } from '../../helpers/fixtures';
import { META_SHEET_NAME } from '../../../src/hosts/xlsx/metaSheet';
import { XlsxHost } from '../../../src/hosts/xlsx/xlsxHost';
import { listedSheets, rebuildZip, recomputeWith, seedBytes, sheetParts } from './patchKit';

/** The record names the outputs of the seed as a self-evaluation, so the runs here are self-evaluations. */
const OUTPUTS: readonly string[] = SEED_SELF_OUTPUTS;
const SELF = { mode: 'selfEvaluation' } as const;
/** The record as LibreOffice stores it: a run per script, the names (CJK) between the JSON's Latin. */
const RECORD_RUNS = ['{"ownedSheets":["', ...OUTPUTS.flatMap((name, i) => (i === 0 ? [name] : ['","', name])), '"]}'];

describe('an ownership record saved as rich text', () => {
  it('reads as the owned sheets (ExcelJS model)', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('数据');
    wb.addWorksheet(META_SHEET_NAME, { state: 'hidden' }).getCell('A1').value = { richText: RECORD_RUNS.map((text) => ({ text })) };
    const host = await XlsxHost.fromBuffer(Buffer.from(await wb.xlsx.writeBuffer()));
    expect((await host.read()).ownedSheets).toEqual(OUTPUTS);
  });

  it('keeps the outputs owned through a re-save: the next run rewrites them in place and hides the record again', async () => {
    const first = await recomputeWith(await seedBytes(), false, SELF);
    const metaPart = sheetParts(first.bytes).get(META_SHEET_NAME);
    const runs = RECORD_RUNS.map((t) => `<r><t xml:space="preserve">${t.replace(/"/g, '&quot;')}</t></r>`).join('');
    let index = -1;
    const resaved = rebuildZip(first.bytes, (name, text) => {
      if (name === 'xl/workbook.xml') return text.replace(/(<sheet name="_perfeval_meta"[^>]*state=")veryHidden"/, '$1hidden"');
      if (name === 'xl/sharedStrings.xml') {
        index = (text.match(/<si>/g) ?? []).length;
        return text.replace(/uniqueCount="\d+"/, `uniqueCount="${index + 1}"`).replace('</sst>', `<si>${runs}</si></sst>`);
      }
      return undefined;
    });
    const withSharedRecord = rebuildZip(resaved, (name, text) =>
      name === metaPart ? text.replace(/<c r="A1"[^>]*>[\s\S]*?<\/c>/, `<c r="A1" t="s"><v>${index}</v></c>`) : undefined,
    );
    expect(listedSheets(withSharedRecord).find((s) => s.name === META_SHEET_NAME)?.state).toBe('hidden');
    expect((await (await XlsxHost.fromBuffer(withSharedRecord)).read()).ownedSheets).toEqual(OUTPUTS);

    const again = await recomputeWith(withSharedRecord, false, SELF);
    expect(again.mode).toBe('patch');
    expect(listedSheets(again.bytes).map((s) => s.name)).toEqual(listedSheets(first.bytes).map((s) => s.name));
    expect(listedSheets(again.bytes).find((s) => s.name === META_SHEET_NAME)?.state).toBe('veryHidden');
    expect((await (await XlsxHost.fromBuffer(again.bytes)).read()).ownedSheets).toEqual(OUTPUTS);

    // The ExcelJS writer does the same.
    const viaExcelJs = await recomputeWith(withSharedRecord, true, SELF);
    expect(viaExcelJs.mode).toBe('exceljs');
    const reopened = await XlsxHost.fromBuffer(viaExcelJs.bytes);
    expect(reopened.workbook.worksheets.map((ws) => ws.name)).toEqual(listedSheets(first.bytes).map((s) => s.name));
    expect(reopened.workbook.getWorksheet(META_SHEET_NAME)?.state).toBe('veryHidden');
  });
});
