/**
 * Reading through the office host: one sync, A1-origin grids, error cells, merges behind ExcelApi
 * 1.13, the ownership record (setting ∪ meta sheet), more than 64 sheets, and the chunked fallback
 * when Excel refuses a too-large response.
 */
import { FakeWorkbook, fakeWorkbookFromSnapshot, snapshotOfFake } from '../../fakeExcel';
import { FULL_EXCEL, MINIMUM_EXCEL, normalizeSnapshot, seedSnapshot, KITS, overKit } from './officeTestKit';
import { META_SHEET_NAME, OWNED_SHEETS_SETTING } from '../../../src/hosts/office/ownershipRecord';
import { parseAreasAddress } from '../../../src/hosts/office/rangeAddresses';

describe.each(KITS)('over the $name', (kit) => {
  const { officeOver } = overKit(kit);

  describe('officeHost.read', () => {
    it('reads the seed workbook in one sync for the cells and one for the merged areas, and gives the snapshot the .xlsx host gives', async () => {
      const seed = await seedSnapshot();
      const { fake, host } = officeOver(fakeWorkbookFromSnapshot(seed));
      const snapshot = await host.read();
      expect(fake.stats.syncs).toBe(2);
      expect(fake.stats.requests[0]?.some((r) => r.name.startsWith('getMergedAreasOrNullObject'))).toBe(false);
      expect(fake.stats.requests[1]?.every((r) => r.kind !== 'load' || r.object.endsWith('getMergedAreasOrNullObject()'))).toBe(true);
      expect(fake.stats.runs).toEqual([{ delayForCellEdit: true }]);
      expect(normalizeSnapshot(snapshot)).toEqual(normalizeSnapshot(seed));
    });

    it('pads used ranges that do not start at A1, maps error cells and keeps number formats', async () => {
      const wb = new FakeWorkbook();
      const sheet = wb.addSheet('数据');
      sheet.writeValue(2, 1, '名称');
      sheet.writeNumberFormat(3, 2, '0.00%');
      sheet.writeValue(3, 2, 0.95);
      sheet.writeError(4, 3, '#N/A');
      const { host } = officeOver(wb);
      const snapshot = await host.read();
      const grid = snapshot.sheets[0];
      expect(grid?.values[0]).toEqual([]);
      expect(grid?.values[2]).toEqual([null, '名称', null, null]);
      expect(grid?.values[3]?.[2]).toBe(0.95);
      expect(grid?.numberFormats[3]?.[2]).toBe('0.00%');
      expect(grid?.numberFormats[2]?.[1]).toBeUndefined();
      expect(grid?.values[4]?.[3]).toEqual({ error: '#N/A' });
    });

    it('reads merged areas only where ExcelApi 1.13 is supported', async () => {
      const wb = new FakeWorkbook();
      const sheet = wb.addSheet('表');
      sheet.writeValue(0, 0, '标题');
      sheet.writeValue(2, 0, '产出指标');
      sheet.merge({ top: 0, left: 0, bottom: 0, right: 3 }, false);
      sheet.merge({ top: 2, left: 0, bottom: 5, right: 0 }, false);
      const full = await officeOver(wb).host.read();
      expect(full.sheets[0]?.merges).toEqual([
        { top: 0, left: 0, bottom: 0, right: 3 },
        { top: 2, left: 0, bottom: 5, right: 0 },
      ]);
      const minimum = officeOver(wb, { capabilities: MINIMUM_EXCEL });
      const old = await minimum.host.read();
      expect(old.sheets[0]?.merges).toEqual([]);
      expect(minimum.fake.stats.syncs).toBe(1);
      expect(minimum.fake.stats.requests[0]?.some((r) => r.name.startsWith('getMergedAreasOrNullObject'))).toBe(false);
    });

    it('flags hidden sheets, leaves the meta sheet out and unions the two ownership records', async () => {
      const wb = new FakeWorkbook();
      wb.addSheet('输入');
      wb.addSheet('隐藏').visibility = 'Hidden';
      wb.addSheet('绩效自评表');
      wb.addSheet('校验问题');
      const meta = wb.addSheet(META_SHEET_NAME);
      meta.visibility = 'VeryHidden';
      meta.writeNumberFormat(0, 0, '@');
      meta.writeValue(0, 0, JSON.stringify({ ownedSheets: ['校验问题', '绩效自评表'] }));
      wb.settings.set(OWNED_SHEETS_SETTING, ['绩效自评表']);
      const { fake, host } = officeOver(wb);
      const snapshot = await host.read();
      expect(fake.stats.syncs).toBe(1);
      expect(snapshot.sheets.map((s) => [s.name, s.visible])).toEqual([
        ['输入', true],
        ['隐藏', false],
        ['绩效自评表', true],
        ['校验问题', true],
      ]);
      expect(snapshot.ownedSheets).toEqual(['绩效自评表', '校验问题']);
    });

    it('accepts the setting as JSON text and ignores a malformed record', async () => {
      const wb = new FakeWorkbook();
      wb.addSheet('A');
      wb.settings.set(OWNED_SHEETS_SETTING, '["A"]');
      expect((await officeOver(wb).host.read()).ownedSheets).toEqual(['A']);
      wb.settings.set(OWNED_SHEETS_SETTING, '{not json');
      expect((await officeOver(wb).host.read()).ownedSheets).toEqual([]);
    });

    it('costs one more sync per further 64 sheets and keeps tab order', async () => {
      const wb = new FakeWorkbook();
      const names = Array.from({ length: 70 }, (_, i) => `S${i + 1}`);
      for (const name of names) wb.addSheet(name).writeValue(0, 0, name);
      const { fake, host } = officeOver(wb);
      const snapshot = await host.read();
      // Two syncs walk the sheets (office.js's handles of the walk do not outlive a request), one reads merged areas.
      expect(fake.stats.syncs).toBe(3);
      expect(snapshot.sheets.map((s) => s.name)).toEqual(names);
      expect(snapshot.sheets[69]?.values[0]).toEqual(['S70']);
    });

    it('falls back to reading in row bands when the one-sync response is too large', async () => {
      const wb = new FakeWorkbook();
      const big = wb.addSheet('大表');
      for (let r = 0; r < 400; r++) for (let c = 0; c < 8; c++) big.writeValue(r + 1, c + 1, `第${r}行第${c}列的较长文本内容`);
      wb.addSheet('小表').writeValue(0, 0, 1);
      big.writeValue(0, 1, '大表的标题');
      big.merge({ top: 0, left: 1, bottom: 0, right: 8 }, false);
      const { fake, host } = officeOver(wb, { maxRequestBytes: 50_000 }, { payloadLimitBytes: 60_000 });
      const snapshot = await host.read();
      expect(normalizeSnapshot(snapshot)).toEqual(normalizeSnapshot(snapshotOfFake(wb)));
      expect(fake.stats.syncs).toBeGreaterThan(2);
      expect(fake.stats.runs).toHaveLength(2);
      // After the refused one-sync read: an outline sync, then bands; a refused band is halved, never retried as is.
      const refused = fake.stats.responseBytes.filter((bytes) => bytes > 60_000);
      expect(refused.length).toBeLessThanOrEqual(3);
    });

    it('parses RangeAreas addresses, including quoted sheet names with commas', () => {
      expect(parseAreasAddress("'a,b'!A1:B2, 'a,b'!$D$4")).toEqual([
        { top: 0, left: 0, bottom: 1, right: 1 },
        { top: 3, left: 3, bottom: 3, right: 3 },
      ]);
      expect(parseAreasAddress('A1:C1,E5')).toEqual([
        { top: 0, left: 0, bottom: 0, right: 2 },
        { top: 4, left: 4, bottom: 4, right: 4 },
      ]);
    });

    it('uses the injected capabilities rather than a global Office', async () => {
      const wb = new FakeWorkbook();
      const x = wb.addSheet('x');
      x.writeValue(0, 0, '合并的标题');
      x.merge({ top: 0, left: 0, bottom: 1, right: 1 }, false);
      const snapshot = await officeOver(wb, { capabilities: FULL_EXCEL }).host.read();
      expect(snapshot.sheets[0]?.merges).toHaveLength(1);
    });
  });
});
