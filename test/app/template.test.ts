/** The template the add-in inserts is read back by the engine as the three input sheets it is. */
import type { SheetGrid } from '../../src/domain/grid';
import type { WorkbookPort, WorkbookSnapshot } from '../../src/app/ports';
import type { WritePlan } from '../../src/domain/output/planTypes';
import { evaluateSnapshot, insertTemplate } from '../../src/app/useCases';
import { missingInputRoles } from '../../src/workbook/readInputs';

/** A port over plain grids: what any host holds after applying plans (values, formats, merges). */
class MemoryPort implements WorkbookPort {
  applied: WritePlan[] = [];
  constructor(public snapshot: WorkbookSnapshot) {}
  async read(): Promise<WorkbookSnapshot> {
    return this.snapshot;
  }
  async apply(plan: WritePlan): Promise<void> {
    this.applied.push(plan);
    const written = plan.sheets.map(
      (p): SheetGrid => ({ name: p.name, values: p.values, numberFormats: p.numberFormats, merges: p.merges, visible: true }),
    );
    const kept = this.snapshot.sheets.filter((s) => !written.some((w) => w.name === s.name));
    this.snapshot = { sheets: [...kept, ...written], ownedSheets: plan.ownedSheets ?? this.snapshot.ownedSheets };
  }
}

describe('插入模板', () => {
  test('an empty workbook gets the three input sheets, which read back as a complete example project', async () => {
    const port = new MemoryPort({ sheets: [], ownedSheets: [] });
    const { created } = await insertTemplate(port);
    expect(created).toEqual(['项目信息', '支出明细', '绩效指标']);
    expect(missingInputRoles(port.snapshot.sheets)).toEqual([]);
    const { report } = evaluateSnapshot(port.snapshot);
    expect(report.project.name).not.toBeNull();
    expect(report.indicators.length).toBeGreaterThan(3);
    const codes = report.diagnostics.map((d) => d.code);
    for (const absent of ['NO_INDICATOR_SHEET', 'NO_PROJECT_INFO', 'NO_EXPENSE_SHEET', 'MISSING_COLUMN', 'UNKNOWN_LEVEL1',
      'UNKNOWN_LEVEL2', 'TITLE_PROJECT_MISMATCH', 'EXPENSE_TOTAL_MISMATCH', 'WEIGHT_SUM_MISMATCH']) {
      expect(codes).not.toContain(absent);
    }
  });

  test('a workbook that has all three input sheets is not touched', async () => {
    const port = new MemoryPort({ sheets: [], ownedSheets: [] });
    await insertTemplate(port);
    const before = port.snapshot;
    const again = await insertTemplate(port);
    expect(again.created).toEqual([]);
    expect(port.snapshot).toBe(before);
    expect(port.applied).toHaveLength(1);
  });

  test('only the missing sheets are added, next to a user sheet of the same name', async () => {
    const mine: SheetGrid = { name: '绩效指标', values: [['我的备忘']], numberFormats: [], merges: [], visible: true };
    const port = new MemoryPort({ sheets: [mine], ownedSheets: [] });
    const { created } = await insertTemplate(port);
    expect(created).toEqual(['项目信息', '支出明细', '绩效指标(2)']);
    expect(port.snapshot.sheets[0]).toBe(mine);
  });

  test('the form layout adds the one-sheet 项目支出绩效自评表 to a workbook without inputs, once', async () => {
    const port = new MemoryPort({ sheets: [], ownedSheets: [] });
    const { created } = await insertTemplate(port, { layout: 'form' });
    expect(created).toEqual(['项目支出绩效自评表']);
    expect(port.applied[0]?.activate).toBe('项目支出绩效自评表');
    expect(port.applied[0]?.ownedSheets).toBeUndefined();
    const again = await insertTemplate(port, { layout: 'form' });
    expect(again.created).toEqual([]);
    expect(port.applied).toHaveLength(1);
  });

  test('the form layout adds nothing beside existing input sheets (two sets would compete)', async () => {
    const port = new MemoryPort({ sheets: [], ownedSheets: [] });
    await insertTemplate(port);
    const before = port.snapshot;
    expect((await insertTemplate(port, { layout: 'form' })).created).toEqual([]);
    expect(port.snapshot).toBe(before);
  });

  test('a profile shapes the template: 20/80 example weights add up to 80 and score without a weight error', async () => {
    const port = new MemoryPort({ sheets: [], ownedSheets: [] });
    await insertTemplate(port, { layout: 'sheets', profile: 'municipal-20-80' });
    const { report } = evaluateSnapshot(port.snapshot, { profile: 'municipal-20-80' });
    const weights = report.indicators.reduce((a, i) => a + i.weight, 0);
    expect(Math.round(weights * 100) / 100).toBe(80);
    expect(report.budget.weight).toBe(20);
    expect(report.diagnostics.map((d) => d.code)).not.toContain('WEIGHT_SUM_MISMATCH');
  });

  test('the tracking template (DOMAIN.md §9) reads back as a tracking report: to-date actuals, projections, likelihoods, ticks', async () => {
    const port = new MemoryPort({ sheets: [], ownedSheets: [] });
    await insertTemplate(port, { mode: 'tracking' });
    const { report, evaluation } = evaluateSnapshot(port.snapshot);
    expect(report.mode).toBe('tracking');
    const t = report.tracking;
    expect(t).toMatchObject({ asOf: '2024-07-31', gap: -2.33, light: 'yellow', counts: { green: 4, yellow: 1, red: 0, grey: 2 } });
    expect(t?.timeProgress).toBeCloseTo(7 / 12, 12);
    expect(t?.executionProgress).toBeCloseTo(0.56, 12);
    expect(t?.receivedRate).toBeCloseTo(0.8, 12);
    expect(t?.projectedExecuted).toBe(50);
    expect(t?.indicators[0]).toMatchObject({ name: '培训人次（人次）', progress: 0.62, light: 'green', projected: true, likelihood: '确定能' });
    expect(t?.indicators[4]).toMatchObject({ light: 'yellow', projectionText: '达成', projected: false, likelihood: '有可能', categories: ['人员保障'] });
    const codes = report.diagnostics.map((d) => d.code);
    for (const absent of ['MISSING_COLUMN', 'UNKNOWN_LEVEL2', 'WEIGHT_SUM_MISMATCH', 'LIKELIHOOD_WITHOUT_REASON', 'LIKELIHOOD_INCONSISTENT',
      'LIKELIHOOD_UNRECOGNIZED', 'PROJECTION_UNREADABLE', 'AS_OF_MISSING', 'LOW_EXECUTION_RATE', 'EXECUTION_BEHIND_SCHEDULE']) {
      expect(codes).not.toContain(absent);
    }
    expect(evaluation.project?.executedToDate).toBe(28);
    const sheet = port.snapshot.sheets.find((s) => s.name === '绩效指标');
    expect(sheet?.values[1]?.slice(4, 9)).toEqual(['1-7月执行情况', '分值', '全年预计完成值', '完成目标可能性', '经费保障']);
    const lists = port.applied[0]?.sheets.find((s) => s.name === '绩效指标')?.dataValidations.map((v) => v.list);
    expect(lists).toEqual(expect.arrayContaining([['确定能', '有可能', '完全不可能'], ['√']]));
  });
});

