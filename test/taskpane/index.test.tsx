/** @jest-environment jsdom */
/**
 * The composition root (src/taskpane/index.tsx): hands the ribbon its handlers at once, waits for
 * office.js, creates the Office host over Excel.run in the display language, renders the pane — or,
 * outside Excel, the page that says so.
 */
import { screen } from '@testing-library/react';
import { fakePort, smallWorkbook } from './fakePort';

const mockProvideCommands = jest.fn();
const mockSetCommandNotifier = jest.fn();
const mockCreateOfficeHost = jest.fn((..._args: unknown[]) => fakePort(smallWorkbook()));

jest.mock('../../src/commands/commands', () => ({
  provideCommands: () => mockProvideCommands(),
  setCommandNotifier: (listener: unknown) => mockSetCommandNotifier(listener),
}));
jest.mock('../../src/hosts/office/officeHost', () => ({
  createOfficeHost: (...args: unknown[]) => mockCreateOfficeHost(...args),
}));

interface FakeOffice {
  onReady: (callback: (info: { host: string | null; platform: string | null }) => void) => Promise<unknown>;
  context?: { displayLanguage?: string };
}

function installOffice(host: string | null, displayLanguage?: string): { run: () => Promise<void> } {
  const run = async () => undefined;
  const office: FakeOffice = {
    onReady: (callback) => {
      callback({ host, platform: host ? 'PC' : null });
      return Promise.resolve({ host });
    },
    ...(host ? { context: displayLanguage ? { displayLanguage } : {} } : {}),
  };
  Object.assign(globalThis, { Office: office, Excel: { run } });
  return { run };
}

/** Imports the entry afresh (it starts on import). It renders with its own React instance, so the test waits with findBy*. */
async function startPane(): Promise<void> {
  await jest.isolateModulesAsync(async () => {
    await import('../../src/taskpane/index');
  });
}

beforeEach(() => {
  // The entry's React is not Testing Library's: no act() environment for it.
  Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: false });
});

afterEach(() => {
  Reflect.deleteProperty(globalThis, 'Office');
  Reflect.deleteProperty(globalThis, 'Excel');
  document.body.innerHTML = '';
  document.documentElement.lang = '';
  mockProvideCommands.mockReset();
  mockSetCommandNotifier.mockReset();
  mockCreateOfficeHost.mockClear();
});

describe('task pane entry', () => {
  it('without office.js, renders the outside-Excel page', async () => {
    await startPane();
    expect(await screen.findByText('请在 Excel 中打开')).toBeInTheDocument();
    expect(screen.getByText('Open this inside Excel')).toBeInTheDocument();
    expect(mockCreateOfficeHost).not.toHaveBeenCalled();
  });

  it('when onReady reports no host (a plain browser), renders the outside-Excel page', async () => {
    installOffice(null);
    await startPane();
    expect(await screen.findByText('请在 Excel 中打开')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '计算并写入' })).not.toBeInTheDocument();
  });

  it('inside Excel, provides the ribbon handlers, creates the host over Excel.run and renders the pane', async () => {
    const { run } = installOffice('Excel', 'zh-CN');
    await startPane();
    expect(await screen.findByRole('button', { name: '计算并写入' })).toBeInTheDocument();
    expect(mockProvideCommands).toHaveBeenCalledTimes(1);
    expect(mockCreateOfficeHost).toHaveBeenCalledWith(run, { locale: 'zh-CN' });
    expect(document.documentElement.lang).toBe('zh-CN');
    // The pane listens to the ribbon's outcomes (shared runtime).
    expect(mockSetCommandNotifier).toHaveBeenCalledWith(expect.any(Function));
  });

  it('speaks English when Excel’s display language is English', async () => {
    installOffice('Excel', 'en-US');
    await startPane();
    expect(await screen.findByRole('button', { name: 'Calculate and write' })).toBeInTheDocument();
    expect(mockCreateOfficeHost).toHaveBeenCalledWith(expect.any(Function), { locale: 'en-US' });
    expect(document.documentElement.lang).toBe('en-US');
  });

  it('provides the ribbon handlers before office.js is ready (a queued click must not wait for the pane)', async () => {
    Object.assign(globalThis, { Office: { onReady: () => new Promise(() => undefined) }, Excel: { run: async () => undefined } });
    await startPane();
    expect(mockProvideCommands).toHaveBeenCalledTimes(1);
    expect(mockCreateOfficeHost).not.toHaveBeenCalled();
  });
});
