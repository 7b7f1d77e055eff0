/**
 * The ribbon's functions, registered with `Office.actions.associate` the moment the shared runtime's
 * first script runs (src/commands/ribbonEntry.ts, a few KB), before the pane's bundle has loaded and
 * before `Office.onReady` resolves. A click that arrives that early (with a shared runtime, the click
 * that starts the runtime: office-js issues #5176, #3378, #2744) waits here until the pane's bundle
 * provides the real handlers and office.js is ready, then runs. Microsoft's samples associate at the
 * top level of the function file too (office-js-docs-pr, docs/develop/create-addin-commands.md).
 *
 * Imports nothing: this module is in the first script the runtime runs.
 */

/** The manifest's `<FunctionName>`s. */
export const RIBBON_FUNCTIONS = ['recompute', 'validate'] as const;

export type RibbonFunction = (typeof RIBBON_FUNCTIONS)[number];

/** What Excel hands the function: an event whose `completed()` it waits for. */
export type RibbonEvent = Office.AddinCommands.Event;

export type RibbonHandlers = Readonly<Record<RibbonFunction, (event?: RibbonEvent) => Promise<void>>>;

interface Pending {
  readonly name: RibbonFunction;
  readonly event: RibbonEvent | undefined;
}

let handlers: RibbonHandlers | undefined;
const pending: Pending[] = [];

/** office.js's readiness; resolves at once when onReady is missing (the caller then fails visibly). */
function officeReady(): Promise<unknown> {
  try {
    return typeof Office !== 'undefined' && typeof Office.onReady === 'function' ? Office.onReady() : Promise.resolve();
  } catch {
    return Promise.resolve();
  }
}

function dispatch(name: RibbonFunction, event: RibbonEvent | undefined, to: RibbonHandlers): void {
  // The handlers report their own failures and always complete the event (commands.ts).
  void officeReady().then(() => to[name](event));
}

/** What the runtime calls for `name`: runs it now when the pane's bundle is there, else queues it. */
function entryPoint(name: RibbonFunction): (event?: RibbonEvent) => void {
  return (event) => {
    if (handlers) dispatch(name, event, handlers);
    else pending.push({ name, event });
  };
}

/**
 * Associates every manifest function with its queueing entry point. Returns false (and warns)
 * where the runtime has no `Office.actions` (an Excel without the shared runtime: the pane still
 * works, the ribbon buttons do not).
 */
export function registerRibbon(): boolean {
  try {
    if (typeof Office === 'undefined') return false;
    for (const name of RIBBON_FUNCTIONS) Office.actions.associate(name, entryPoint(name));
    return true;
  } catch (error) {
    console.warn('绩效评价助手: ribbon commands not registered', error);
    return false;
  }
}

/** The pane's bundle hands over the real handlers; clicks queued until now run in order. */
export function provideRibbonHandlers(next: RibbonHandlers): void {
  handlers = next;
  for (const { name, event } of pending.splice(0)) dispatch(name, event, next);
}
