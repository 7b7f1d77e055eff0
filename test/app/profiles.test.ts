/**
 * The seed workbook (DOMAIN.md §7) under each shipped profile, and how a run's profile is chosen:
 * this run's choice, else detection, else `central`. The seed leaves 分值 blank, which a profile
 * without default 一级 points cannot split (WEIGHTS_REQUIRED): only the budget scores there.
 */
import type { WorkbookSnapshot } from '../../src/app/ports';
import { evaluateSnapshot } from '../../src/app/useCases';
import { profileIds } from '../../src/domain/schema/profiles';
import { SEED_XLSX, readSnapshot } from '../helpers/fixtures';
import { grid } from '../helpers/grid';

let seed: WorkbookSnapshot;

beforeAll(async () => {
  seed = await readSnapshot(SEED_XLSX);
});

// The seed is a tracking report (its 评价类型 绩效跟踪); its profiles are compared as a self-evaluation.
const SELF = { mode: 'selfEvaluation' } as const;

describe('the seed under each profile', () => {
  test('without a choice: central by default, 62.50 中 暂定 with its 23 diagnostics (the workbench EXPENSE_NOT_COVERED among them), nothing detected', () => {
    const { report } = evaluateSnapshot(seed, SELF);
    expect(report).toMatchObject({ profile: 'central', profileSource: 'default', total: 62.5, grade: '中', provisional: true });
    expect(report.profileLabel).toBe('中央部门（财预〔2020〕10号）');
    expect(report.diagnostics).toHaveLength(23);
    expect(report.diagnostics.map((d) => d.code)).not.toContain('PROFILE_DETECTED');
  });

  test.each([
    // profile, budget weight, budget score, total, grade, extra codes
    ['central', 10, 6.3, 62.5, '中', []],
    // No ≤ indicator is scored in the seed: the linear rule changes nothing.
    ['linear-le', 10, 6.3, 62.5, '中', []],
    // 20 × 75.64405/120 = 12.607; the blank 分值 cannot be split.
    ['municipal-20-80', 20, 12.61, 12.61, '差', ['WEIGHTS_REQUIRED']],
    // 10 × 75.64405/120 (no 调整后预算数 given); 63.04 % < 90 % with no explanation.
    ['sichuan', 10, 6.3, 6.3, '差', ['WEIGHTS_REQUIRED', 'DEVIATION_REASON_MISSING']],
  ] as const)('%s: budget %p points → %p, total %p, %s', (profile, weight, budgetScore, total, grade, extra) => {
    const { report } = evaluateSnapshot(seed, { ...SELF, profile });
    expect(report).toMatchObject({ profile, profileSource: 'chosen', total, grade, provisional: true });
    expect(report.budget).toMatchObject({ weight, score: budgetScore, base: 'annualBudget' });
    const codes = report.diagnostics.map((d) => d.code);
    for (const code of extra) expect(codes).toContain(code);
    if (profile === 'sichuan') {
      const budgetReason = report.diagnostics.find((d) => d.code === 'DEVIATION_REASON_MISSING' && d.message.includes('预算执行率'));
      expect(budgetReason?.message).toContain('63.04%');
    }
  });

  test('every profile names itself in the report and in the form\'s note row', () => {
    for (const profile of profileIds()) {
      const { report, plan } = evaluateSnapshot(seed, { ...SELF, profile });
      const form = plan.sheets.find((s) => s.role === 'form');
      const texts = (form?.values ?? []).flat().filter((v): v is string => typeof v === 'string');
      expect(texts.some((t) => t.startsWith('注：') && t.includes(`评分口径：${report.profileLabel}`))).toBe(true);
    }
  });

  test('en-US labels the profile in English', () => {
    const { report } = evaluateSnapshot(seed, { ...SELF, profile: 'sichuan', locale: 'en-US' });
    expect(report.profileLabel).toBe('Sichuan Province');
  });
});

describe('sichuan: the explanation of a low 执行率', () => {
  const indicators = grid('绩效指标', [
    ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '偏差原因'],
    ['产出指标', '数量指标', '培训人数（人）', '≥100', 100, 50, null],
    ['效益指标', '社会效益指标', '培训合格率', '≥90%', '95%', 30, null],
    ['满意度指标', '服务对象满意度指标', '学员满意度', '≥90%', '92%', 10, null],
  ]);
  const project = (extra: (string | number)[][]) =>
    grid('项目信息', [['项目名称', '2024年度培训项目'], ['全年预算数（万元）', 100], ['全年执行数（万元）', 80], ...extra]);
  const budgetReason = (extra: (string | number)[][]) =>
    evaluateSnapshot({ sheets: [project(extra), indicators], ownedSheets: [] }, { profile: 'sichuan' }).report.diagnostics.filter(
      (d) => d.code === 'DEVIATION_REASON_MISSING',
    );

  test('is read from a 执行率偏差原因 label (or 预算执行偏差原因) in 项目信息', () => {
    expect(budgetReason([]).map((d) => `${d.sheet}!${d.cell}`)).toEqual(['项目信息!B3']);
    expect(budgetReason([['执行率偏差原因', '部分培训延至次年一季度']])).toEqual([]);
    expect(budgetReason([['预算执行偏差原因（执行率低于90%时填写）', '采购流程延后']])).toEqual([]);
  });
});

