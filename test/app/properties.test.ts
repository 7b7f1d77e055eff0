/**
 * Properties of the whole engine (fast-check): any grid evaluates without throwing, and re-running
 * on a workbook that already holds the outputs plans exactly the same writes (idempotent recompute).
 */
import fc from 'fast-check';
import type { CellValue, SheetGrid } from '../../src/domain/grid';
import type { WorkbookSnapshot } from '../../src/app/ports';
import { WORKBENCH } from '../../src/app/workbench';
import { evaluateSnapshot } from '../../src/app/useCases';
import type { WritePlan } from '../../src/domain/output/planTypes';

const WORDS = [
  '项目名称', '全年预算数（万元）', '全年执行数', '资金到位数', '一级指标', '二级指标', '三级指标', '年度指标值',
  '实际完成值', '分值', '得分', '偏差原因', '资金摘要', '金额', '合计', '小计', '单位：元', '产出指标', '效益指标',
  '满意度\n指标', '数量指标', '质量', '社会效益', '满意度', '无', '—', '≥320', '≤±5%', '80%-90%', '约160亿',
  '60余批次', '达成', '部分完成', '未达成', '满意度较高', '=SUM(A1)', '+1', '-', '@x', '健全', '100%', '0',
];

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.constantFrom(...WORDS),
  fc.string({ maxLength: 8 }),
  fc.double({ noNaN: false }),
  fc.integer({ min: -1000, max: 100000 }),
  fc.boolean(),
  fc.constantFrom({ error: '#N/A' }, { error: '#DIV/0!' }),
);

const sheet = (name: string): fc.Arbitrary<SheetGrid> =>
  fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 14 }).map((values) => ({
    name,
    values,
    numberFormats: values.map((r) => r.map((_, i) => (i % 3 === 0 ? '0%' : undefined))),
    merges: [],
    visible: true,
  }));

/** A sheet that starts with a real header, so the readers and the scoring really run. */
const withHeader = (name: string, header: readonly CellValue[]): fc.Arbitrary<SheetGrid> =>
  sheet(name).map((g) => ({ ...g, values: [['标题'], header, ...g.values] }));

const snapshot: fc.Arbitrary<WorkbookSnapshot> = fc
  .tuple(
    sheet('甲'),
    withHeader('乙', ['序号', '资金摘要', '金额']),
    withHeader('丙', ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因']),
    sheet('丁').map((g) => ({ ...g, values: [['项目名称', '测试项目'], ['全年预算数', 100], ...g.values] })),
  )
  .map((sheets) => ({ sheets, ownedSheets: [] }));

/** What a host would hold after applying a plan: the plan's sheets as grids, owned. */
function applyToSnapshot(before: WorkbookSnapshot, plan: WritePlan): WorkbookSnapshot {
  const written = plan.sheets.map(
    (p): SheetGrid => ({
      name: p.name,
      values: p.values,
      numberFormats: p.numberFormats,
      merges: p.merges,
      visible: true,
    }),
  );
  const kept = before.sheets.filter((s) => !written.some((w) => w.name === s.name));
  return { sheets: [...kept, ...written], ownedSheets: plan.ownedSheets ?? before.ownedSheets };
}

describe('engine properties', () => {
  test('any workbook evaluates without throwing, with a sane result', () => {
    fc.assert(
      fc.property(snapshot, (snap) => {
        const { report, plan } = evaluateSnapshot(snap, { workbench: WORKBENCH });
        expect(Number.isFinite(report.total)).toBe(true);
        expect(report.total).toBeGreaterThanOrEqual(0);
        expect(report.total).toBeLessThanOrEqual(report.max + 1e-9);
        const roles = plan.sheets.map((s) => s.role);
        if (report.scored) {
          // The four sheets of the form, the draft report, and 指标调整对比 when there is a reference set.
          expect(roles.slice(0, 4)).toEqual(['form', 'detail', 'expenses', 'diagnostics']);
          expect(roles.slice(4)).toEqual(report.comparison ? ['comparison', 'draft'] : ['draft']);
        } else {
          // Nothing scored: no form, the 校验问题 sheet alone (DOMAIN.md §8.13).
          expect(roles).toEqual(['diagnostics']);
        }
      }),
      { numRuns: 150 },
    );
  });

  test('recompute is idempotent: a second run over its own output plans the same writes', () => {
    fc.assert(
      fc.property(snapshot, (snap) => {
        const first = evaluateSnapshot(snap, { workbench: WORKBENCH });
        const after = applyToSnapshot(snap, first.plan);
        const second = evaluateSnapshot(after, { workbench: WORKBENCH });
        expect(second.plan).toEqual(first.plan);
        expect(second.report).toEqual(first.report);
      }),
      { numRuns: 60 },
    );
  });
});
