/**
 * Applying hand-made write plans through the office host: styles, borders, row heights, data
 * validation (inline and stored in the meta sheet), tab colour, chunking by payload, select().
 */
import type { SheetPlan, WritePlan } from '../../../src/domain/output/planTypes';
import { BODY_FONT } from '../../../src/domain/output/sheetBuilder';
import { plainPageSetup } from '../../../src/domain/output/pageSetup';
import { OfficeHostError } from '../../../src/hosts/office/officeHostError';
import { META_SHEET_NAME } from '../../../src/hosts/office/ownershipRecord';
import { columnWidthPoints, coalesceStyles } from '../../../src/hosts/office/applyPlan';
import { CALIBRI_11, DEFAULT_OUTPUT_FONT } from '../../../src/hosts/office/outputFont';
import { REQUEST_OVERHEAD_BYTES } from '../../../src/hosts/office/requestEstimate';
import { enqueueSync, packWork, type Work } from '../../../src/hosts/office/syncPacker';
import { FakeWorkbook, cellOf, mergesOf, sheetNamesOf } from '../../fakeExcel';
import { MINIMUM_EXCEL, sum, KITS, overKit } from './officeTestKit';

function sheetPlan(name: string, values: SheetPlan['values'], extra: Partial<SheetPlan> = {}): SheetPlan {
  return {
    role: 'diagnostics',
    name,
    values,
    numberFormats: values.map((row) => row.map((v) => (typeof v === 'string' ? '@' : 'General'))),
    merges: [],
    styles: [],
    columnWidths: [],
    rowHeights: [],
    dataValidations: [],
    font: BODY_FONT,
    pageSetup: plainPageSetup({ top: 0, left: 0, bottom: Math.max(0, values.length - 1), right: 0 }),
    ...extra,
  };
}

function workbook(...names: string[]): FakeWorkbook {
  const wb = new FakeWorkbook();
  for (const name of names) wb.addSheet(name);
  return wb;
}

