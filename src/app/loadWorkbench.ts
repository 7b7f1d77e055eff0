/** The workbench module as a lazily loaded chunk (webpack splits at this import; Node simply requires it). */
import type { Workbench } from './workbench';

export async function loadWorkbench(): Promise<Workbench> {
  const module = await import(/* webpackChunkName: "workbench" */ './workbench');
  return module.WORKBENCH;
}
