import type { BatchEntry, EvaluatedEntry } from '../../../src/app/batch/entry';
import { entryFromReport } from '../../../src/app/batch/entry';
import { buildSummaryPlan } from '../../../src/app/batch/summaryPlan';
import { MAX_LISTED_FILES, fileList, frequentCodes } from '../../../src/app/batch/issuesSheet';
import { summaryOrder } from '../../../src/app/batch/projectsSheet';
import type { SummaryInput } from '../../../src/app/batch/summaryTypes';
import { evaluateSnapshot } from '../../../src/app/useCases';
import { getProfile } from '../../../src/domain/schema/profiles';
import { SEED_XLSX, readSnapshot } from '../../helpers/fixtures';

function project(file: string, over: Partial<EvaluatedEntry> = {}): EvaluatedEntry {
  return {
    kind: 'evaluated',
    file,
    name: `项目${file}`,
    department: '某局',
    unit: '某中心',
    annual: 100,
    executed: 80,
    rate: 0.8,
    scored: true,
    total: 85,
    max: 100,
    grade: '良',
    provisional: false,
    errors: 0,
    warnings: 0,
    codes: [],
    profile: 'central',
    mode: 'self',
    ...over,
  };
}

const unreadable = (file: string, reason = 'corrupt'): BatchEntry => ({ kind: 'unreadable', file, reason, message: `${file} 已损坏。` });

function input(entries: readonly BatchEntry[], over: Partial<SummaryInput> = {}): SummaryInput {
  return {
    entries,
    fileCount: entries.length,
    interrupted: false,
    outputs: false,
    profile: getProfile('central'),
    locale: 'zh-CN',
    reasonTitle: (r) => `原因 ${r}`,
    ...over,
  };
}

/** The plan's cell values of one sheet, as text per row (blank cells as ''). */
function rows(plan: ReturnType<typeof buildSummaryPlan>, sheet: number): string[][] {
  return (plan.sheets[sheet]?.plan.values ?? []).map((r) => r.map((v) => (v === null ? '' : String(v))));
}

