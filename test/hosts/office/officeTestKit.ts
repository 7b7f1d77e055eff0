/**
 * Shared helpers of the office host tests: the seed workbook as a snapshot (through the .xlsx host),
 * a generated large workbook, an office host over an Excel, and grid comparison.
 *
 * The host suites run twice (`describe.each(KITS)`): over the fake Excel's typed API, and over the
 * real office.js client whose requests an interpreter answers from the same fake workbook
 * (test/realExcel). The second makes load-before-read, null objects, batching and request bytes
 * office.js's own.
 */
import { XlsxHost } from '../../../src/hosts/xlsx/xlsxHost';
import type { WorkbookSnapshot } from '../../../src/app/ports';
import { evaluateSnapshot, type RunResult } from '../../../src/app/useCases';
import type { CellValue, SheetGrid } from '../../../src/domain/grid';
import { createOfficeHost, type ExcelRun, type OfficeHost, type OfficeHostOptions } from '../../../src/hosts/office/officeHost';
import { capabilitiesUpTo } from '../../../src/hosts/office/capabilities';
import type { Capabilities } from '../../../src/hosts/office/capabilities';
import { createFakeExcel, DEFAULT_PAYLOAD_LIMIT_BYTES, fakeWorkbookFromSnapshot, type FakeExcel, type FakeExcelOptions, type FakeWorkbook } from '../../fakeExcel';
import { createRealExcel, type RealExcelOptions } from '../../realExcel';

import { SEED_XLSX } from '../../helpers/fixtures';
import { WORKBENCH } from '../../../src/app/workbench';

/** Every door runs with the evaluator's workbench (app/workbench.ts). */
const FULL = { workbench: WORKBENCH } as const;

export const SEED_PATH = SEED_XLSX;

/** An Excel with every feature the host can use. */
export const FULL_EXCEL = capabilitiesUpTo({ ExcelApi: '1.20', SharedRuntime: '1.1' });
/** The manifest's minimum: no merged-area reads, no data validation, no calculation/event switches. */
export const MINIMUM_EXCEL = capabilitiesUpTo({ ExcelApi: '1.7', SharedRuntime: '1.1' });

export async function seedSnapshot(): Promise<WorkbookSnapshot> {
  const host = await XlsxHost.open(SEED_PATH);
  return host.read();
}

export interface FakeOfficeSetup {
  readonly fake: FakeExcel;
  readonly host: OfficeHost;
}

/** One way of giving the host an Excel over a fake workbook. */
export interface ExcelKit {
  readonly name: string;
  /** True for the real office.js client (its requests are the ones measured). */
  readonly real: boolean;
  create(workbook: FakeWorkbook, capabilities: Capabilities, options: RealExcelOptions): FakeExcel;
}

/** The fake Excel's typed API. */
export const FAKE_KIT: ExcelKit = { name: 'fake Excel', real: false, create: (workbook, _capabilities, options) => createFakeExcel(workbook, options) };

/** The real office.js client, its requests answered by the interpreter over the fake workbook. */
export const REAL_KIT: ExcelKit = {
  name: 'office.js client',
  real: true,
  create: (workbook, capabilities, options) => createRealExcel(workbook, { ...options, capabilities }),
};

export const KITS: readonly ExcelKit[] = [FAKE_KIT, REAL_KIT];

export function officeOver(workbook: FakeWorkbook, hostOptions: OfficeHostOptions = {}, fakeOptions: FakeExcelOptions = {}, kit: ExcelKit = FAKE_KIT): FakeOfficeSetup {
  const capabilities = hostOptions.capabilities ?? FULL_EXCEL;
  const fake = kit.create(workbook, capabilities, fakeOptions);
  const host = createOfficeHost(fake.run as ExcelRun, { capabilities, ...hostOptions });
  return { fake, host };
}

export function officeOverSnapshot(snapshot: WorkbookSnapshot, hostOptions: OfficeHostOptions = {}, fakeOptions: FakeExcelOptions = {}, kit: ExcelKit = FAKE_KIT): FakeOfficeSetup {
  return officeOver(fakeWorkbookFromSnapshot(snapshot), hostOptions, fakeOptions, kit);
}

/** `officeOver` and `officeOverSnapshot` bound to one kit (for suites that run over each kit). */
export function overKit(kit: ExcelKit): {
  readonly officeOver: (workbook: FakeWorkbook, hostOptions?: OfficeHostOptions, fakeOptions?: FakeExcelOptions) => FakeOfficeSetup;
  readonly officeOverSnapshot: (snapshot: WorkbookSnapshot, hostOptions?: OfficeHostOptions, fakeOptions?: FakeExcelOptions) => FakeOfficeSetup;
} {
  return {
    officeOver: (workbook, hostOptions, fakeOptions) => officeOver(workbook, hostOptions, fakeOptions, kit),
    officeOverSnapshot: (snapshot, hostOptions, fakeOptions) => officeOverSnapshot(snapshot, hostOptions, fakeOptions, kit),
  };
}

