/**
 * The sync budget of a recompute through the office host, measured on the fake Excel:
 * - the seed: read 1 sync + write 1 sync (the read moments ago answers which sheets exist);
 * - 10,000 indicators: a first recompute and a second one on the same host within
 *   2 + ceil(write payload / 4 MB) syncs, every sync under 5 MB (the second read asks for the owned
 *   output sheets' names only); a fresh host on the same workbook within 3 + ceil(write payload / 4 MB);
 * - the same workbook state and the same evaluation whichever path ran.
 */
import { OUTPUT_SHEET_NAMES } from '../../../src/domain/output/planTypes';
import { FakeWorkbook, fakeWorkbookFromSnapshot, serializeFake } from '../../fakeExcel';
import { largeSnapshot, measuredRecompute, officeOver, officeOverSnapshot, seedSnapshot, type RecomputeCost } from './officeTestKit';

const FOUR_MB = 4_000_000;
const FIVE_MB = 5_000_000;

function budget(cost: RecomputeCost, extra: number): number {
  return extra + Math.ceil(cost.writePayload / FOUR_MB);
}

function accepted(cost: RecomputeCost): number[] {
  return cost.syncBytes.filter((bytes) => bytes <= FIVE_MB);
}

describe('the seed workbook', () => {
  it('recomputes in 2 syncs (read, write), and again in 2 on the same host and on a fresh one', async () => {
    const seed = await seedSnapshot();
    const setup = officeOverSnapshot(seed);
    const first = await measuredRecompute(setup);
    expect(first.readSyncs).toBe(1);
    expect(first.writeSyncs).toBe(1);
    const afterFirst = serializeFake(setup.fake);

    const again = await measuredRecompute(setup);
    expect([again.readSyncs, again.writeSyncs]).toEqual([1, 1]);
    expect(serializeFake(setup.fake)).toBe(afterFirst);

    // Small outputs: a fresh host's one-sync read is accepted, so it needs no more than the warm host.
    const fresh = await measuredRecompute(officeOver(setup.fake.workbook));
    expect([fresh.readSyncs, fresh.writeSyncs]).toEqual([1, 1]);
    expect(serializeFake(setup.fake)).toBe(afterFirst);
    expect(again.result.report).toEqual(first.result.report);
    expect(fresh.result.report).toEqual(first.result.report);
  });

  it('reads a workbook without outputs in exactly one sync', async () => {
    const { fake, host } = officeOver(fakeWorkbookFromSnapshot(await seedSnapshot()));
    await host.read();
    expect(fake.stats.syncs).toBe(1);
    const empty = new FakeWorkbook();
    empty.addSheet('Sheet1');
    const bare = officeOver(empty);
    await bare.host.read();
    expect(bare.fake.stats.syncs).toBe(1);
  });
});

describe('a 10,000-indicator workbook', () => {
  it('recomputes within 2 + ceil(payload / 4 MB) syncs twice on one host, and within 3 + ceil(payload / 4 MB) on a fresh host', async () => {
    const setup = officeOverSnapshot(largeSnapshot(10_000));

    const first = await measuredRecompute(setup);
    expect(first.result.evaluation.indicators.length).toBe(10_000);
    expect(first.readSyncs).toBe(1);
    expect(first.readSyncs + first.writeSyncs).toBeLessThanOrEqual(budget(first, 2));
    for (const bytes of first.syncBytes) expect(bytes).toBeLessThan(FIVE_MB);
    expect(setup.fake.workbook.sheet(OUTPUT_SHEET_NAMES.detail).usedRange(true)?.bottom).toBeGreaterThanOrEqual(10_000);
    const afterFirst = serializeFake(setup.fake);

    // The outputs are now ~7 MB: a one-sync read of everything would be refused. The host reads the
    // input sheets by name and only the names of its own output sheets.
    const second = await measuredRecompute(setup);
    expect(second.readSyncs).toBe(1);
    expect(second.refused).toBe(0);
    expect(second.readSyncs + second.writeSyncs).toBeLessThanOrEqual(budget(second, 2));
    for (const bytes of second.syncBytes) expect(bytes).toBeLessThan(FIVE_MB);
    expect(serializeFake(setup.fake)).toBe(afterFirst);

    // A fresh host cannot tell its own (large) output sheets from the user's before a sync answers:
    // its one-sync read of everything is refused, then one sync for the outline and one for the input
    // sheets' cells — one sync more than a host that already knows the workbook.
    const fresh = await measuredRecompute(officeOver(setup.fake.workbook));
    expect(fresh.refused).toBe(1);
    expect(fresh.readSyncs).toBe(3);
    expect(fresh.readSyncs + fresh.writeSyncs).toBeLessThanOrEqual(budget(fresh, 3));
    for (const bytes of accepted(fresh)) expect(bytes).toBeLessThan(FIVE_MB);
    expect(serializeFake(setup.fake)).toBe(afterFirst);

    expect(second.result.report).toEqual(first.result.report);
    expect(fresh.result.report).toEqual(first.result.report);
    expect(second.result.plan).toEqual(first.result.plan);
    expect(fresh.result.plan).toEqual(first.result.plan);
  }, 120_000);
});
