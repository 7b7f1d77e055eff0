/**
 * The ribbon commands: they run the use cases over the office host, report the outcome, always
 * complete the event, and register under the manifest's function names.
 */
import { createCommands, recomputeCommand, setCommandNotifier, validateCommand, type CommandNotice } from '../../../src/commands/commands';
import type { WorkbookPort } from '../../../src/app/ports';
import { OUTPUT_SHEET_NAMES } from '../../../src/domain/output/planTypes';
import { createFakeExcel, fakeWorkbookFromSnapshot, sheetNamesOf } from '../../fakeExcel';
import { seedSnapshot, KITS, overKit } from './officeTestKit';

const globals = globalThis as unknown as { Office?: unknown; Excel?: unknown };

/** The order things happened in, across the event and the pane. */
let steps: string[] = [];
const showPane = (): Promise<void> => {
  steps.push('showPane');
  return Promise.resolve();
};

function event(): Office.AddinCommands.Event & { completed: jest.Mock } {
  const completed = jest.fn(() => {
    steps.push('completed');
  });
  return { completed, source: { id: 'x' } } as unknown as Office.AddinCommands.Event & { completed: jest.Mock };
}

beforeEach(() => {
  steps = [];
});

afterEach(() => {
  delete globals.Office;
  delete globals.Excel;
  setCommandNotifier(undefined);
});