/** A grid reduced to what matters for equality: non-empty cells with their number formats. */
export function cellsOf(grid: SheetGrid): Record<string, { value: CellValue; format: string }> {
  const out: Record<string, { value: CellValue; format: string }> = {};
  grid.values.forEach((row, r) => {
    row.forEach((value, c) => {
      if (value === null || value === '') return;
      const format = grid.numberFormats[r]?.[c];
      out[`${r},${c}`] = { value, format: format === undefined || format === 'General' ? 'General' : format };
    });
  });
  return out;
}

export function normalizeSnapshot(snapshot: WorkbookSnapshot): unknown {
  return {
    ownedSheets: snapshot.ownedSheets,
    sheets: snapshot.sheets.map((s) => ({
      name: s.name,
      visible: s.visible,
      merges: [...s.merges].sort((a, b) => a.top - b.top || a.left - b.left),
      cells: cellsOf(s),
    })),
  };
}

const LEVEL2: readonly (readonly [string, string])[] = [
  ['产出指标', '数量指标'],
  ['产出指标', '质量指标'],
  ['产出指标', '时效指标'],
  ['产出指标', '成本指标'],
  ['效益指标', '经济效益指标'],
  ['效益指标', '社会效益指标'],
  ['效益指标', '可持续影响指标'],
  ['满意度指标', '服务对象满意度指标'],
];

/** A workbook with project information, expenses and `count` indicators (varied targets and actuals). */
export function largeSnapshot(count: number): WorkbookSnapshot {
  const info: CellValue[][] = [
    ['项目名称', '大型测试项目'],
    ['主管部门', '测试局'],
    ['实施单位', '测试中心'],
    ['评价类型', '单位自评'],
    ['实施周期', '2023年1月1日-2023年12月31日'],
    ['全年预算数（万元）', 1000],
    ['全年执行数（万元）', 950],
    ['年度总体目标', '完成全部任务'],
    ['实际完成情况', '基本完成'],
  ];
  const expenses: CellValue[][] = [['序号', '资金摘要', '金额'], ...Array.from({ length: 50 }, (_, i): CellValue[] => [i + 1, `支出事项${i + 1}`, 190000])];
  expenses.push(['合计', null, 9500000]);
  const indicators: CellValue[][] = [['一级指标', '二级指标', '三级指标', '年度目标值', '实际完成值', '偏差原因分析及改进措施']];
  for (let i = 0; i < count; i++) {
    const pair = LEVEL2[i % LEVEL2.length] ?? LEVEL2[0];
    const [level1, level2] = pair ?? ['产出指标', '数量指标'];
    const target = level1 === '满意度指标' ? '≥90%' : `≥${100 + (i % 50)}`;
    const actual: CellValue = level1 === '满意度指标' ? `${85 + (i % 10)}%` : 60 + (i % 80);
    const reason = i % 3 === 0 ? `第${i}项未完成：原因是资金拨付延迟，已督促整改并计划下季度补足（${i}）` : null;
    indicators.push([level1, level2, `测试指标${i + 1}（个）`, target, actual, reason]);
  }
  const grid = (name: string, values: CellValue[][]): SheetGrid => ({ name, values, numberFormats: [], merges: [], visible: true });
  return { sheets: [grid('项目信息', info), grid('支出明细', expenses), grid('绩效指标', indicators)], ownedSheets: [] };
}

export function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/** What one recompute cost, read and write counted apart (the write payload is what the sync budget is measured against). */
export interface RecomputeCost {
  readonly result: RunResult;
  readonly readSyncs: number;
  readonly writeSyncs: number;
  /** Request bytes of the write syncs. */
  readonly writePayload: number;
  /** Request + response bytes of every sync, refused ones included. */
  readonly syncBytes: readonly number[];
  /** Request and response bytes of every sync apart (as the real client serialised them over the office.js kit). */
  readonly requestBytes: readonly number[];
  readonly responseBytes: readonly number[];
  /** Syncs the fake refused as too large. */
  readonly refused: number;
}

/** `recompute(host, FULL)` step by step (read → evaluateSnapshot → apply, exactly what recompute does), measured. */
export async function measuredRecompute(setup: FakeOfficeSetup, payloadLimit = DEFAULT_PAYLOAD_LIMIT_BYTES): Promise<RecomputeCost> {
  const { fake, host } = setup;
  fake.resetStats();
  const snapshot = await host.read();
  const readSyncs = fake.stats.syncs;
  const result = evaluateSnapshot(snapshot, FULL);
  await host.apply(result.plan);
  const { requestBytes, responseBytes, payloadBytes } = fake.stats;
  return {
    result,
    readSyncs,
    writeSyncs: fake.stats.syncs - readSyncs,
    writePayload: sum(requestBytes.slice(readSyncs)),
    syncBytes: [...payloadBytes],
    requestBytes: [...requestBytes],
    responseBytes: [...responseBytes],
    refused: requestBytes.filter((bytes, i) => bytes > payloadLimit || (responseBytes[i] ?? 0) > payloadLimit).length,
  };
}
