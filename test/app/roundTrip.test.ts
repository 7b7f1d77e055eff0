/**
 * DOMAIN.md §8.12: the 绩效自评表 this project writes, copied alone into a new workbook, re-scores to the
 * same result — the seed's 62.50 / 中 / 暂定 with 分值 read from the form (no WEIGHTS_DEFAULTED), and a
 * form whose targets came from 指标性质 / 度量单位 columns (they are folded into 年度指标值).
 */
import type { SheetGrid } from '../../src/domain/grid';
import type { SheetPlan } from '../../src/domain/output/planTypes';
import type { WorkbookSnapshot } from '../../src/app/ports';
import { evaluateSnapshot, type RunResult } from '../../src/app/useCases';
import { WORKBENCH } from '../../src/app/workbench';
import { SEED_XLSX, fixturePath, readSnapshot } from '../helpers/fixtures';

function formAlone(result: RunResult): WorkbookSnapshot {
  const form = result.plan.sheets.find((s) => s.role === 'form') as SheetPlan;
  const sheet: SheetGrid = { name: '项目支出绩效自评表', values: form.values, numberFormats: form.numberFormats, merges: form.merges, visible: true };
  return { sheets: [sheet], ownedSheets: [] };
}

/** The seed as a self-evaluation (its own 评价类型, 绩效跟踪, would write the 监控表 instead of the 自评表). */
const SELF = { mode: 'selfEvaluation' } as const;

function scores(result: RunResult): Record<string, number> {
  return Object.fromEntries(result.report.indicators.filter((i) => i.status !== 'excluded').map((i) => [i.name, i.score]));
}

describe('round trip (§8.12)', () => {
  test('the seed: the form alone re-scores to 62.50 / 中 / 暂定, weights read from the form', async () => {
    const first = evaluateSnapshot(await readSnapshot(SEED_XLSX), SELF);
    const again = evaluateSnapshot(formAlone(first));
    expect([again.report.total, again.report.grade, again.report.provisional]).toEqual([62.5, '中', true]);
    expect(again.report.levels).toEqual(first.report.levels);
    expect(again.report.budget).toMatchObject({ annual: 120, score: 6.3 });
    expect(scores(again)).toEqual(scores(first));
    const codes = again.report.diagnostics.map((d) => d.code);
    expect(codes).not.toContain('WEIGHTS_DEFAULTED');
    expect(codes).not.toContain('TITLE_PROJECT_MISMATCH');
    // The form carries the project and its year, not the as-of date nor 项目信息's 评价类型.
    expect(again.report.project).toEqual({ ...first.report.project, asOf: null, evaluationType: null });
  });

  test('a form with 指标性质 and 度量单位 columns: the written form keeps ≥95% and re-scores the same', async () => {
    const first = evaluateSnapshot(await readSnapshot(fixturePath('forms', 'case5a-yunnan-lijiang-property-unit-columns.xlsx')));
    const again = evaluateSnapshot(formAlone(first));
    expect(again.report.indicators.map((i) => i.target)).toEqual(['=72890元', '=100%', '=100%', '≥95%', '≥95%']);
    expect(again.report.total).toBe(first.report.total);
    expect(scores(again)).toEqual(scores(first));
  });
});

describe('an earlier result never stays on screen when nothing can be scored (§8.13)', () => {
  test('the outputs of an earlier run are emptied to one line; 校验问题 holds the reason', async () => {
    const first = evaluateSnapshot(await readSnapshot(SEED_XLSX), SELF);
    const outputs: SheetGrid[] = first.plan.sheets.map((s) => ({ name: s.name, values: s.values, numberFormats: s.numberFormats, merges: s.merges, visible: true }));
    const unscorable: SheetGrid = {
      name: '绩效指标',
      values: [['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值'], ['产出指标', '数量指标', '培训人数', '≥100', null]],
      numberFormats: [],
      merges: [],
      visible: true,
    };
    const again = evaluateSnapshot({ sheets: [unscorable, ...outputs], ownedSheets: first.plan.ownedSheets ?? [] });
    expect(again.report.scored).toBe(false);
    expect(again.plan.sheets.map((s) => [s.role, s.name])).toEqual([
      ['form', '绩效自评表'],
      ['detail', '指标得分明细'],
      ['expenses', '支出汇总'],
      ['diagnostics', '校验问题'],
    ]);
    expect(again.plan.sheets[0]?.values).toEqual([[expect.stringContaining('没有任何指标能够计分，原有结果已清除')]]);
    expect(again.plan.activate).toBe('校验问题');
    // With the workbench, an earlier 指标调整对比 and draft are emptied too; the pane is offered neither.
    const firstFull = evaluateSnapshot(await readSnapshot(SEED_XLSX), { ...SELF, workbench: WORKBENCH });
    const outputsFull: SheetGrid[] = firstFull.plan.sheets.map((s) => ({ name: s.name, values: s.values, numberFormats: s.numberFormats, merges: s.merges, visible: true }));
    const againFull = evaluateSnapshot({ sheets: [unscorable, ...outputsFull], ownedSheets: firstFull.plan.ownedSheets ?? [] }, { workbench: WORKBENCH });
    expect(againFull.plan.sheets.map((s) => s.role)).toEqual(['form', 'detail', 'expenses', 'comparison', 'draft', 'diagnostics']);
    for (const sheet of againFull.plan.sheets.filter((s) => s.role !== 'diagnostics')) {
      expect(sheet.values).toEqual([[expect.stringContaining('原有结果已清除')]]);
    }
    expect(againFull.report.comparison).toBeNull();
    // A workbook without earlier outputs gets the diagnostics sheet alone, and owns only that.
    const fresh = evaluateSnapshot({ sheets: [unscorable], ownedSheets: [] });
    expect(fresh.plan.sheets.map((s) => s.name)).toEqual(['校验问题']);
    expect(fresh.plan.ownedSheets).toEqual(['校验问题']);
  });
});