describe.each(KITS)('over the $name', (kit) => {
  const { officeOverSnapshot } = overKit(kit);

  describe('ribbon commands', () => {
    it('recompute writes the outputs, reports the total and completes the event', async () => {
      const { fake, host } = officeOverSnapshot(await seedSnapshot());
      const notices: CommandNotice[] = [];
      const commands = createCommands({ port: () => host, locale: () => 'zh-CN', notify: (n) => notices.push(n), showPane });
      const e = event();
      await commands.recompute(e);
      expect(e.completed).toHaveBeenCalledTimes(1);
      expect(sheetNamesOf(fake)).toContain(OUTPUT_SHEET_NAMES.monitor);
      expect(notices).toHaveLength(1);
      expect(notices[0]).toMatchObject({ command: 'recompute', intent: 'warning' });
      expect(notices[0]?.message).toContain('总分 62.50（中，暂定）');
      expect(steps).toEqual(['completed', 'showPane']);
    });

    it('recompute with nothing to score writes 校验问题 only and says so', async () => {
      const sheet = {
        name: '绩效指标',
        values: [['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值'], ['产出指标', '数量指标', '培训人数', '≥100', null]],
        numberFormats: [],
        merges: [],
        visible: true,
      };
      const { fake, host } = officeOverSnapshot({ sheets: [sheet], ownedSheets: [] });
      const notices: CommandNotice[] = [];
      const commands = createCommands({ port: () => host, locale: () => 'zh-CN', notify: (n) => notices.push(n), showPane });
      const e = event();
      await commands.recompute(e);
      expect(e.completed).toHaveBeenCalledTimes(1);
      expect(sheetNamesOf(fake)).toContain(OUTPUT_SHEET_NAMES.diagnostics);
      expect(sheetNamesOf(fake)).not.toContain(OUTPUT_SHEET_NAMES.form);
      expect(notices[0]).toMatchObject({ command: 'recompute', intent: 'warning' });
      expect(notices[0]?.message).toContain('未能计分');
      // A self-evaluation: the form it did not write is the 自评表.
      expect(notices[0]?.message).toContain('未写入绩效自评表');
    });

    it('validate writes only the diagnostics sheet and reports in English when asked', async () => {
      const { fake, host } = officeOverSnapshot(await seedSnapshot());
      const notices: CommandNotice[] = [];
      const e = event();
      await createCommands({ port: () => host, locale: () => 'en-US', notify: (n) => notices.push(n), showPane }).validate(e);
      expect(e.completed).toHaveBeenCalledTimes(1);
      expect(sheetNamesOf(fake)).toContain(OUTPUT_SHEET_NAMES.diagnostics);
      expect(sheetNamesOf(fake)).not.toContain(OUTPUT_SHEET_NAMES.monitor);
      expect(notices[0]?.message).toMatch(/^Validation done: \d+ error\(s\)/);
    });

    it('reports an Excel error in the user language and still completes the event', async () => {
      const { fake, host } = officeOverSnapshot(await seedSnapshot());
      fake.failOn({ atSync: 1, code: 'InvalidOperationInCellEditMode' });
      const notices: CommandNotice[] = [];
      const e = event();
      await createCommands({ port: () => host, locale: () => 'zh-CN', notify: (n) => notices.push(n), showPane }).recompute(e);
      expect(e.completed).toHaveBeenCalledTimes(1);
      expect(notices[0]?.intent).toBe('error');
      expect(notices[0]?.message).toContain('请按 Enter 结束编辑后重试');
      // Excel learns the command is over first; then the pane comes up with the message.
      expect(steps).toEqual(['completed', 'showPane']);
    });

    it('completes the event even when creating the host or reporting fails', async () => {
      const e1 = event();
      const broken: () => WorkbookPort = () => {
        throw new Error('no Excel');
      };
      const notices: CommandNotice[] = [];
      await createCommands({ port: broken, locale: () => 'en-US', notify: (n) => notices.push(n), showPane }).recompute(e1);
      expect(e1.completed).toHaveBeenCalledTimes(1);
      expect(notices[0]?.message).toBe('The command failed: no Excel');

      const e2 = event();
      const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
      await createCommands({
        port: broken,
        locale: () => 'zh-CN',
        notify: () => {
          throw new Error('pane gone');
        },
        showPane,
      }).validate(e2);
      expect(e2.completed).toHaveBeenCalledTimes(1);
      expect(spy).toHaveBeenCalled();
      spy.mockRestore();
    });


    it('the default handlers use Excel.run, the display language and a registered notifier, and show the pane', async () => {
      const fake = createFakeExcel(fakeWorkbookFromSnapshot(await seedSnapshot()));
      const showAsTaskpane = jest.fn(() => Promise.resolve());
      globals.Excel = { run: fake.run };
      globals.Office = { context: { displayLanguage: 'en-US', requirements: { isSetSupported: () => true } }, addin: { showAsTaskpane } };
      const notices: CommandNotice[] = [];
      setCommandNotifier((n) => notices.push(n));
      const e = event();
      await recomputeCommand(e);
      expect(e.completed).toHaveBeenCalledTimes(1);
      expect(notices[0]?.message).toContain('Done: total 62.50');
      expect(fake.stats.runs.every((o) => o['delayForCellEdit'] === true)).toBe(true);
      expect(showAsTaskpane).toHaveBeenCalledTimes(1);
    });

    it('keeps an outcome no pane heard for the pane that listens next; without SharedRuntime 1.1 it shows nothing', async () => {
      const fake = createFakeExcel(fakeWorkbookFromSnapshot(await seedSnapshot()));
      const showAsTaskpane = jest.fn(() => Promise.resolve());
      globals.Excel = { run: fake.run };
      globals.Office = { context: { displayLanguage: 'zh-CN', requirements: { isSetSupported: () => false } }, addin: { showAsTaskpane } };
      const info = jest.spyOn(console, 'info').mockImplementation(() => undefined);
      const e = event();
      await validateCommand(e);
      expect(e.completed).toHaveBeenCalledTimes(1);
      expect(showAsTaskpane).not.toHaveBeenCalled();
      const heard: CommandNotice[] = [];
      setCommandNotifier((n) => heard.push(n));
      expect(heard).toHaveLength(1);
      expect(heard[0]?.message).toMatch(/^校验完成/);
      // Heard once: a pane that listens later does not get it again.
      setCommandNotifier(undefined);
      const later: CommandNotice[] = [];
      setCommandNotifier((n) => later.push(n));
      expect(later).toEqual([]);
      info.mockRestore();
    });

    it('hands the ribbon its handlers: a click queued before the pane loaded runs once office.js is ready', async () => {
      const fake = createFakeExcel(fakeWorkbookFromSnapshot(await seedSnapshot()));
      const associated = new Map<string, (event?: Office.AddinCommands.Event) => void>();
      let ready: () => void = () => undefined;
      const onReady = new Promise<void>((resolve) => {
        ready = resolve;
      });
      globals.Excel = { run: fake.run };
      globals.Office = {
        onReady: () => onReady,
        actions: { associate: (name: string, f: (event?: Office.AddinCommands.Event) => void) => associated.set(name, f) },
        context: { displayLanguage: 'zh-CN', requirements: { isSetSupported: () => false } },
      };
      const info = jest.spyOn(console, 'info').mockImplementation(() => undefined);
      await jest.isolateModulesAsync(async () => {
        const queue = await import('../../../src/commands/ribbonQueue');
        const commands = await import('../../../src/commands/commands');
        expect(queue.registerRibbon()).toBe(true);
        expect([...associated.keys()].sort()).toEqual(['recompute', 'validate']);
        const e = event();
        associated.get('recompute')?.(e);
        commands.provideCommands();
        await new Promise((resolve) => setTimeout(resolve, 20));
        expect(fake.stats.runs).toHaveLength(0); // office.js not ready yet
        ready();
        while (e.completed.mock.calls.length === 0) await new Promise((resolve) => setTimeout(resolve, 20));
        // The seed is a tracking report (评价类型 绩效跟踪): the ribbon writes its 绩效运行监控表.
        expect(sheetNamesOf(fake)).toContain(OUTPUT_SHEET_NAMES.monitor);
      });
      info.mockRestore();
    });

    it('does not register (and says so) where Excel has no Office.actions', async () => {
      globals.Office = {};
      const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
      await jest.isolateModulesAsync(async () => {
        const queue = await import('../../../src/commands/ribbonQueue');
        expect(queue.registerRibbon()).toBe(false);
      });
      expect(warn).toHaveBeenCalled();
      warn.mockRestore();
    });
  });
});
