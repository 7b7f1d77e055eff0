import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { XlsxHost } from '../../../src/hosts/xlsx/xlsxHost';
import { XlsxOpenError } from '../../../src/hosts/xlsx/openErrors';
import { newWorkbook, sheetNamed } from './planFixtures';

async function roundTrip(build: (host: XlsxHost) => void): Promise<XlsxHost> {
  const host = XlsxHost.fromWorkbook(newWorkbook());
  build(host);
  return XlsxHost.fromBuffer(await host.toBuffer());
}

describe('XlsxHost.read cell kinds', () => {
  it('turns rich text, hyperlinks, formulas, errors, booleans and dates into grid values', async () => {
    const host = await roundTrip(({ workbook }) => {
      const ws = workbook.addWorksheet('杂项');
      ws.getCell('A1').value = { richText: [{ text: '接洽' }, { text: '客商', font: { bold: true } }] };
      ws.getCell('B1').value = { text: '财政部', hyperlink: 'https://www.mof.gov.cn' };
      ws.getCell('C1').value = { formula: 'SUM(1,2)', result: 3 };
      ws.getCell('D1').value = { formula: '1-1', result: 0 };
      ws.getCell('E1').value = { formula: 'NA()', result: { error: '#N/A' } };
      ws.getCell('F1').value = { error: '#DIV/0!' };
      ws.getCell('G1').value = true;
      ws.getCell('H1').value = new Date(Date.UTC(2021, 6, 31));
      ws.getCell('H1').numFmt = 'yyyy-mm-dd';
      ws.getCell('I1').value = { formula: 'A1&""', result: '文本' };
      ws.getCell('J1').value = { formula: 'X1' };
      ws.getCell('A3').value = 0.95;
      ws.getCell('A3').numFmt = '0%';
    });
    const sheet = sheetNamed(await host.read(), '杂项');
    expect(sheet.values[0]).toEqual(['接洽客商', '财政部', 3, 0, { error: '#N/A' }, { error: '#DIV/0!' }, true, 44408, '文本']);
    expect(sheet.numberFormats[0]?.[7]).toBe('yyyy-mm-dd');
    expect(sheet.values[1]).toEqual([]);
    expect(sheet.values[2]).toEqual([0.95]);
    expect(sheet.numberFormats[2]?.[0]).toBe('0%');
  });

  it('flags hidden and very hidden sheets as not visible', async () => {
    const host = await roundTrip(({ workbook }) => {
      workbook.addWorksheet('可见').getCell('A1').value = 1;
      workbook.addWorksheet('隐藏', { state: 'hidden' }).getCell('A1').value = 2;
      workbook.addWorksheet('深度隐藏', { state: 'veryHidden' }).getCell('A1').value = 3;
    });
    const snapshot = await host.read();
    expect(snapshot.sheets.map((s) => [s.name, s.visible])).toEqual([
      ['可见', true],
      ['隐藏', false],
      ['深度隐藏', false],
    ]);
  });

  it('gives merged non-master cells as null', async () => {
    const host = await roundTrip(({ workbook }) => {
      const ws = workbook.addWorksheet('合并');
      ws.getCell('A1').value = '产出指标';
      ws.mergeCells('A1:A3');
      ws.getCell('B2').value = '数量指标';
      ws.mergeCells('B2:C2');
    });
    const sheet = sheetNamed(await host.read(), '合并');
    // Row 3 holds only the blank rest of A1:A3, so the grid ends at row 2.
    expect(sheet.values).toEqual([['产出指标'], [null, '数量指标']]);
    expect(sheet.merges).toEqual([
      { top: 0, left: 0, bottom: 2, right: 0 },
      { top: 1, left: 1, bottom: 1, right: 2 },
    ]);
  });

  it('reads a workbook without sheets as an empty snapshot', async () => {
    const host = await roundTrip(() => undefined);
    expect(await host.read()).toEqual({ sheets: [], ownedSheets: [], settings: {} });
  });
});

describe('XlsxHost.open failures', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'perf-eval-open-'));

  async function failure(file: string): Promise<string> {
    try {
      await XlsxHost.open(file);
    } catch (error) {
      if (error instanceof XlsxOpenError) return error.reason;
      throw error;
    }
    return 'opened';
  }

  it('says why a file is not a workbook', async () => {
    const text = path.join(dir, 'notes.xlsx');
    writeFileSync(text, '项目名称,金额\n');
    const empty = path.join(dir, 'empty.xlsx');
    writeFileSync(empty, '');
    const ole = path.join(dir, 'locked.xlsx');
    writeFileSync(ole, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    const brokenZip = path.join(dir, 'broken.xlsx');
    writeFileSync(brokenZip, Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(64, 7)]));
    const folder = path.join(dir, 'folder.xlsx');
    mkdirSync(folder);

    expect(await failure(text)).toBe('notXlsx');
    expect(await failure(empty)).toBe('notXlsx');
    // An OLE header without a directory, and a zip without its central directory: both cut short.
    expect(await failure(ole)).toBe('truncated');
    expect(await failure(brokenZip)).toBe('truncated');
    expect(await failure(path.join(dir, 'missing.xlsx'))).toBe('notFound');
    expect(await failure(folder)).toBe('unreadable');
  });
});
