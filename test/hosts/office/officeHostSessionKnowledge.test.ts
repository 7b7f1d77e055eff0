/**
 * What an office host instance remembers between calls, and how it checks it: a read with
 * knowledge asks for the input sheets by name and only the names of owned sheets, notices new,
 * renamed, deleted and no-longer-owned sheets, and falls back when a sheet outgrew its estimate;
 * a write right after a read skips the "which sheets exist" sync and recovers when that was wrong.
 */
import { evaluateSnapshot, recompute } from '../../../src/app/useCases';
import type { WorkbookSnapshot } from '../../../src/app/ports';
import { OUTPUT_SHEET_NAMES } from '../../../src/domain/output/planTypes';
import { META_SHEET_NAME, OWNED_SHEETS_SETTING } from '../../../src/hosts/office/ownershipRecord';
import { encodeRecord } from '../../../src/app/workbookRecord';
import { FRESH_KNOWLEDGE_MS } from '../../../src/hosts/office/sessionKnowledge';
import { FakeWorkbook, fakeWorkbookFromSnapshot, serializeFake, snapshotOfFake, type FakeExcel } from '../../fakeExcel';
import { MINIMUM_EXCEL, normalizeSnapshot, seedSnapshot, type FakeOfficeSetup, KITS, overKit } from './officeTestKit';
import { WORKBENCH } from '../../../src/app/workbench';

/** Every door runs with the evaluator's workbench (app/workbench.ts). */
const FULL = { workbench: WORKBENCH } as const;
import { SEED_OUTPUTS } from '../../helpers/fixtures';

/** The seed is a tracking report: its outputs (test/helpers/fixtures.ts). */
const OUTPUTS: readonly string[] = SEED_OUTPUTS;
/** Every read ends with a sync of its own for the input sheets' merged areas (readMerges.ts). */
const MERGE_SYNC = 1;

