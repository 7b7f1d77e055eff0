/**
 * The engine (the use cases with the reader, scoring and the output sheets) as a lazily loaded chunk:
 * the pane's first download is its UI, and the engine follows on the pane's first read (webpack splits
 * at this import; Node simply requires it).
 */
import type * as UseCases from './useCases';

export type Engine = typeof UseCases;

export function loadEngine(): Promise<Engine> {
  return import(/* webpackChunkName: "engine" */ './useCases');
}
