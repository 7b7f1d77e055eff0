/**
 * The sync budget of a recompute through the office host, over the fake Excel's API and over the
 * real office.js client (whose requests are the ones Excel measures):
 * - the seed: a read of 2 syncs (the cells, then the merged areas) + a write of 1 (the read moments
 *   ago answers which sheets exist);
 * - 10,000 indicators: a first recompute and a second one on the same host within
 *   3 + ceil(write payload / 4 MB) syncs (the second read asks for the owned output sheets' names
 *   only); a fresh host on the same workbook within 4 + ceil(write payload / 4 MB);
 * - every request and every accepted response under 5 MB;
 * - the same workbook state and the same evaluation whichever path ran.
 * The 30,000-indicator recompute, over the real client only: every request under 5 MB.
 */
import { OUTPUT_SHEET_NAMES } from '../../../src/domain/output/planTypes';
import { FakeWorkbook, fakeWorkbookFromSnapshot, serializeFake } from '../../fakeExcel';
import { largeSnapshot, measuredRecompute, seedSnapshot, type RecomputeCost, KITS, REAL_KIT, overKit } from './officeTestKit';

const FOUR_MB = 4_000_000;
const FIVE_MB = 5_000_000;

function budget(cost: RecomputeCost, extra: number): number {
  return extra + Math.ceil(cost.writePayload / FOUR_MB);
}

/**
 * The write packs by what office.js sends (requestEstimate.ts): over the real client, as many
 * syncs as its real bytes need; the fake's own compact encoding counts fewer bytes, so over the
 * fake the same syncs are fewer than its bytes would suggest — only the real client's bytes can
 * be held to the budget.
 */
function expectWithinBudget(cost: RecomputeCost, extra: number, real: boolean): void {
  if (real) expect(cost.readSyncs + cost.writeSyncs).toBeLessThanOrEqual(budget(cost, extra));
  else expect(cost.writeSyncs).toBeGreaterThanOrEqual(Math.ceil(cost.writePayload / FOUR_MB));
}

/** Every request under 5 MB, and every response Excel did not refuse. */
function expectUnderFiveMb(cost: RecomputeCost): void {
  for (const bytes of cost.requestBytes) expect(bytes).toBeLessThan(FIVE_MB);
  expect(cost.responseBytes.filter((bytes) => bytes > FIVE_MB)).toHaveLength(cost.refused);
}

describe.each(KITS)('over the $name', (kit) => {
  const { officeOver, officeOverSnapshot } = overKit(kit);

  describe('the seed workbook', () => {
    it('recomputes in 3 syncs (cells, merged areas, write), and again in 3 on the same host and on a fresh one', async () => {
      const seed = await seedSnapshot();
      const setup = officeOverSnapshot(seed);
      const first = await measuredRecompute(setup);
      expect([first.readSyncs, first.writeSyncs]).toEqual([2, 1]);
      const afterFirst = serializeFake(setup.fake);

      const again = await measuredRecompute(setup);
      expect([again.readSyncs, again.writeSyncs]).toEqual([2, 1]);
      expect(serializeFake(setup.fake)).toBe(afterFirst);

      // Small outputs: a fresh host's one-sync read is accepted, so it needs no more than the warm host.
      const fresh = await measuredRecompute(officeOver(setup.fake.workbook));
      expect([fresh.readSyncs, fresh.writeSyncs]).toEqual([2, 1]);
      expect(serializeFake(setup.fake)).toBe(afterFirst);
      expect(again.result.report).toEqual(first.result.report);
      expect(fresh.result.report).toEqual(first.result.report);
    });

    it('reads a workbook without outputs in one sync for the cells and one for the merged areas; a workbook without cells in one', async () => {
      const { fake, host } = officeOver(fakeWorkbookFromSnapshot(await seedSnapshot()));
      await host.read();
      expect(fake.stats.syncs).toBe(2);
      const empty = new FakeWorkbook();
      empty.addSheet('Sheet1');
      const bare = officeOver(empty);
      await bare.host.read();
      expect(bare.fake.stats.syncs).toBe(1);
    });
  });

  describe('a 10,000-indicator workbook', () => {
    it('recomputes within 3 + ceil(payload / 4 MB) syncs twice on one host, and within 4 + ceil(payload / 4 MB) on a fresh host', async () => {
      const setup = officeOverSnapshot(largeSnapshot(10_000));

      const first = await measuredRecompute(setup);
      expect(first.result.evaluation.indicators.length).toBe(10_000);
      expect(first.readSyncs).toBe(2);
      expectWithinBudget(first, 3, kit.real);
      expectUnderFiveMb(first);
      expect(first.refused).toBe(0);
      expect(setup.fake.workbook.sheet(OUTPUT_SHEET_NAMES.detail).usedRange(true)?.bottom).toBeGreaterThanOrEqual(10_000);
      const afterFirst = serializeFake(setup.fake);

      // The outputs are now ~7 MB: a one-sync read of everything would be refused. The host reads the
      // input sheets by name and only the names of its own output sheets.
      const second = await measuredRecompute(setup);
      expect(second.readSyncs).toBe(2);
      expect(second.refused).toBe(0);
      expectWithinBudget(second, 3, kit.real);
      expectUnderFiveMb(second);
      expect(serializeFake(setup.fake)).toBe(afterFirst);

      // A fresh host cannot tell its own (large) output sheets from the user's before a sync answers:
      // its one-sync read of everything is refused, then one sync for the outline, one for the input
      // sheets' cells and one for their merged areas — one sync more than a host that knows the workbook.
      const fresh = await measuredRecompute(officeOver(setup.fake.workbook));
      expect(fresh.refused).toBe(1);
      expect(fresh.readSyncs).toBe(4);
      expectWithinBudget(fresh, 4, kit.real);
      expectUnderFiveMb(fresh);
      expect(serializeFake(setup.fake)).toBe(afterFirst);

      expect(second.result.report).toEqual(first.result.report);
      expect(fresh.result.report).toEqual(first.result.report);
      expect(second.result.plan).toEqual(first.result.plan);
      expect(fresh.result.plan).toEqual(first.result.plan);
    }, 300_000);
  });
});

describe('a 30,000-indicator workbook over the office.js client', () => {
  it('recomputes with every real request under 5 MB, twice on one host', async () => {
    const setup = overKit(REAL_KIT).officeOverSnapshot(largeSnapshot(30_000));
    for (const round of [1, 2]) {
      const cost = await measuredRecompute(setup);
      expect(cost.result.evaluation.indicators.length).toBe(30_000);
      expectUnderFiveMb(cost);
      // The first read of 7 MB of cells is refused once, then read in parts (an outline, the cells in
      // bands of 3.4 MB, the merged areas); the second reads by name (the cells in bands, the merged areas).
      expect(cost.refused).toBe(round === 1 ? 1 : 0);
      expect(cost.readSyncs).toBeLessThanOrEqual(round === 1 ? 6 : 5);
      expect(cost.writeSyncs).toBeLessThanOrEqual(budget(cost, 1));
    }
  }, 600_000);
});