describe.each(KITS)('over the $name', (kit) => {
  const { officeOver } = overKit(kit);

  describe('officeHost.apply', () => {
    it('applies styles by rectangle, borders on every edge, row heights, tab colour and freeze panes', async () => {
      const { fake, host } = officeOver(workbook('输入'));
      const plan: WritePlan = {
        sheets: [
          sheetPlan(
            '输出',
            [
              ['标题', null, null],
              ['a', 1, 2],
              ['b', 3, 4],
            ],
            {
              merges: [{ top: 0, left: 0, bottom: 0, right: 2 }],
              styles: [
                { range: { top: 0, left: 0, bottom: 0, right: 2 }, style: { bold: true, fontSize: 14, hAlign: 'center', vAlign: 'middle' } },
                { range: { top: 1, left: 0, bottom: 2, right: 2 }, style: { border: true, wrap: true } },
                { range: { top: 2, left: 0, bottom: 2, right: 2 }, style: { fill: '#FFC7CE', fontColor: '#9C0006', italic: true } },
              ],
              columnWidths: [10, 20, 20],
              rowHeights: [{ row: 0, height: 28 }],
              freeze: { rows: 1, columns: 1 },
              tabColor: '#0F6CBD',
            },
          ),
        ],
        ownedSheets: ['输出'],
        activate: '输出',
      };
      await host.apply(plan);
      const title = cellOf(fake, '输出', 'A1');
      expect(title.format).toMatchObject({ bold: true, size: 14, horizontalAlignment: 'Center', verticalAlignment: 'Center' });
      expect(mergesOf(fake, '输出')).toEqual(['A1:C1']);
      const b2 = cellOf(fake, '输出', 'B2').format;
      for (const edge of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const) expect(b2.borders?.[edge]).toMatchObject({ style: 'Continuous', weight: 'Thin' });
      expect(cellOf(fake, '输出', 'C3').format).toMatchObject({ fill: '#FFC7CE', color: '#9C0006', italic: true, wrapText: true });
      const sheet = fake.workbook.sheet('输出');
      expect(sheet.rowHeight(0)).toBe(28);
      // The plan's font (宋体 10) on every written cell, and the widths for it.
      expect(sheet.columnWidth(1)).toBe(columnWidthPoints(20, BODY_FONT));
      expect(cellOf(fake, '输出', 'B2').format).toMatchObject({ fontName: BODY_FONT.name, size: BODY_FONT.size });
      expect(sheet.freeze).toEqual({ rows: 1, columns: 1 });
      expect(sheet.tabColor).toBe('#0F6CBD');
      expect(fake.workbook.activeSheet()?.name).toBe('输出');
      expect(cellOf(fake, '输入', 'A1').value).toBe('');
    });

    it('clears an existing owned sheet (values, merges, validation, heights, freeze) instead of deleting it', async () => {
      const wb = workbook('输入', '输出');
      const old = wb.sheet('输出');
      const oldId = old.id;
      for (let r = 0; r < 10; r++) old.writeValue(r, 0, `旧${r}`);
      old.merge({ top: 0, left: 0, bottom: 1, right: 3 }, false);
      old.dataValidations.push({ range: { top: 5, left: 1, bottom: 9, right: 1 }, source: '是,否', list: ['是', '否'], inCellDropDown: true });
      old.rowHeights.set(7, 40);
      old.freeze = { rows: 3, columns: 0 };
      old.tabColor = '#FF0000';
      const { fake, host } = officeOver(wb);
      await host.apply({ sheets: [sheetPlan('输出', [['新', null], [null, '值']], { merges: [{ top: 0, left: 0, bottom: 0, right: 1 }] })], ownedSheets: ['输出'] });
      const sheet = fake.workbook.sheet('输出');
      expect(sheet.id).toBe(oldId);
      expect(sheetNamesOf(fake)).toEqual(['输入', '输出', META_SHEET_NAME]);
      expect(cellOf(fake, '输出', 'A1').value).toBe('新');
      expect(cellOf(fake, '输出', 'A5').value).toBe('');
      expect(mergesOf(fake, '输出')).toEqual(['A1:B1']);
      expect(sheet.dataValidations).toEqual([]);
      expect(sheet.rowHeights.size).toBe(0);
      expect(sheet.freeze).toBeNull();
      expect(sheet.tabColor).toBe('');
    });

    it('writes short lists inline and long ones into the meta sheet, reusing a stored list', async () => {
      const long = Array.from({ length: 40 }, (_, i) => `很长的选项名称第${i + 1}项`);
      const withComma = ['甲,乙', '丙'];
      const plan = (lists: string[][]): WritePlan => ({
        sheets: [sheetPlan('输出', [['a', 'b', 'c']], { dataValidations: lists.map((list, i) => ({ range: { top: 1, left: i, bottom: 5, right: i }, list })) })],
        ownedSheets: ['输出'],
      });
      const { fake, host } = officeOver(workbook('输入'));
      await host.apply(plan([['达成', '部分达成', '未达成', ''], long, withComma]));
      const dvs = fake.workbook.sheet('输出').dataValidations;
      expect(dvs[0]).toMatchObject({ source: '达成,部分达成,未达成', list: ['达成', '部分达成', '未达成'] });
      expect(dvs[1]?.source).toBe(`=${META_SHEET_NAME}!$B$1:$B$40`);
      expect(dvs[1]?.list).toEqual(long);
      expect(dvs[2]?.source).toBe(`=${META_SHEET_NAME}!$C$1:$C$2`);
      expect(dvs[2]?.list).toEqual(withComma);
      expect(JSON.parse(String(cellOf(fake, META_SHEET_NAME, 'A1').value))).toEqual({ ownedSheets: ['输出'] });
      // A later plan with the comma list only finds it again in column C and writes nothing new.
      await host.apply(plan([withComma]));
      expect(fake.workbook.sheet('输出').dataValidations[0]?.source).toBe(`=${META_SHEET_NAME}!$C$1:$C$2`);
      expect(fake.workbook.sheet(META_SHEET_NAME).usedRange(true)).toEqual({ top: 0, left: 0, bottom: 39, right: 2 });
    });

    it('skips data validation on an Excel without ExcelApi 1.8', async () => {
      const { fake, host } = officeOver(workbook('输入'), { capabilities: MINIMUM_EXCEL });
      await host.apply({ sheets: [sheetPlan('输出', [['a']], { dataValidations: [{ range: { top: 1, left: 0, bottom: 2, right: 0 }, list: ['是', '否'] }] })] });
      expect(fake.workbook.sheet('输出').dataValidations).toEqual([]);
    });

    it('chunks values by estimated payload, keeping every request under the budget', async () => {
      const rows = Array.from({ length: 3000 }, (_, i) => [`第${i}行的文字内容，用来占据一些字节`, i, i * 2, `备注${i}`]);
      const { fake, host } = officeOver(workbook('输入'), { maxRequestBytes: 100_000 });
      await host.apply({ sheets: [sheetPlan('大表', rows)], ownedSheets: ['大表'] });
      const writes = fake.stats.requestBytes.slice(1);
      expect(writes.length).toBeGreaterThan(2);
      for (const bytes of writes) expect(bytes).toBeLessThan(100_000);
      // Few syncs: no more than one beyond what the total payload needs.
      expect(writes.length).toBeLessThanOrEqual(Math.ceil(sum(writes) / 100_000) + 1);
      expect(cellOf(fake, '大表', 'A3000').value).toBe('第2999行的文字内容，用来占据一些字节');
      expect(cellOf(fake, '大表', 'C3000').value).toBe(5998);
    });

    it('splits a write Excel refuses as too large and sends it again, until every part is accepted', async () => {
      const rows = Array.from({ length: 3000 }, (_, i) => [`第${i}行的文字内容，用来占据一些字节`, i, i * 2, `备注${i}`]);
      // The host packs up to 1 MB a sync; this Excel refuses anything over 200 kB.
      const { fake, host } = officeOver(workbook('输入'), { maxRequestBytes: 1_000_000 }, { payloadLimitBytes: 200_000 });
      await host.apply({ sheets: [sheetPlan('大表', rows)], ownedSheets: ['大表'] });
      const refused = fake.stats.requestBytes.filter((bytes) => bytes > 200_000);
      expect(refused.length).toBeGreaterThan(0);
      expect(fake.stats.runs).toHaveLength(1);
      expect(cellOf(fake, '大表', 'A3000').value).toBe('第2999行的文字内容，用来占据一些字节');
      expect(cellOf(fake, '大表', 'D1').value).toBe('备注0');
      expect(fake.workbook.sheet('大表').usedRange(true)).toEqual({ top: 0, left: 0, bottom: 2999, right: 3 });
      expect(fake.workbook.enableEvents).toBe(true);
    });

    it('writes nothing and does not sync for an empty plan', async () => {
      const { fake, host } = officeOver(workbook('输入'));
      await host.apply({ sheets: [] });
      expect(fake.stats.syncs).toBe(0);
    });

    it('passes mergeUndoGroup only where ExcelApi 1.20 is supported', async () => {
      const full = officeOver(workbook('输入'));
      await full.host.apply({ sheets: [sheetPlan('输出', [['a']])] });
      expect(full.fake.stats.runs[0]).toEqual({ delayForCellEdit: true, mergeUndoGroup: true });
      const old = officeOver(workbook('输入'), { capabilities: MINIMUM_EXCEL });
      await old.host.apply({ sheets: [sheetPlan('输出', [['a']])] });
      expect(old.fake.stats.runs[0]).toEqual({ delayForCellEdit: true });
    });
  });

  describe('officeHost.select', () => {
    it('activates the sheet and selects the cell in one sync', async () => {
      const { fake, host } = officeOver(workbook('A', '绩效指标'));
      await host.select('绩效指标', 'E7');
      expect(fake.stats.syncs).toBe(1);
      expect(fake.workbook.activeSheet()?.name).toBe('绩效指标');
      expect(fake.workbook.selection).toEqual({ sheetId: fake.workbook.sheet('绩效指标').id, rect: { top: 6, left: 4, bottom: 6, right: 4 } });
    });

    it('only activates the sheet when the address is empty or not an address', async () => {
      const { fake, host } = officeOver(workbook('A', 'B'));
      await host.select('B', '');
      expect(fake.workbook.activeSheet()?.name).toBe('B');
      expect(fake.workbook.selection).toBeUndefined();
      await host.select('A', 'not a cell');
      expect(fake.workbook.activeSheet()?.name).toBe('A');
    });

    it('reports a missing sheet as OfficeHostError', async () => {
      const { host } = officeOver(workbook('A'));
      await expect(host.select('不存在', 'A1')).rejects.toMatchObject({ name: 'OfficeHostError', code: 'ItemNotFound', operation: 'select' });
      await expect(host.select('不存在', 'A1')).rejects.toBeInstanceOf(OfficeHostError);
    });

    it('lets programming errors through unwrapped', async () => {
      const { createOfficeHost } = await import('../../../src/hosts/office/officeHost');
      const host = createOfficeHost(() => Promise.reject(new TypeError('bug')));
      await expect(host.read()).rejects.toBeInstanceOf(TypeError);
    });
  });
});

