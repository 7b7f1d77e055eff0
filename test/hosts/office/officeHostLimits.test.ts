/**
 * What Excel documents as limits, met by the office host over both kits: 512 merged areas per
 * `getMergedAreasOrNullObject` call (a 2,000-merge expense sheet reads and scores; merges read in
 * a sync of their own whose failure is a MERGES_UNKNOWN diagnostic, not a failed read), the
 * five-million-cell get limit (a sheet whose `values` come back null is read in bands and
 * reported), and merges read only for the sheets the engine reads.
 */
import { evaluateSnapshot } from '../../../src/app/useCases';
import type { WorkbookSnapshot } from '../../../src/app/ports';
import type { CellValue, SheetGrid } from '../../../src/domain/grid';
import { readMerges, mergeTiles, MERGE_TILE_CELLS } from '../../../src/hosts/office/readMerges';
import { FakeWorkbook, fakeWorkbookFromSnapshot, snapshotOfFake } from '../../fakeExcel';
import { KITS, MINIMUM_EXCEL, normalizeSnapshot, overKit, FULL_EXCEL } from './officeTestKit';

const ROWS = 2000;

/** Project information, indicators, and an expense sheet of 2,000 rows whose 摘要 is merged across B:D on every row. */
function mergeHeavySnapshot(): WorkbookSnapshot {
  const grid = (name: string, values: CellValue[][], merges: SheetGrid['merges'] = []): SheetGrid => ({ name, values, numberFormats: [], merges, visible: true });
  const info = grid('项目信息', [
    ['项目名称', '2024年度档案数字化项目'],
    ['全年预算数（万元）', 100],
    ['全年执行数（万元）', 90],
  ]);
  const expenses: CellValue[][] = [['序号', '资金摘要', null, null, '金额'], ...Array.from({ length: ROWS }, (_, i): CellValue[] => [i + 1, `第${i + 1}笔支出`, null, null, 450])];
  const merges = Array.from({ length: ROWS + 1 }, (_, r) => ({ top: r, left: 1, bottom: r, right: 3 }));
  const indicators = grid('绩效指标', [
    ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值'],
    ['产出指标', '数量指标', '数字化档案（卷）', '≥1000', 1200],
    ['效益指标', '社会效益指标', '查阅效率提升', '≥30%', '35%'],
    ['满意度指标', '服务对象满意度指标', '查阅人员满意度', '≥90%', '95%'],
  ]);
  // A hidden sheet of the user's with many merges: not an input, its merges are never asked.
  const hidden: SheetGrid = { ...grid('备用', [['x']], Array.from({ length: 600 }, (_, r) => ({ top: r, left: 0, bottom: r, right: 1 }))), visible: false };
  return { sheets: [info, grid('支出明细', expenses, merges), indicators, hidden], ownedSheets: [] };
}

