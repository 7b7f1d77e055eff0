/**
 * The office host sizes its write syncs by what office.js will send (src/hosts/office/requestEstimate.ts).
 * Here that estimate meets the real client: for plans of 50 to 30,000 indicators, every write
 * sync's estimate is within 10 % of the request the client actually builds, and no request passes
 * the 4 MB budget by more than that.
 */
import { evaluateSnapshot } from '../../src/app/useCases';
import { applyPlan, DEFAULT_MAX_REQUEST_BYTES } from '../../src/hosts/office/applyPlan';
import { hostFeatures } from '../../src/hosts/office/capabilities';
import { fakeWorkbookFromSnapshot } from '../fakeExcel';
import { FULL_EXCEL, largeSnapshot, seedSnapshot } from '../hosts/office/officeTestKit';
import { createRealExcel } from '.';

async function estimateAgainstReal(snapshot: Parameters<typeof fakeWorkbookFromSnapshot>[0]): Promise<{ estimated: readonly number[]; real: readonly number[] }> {
  const { plan } = evaluateSnapshot(snapshot);
  const excel = createRealExcel(fakeWorkbookFromSnapshot(snapshot), { capabilities: FULL_EXCEL, payloadLimitBytes: Number.MAX_SAFE_INTEGER });
  const summary = await excel.run({ delayForCellEdit: true }, (context) => applyPlan(context, plan, hostFeatures(FULL_EXCEL)));
  // Without the host's knowledge the first sync asks which sheets exist; the write syncs follow it.
  return { estimated: summary.estimatedBytes, real: excel.stats.requestBytes.slice(1) };
}

function expectWithinTenPercent(estimated: readonly number[], real: readonly number[]): void {
  expect(estimated).toHaveLength(real.length);
  estimated.forEach((bytes, i) => {
    const actual = real[i] ?? 0;
    expect(Math.abs(bytes - actual) / actual).toBeLessThan(0.1);
    expect(actual).toBeLessThan(DEFAULT_MAX_REQUEST_BYTES * 1.1);
  });
}

describe('the write estimate against the real office.js client', () => {
  it('is within 10 % on the seed', async () => {
    const { estimated, real } = await estimateAgainstReal(await seedSnapshot());
    expect(real).toHaveLength(1);
    expectWithinTenPercent(estimated, real);
  });

  it.each([50, 1000, 10_000, 30_000])('is within 10 %% on every write sync of %i indicators', async (count) => {
    const { estimated, real } = await estimateAgainstReal(largeSnapshot(count));
    expectWithinTenPercent(estimated, real);
    if (count >= 10_000) expect(real.length).toBeGreaterThan(1);
  }, 300_000);
});
