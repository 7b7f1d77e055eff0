/**
 * The tracking variant of 评价报告（草稿） (DOMAIN.md §9, §10.3): the seed in its own mode (评价类型 绩效跟踪)
 * gets a monitoring report — 截至日期, 时间进度, 执行进度 and 进度差 with its light, 到位率, each indicator's
 * progress and light, the projections (按进度推算 marked), the projected score beside the snapshot score,
 * the §9 checks' findings — with every number traced to the evaluation and its cell, and 【请补充】 where the
 * sheets do not say why a figure deviates or what will be done.
 */
import type { WorkbookSnapshot } from '../../src/app/ports';
import type { CellValue, SheetGrid } from '../../src/domain/grid';
import type { DraftDocument, DraftSegment } from '../../src/domain/workbench/draft/draftTypes';
import { evaluateSnapshot, type RunResult } from '../../src/app/useCases';
import { WORKBENCH } from '../../src/app/workbench';
import { draftLines, draftPlainText } from '../../src/domain/workbench/draft/draftText';
import { cellAt, formatAt } from '../../src/domain/grid';
import { displayText } from '../../src/workbook/displayText';
import { normalizeText } from '../../src/domain/text/normalize';
import { SEED_XLSX, readSnapshot } from '../helpers/fixtures';
import { expectedNumber, writtenNumber } from '../helpers/draftTrace';

let snapshot: WorkbookSnapshot;
let result: RunResult;

beforeAll(async () => {
  snapshot = await readSnapshot(SEED_XLSX);
  result = evaluateSnapshot(snapshot, { workbench: WORKBENCH });
});

function draftOf(run: RunResult): DraftDocument {
  if (!run.draft) throw new Error('no draft');
  return run.draft;
}

function segments(run: RunResult): DraftSegment[] {
  return draftLines(draftOf(run)).flatMap((l) => l.paragraph);
}