describe('the summary plan of a batch', () => {
  it('turns a report into an entry: counts by severity, distinct codes, nothing scored without an indicator sheet', async () => {
    const { report } = evaluateSnapshot(await readSnapshot(SEED_XLSX));
    const entry = entryFromReport('seed.xlsx', report, { profile: 'central', mode: 'self' });
    expect([entry.total, entry.grade, entry.provisional, entry.scored]).toEqual([62.5, '中', true, true]);
    expect(entry.errors).toBe(report.diagnostics.filter((d) => d.severity === 'error').length);
    expect(entry.codes.reduce((n, c) => n + c.count, 0)).toBe(report.diagnostics.length);
    expect(new Set(entry.codes.map((c) => c.code)).size).toBe(entry.codes.length);
    const empty = evaluateSnapshot({ sheets: [{ name: 'Sheet1', values: [['x']], numberFormats: [], merges: [], visible: true }], ownedSheets: [] });
    expect(entryFromReport('empty.xlsx', empty.report, { profile: 'central', mode: 'self' }).scored).toBe(false);
  });

  it('lists provisional projects first, then final ones, then unscored files, then unreadable ones, keeping the batch order within each', () => {
    const entries = [
      unreadable('a.xlsx'),
      project('b.xlsx'),
      project('c.xlsx', { provisional: true, grade: '中', total: 62.5 }),
      project('d.xlsx', { scored: false }),
      project('e.xlsx', { provisional: true }),
      project('f.xlsx'),
    ];
    expect(summaryOrder(entries).map((e) => e.file)).toEqual(['c.xlsx', 'e.xlsx', 'b.xlsx', 'f.xlsx', 'd.xlsx', 'a.xlsx']);
    const sheet = rows(buildSummaryPlan(input(entries)), 0);
    expect(sheet[2]?.slice(0, 3)).toEqual(['序号', '文件', '项目名称']);
    expect(sheet.slice(3).map((r) => r[1])).toEqual(['c.xlsx', 'e.xlsx', 'b.xlsx', 'f.xlsx', 'd.xlsx', 'a.xlsx']);
    expect(sheet[3]?.slice(8, 11)).toEqual(['62.5', '中', '暂定']);
    expect(sheet[8]?.at(-1)).toBe('a.xlsx 已损坏。');
    expect(sheet[7]?.at(-1)).toBe('未找到绩效指标表，未评分。');
    expect(sheet[1]?.[0]).toBe('共 6 个文件：已评分 4 个（其中暂定 2 个），无绩效指标表 1 个，无法读取 1 个。');
  });

  it('gives the grade column real conditional fills, one per grade, over every data row; the header filters and repeats when printed', () => {
    const entries = [project('a.xlsx'), project('b.xlsx', { grade: '优' })];
    const sheet = buildSummaryPlan(input(entries, { outputs: true })).sheets[0];
    expect(sheet?.conditionalFills.map((f) => f.equals)).toEqual(['优', '良', '中', '差']);
    expect(sheet?.conditionalFills[0]?.range).toEqual({ top: 3, left: 9, bottom: 4, right: 9 });
    expect(sheet?.plan.values[2]?.[9]).toBe('等级');
    expect(sheet?.plan.values[2]).toContain('输出文件');
    expect(sheet?.autoFilter).toEqual({ top: 2, left: 0, bottom: 4, right: 16 });
    expect(sheet?.plan.pageSetup).toMatchObject({ orientation: 'landscape', titleRows: { first: 2, last: 2 }, fitToWidth: 1, fitToHeight: 1 });
  });

  it('counts grades final and provisional apart, and charts the counts from their cells', () => {
    const entries = [
      project('a'),
      project('b', { grade: '优' }),
      project('c', { grade: '优', provisional: true }),
      project('d', { grade: '差', provisional: true }),
      project('e', { scored: false }),
      unreadable('f'),
    ];
    const plan = buildSummaryPlan(input(entries));
    const grades = rows(plan, 1);
    expect(grades.slice(3, 8).map((r) => r.slice(0, 4))).toEqual([
      ['优', '1', '1', '2'],
      ['良', '1', '0', '1'],
      ['中', '0', '0', '0'],
      ['差', '0', '1', '1'],
      ['合计', '2', '2', '4'],
    ]);
    expect(grades[3]?.[4]).toBe('0.5');
    expect(grades[9]?.[3]).toBe('1');
    expect(grades[10]?.[3]).toBe('1');
    expect(grades[11]?.[3]).toBe('6');
    const chart = plan.sheets[1]?.chart;
    expect(chart?.cache).toEqual({ categories: ['优', '良', '中', '差'], values: [[1, 1, 0, 0], [1, 0, 0, 1]] });
    expect(chart?.series.map((s) => [s.name, grades[s.nameCell.row]?.[s.nameCell.col]])).toEqual([
      ['正式', '正式'],
      ['暂定', '暂定'],
    ]);
    expect(chart?.categories).toEqual({ top: 3, left: 0, bottom: 6, right: 0 });
    expect(plan.sheets[1]?.plan.pageSetup.printArea.bottom).toBe(chart?.anchor.bottom);
    expect(plan.sheets[1]?.plan.pageSetup.orientation).toBe('portrait');
  });

  it('ranks codes by the projects they stand in, then by occurrences, and names the files, cut to a printable list', () => {
    const entries = [
      project('a', { codes: [{ code: 'ACTUAL_MISSING', severity: 'error', count: 5 }, { code: 'UNIT_MISMATCH', severity: 'warning', count: 1 }] }),
      project('b', { codes: [{ code: 'UNIT_MISMATCH', severity: 'warning', count: 1 }] }),
      project('c', { codes: [{ code: 'UNIT_MISMATCH', severity: 'warning', count: 2 }, { code: 'BUDGET_MISSING', severity: 'error', count: 1 }] }),
      unreadable('x.xls', 'encrypted'),
      unreadable('y.xls', 'encrypted'),
      unreadable('z.xlsx', 'corrupt'),
    ];
    const i = input(entries);
    expect(frequentCodes(i).map((c) => [c.code, c.projects, c.occurrences])).toEqual([
      ['UNIT_MISMATCH', 3, 4],
      ['ACTUAL_MISSING', 1, 5],
      ['BUDGET_MISSING', 1, 1],
    ]);
    const issues = rows(buildSummaryPlan(i), 2);
    expect(issues[3]).toEqual(['1', '年度指标值与实际完成值单位不一致', 'UNIT_MISMATCH', '警告', '3', '4', 'a、b、c']);
    const unreadableRows = issues.filter((r) => r[2] === 'encrypted' || r[2] === 'corrupt');
    expect(unreadableRows.map((r) => [r[1], r[4], r[6]])).toEqual([
      ['原因 encrypted', '2', 'x.xls、y.xls'],
      ['原因 corrupt', '1', 'z.xlsx'],
    ]);
    const many = Array.from({ length: MAX_LISTED_FILES + 5 }, (_, n) => `f${n}`);
    expect(fileList(many)).toMatch(new RegExp(`^f0、f1、.*、f${MAX_LISTED_FILES - 1}……等 ${MAX_LISTED_FILES + 5} 个$`));
  });

  it('says when a batch was interrupted and how many files it left out', () => {
    const plan = buildSummaryPlan(input([project('a')], { fileCount: 10, interrupted: true }));
    expect(rows(plan, 0)[1]?.[0]).toContain('评价被中断：只列出已处理的 1 个文件，其余 9 个未列入。');
  });

  it('is the same plan for the same entries', () => {
    const entries = [project('a', { provisional: true }), unreadable('b'), project('c')];
    expect(JSON.stringify(buildSummaryPlan(input(entries)))).toBe(JSON.stringify(buildSummaryPlan(input([...entries]))));
  });
});
