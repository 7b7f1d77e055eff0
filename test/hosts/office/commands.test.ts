/**
 * The ribbon commands: they run the use cases over the office host, report the outcome, always
 * complete the event, and register under the manifest's function names.
 */
import { createCommands, recomputeCommand, registerCommands, setCommandNotifier, validateCommand, type CommandNotice } from '../../../src/commands/commands';
import type { WorkbookPort } from '../../../src/app/ports';
import { OUTPUT_SHEET_NAMES } from '../../../src/domain/output/planTypes';
import { createFakeExcel, fakeWorkbookFromSnapshot, sheetNamesOf } from '../../fakeExcel';
import { seedSnapshot, KITS, overKit } from './officeTestKit';

function event(): Office.AddinCommands.Event & { completed: jest.Mock } {
  return { completed: jest.fn(), source: { id: 'x' } } as unknown as Office.AddinCommands.Event & { completed: jest.Mock };
}

const globals = globalThis as unknown as { Office?: unknown; Excel?: unknown };

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
      const commands = createCommands({ port: () => host, locale: () => 'zh-CN', notify: (n) => notices.push(n) });
      const e = event();
      await commands.recompute(e);
      expect(e.completed).toHaveBeenCalledTimes(1);
      expect(sheetNamesOf(fake)).toContain(OUTPUT_SHEET_NAMES.form);
      expect(notices).toHaveLength(1);
      expect(notices[0]).toMatchObject({ command: 'recompute', intent: 'warning' });
      expect(notices[0]?.message).toContain('总分 62.50（中，暂定）');
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
      const commands = createCommands({ port: () => host, locale: () => 'zh-CN', notify: (n) => notices.push(n) });
      const e = event();
      await commands.recompute(e);
      expect(e.completed).toHaveBeenCalledTimes(1);
      expect(sheetNamesOf(fake)).toContain(OUTPUT_SHEET_NAMES.diagnostics);
      expect(sheetNamesOf(fake)).not.toContain(OUTPUT_SHEET_NAMES.form);
      expect(notices[0]).toMatchObject({ command: 'recompute', intent: 'warning' });
      expect(notices[0]?.message).toContain('未能计分');
    });

    it('validate writes only the diagnostics sheet and reports in English when asked', async () => {
      const { fake, host } = officeOverSnapshot(await seedSnapshot());
      const notices: CommandNotice[] = [];
      const e = event();
      await createCommands({ port: () => host, locale: () => 'en-US', notify: (n) => notices.push(n) }).validate(e);
      expect(e.completed).toHaveBeenCalledTimes(1);
      expect(sheetNamesOf(fake)).toContain(OUTPUT_SHEET_NAMES.diagnostics);
      expect(sheetNamesOf(fake)).not.toContain(OUTPUT_SHEET_NAMES.form);
      expect(notices[0]?.message).toMatch(/^Check complete: \d+ error\(s\)/);
    });

    it('reports an Excel error in the user language and still completes the event', async () => {
      const { fake, host } = officeOverSnapshot(await seedSnapshot());
      fake.failOn({ atSync: 1, code: 'InvalidOperationInCellEditMode' });
      const notices: CommandNotice[] = [];
      const e = event();
      await createCommands({ port: () => host, locale: () => 'zh-CN', notify: (n) => notices.push(n) }).recompute(e);
      expect(e.completed).toHaveBeenCalledTimes(1);
      expect(notices[0]?.intent).toBe('error');
      expect(notices[0]?.message).toContain('请按 Enter 结束编辑后重试');
    });

    it('completes the event even when creating the host or reporting fails', async () => {
      const e1 = event();
      const broken: () => WorkbookPort = () => {
        throw new Error('no Excel');
      };
      const notices: CommandNotice[] = [];
      await createCommands({ port: broken, locale: () => 'en-US', notify: (n) => notices.push(n) }).recompute(e1);
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
      }).validate(e2);
      expect(e2.completed).toHaveBeenCalledTimes(1);
      expect(spy).toHaveBeenCalled();
      spy.mockRestore();
    });

    it('registerCommands associates the manifest function names', () => {
      const associate = jest.fn();
      globals.Office = { actions: { associate } };
      registerCommands();
      expect(associate).toHaveBeenCalledWith('recompute', recomputeCommand);
      expect(associate).toHaveBeenCalledWith('validate', validateCommand);
    });

    it('the default handlers use Excel.run, the display language and a registered notifier', async () => {
      const fake = createFakeExcel(fakeWorkbookFromSnapshot(await seedSnapshot()));
      globals.Excel = { run: fake.run };
      globals.Office = { context: { displayLanguage: 'en-US', requirements: { isSetSupported: () => true } } };
      const notices: CommandNotice[] = [];
      setCommandNotifier((n) => notices.push(n));
      const e = event();
      await recomputeCommand(e);
      expect(e.completed).toHaveBeenCalledTimes(1);
      expect(notices[0]?.message).toContain('Done: total 62.50');
      expect(fake.stats.runs.every((o) => o['delayForCellEdit'] === true)).toBe(true);
    });
  });
});
