/**
 * A simple in-memory PanePort for the pane's tests: sheets as grids, plans applied by replacing or
 * adding sheets, the ownership record kept, every select() call recorded. Any method can be made to
 * reject or to wait on a promise the test controls.
 */
import type { CellValue, SheetGrid } from '../../src/domain/grid';
import type { WritePlan } from '../../src/domain/output/planTypes';
import type { WorkbookSnapshot } from '../../src/app/ports';
import type { PanePort } from '../../src/taskpane/panePort';
import { canonicalSettings, type WorkbookSettings } from '../../src/app/workbookRecord';

export function grid(name: string, rows: readonly (readonly CellValue[])[]): SheetGrid {
  return { name, values: rows, numberFormats: rows.map((r) => r.map(() => undefined)), merges: [], visible: true };
}

export interface FakePort extends PanePort {
  readonly sheets: SheetGrid[];
  readonly owned: string[];
  /** The settings remembered with the record, merged field by field as a host stores them. */
  settings: WorkbookSettings;
  readonly applied: WritePlan[];
  readonly selected: [string, string][];
  /** When set, the next read() waits for this promise first. */
  gate: Promise<void> | undefined;
  /** When set, read()/apply()/select() reject with it. */
  failWith: { read?: unknown; apply?: unknown; select?: unknown };
}

export function fakePort(initial: readonly SheetGrid[]): FakePort {
  const port: FakePort = {
    sheets: [...initial],
    owned: [],
    settings: {},
    applied: [],
    selected: [],
    gate: undefined,
    failWith: {},
    async read(): Promise<WorkbookSnapshot> {
      if (port.gate) await port.gate;
      if (port.failWith.read !== undefined) throw port.failWith.read;
      return { sheets: [...port.sheets], ownedSheets: [...port.owned], settings: port.settings };
    },
    async apply(plan: WritePlan): Promise<void> {
      if (port.failWith.apply !== undefined) throw port.failWith.apply;
      port.applied.push(plan);
      for (const sheet of plan.sheets) {
        const written: SheetGrid = {
          name: sheet.name,
          values: sheet.values,
          numberFormats: sheet.numberFormats,
          merges: sheet.merges,
          visible: true,
        };
        const at = port.sheets.findIndex((s) => s.name === sheet.name);
        if (at >= 0) port.sheets[at] = written;
        else port.sheets.push(written);
      }
      if (plan.ownedSheets) port.owned.splice(0, port.owned.length, ...plan.ownedSheets);
      if (plan.settings) port.settings = canonicalSettings({ ...port.settings, ...plan.settings });
    },
    async select(sheet: string, cellA1: string): Promise<void> {
      if (port.failWith.select !== undefined) throw port.failWith.select;
      port.selected.push([sheet, cellA1]);
    },
  };
  return port;
}

/** A deferred promise the test resolves by hand. */
export function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

/**
 * A small workbook: 项目信息 (budget 100 万元, executed 80), and 绩效指标 with one indicator per 一级:
 * 培训人次 ≥100 actual 80 (partly met, reason given), 覆盖率 ≥90% actual missing (an error: 暂定),
 * 满意度 ≥90% actual 95%. By DOMAIN.md: 40 + 0 + 10 + 8 (budget 80 %) = 58.00, 差, 暂定.
 */
export function smallWorkbook(): SheetGrid[] {
  return [
    grid('项目信息', [
      ['项目名称', '测试培训项目'],
      ['主管部门', '测试局'],
      ['实施单位', '测试中心'],
      ['全年预算数（万元）', 100],
      ['全年执行数（万元）', 80],
    ]),
    grid('绩效指标', [
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '偏差原因分析及改进措施'],
      ['产出指标', '数量指标', '培训人次', '≥100', '80', 50, '报名人数不足'],
      ['效益指标', '社会效益指标', '培训覆盖率', '≥90%', null, 30, null],
      ['满意度指标', '服务对象满意度指标', '学员满意度', '≥90%', '95%', 10, null],
    ]),
  ];
}
