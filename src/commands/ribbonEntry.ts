/**
 * The shared runtime's first script (webpack entry `ribbon`, loaded before the pane's bundle by
 * taskpane.html): registers the ribbon's functions at its top level, so a click that starts the
 * runtime is not lost while the pane's ~440 KB load. See ribbonQueue.ts.
 */
import { registerRibbon } from './ribbonQueue';

registerRibbon();
