/**
 * Where the doors find tracking mode's engine (src/app/trackingChunk.ts). In the pane it is a
 * chunk of its own, fetched the first time a workbook is evaluated in tracking mode: a self-evaluation
 * never loads it. The async use cases (recompute, validate) load it when the mode they chose is
 * tracking; the synchronous evaluateSnapshot uses the engine already loaded (or registered: the command
 * line and tests register it at once) and refuses tracking mode without one.
 */
import type { AppTrackingEngine } from './trackingChunk';

let loaded: AppTrackingEngine | undefined;

/** The engine loaded or registered so far. */
export function trackingEngine(): AppTrackingEngine | undefined {
  return loaded;
}

/** Makes an engine available to the synchronous path (undefined forgets it: for tests of the lazy path). */
export function registerTrackingEngine(engine: AppTrackingEngine | undefined): void {
  loaded = engine;
}

/** Loads the engine once (in the pane: the `tracking` chunk). */
export async function loadTrackingEngine(): Promise<AppTrackingEngine> {
  if (loaded) return loaded;
  const { TRACKING } = await import(/* webpackChunkName: "tracking" */ './trackingChunk');
  loaded = TRACKING;
  return TRACKING;
}
