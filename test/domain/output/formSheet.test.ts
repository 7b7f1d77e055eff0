import { buildFormSheet, yearLine } from '../../../src/domain/output/formSheet';
import { BLANK_DATE, printedDate } from '../../../src/domain/output/signatureBlock';
import { linesHeightPt, wrappedHeightPt } from '../../../src/domain/text/measure';
import { cell, fillsAt, find, formatOf, mergesInColumn, rowOf, seedEvaluation, SEED_PROJECT, shapeProblems } from './fixtures';

const plan = buildFormSheet(seedEvaluation(), '绩效自评表');

describe('绩效自评表', () => {
  it('is a valid 9-column (A–I) plan with @ on every string', () => {
    expect(shapeProblems(plan)).toEqual([]);
    expect(plan.columnWidths).toHaveLength(9);
    expect(plan.role).toBe('form');
    expect(plan.name).toBe('绩效自评表');
  });

  it('has the title merged over A:I in bold 16pt and the year line', () => {
    expect(cell(plan, 0, 0)).toBe('项目支出绩效自评表');
    expect(plan.merges).toContainEqual({ top: 0, left: 0, bottom: 0, right: 8 });
    expect(plan.styles).toContainEqual({ range: { top: 0, left: 0, bottom: 0, right: 8 }, style: expect.objectContaining({ bold: true, fontSize: 16 }) });
    expect(cell(plan, 1, 0)).toBe('（2021年度）');
  });

  it('leaves the year blank gracefully when unknown', () => {
    const { year: _year, ...rest } = seedEvaluation();
    const noYear = buildFormSheet(rest, 'f');
    expect(cell(noYear, 1, 0)).toBe('（    年度）');
    expect(yearLine(undefined)).not.toMatch(/\d/);
    expect(yearLine(2024)).toBe('（2024年度）');
  });

  it('shows 项目名称, 主管部门 and 实施单位', () => {
    const r = rowOf(plan, '项目名称');
    expect(cell(plan, r, 1)).toBe(SEED_PROJECT.name);
    const d = rowOf(plan, '主管部门');
    expect(cell(plan, d, 1)).toBe(SEED_PROJECT.department);
    expect(cell(plan, d, 4)).toBe('实施单位');
    expect(cell(plan, d, 5)).toBe(SEED_PROJECT.unit);
  });

  it('fills the funds block in 万元 with the budget weight, rate and score on the total row only', () => {
    const h = rowOf(plan, '年初预算数');
    const headers = (plan.values[h] ?? []).slice(3);
    expect(headers).toEqual(['年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分']);
    expect(cell(plan, h, 0)).toBe('项目资金\n（万元）');
    const t = rowOf(plan, '年度资金总额');
    // 75.64405 万元 is printed to the 元 (4 decimals) so 75.6441 / 120 gives the printed 63.04 % by hand.
    expect((plan.values[t] ?? []).slice(3)).toEqual([120, 120, 75.6441, 10, 75.64405 / 120, 6.3]);
    expect(formatOf(plan, t, 5)).toBe('0.00##');
    expect((Math.round((75.6441 / 120) * 10000) / 100).toFixed(2)).toBe('63.04');
    expect(formatOf(plan, t, 7)).toBe('0.00%');
    expect(formatOf(plan, t, 8)).toBe('0.00');
    const a = rowOf(plan, '其中：当年财政拨款');
    // Sole source of the budget: its execution is the total execution.
    expect((plan.values[a] ?? []).slice(3)).toEqual([null, 120, 75.6441, '—', 75.64405 / 120, '—']);
    const c = rowOf(plan, '上年结转资金');
    expect((plan.values[c] ?? []).slice(3)).toEqual([null, 0, 0, '—', null, '—']);
    expect(rowOf(plan, '其他资金')).toBe(c + 1);
  });

  it('leaves sub-row execution blank when it is not known', () => {
    const ev = seedEvaluation({ project: { ...SEED_PROJECT, appropriation: 100, carryOver: 20 } });
    const p = buildFormSheet(ev, 'f');
    const a = rowOf(p, '其中：当年财政拨款');
    expect(cell(p, a, 4)).toBe(100);
    expect(cell(p, a, 5)).toBeNull();
    expect(cell(p, a, 7)).toBeNull();
    expect(cell(p, rowOf(p, '上年结转资金'), 5)).toBeNull();
  });

  it('writes the goals wrapped in a tall row', () => {
    const h = rowOf(plan, '预期目标');
    expect(cell(plan, h, 5)).toBe('实际完成情况');
    expect(cell(plan, h + 1, 1)).toBe(SEED_PROJECT.goalPlanned);
    expect(cell(plan, h + 1, 5)).toBe(SEED_PROJECT.goalActual);
    expect(plan.merges).toContainEqual({ top: h + 1, left: 1, bottom: h + 1, right: 4 });
    expect(plan.styles.some((s) => s.range.top === h + 1 && s.style.wrap === true)).toBe(true);
    // Tall enough for the wrapped goal: the longer side in its merged columns (B:E 72, F:I 65 characters).
    const height = plan.rowHeights.find((x) => x.row === h + 1)?.height ?? 0;
    const need = Math.max(wrappedHeightPt(SEED_PROJECT.goalPlanned ?? '', 72, 10), wrappedHeightPt(SEED_PROJECT.goalActual ?? '', 65, 10));
    expect(height).toBeGreaterThanOrEqual(need);
    expect(need).toBeGreaterThan(linesHeightPt(1, 10));
  });

  it('lists the indicators under the official header, placeholders without 分值/得分', () => {
    const h = rowOf(plan, '一级指标');
    expect((plan.values[h] ?? []).slice(1)).toEqual(['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施']);
    expect(cell(plan, h, 0)).toBe('绩效指标');
    const first = h + 1;
    expect((plan.values[first] ?? []).slice(1, 8)).toEqual(['产出指标', '数量指标', '接洽客商（批次）', '≥320', '210', 4.17, 2.74]);
    expect(formatOf(plan, first, 6)).toBe('0.00');
    const placeholder = rowOf(plan, '无');
    expect(cell(plan, placeholder, 6)).toBeNull();
    expect(cell(plan, placeholder, 7)).toBeNull();
    const missing = rowOf(plan, '招商引资成本节约率');
    expect(cell(plan, missing, 6)).toBe(4.13);
    expect(cell(plan, missing, 7)).toBe(0);
  });

  it('merges 一级 and 二级 vertically across their runs', () => {
    const first = rowOf(plan, '一级指标') + 1;
    const rel = (ranges: string[]) => ranges.map((r) => r.split('-').map((n) => Number(n) - first).join('-'));
    // 产出 rows 0–11 (12 indicators), 效益 rows 12–16, 满意度 a single row (no merge).
    expect(rel(mergesInColumn(plan, 1))).toEqual(['0-11', '12-16']);
    // 数量 ×4, 质量 ×4, 时效 ×3, 经济效益 ×2; single rows are not merged.
    expect(rel(mergesInColumn(plan, 2))).toEqual(['0-3', '4-7', '8-10', '12-13']);
    expect(cell(plan, first + 1, 1)).toBeNull();
    expect(cell(plan, first + 4, 2)).toBe('质量指标');
  });

  it('does not merge a 二级 run across a 一级 boundary', () => {
    const ev = seedEvaluation();
    const rows = ev.indicators.slice(0, 2).map((r, i) => ({ ...r, row: { ...r.row, level1: i === 0 ? '产出指标' : '效益指标', level2: '同名' } }));
    const p = buildFormSheet({ ...ev, indicators: rows }, 'f');
    expect(mergesInColumn(p, 1)).toEqual([]);
    expect(mergesInColumn(p, 2)).toEqual([]);
  });

  it('holds the total and the grade in their own cells, with 暂定 when provisional', () => {
    const t = rowOf(plan, '总分');
    expect(cell(plan, t, 6)).toBe(100);
    expect(cell(plan, t, 7)).toBe(62.5);
    expect(formatOf(plan, t, 7)).toBe('0.00');
    const g = rowOf(plan, '评价等级');
    expect(g).toBe(t + 1);
    expect(cell(plan, g, 6)).toBe('中');
    expect(cell(plan, g, 7)).toBe('暂定');
    const final = buildFormSheet(seedEvaluation({ provisional: false, total: 91, grade: '优' }), 'f');
    const fg = rowOf(final, '评价等级');
    expect(cell(final, fg, 6)).toBe('优');
    expect(cell(final, fg, 7)).toBeNull();
  });

  it('names the scored sheet in the note, and says the sheet is rewritten and where 偏差原因 goes', () => {
    const note = plan.values.flat().find((v) => typeof v === 'string' && v.startsWith('注：'));
    expect(note).toContain('计分依据：「绩效指标（调整后）」工作表');
    expect(note).toContain('本表每次计算时重写，偏差原因请填写在「绩效指标（调整后）」工作表');
  });

  it('stores 分值 and 得分 rounded to the 2 decimals it prints', () => {
    const base = seedEvaluation();
    const first = base.indicators[0];
    if (!first) throw new Error('no indicator');
    const p = buildFormSheet({ ...base, indicators: [{ ...first, weight: 100 / 24, score: 2.736111 }, ...base.indicators.slice(1)] }, 'f');
    const r = rowOf(p, first.row.name);
    expect([cell(p, r, 6), cell(p, r, 7)]).toEqual([4.17, 2.74]);
  });

  it('explains the provisional result in a note citing the diagnostics sheet', () => {
    const p = buildFormSheet(seedEvaluation(), 'f', { diagnosticsSheet: '校验问题(2)' });
    const note = p.values.flat().find((v) => typeof v === 'string' && v.startsWith('注：'));
    expect(note).toContain('暂定');
    expect(note).toContain('「校验问题(2)」');
    expect(note).toContain('1个错误');
  });

  it('borders the table, fills header rows and bolds the headers', () => {
    const top = rowOf(plan, '项目名称');
    const bottom = rowOf(plan, '评价等级');
    expect(plan.styles).toContainEqual({ range: { top, left: 0, bottom, right: 8 }, style: { border: true } });
    const h = rowOf(plan, '一级指标');
    expect(fillsAt(plan, h, 4).length).toBeGreaterThan(0);
    expect(plan.styles.some((s) => s.range.top === h && s.range.bottom === h && s.style.bold === true)).toBe(true);
  });

  it('writes a valid form when there is no project, no expenses and no indicators', () => {
    const { project: _p, year: _y, ...rest } = seedEvaluation();
    const p = buildFormSheet({ ...rest, indicators: [], budget: { executedSource: 'none', weight: 10, score: 0 } }, 'f');
    expect(shapeProblems(p)).toEqual([]);
    expect(find(p, '（未读取到绩效指标）')).toBeDefined();
    expect(cell(p, rowOf(p, '项目名称'), 1)).toBeNull();
    const t = rowOf(p, '年度资金总额');
    expect((p.values[t] ?? []).slice(3)).toEqual([null, null, null, 10, null, 0]);
  });

  describe('on paper', () => {
    it('prints on one A4 landscape page, centred, with the indicator header on every page and a page footer', () => {
      const page = plan.pageSetup;
      expect(page).toMatchObject({ paper: 'A4', orientation: 'landscape', fitToWidth: 1, fitToHeight: 1, centerHorizontally: true, printGridlines: false });
      expect(page.rowBreaks).toEqual([]);
      const header = rowOf(plan, '一级指标');
      expect(page.titleRows).toEqual({ first: header, last: header });
      expect(page.printArea).toEqual({ top: 0, left: 0, bottom: plan.values.length - 1, right: 8 });
      expect(page.footer).toBe('第 &P 页 共 &N 页');
    });

    it('ends with a signature block with room for the stamp, blank where 项目信息 gives nothing', () => {
      const unit = rowOf(plan, '填报单位（盖章）：');
      expect(cell(plan, unit, 4)).toBe('单位负责人：');
      expect(cell(plan, unit, 6)).toBe('财务负责人：');
      const filler = rowOf(plan, '填报人：');
      expect(filler).toBeGreaterThan(unit + 1);
      expect(cell(plan, filler, 4)).toBe('联系电话：');
      expect(cell(plan, filler, 6)).toBe(`填报日期：${BLANK_DATE}`);
      const stamp = plan.rowHeights.find((h) => h.row === unit + 1)?.height ?? 0;
      expect(stamp).toBeGreaterThanOrEqual(40);
      expect(unit).toBeGreaterThan(rowOf(plan, '评价等级'));
      expect(plan.pageSetup.printArea.bottom).toBe(filler);
    });

    it('prints the signature values 项目信息 gives', () => {
      const p = buildFormSheet(seedEvaluation(), 'f', { signature: { fillingUnit: '某局', filler: '张三', phone: '0791-1234567', fillDate: '2022-01-10' } });
      expect(find(p, '填报单位（盖章）：某局')).toBeDefined();
      expect(find(p, '填报人：张三')).toBeDefined();
      expect(find(p, '联系电话：0791-1234567')).toBeDefined();
      expect(find(p, '填报日期：2022年1月10日')).toBeDefined();
      expect(printedDate('2022年1月')).toBe('2022年1月');
    });

    it('keeps every 一级 block, and the totals with the signature block, together on a page', () => {
      const build = (n: number) => {
        const base = seedEvaluation();
        const many = Array.from({ length: n }, (_, i) => base.indicators.map((r) => ({ ...r, row: { ...r.row, name: `${r.row.name}${i}` } }))).flat();
        many.sort((a, b) => a.row.level1.localeCompare(b.row.level1));
        return buildFormSheet({ ...base, indicators: many }, 'f');
      };
      const long = build(2);
      // Too long for one page at a legible scale: one page wide, as many tall as it needs.
      expect(long.pageSetup).toMatchObject({ fitToWidth: 1, fitToHeight: 0 });
      const breaks = long.pageSetup.rowBreaks;
      expect(breaks.length).toBeGreaterThan(0);
      const header = rowOf(long, '一级指标');
      for (const r of breaks) {
        // A break goes above the indicator header (with the first block), another 一级 block, or the totals.
        const here = long.values[r]?.[1];
        expect(r === header || r === rowOf(long, '总分') || (r > header + 1 && here !== null)).toBe(true);
      }
    });

    it('sets the title in bold 黑体 and breaks 项目资金（万元） before its bracket', () => {
      expect(plan.styles).toContainEqual({ range: { top: 0, left: 0, bottom: 0, right: 8 }, style: expect.objectContaining({ bold: true, fontName: '黑体' }) });
      expect(plan.font).toEqual({ name: '宋体', size: 10 });
      expect(find(plan, '项目资金\n（万元）')).toBeDefined();
    });
  });
});