describe.each(KITS)('over the $name', (kit) => {
  const { officeOver, officeOverSnapshot } = overKit(kit);

  it('reads a 2,000-merge expense sheet (each call under 512 merged areas) and scores it', async () => {
    const snapshot = mergeHeavySnapshot();
    const { fake, host } = officeOverSnapshot(snapshot);
    const read = await host.read();
    expect(read.diagnostics ?? []).toEqual([]);
    const expenses = read.sheets.find((s) => s.name === '支出明细');
    expect(expenses?.merges).toHaveLength(ROWS + 1);
    expect(read.sheets.find((s) => s.name === '备用')?.merges).toEqual([]);
    const { evaluation } = evaluateSnapshot(read);
    expect(evaluation.diagnostics.filter((d) => d.code === 'MERGES_UNKNOWN')).toEqual([]);
    expect(evaluation.indicators).toHaveLength(3);
    // The same evaluation as from the snapshot itself (what the .xlsx door reads).
    expect(evaluation).toEqual(evaluateSnapshot({ ...snapshot, sheets: snapshot.sheets.map((s) => (s.visible ? s : { ...s, merges: [] })) }).evaluation);
    // Cells, then merged areas in a sync of their own.
    expect(fake.stats.syncs).toBe(2);
  });

  it('reads the merges right when an over-limit call would return a null object instead of failing', async () => {
    const snapshot = mergeHeavySnapshot();
    const { host } = officeOverSnapshot(snapshot, {}, { mergedAreasOverLimit: 'null' });
    const read = await host.read();
    expect(read.sheets.find((s) => s.name === '支出明细')?.merges).toHaveLength(ROWS + 1);
  });

  it('reports merges it could not read (MERGES_UNKNOWN) and still reads the cells', async () => {
    const snapshot = mergeHeavySnapshot();
    const { fake, host } = officeOverSnapshot(snapshot);
    fake.failOn({ atSync: 2, code: 'GeneralException', message: 'An internal error has occurred.' });
    const read = await host.read();
    const unknown = (read.diagnostics ?? []).filter((d) => d.code === 'MERGES_UNKNOWN').map((d) => d.sheet);
    expect(unknown.sort()).toEqual(['支出明细', '绩效指标', '项目信息'].sort());
    expect(read.sheets.find((s) => s.name === '支出明细')?.merges).toEqual([]);
    expect(read.sheets.find((s) => s.name === '支出明细')?.values[ROWS]?.[1]).toBe(`第${ROWS}笔支出`);
    const { report } = evaluateSnapshot(read);
    expect(report.diagnostics.find((d) => d.code === 'MERGES_UNKNOWN')?.message).toContain('GeneralException');
  });

  it('reads a sheet whose values Excel does not return in one get in bands, and says so', async () => {
    const wb = new FakeWorkbook();
    const big = wb.addSheet('大表');
    for (let r = 0; r < 60; r++) for (let c = 0; c < 5; c++) big.writeValue(r, c, `第${r}行第${c}列`);
    wb.addSheet('小表').writeValue(0, 0, 1);
    // A get of more than 100 cells comes back without its arrays (Excel: five million).
    const { host } = officeOver(wb, {}, { getCellsLimit: 100 });
    const read = await host.read();
    expect(normalizeSnapshot({ ...read, diagnostics: [] })).toEqual(normalizeSnapshot(snapshotOfFake(wb)));
    expect(read.diagnostics).toEqual([expect.objectContaining({ code: 'SHEET_READ_IN_PARTS', sheet: '大表', params: { sheet: '大表', cells: 300 } })]);
  });

  it('reads a sheet as empty, with SHEET_NOT_READ, when not even one row comes back', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('宽表').writeValue(0, 3, 'x');
    const { host } = officeOver(wb, {}, { getCellsLimit: 0 });
    const read = await host.read();
    expect(read.diagnostics?.map((d) => d.code)).toEqual(['SHEET_NOT_READ']);
    expect(read.sheets[0]?.values.flat().filter((v) => v !== null)).toEqual([]);
  });

  it('asks no merged areas on an Excel without ExcelApi 1.13, and none of hidden or owned sheets', async () => {
    const snapshot = mergeHeavySnapshot();
    const old = officeOverSnapshot(snapshot, { capabilities: MINIMUM_EXCEL });
    await old.host.read();
    expect(old.fake.stats.syncs).toBe(1);
    const full = officeOver(fakeWorkbookFromSnapshot({ ...snapshot, ownedSheets: ['支出明细'] }), { capabilities: FULL_EXCEL });
    await full.host.read();
    const asked = new Set(full.fake.stats.requests.flat().filter((r) => r.name.startsWith('getMergedAreasOrNullObject')).map((r) => /getItem\("([^"]+)"\)/.exec(r.object)?.[1]));
    expect([...asked].sort()).toEqual(['绩效指标', '项目信息'].sort());
  });

  it('reads merged areas in tiles of at most 512 cells: at most 512 areas a call on 2,000 merged rows', async () => {
    const snapshot = mergeHeavySnapshot();
    const { fake } = officeOverSnapshot(snapshot);
    const used = { top: 0, left: 0, bottom: ROWS, right: 4 };
    const outcome = await fake.run({}, (context) => readMerges(context, [{ name: '支出明细', used }]));
    expect(outcome.merges.get('支出明细')).toHaveLength(ROWS + 1);
    expect(outcome.calls).toBe(mergeTiles(used).length);
    expect(outcome.mostAreasPerCall).toBeLessThanOrEqual(MERGE_TILE_CELLS / 5);
    expect(fake.stats.syncs).toBe(1);
  });
});

describe('merge tiles', () => {
  it('cover the used range with rectangles of at most 512 cells, as wide as it where it fits', () => {
    const tiles = mergeTiles({ top: 2, left: 1, bottom: 1001, right: 10 });
    expect(tiles[0]).toEqual({ top: 2, left: 1, bottom: 52, right: 10 });
    expect(tiles.every((t) => (t.bottom - t.top + 1) * (t.right - t.left + 1) <= MERGE_TILE_CELLS)).toBe(true);
    expect(tiles.reduce((n, t) => n + (t.bottom - t.top + 1) * (t.right - t.left + 1), 0)).toBe(1000 * 10);
    const wide = mergeTiles({ top: 0, left: 0, bottom: 1, right: 1199 });
    expect(wide.map((t) => [t.top, t.left, t.right])).toEqual([
      [0, 0, 511],
      [0, 512, 1023],
      [0, 1024, 1199],
      [1, 0, 511],
      [1, 512, 1023],
      [1, 1024, 1199],
    ]);
  });
});
