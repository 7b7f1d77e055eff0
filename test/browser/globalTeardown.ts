/** Closes the browser and the static server globalSetup started, and removes its temporary files. */
import * as fs from 'node:fs';
import { harnessOf } from './globalSetup';

export default async function globalTeardown(): Promise<void> {
  const harness = harnessOf(globalThis);
  if (!harness) return;
  await harness.browser.close();
  await harness.server.close();
  fs.rmSync(harness.dir, { recursive: true, force: true });
}