describe.each(KITS)('over the $name', (kit) => {
  const { officeOver } = overKit(kit);

  /** The seed after one recompute, on a host that remembers it. */
  async function seedWithOutputs(hostOptions: Parameters<typeof officeOver>[1] = {}): Promise<FakeOfficeSetup> {
    const setup = officeOver(fakeWorkbookFromSnapshot(await seedSnapshot()), hostOptions);
    await recompute(setup.host, FULL);
    setup.fake.resetStats();
    return setup;
  }

  /** What a host that knows nothing reads from the same workbook. */
  async function coldRead(fake: FakeExcel): Promise<WorkbookSnapshot> {
    return officeOver(fake.workbook).host.read();
  }

  function requestsOf(fake: FakeExcel): { object: string; kind: string; name: string }[] {
    return fake.stats.requests.flat();
  }

  /** True when a sync walked the sheets (the cold read) rather than asking for them by name. */
  function walked(fake: FakeExcel, sync = 0): boolean {
    return (fake.stats.requests[sync] ?? []).some((r) => r.name.startsWith('getFirst'));
  }

  describe('read() with knowledge', () => {
    it('asks for the input sheets by name, for the owned outputs only their names, in one sync, and gives what a cold read gives', async () => {
      const { fake, host } = await seedWithOutputs();
      const warm = await host.read();
      expect(fake.stats.syncs).toBe(1 + MERGE_SYNC);
      expect(walked(fake)).toBe(false);
      for (const output of OUTPUTS) {
        expect(requestsOf(fake).some((r) => r.object.includes(output))).toBe(false);
        const grid = warm.sheets.find((s) => s.name === output);
        expect(grid).toMatchObject({ values: [], numberFormats: [], merges: [], visible: true });
      }
      expect(warm.ownedSheets).toEqual(expect.arrayContaining(OUTPUTS));
      expect(normalizeSnapshot(warm)).toEqual(normalizeSnapshot(await coldRead(fake)));
    });

    it('reads a sheet added since in one follow-up sync', async () => {
      const { fake, host } = await seedWithOutputs();
      const added = fake.workbook.addSheet('备注');
      added.writeValue(1, 1, '新加的说明');
      const warm = await host.read();
      expect(fake.stats.syncs).toBe(2 + MERGE_SYNC);
      expect(warm.sheets.find((s) => s.name === '备注')?.values[1]).toEqual([null, '新加的说明']);
      expect(normalizeSnapshot(warm)).toEqual(normalizeSnapshot(await coldRead(fake)));
    });

    it('follows a renamed input sheet and forgets a deleted one', async () => {
      const { fake, host } = await seedWithOutputs();
      const names = fake.workbook.sheetNames();
      const first = fake.workbook.sheet(names[0] ?? '');
      first.name = '改名后的表';
      const renamed = await host.read();
      expect(fake.stats.syncs).toBe(2 + MERGE_SYNC);
      expect(renamed.sheets.map((s) => s.name)).toContain('改名后的表');
      expect(renamed.sheets.map((s) => s.name)).not.toContain(names[0]);
      expect(normalizeSnapshot(renamed)).toEqual(normalizeSnapshot(await coldRead(fake)));

      fake.resetStats();
      fake.workbook.deleteSheet(first);
      const deleted = await host.read();
      expect(fake.stats.syncs).toBe(1 + MERGE_SYNC);
      expect(deleted.sheets.map((s) => s.name)).not.toContain('改名后的表');
      expect(normalizeSnapshot(deleted)).toEqual(normalizeSnapshot(await coldRead(fake)));
    });

    it('reads the cells of a sheet the ownership record no longer names (another tool rewrote it)', async () => {
      const { fake, host } = await seedWithOutputs();
      const stillOwned = OUTPUTS.filter((n) => n !== OUTPUT_SHEET_NAMES.diagnostics);
      fake.workbook.settings.set(OWNED_SHEETS_SETTING, stillOwned);
      fake.workbook.sheet(META_SHEET_NAME).writeValue(0, 0, encodeRecord({ ownedSheets: stillOwned, settings: {} }));
      const warm = await host.read();
      expect(fake.stats.syncs).toBe(2 + MERGE_SYNC);
      expect(warm.ownedSheets).toEqual(stillOwned);
      expect(warm.sheets.find((s) => s.name === OUTPUT_SHEET_NAMES.diagnostics)?.values.length).toBeGreaterThan(0);
      expect(normalizeSnapshot(warm)).toEqual(normalizeSnapshot(await coldRead(fake)));
    });

    it('reads a known sheet too large for one response in bands, and falls back when a sheet outgrew its estimate', async () => {
      const wb = new FakeWorkbook();
      const big = wb.addSheet('大表');
      for (let r = 0; r < 400; r++) for (let c = 0; c < 8; c++) big.writeValue(r + 1, c + 1, `第${r}行第${c}列的较长文本内容`);
      big.writeValue(0, 1, '大表的标题');
      big.merge({ top: 0, left: 1, bottom: 0, right: 8 }, false);
      const small = wb.addSheet('小表');
      small.writeValue(0, 0, 1);
      const limits = { maxRequestBytes: 50_000 };
      const { fake, host } = officeOver(wb, limits, { payloadLimitBytes: 60_000 });
      await host.read(); // cold: refused, then outline and bands

      fake.resetStats();
      const warm = await host.read();
      expect(fake.stats.runs).toHaveLength(1);
      for (const bytes of fake.stats.payloadBytes) expect(bytes).toBeLessThan(60_000);
      expect(fake.stats.syncs).toBeGreaterThan(2);
      expect(normalizeSnapshot(warm)).toEqual(normalizeSnapshot(snapshotOfFake(wb)));

      // The small sheet grows past what fits in one response: the warm read is refused and the host reads in parts.
      for (let r = 0; r < 400; r++) for (let c = 0; c < 8; c++) small.writeValue(r, c, `新增的第${r}行第${c}列长文本`);
      fake.resetStats();
      const grown = await host.read();
      expect(fake.stats.runs).toHaveLength(2);
      expect(fake.stats.responseBytes.filter((bytes) => bytes > 60_000)).toHaveLength(1);
      expect(normalizeSnapshot(grown)).toEqual(normalizeSnapshot(snapshotOfFake(wb)));
    });
  });

  describe('apply() after a read', () => {
    it('writes in the first sync when the read was moments ago, and asks first when it was not', async () => {
      let clock = 1_000;
      const seed = await seedSnapshot();
      const setup = officeOver(fakeWorkbookFromSnapshot(seed), { now: () => clock });
      const { plan } = evaluateSnapshot(await setup.host.read(), FULL);
      setup.fake.resetStats();
      await setup.host.apply(plan);
      expect(setup.fake.stats.syncs).toBe(1);
      expect(setup.fake.stats.requests[0]?.some((r) => r.kind === 'set' && r.name === 'values')).toBe(true);

      const later = officeOver(fakeWorkbookFromSnapshot(seed), { now: () => clock });
      await later.host.read();
      clock += FRESH_KNOWLEDGE_MS + 1;
      later.fake.resetStats();
      await later.host.apply(plan);
      expect(later.fake.stats.syncs).toBe(2);
      expect(later.fake.stats.requests[0]?.some((r) => r.kind === 'set')).toBe(false);
      expect(serializeFake(later.fake)).toBe(serializeFake(setup.fake));
    });

    it('skips the question on an Excel with only the manifest minimum too', async () => {
      const { fake, host } = officeOver(fakeWorkbookFromSnapshot(await seedSnapshot()), { capabilities: MINIMUM_EXCEL });
      const { plan } = evaluateSnapshot(await host.read(), FULL);
      fake.resetStats();
      await host.apply(plan);
      expect(fake.stats.syncs).toBe(1);
    });

    it('recovers when a planned sheet was added since the read (ItemAlreadyExists): asks, then writes again', async () => {
      const seed = await seedSnapshot();
      const { fake, host } = officeOver(fakeWorkbookFromSnapshot(seed));
      const { plan } = evaluateSnapshot(await host.read(), FULL);
      const reference = officeOver(fakeWorkbookFromSnapshot(seed));
      for (const wb of [fake.workbook, reference.fake.workbook]) wb.addSheet(OUTPUT_SHEET_NAMES.detail).writeValue(0, 0, '刚刚加上');

      fake.resetStats();
      await host.apply(plan);
      await reference.host.apply(plan);
      expect(serializeFake(fake)).toBe(serializeFake(reference.fake));
      expect(fake.workbook.calculationMode).toBe('Automatic');
      expect(fake.workbook.enableEvents).toBe(true);
      // The refused write, the restore of calculation and events, the question, the write.
      expect(fake.stats.syncs).toBe(4);
      expect(fake.stats.runs).toHaveLength(1);

      // Knowledge that proved wrong is dropped: the next read walks the sheets again.
      fake.resetStats();
      await host.read();
      expect(walked(fake)).toBe(true);
    });

    it('recovers when a sheet it meant to rewrite was deleted since the read (ItemNotFound)', async () => {
      const seed = await seedSnapshot();
      const { fake, host } = officeOver(fakeWorkbookFromSnapshot(seed));
      const reference = officeOver(fakeWorkbookFromSnapshot(seed));
      await recompute(host, FULL);
      await recompute(reference.host, FULL);
      const { plan } = evaluateSnapshot(await host.read(), FULL);
      for (const wb of [fake.workbook, reference.fake.workbook]) wb.deleteSheet(wb.sheet(OUTPUT_SHEET_NAMES.detail));

      fake.resetStats();
      await host.apply(plan);
      // The refused write, the restore of calculation and events, the question, the write.
      expect(fake.stats.syncs).toBe(4);
      await officeOver(reference.fake.workbook).host.apply(plan);
      expect(serializeFake(fake)).toBe(serializeFake(reference.fake));
      expect(fake.workbook.sheetNames()).toContain(OUTPUT_SHEET_NAMES.detail);
    });

    it('keeps what it wrote as knowledge, so the next read is by name; a failed write forgets it', async () => {
      const { fake, host } = officeOver(fakeWorkbookFromSnapshot(await seedSnapshot()));
      await recompute(host, FULL);
      fake.resetStats();
      await host.read();
      expect(walked(fake)).toBe(false);

      fake.failOn({ onWriteToSheet: OUTPUT_SHEET_NAMES.monitor, code: 'GeneralException' });
      await expect(recompute(host, FULL)).rejects.toMatchObject({ code: 'GeneralException', operation: 'apply' });
      fake.resetStats();
      await host.read();
      expect(walked(fake)).toBe(true);
    });
  });
});
