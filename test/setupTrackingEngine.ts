/**
 * Jest setup (setupFilesAfterEnv): tracking mode's engine registered for the synchronous
 * evaluateSnapshot, as the command line has it. The pane's lazy chunk is covered by the browser suite
 * and by test/app/trackingEngine.test.ts, which forgets the engine first.
 */
import { registerTrackingEngine } from '../src/app/trackingEngine';
import { TRACKING } from '../src/app/trackingChunk';

registerTrackingEngine(TRACKING);