describe('helpers', () => {
  it('packs work greedily, splitting rows and never leaving a sync empty', () => {
    const enqueued: string[] = [];
    const work: Work[] = [
      { kind: 'step', cost: () => 30, enqueue: () => enqueued.push('a') },
      { kind: 'rows', rowBytes: [20, 20, 20, 20, 20], bandCost: (_e, s, e) => 5 + 20 * (e - s), enqueueBand: (s, e) => enqueued.push(`rows ${s}-${e}`) },
      { kind: 'step', cost: () => 500, enqueue: () => enqueued.push('huge') },
      { kind: 'step', cost: () => 10, enqueue: () => enqueued.push('b') },
    ];
    // Every sync carries the request's own frame besides its work.
    const frame = REQUEST_OVERHEAD_BYTES;
    const syncs = packWork(work, frame + 100);
    syncs.forEach((s, i) => {
      enqueued.push(`sync ${i}`);
      enqueueSync(s);
    });
    // a + three rows fill the first sync; the oversized step goes alone; nothing is reordered.
    expect(syncs.map((s) => s.bytes - frame)).toEqual([95, 45, 500, 10]);
    expect(enqueued).toEqual(['sync 0', 'a', 'rows 0-3', 'sync 1', 'rows 3-5', 'sync 2', 'huge', 'sync 3', 'b']);
  });

  it('coalesces adjacent equal styles only', () => {
    const bold = { bold: true };
    const merged = coalesceStyles([
      { range: { top: 1, left: 0, bottom: 1, right: 3 }, style: bold },
      { range: { top: 2, left: 0, bottom: 2, right: 3 }, style: { bold: true } },
      { range: { top: 4, left: 0, bottom: 4, right: 3 }, style: bold },
      { range: { top: 5, left: 0, bottom: 5, right: 2 }, style: bold },
    ]);
    expect(merged.map((s) => s.range)).toEqual([
      { top: 1, left: 0, bottom: 2, right: 3 },
      { top: 4, left: 0, bottom: 4, right: 3 },
      { top: 5, left: 0, bottom: 5, right: 2 },
    ]);
  });

  it('converts column widths in characters of the output font to points (ECMA-376 §18.3.1.13)', () => {
    // Excel's default column: 64 pixels in Calibri 11 (8.43 characters shown, 9.140625 stored).
    expect(columnWidthPoints(9.140625, CALIBRI_11)).toBe(48);
    expect(columnWidthPoints(20, CALIBRI_11)).toBe(105);
    // zh-CN Excel's default column: 72 pixels in 等线 11 (8.38 characters shown).
    expect(columnWidthPoints(8.38 + 5 / 8, DEFAULT_OUTPUT_FONT)).toBe(54);
    expect(columnWidthPoints(20, DEFAULT_OUTPUT_FONT)).toBe(120);
    expect(columnWidthPoints(20, { name: '宋体', size: 11 })).toBe(120);
  });
});
