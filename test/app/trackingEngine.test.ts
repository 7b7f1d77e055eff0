/** Tracking mode's engine is loaded on demand (the pane's `tracking` chunk): never for a self-evaluation. */
import { evaluateSnapshot, recompute, validate } from '../../src/app/useCases';
import { loadTrackingEngine, registerTrackingEngine, trackingEngine } from '../../src/app/trackingEngine';
import { TRACKING } from '../../src/app/trackingChunk';
import type { WorkbookPort, WorkbookSnapshot } from '../../src/app/ports';
import type { WritePlan } from '../../src/domain/output/planTypes';
import { SEED_XLSX, readSnapshot } from '../helpers/fixtures';

let snapshot: WorkbookSnapshot;

function port(): WorkbookPort & { readonly plans: WritePlan[] } {
  const plans: WritePlan[] = [];
  return {
    plans,
    read: () => Promise.resolve(snapshot),
    apply: (plan) => {
      plans.push(plan);
      return Promise.resolve();
    },
  };
}

beforeAll(async () => {
  snapshot = await readSnapshot(SEED_XLSX);
});

beforeEach(() => registerTrackingEngine(undefined));
afterAll(() => registerTrackingEngine(TRACKING));

test('a self-evaluation needs no tracking engine and loads none', async () => {
  expect(evaluateSnapshot(snapshot, { mode: 'selfEvaluation' }).report.total).toBe(62.5);
  const p = port();
  await recompute(p, { mode: 'selfEvaluation' });
  expect(trackingEngine()).toBeUndefined();
  expect(p.plans[0]?.sheets[0]?.name).toBe('绩效自评表');
});

test('the synchronous path refuses tracking mode without the engine: a programming error, never a wrong result', () => {
  expect(() => evaluateSnapshot(snapshot)).toThrow(/tracking mode needs its engine/);
});

test('recompute and validate load it when the mode is tracking', async () => {
  const p = port();
  const result = await recompute(p);
  expect(result.report.mode).toBe('tracking');
  expect(trackingEngine()).toBe(TRACKING);
  expect(p.plans[0]?.sheets[0]?.name).toBe('绩效运行监控表');
  registerTrackingEngine(undefined);
  expect((await validate(port())).report.tracking?.gap).toBe(4.7);
  expect(await loadTrackingEngine()).toBe(TRACKING);
});
