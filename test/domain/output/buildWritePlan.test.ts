import fc from 'fast-check';
import { buildWritePlan } from '../../../src/domain/output/buildWritePlan';
import { OUTPUT_SHEET_NAMES } from '../../../src/domain/output/planTypes';
import type { Evaluation, ExpenseItem, IndicatorStatus } from '../../../src/domain/model';
import type { RenderedDiagnostic } from '../../../src/domain/diagnostics/types';
import { MAX_CELL_TEXT } from '../../../src/domain/output/sheetBuilder';
import { cell, find, formatOf, indicatorResult, rendered, seedEvaluation, SEED_EXPENSES, SEED_PROJECT, SEED_RENDERED, shapeProblems } from './fixtures';

const NAMES = { ...OUTPUT_SHEET_NAMES, diagnostics: '校验问题(2)' };

describe('buildWritePlan', () => {
  const plan = buildWritePlan(seedEvaluation(), SEED_RENDERED, NAMES, ['绩效自评表', '指标得分明细', '支出汇总', '校验问题(2)']);

  it('plans the four output sheets in order, passes ownership through and activates the form', () => {
    expect(plan.sheets.map((s) => [s.role, s.name])).toEqual([
      ['form', '绩效自评表'],
      ['detail', '指标得分明细'],
      ['expenses', '支出汇总'],
      ['diagnostics', '校验问题(2)'],
    ]);
    expect(plan.ownedSheets).toEqual(['绩效自评表', '指标得分明细', '支出汇总', '校验问题(2)']);
    expect(plan.activate).toBe('绩效自评表');
    for (const sheet of plan.sheets) expect(shapeProblems(sheet)).toEqual([]);
  });

  it('is deterministic: the same evaluation gives the same plan', () => {
    const again = buildWritePlan(seedEvaluation(), SEED_RENDERED, NAMES, plan.ownedSheets ?? []);
    expect(again).toEqual(plan);
  });

  it('writes formula-looking user text verbatim as text everywhere', () => {
    const risky = ['=HYPERLINK("http://x","y")', '+1+1', '-2', '@SUM(A1)', '\t=1', '\r=cmd|calc'];
    const [a, b, c, d, e, f] = risky as [string, string, string, string, string, string];
    const ev = seedEvaluation({
      project: { ...SEED_PROJECT, name: a, department: b, unit: c, goalPlanned: d, goalActual: e },
      indicators: [indicatorResult({ level1: a, level2: b, name: c, target: d, actual: e, reason: f, weight: 10, score: 5, status: 'unmet' }, 2, f)],
      expenses: { ...SEED_EXPENSES, sheet: a, items: [{ ...(SEED_EXPENSES.items[0] as ExpenseItem), seq: b, summary: c }] },
    });
    const p = buildWritePlan(ev, [rendered('error', 'ACTUAL_MISSING', d, e, f)], NAMES, []);
    const [form, detail, expenses, diagnostics] = p.sheets;
    if (!form || !detail || !expenses || !diagnostics) throw new Error('four sheets');
    for (const [sheet, texts] of [
      [form, [a, b, c, d, e, f]],
      [detail, [a, b, c, d, e, f]],
      [expenses, [b, c]],
      [diagnostics, [d, e, f]],
    ] as const) {
      for (const text of texts) {
        const at = find(sheet, text);
        expect(at).toBeDefined();
        if (at) expect(formatOf(sheet, at.row, at.col)).toBe('@');
      }
      expect(shapeProblems(sheet)).toEqual([]);
    }
    expect(find(detail, `${f}!C3`)).toBeDefined();
  });

  it('keeps any strings of an evaluation as valid rectangular plans with @ on every string (property)', () => {
    const text = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.constantFrom('', '=1+1', '+', '-', '@', '\t', '\r', '\n', '产出指标'));
    const status = fc.constantFrom<IndicatorStatus>('met', 'partial', 'unmet', 'missing', 'excluded');
    const num = fc.oneof(fc.double(), fc.constant(0));
    const indicator = fc.record({ level1: text, level2: text, name: text, target: text, actual: text, reason: text, weight: num, score: num, status });
    const diagnostic = fc.record({
      severity: fc.constantFrom<RenderedDiagnostic['severity']>('error', 'warning', 'info'),
      sheet: text,
      cell: text,
      message: text,
    });
    fc.assert(
      fc.property(
        fc.record({ name: text, goal: text, sheet: text, year: fc.option(fc.integer(), { nil: undefined }) }),
        fc.array(indicator, { maxLength: 12 }),
        fc.array(fc.record({ seq: text, summary: text, amount: fc.option(num, { nil: undefined }) }), { maxLength: 6 }),
        fc.array(diagnostic, { maxLength: 6 }),
        fc.boolean(),
        (project, specs, items, diags, provisional) => {
          const base = seedEvaluation();
          const ev: Evaluation = {
            ...base,
            ...(project.year !== undefined ? { year: project.year } : {}),
            provisional,
            project: { ...SEED_PROJECT, name: project.name, goalPlanned: project.goal, department: project.sheet },
            indicators: specs.map((s, i) => indicatorResult(s, i, project.sheet)),
            expenses: {
              ...SEED_EXPENSES,
              sheet: project.sheet,
              items: items.map((it) => ({ ...(SEED_EXPENSES.items[0] as ExpenseItem), seq: it.seq, summary: it.summary, amount: it.amount })),
              sum: items.reduce((s, it) => s + (it.amount ?? 0), 0),
            },
          };
          const rd = diags.map((d) => rendered(d.severity, 'ACTUAL_MISSING', d.message, d.cell, d.sheet));
          const p = buildWritePlan(ev, rd, NAMES, []);
          expect(p.sheets).toHaveLength(4);
          for (const sheet of p.sheets) expect(shapeProblems(sheet)).toEqual([]);
          // Every user string lands verbatim (up to Excel's cell limit) in the detail sheet.
          const detail = p.sheets[1];
          if (!detail) throw new Error('detail');
          specs.forEach((s, i) => {
            expect(cell(detail, i + 1, 2)).toBe(s.name === '' ? null : s.name.slice(0, MAX_CELL_TEXT));
            expect(cell(detail, i + 1, 4)).toBe(s.actual === '' ? null : s.actual);
          });
        },
      ),
      { numRuns: 150 },
    );
  });

  it('builds plans for 10,000 indicators and 100,000 expense rows', () => {
    const base = seedEvaluation();
    const l1 = ['产出指标', '效益指标', '满意度指标'];
    const indicators = Array.from({ length: 10_000 }, (_, i) =>
      indicatorResult(
        {
          level1: l1[Math.floor(i / 4000)] ?? '满意度指标',
          level2: `二级${Math.floor(i / 50)}`,
          name: `指标${i}`,
          target: '≥10',
          actual: String(i % 12),
          weight: 0.009,
          score: 0.008,
          status: i % 7 === 0 ? 'unmet' : i % 11 === 0 ? 'missing' : 'met',
        },
        i + 2,
      ),
    );
    const items: ExpenseItem[] = Array.from({ length: 100_000 }, (_, i) => ({
      seq: String(i + 1),
      date: '',
      summary: `支出${i}`,
      category: '',
      note: '',
      amount: 100 + (i % 10),
      row: i + 3,
    }));
    const diagnostics = Array.from({ length: 5_000 }, (_, i) => rendered(i % 2 ? 'warning' : 'error', 'ACTUAL_MISSING', `m${i}`));
    const ev = { ...base, indicators, expenses: { ...SEED_EXPENSES, items, sum: items.reduce((s, it) => s + (it.amount ?? 0), 0) } };
    const p = buildWritePlan(ev, diagnostics, NAMES, []);
    const [form, detail, expenses, diag] = p.sheets;
    expect(detail?.values).toHaveLength(10_001);
    expect(expenses?.values.length).toBeGreaterThan(100_000);
    expect(diag?.values).toHaveLength(5_001);
    expect(form?.values.length).toBeGreaterThan(10_000);
    // Styles are rectangles: far fewer than rows.
    expect(expenses?.styles.length).toBeLessThan(20);
    expect(diag?.styles.length).toBeLessThan(20);
    expect(form?.merges.length).toBeLessThan(300);
  });
});