function grid(sheets: readonly SheetGrid[], name: string): SheetGrid {
  const found = sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

describe('the seed\'s draft in its own mode (绩效跟踪) is a monitoring report', () => {
  test('its title, its preface and its six sections', () => {
    const draft = draftOf(result);
    expect(draft.mode).toBe('tracking');
    const text = draftPlainText(draft);
    expect(text.split('\n')[0]).toBe('2021年度招商引资专项项目绩效运行监控报告（草稿）');
    expect(text).toContain('本草稿按绩效跟踪（运行监控）口径撰写');
    expect(text).not.toContain('本草稿按单位自评口径撰写');
    expect(draftLines(draft).filter((l) => l.kind === 'heading' && l.level === 1).map((l) => l.text)).toEqual([
      '一、项目基本情况',
      '二、资金到位及执行进度',
      '三、绩效目标完成进度',
      '四、偏差原因及纠偏措施',
      '五、存在问题及改进建议',
      '六、监控结论',
    ]);
  });

  test('the figures of DOMAIN.md §9: 截至日期, 时间进度, 执行进度, 进度差 and its light, 到位率, the projection', () => {
    const text = draftPlainText(draftOf(result));
    expect(text).toContain('截至2021年7月31日，资金到位数75.64万元，到位率63.03%。');
    expect(text).toContain('截至2021年7月31日，项目执行数75.6441万元（项目信息未填写执行数，按支出明细合计折算），占全年预算数120万元的63.04%（执行进度）；时间进度58.33%。');
    expect(text).toContain('执行进度与时间进度之差为+4.70个百分点，绿灯，资金执行不落后于时间进度。');
    expect(text).toContain('按进度推算（截至日执行数÷时间进度），全年预计执行数129.6755万元，预计执行率100.00%');
  });

  test('each indicator\'s progress, light and projection (按进度推算 marked); the light counts; both scores', () => {
    const text = draftPlainText(draftOf(result));
    expect(text).toContain('“接洽客商（批次）”年度指标值≥320，截至日完成值210，完成进度65.63%，绿灯；全年预计完成360批次（按进度推算）。');
    expect(text).toContain('“接洽意向客商（批次）”年度指标值≥85，截至日完成值60余批次，完成进度70.59%，绿灯；全年预计完成102.86批次（按进度推算）。');
    expect(text).toContain('“商务接待（次）”年度指标值≥30，截至日完成值23次，完成进度76.67%，绿灯；全年预计完成39.43次（按进度推算）。');
    expect(text).toContain('全年预计完成30.86次（按进度推算）');
    expect(text).toContain('全年预计完成12亿（按进度推算）');
    expect(text).toContain('“招商引资成本节约率”年度指标值≤±5%，截至日尚未填报完成值，未填报。');
    expect(text).toContain('“服务客商及企业满意度”年度指标值=95%，截至日完成值“满意度较高”，无法判断。');
    expect(text).toContain('跟踪的17项绩效指标中，绿灯13项、黄灯0项、红灯0项、未填报或无法判断4项。');
    expect(text).toContain('预计全年得分70.87分（评价等级“中”）；截至日得分（参考）62.50分（评价等级“中”，暂定）。');
  });

  test('the §9 checks found nothing on the seed, and the draft says so; the unreported indicators ask for a reason', () => {
    const text = draftPlainText(draftOf(result));
    expect(text).toContain('跟踪检查未发现资金执行进度明显落后、红灯指标');
    expect(text).toContain('“招商引资成本节约率”、“提高社会群众就业率”、“社会就业率可持续增长”截至日尚未填报完成值。原因及下一步安排：【请补充】。');
    expect(text).toContain('监控结论意见及下一步工作安排：【请补充】');
  });

  test('every number is traced to the evaluation, written as its value, and equal to its cell where it is one', () => {
    const numbers = segments(result).filter((s) => s.kind === 'number');
    const tracked = numbers.filter((s) => s.source.kind !== 'count' && (s.source.kind === 'value' ? s.source.path : s.source.numerator)[1] === 'tracking');
    expect(tracked.length).toBeGreaterThan(30);
    for (const s of numbers) {
      const value = expectedNumber(result, s.source);
      expect(s.value).toBeCloseTo(value, 10);
      const w = writtenNumber(s.text);
      const shown = w.percent ? value * 100 : value;
      expect(Math.abs(w.value - shown)).toBeLessThanOrEqual(0.5 * 10 ** -w.decimals + 1e-9);
      // An amount of the funds read from a cell (execution to date, the base, 资金到位数) is that cell's number.
      const path = s.source.kind === 'value' ? s.source.path : [];
      const last = path[path.length - 1];
      if (path[1] === 'tracking' && (last === 'executed' || last === 'base' || last === 'received')) {
        expect(s.cells).toHaveLength(1);
        for (const ref of s.cells) {
          const cell = cellAt(grid(snapshot.sheets, ref.sheet), ref.row, ref.col) as number;
          // The seed's execution is its 支出明细 total in 元 (756,440.50), in 万元.
          expect(ref.sheet === result.evaluation.expenses?.sheet ? cell / 10000 : cell).toBeCloseTo(value, 10);
        }
      }
      // A progress names the target and the actual it is computed from.
      if (last === 'progress') expect(s.cells).toHaveLength(2);
    }
  });

  test('every copied text is its cell as the user sees it; the draft\'s own words hold no digit', () => {
    for (const s of segments(result)) {
      if (s.kind === 'cell') {
        const g = grid(snapshot.sheets, s.cell.sheet);
        expect(normalizeText(s.text)).toBe(normalizeText(displayText(cellAt(g, s.cell.row, s.cell.col), formatAt(g, s.cell.row, s.cell.col))));
      }
      if (s.kind === 'text') expect(s.text).not.toMatch(/[0-9０-９]/);
      if (s.kind === 'blank') expect(s.text).toMatch(/^【请补充(：[^0-9]+)?】$/);
      if (s.kind === 'name' && s.of === 'unit') expect(['批次', '次', '亿', '天']).toContain(s.text);
    }
  });

  test('the sheet 评价报告（草稿） holds the monitoring draft, with its cells', () => {
    const sheet = result.plan.sheets.find((s) => s.role === 'draft');
    expect(sheet?.values[0]?.[0]).toBe('2021年度招商引资专项项目绩效运行监控报告（草稿）');
    const progress = sheet?.values.find((r) => typeof r[0] === 'string' && r[0].includes('（执行进度）'));
    expect(progress?.[1]).toMatch(/^项目信息!/);
  });

  test('a self-evaluation of the same workbook keeps the self-evaluation draft', () => {
    const self = evaluateSnapshot(snapshot, { workbench: WORKBENCH, mode: 'selfEvaluation' });
    expect(draftOf(self).mode).toBe('selfEvaluation');
    expect(draftPlainText(draftOf(self)).split('\n')[0]).toBe('2021年度招商引资专项项目绩效自评报告（草稿）');
  });
});

describe('a project behind schedule', () => {
  let behind: RunResult;

  beforeAll(() => {
    // The seed with 30 万元 spent by 31 July (a 截至7月执行数 line added to 项目信息) and 100 of 320 客商:
    // both far behind 58.33 %.
    const e = result.evaluation;
    const row = e.indicators.find((r) => r.row.name === '接洽客商（批次）')?.row;
    if (!row || row.cols.actual === undefined || !e.project) throw new Error('seed cells not found');
    const info = e.project.sheet;
    const set = (g: SheetGrid, r: number, c: number, v: CellValue): SheetGrid => ({
      ...g,
      values: g.values.map((line, i) => (i === r ? line.map((x, j) => (j === c ? v : x)) : line)),
    });
    const actualCol = row.cols.actual;
    const sheets = snapshot.sheets.map((g) => {
      let out = g;
      if (g.name === info) out = { ...out, values: [...out.values, ['截至7月执行数（万元）', 30]], numberFormats: [...out.numberFormats, ['General', 'General']] };
      if (g.name === row.sheet) out = set(out, row.row, actualCol, 100);
      return out;
    });
    behind = evaluateSnapshot({ ...snapshot, sheets }, { workbench: WORKBENCH });
  });

  test('writes the gap with its light, and blanks for 偏差原因 and 纠偏措施', () => {
    const text = draftPlainText(draftOf(behind));
    expect(text).toContain('执行进度与时间进度之差为-33.33个百分点，红灯，资金执行落后于时间进度。');
    expect(text).toContain('资金执行进度落后于时间进度，进度差-33.33个百分点（红灯）。偏差原因：【请补充：偏差原因】；纠偏措施：【请补充：纠偏措施】。');
    expect(text).toMatch(/“接洽客商（批次）”年度指标值≥320，截至日完成值100，完成进度31\.25%，红灯；[^\n]*偏差原因：【请补充：偏差原因】；纠偏措施：【请补充：纠偏措施】。/);
  });

  test('the §9 checks\' findings stand among the problems, with their suggestion', () => {
    const codes = behind.report.diagnostics.map((d) => d.code);
    expect(codes).toContain('EXECUTION_BEHIND_SCHEDULE');
    expect(codes).toContain('INDICATOR_BEHIND_SCHEDULE');
    const text = draftPlainText(draftOf(behind));
    expect(text).toContain('执行进度落后或完成目标存在风险');
    expect(text).toContain('资金执行进度25.00%，落后于时间进度58.33%超过10个百分点。');
    expect(text).toContain('“接洽客商（批次）”为红灯，完成进度明显落后。');
    expect(text).toContain('加快执行进度并及时纠偏');
    expect(text).toMatch(/跟踪检查发现\d+项问题/);
  });
});
