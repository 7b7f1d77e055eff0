/**
 * The seed's 绩效运行监控表 (DOMAIN.md §9, §5 "Printed and submitted"): every amount printed with the
 * decimals it needs, as the 自评表 prints it (one function, amounts.ts), so that each rate beside it
 * reproduces by hand from the printed figures; the blocks it shares with the 自评表 (formBlocks.ts);
 * the note naming the profile, the mode and how it was chosen, the as-of date and the scored sheet.
 */
import type { WorkbookSnapshot } from '../../../src/app/ports';
import type { SheetPlan } from '../../../src/domain/output/planTypes';
import { evaluateSnapshot } from '../../../src/app/useCases';
import { buildFormSheet } from '../../../src/domain/output/formSheet';
import { TITLE_FONT_NAME } from '../../../src/domain/output/sheetBuilder';
import { AMOUNT_FORMAT, amountText, printedAmount } from '../../../src/domain/output/amounts';
import { roundHalfUp } from '../../../src/domain/scoring/rounding';
import path from 'node:path';
import { FORMS_DIR, SEED_XLSX, readSnapshot } from '../../helpers/fixtures';
import { cell, formatOf, rowOf, shapeProblems } from './fixtures';

let snapshot: WorkbookSnapshot;
let monitor: SheetPlan;
let form: SheetPlan;

beforeAll(async () => {
  snapshot = await readSnapshot(SEED_XLSX);
  // Its own mode (评价类型 绩效跟踪) and a self-evaluation chosen for the run.
  monitor = evaluateSnapshot(snapshot).plan.sheets[0] as SheetPlan;
  form = evaluateSnapshot(snapshot, { mode: 'selfEvaluation' }).plan.sheets[0] as SheetPlan;
});

/** A number as the sheet shows it in its format: `0.00##` (2 to 4 decimals), `0.00%`, `0.00`. */
function shown(value: number, format: string | undefined): string {
  if (format === '0.00%') return `${roundHalfUp(value * 100, 2).toFixed(2)}%`;
  if (format === '0.00##') {
    const text = roundHalfUp(value, 4).toFixed(4).replace(/0{1,2}$/, '');
    return text;
  }
  if (format === '0.00' || format === '+0.00;-0.00;0.00') return `${value > 0 && format !== '0.00' ? '+' : ''}${roundHalfUp(value, 2).toFixed(2)}`;
  return String(value);
}

/** What an officer reads off the printed 监控表: the funds row's figures as shown. */
function fundsRow(): { headers: readonly unknown[]; read: (header: string) => { value: number; text: string } } {
  const h = rowOf(monitor, '截至7月执行数');
  const headers = monitor.values[h] ?? [];
  return {
    headers,
    read: (header: string) => {
      const col = headers.indexOf(header);
      const value = cell(monitor, h + 1, col);
      if (typeof value !== 'number') throw new Error(`no number under ${header}`);
      return { value, text: shown(value, formatOf(monitor, h + 1, col)) };
    },
  };
}

function note(plan: SheetPlan): string {
  const found = plan.values.flat().find((v): v is string => typeof v === 'string' && v.startsWith('注：'));
  if (found === undefined) throw new Error('no note');
  return found;
}

describe('the seed\'s 绩效运行监控表: amounts', () => {
  test('is a valid 12-column plan', () => {
    expect(shapeProblems(monitor)).toEqual([]);
    expect(monitor.name).toBe('绩效运行监控表');
  });

  test('prints every amount as the 自评表 does: 120, 75.6441, 75.64, 129.6755 in 0.00##', () => {
    const f = fundsRow();
    const h = rowOf(monitor, '截至7月执行数');
    for (const header of ['年初预算数', '全年预算数', '截至7月执行数', '资金到位数', '全年预计执行数（推算）']) {
      expect(formatOf(monitor, h + 1, f.headers.indexOf(header))).toBe(AMOUNT_FORMAT);
    }
    expect(['年初预算数', '全年预算数', '截至7月执行数', '资金到位数', '全年预计执行数（推算）'].map((x) => f.read(x).text)).toEqual([
      '120.00',
      '120.00',
      '75.6441',
      '75.64',
      '129.6755',
    ]);
    // The 自评表 prints the same execution with the same format: one function for both.
    const t = rowOf(form, '年度资金总额');
    expect(cell(form, t, 5)).toBe(f.read('截至7月执行数').value);
    expect(formatOf(form, t, 5)).toBe(AMOUNT_FORMAT);
    expect(printedAmount(75.64405)).toBe(75.6441);
    expect(amountText(120)).toBe('120');
  });

  test('执行进度, 到位率 and 预计执行率 reproduce by hand from the printed amounts', () => {
    const f = fundsRow();
    const budget = Number(f.read('全年预算数').text);
    const pct = (x: number): string => `${roundHalfUp(x * 100, 2).toFixed(2)}%`;
    expect(f.read('执行进度').text).toBe('63.04%');
    expect(pct(Number(f.read('截至7月执行数').text) / budget)).toBe('63.04%');
    expect(f.read('到位率').text).toBe('63.03%');
    expect(pct(Number(f.read('资金到位数').text) / budget)).toBe('63.03%');
    expect(f.read('预计\n执行率').text).toBe('100.00%');
    expect(pct(Math.min(1, Number(f.read('全年预计执行数（推算）').text) / budget))).toBe('100.00%');
    // 推算 = executed ÷ 时间进度 (7/12), from the printed execution to the 元.
    expect(Number(f.read('全年预计执行数（推算）').text)).toBeCloseTo(75.6441 / (7 / 12), 3);
    expect(f.read('时间进度').text).toBe('58.33%');
  });

  test('进度差 +4.70 is the unrounded difference, and the note says so with the rates it comes from', () => {
    const f = fundsRow();
    expect(f.read('进度差\n（百分点）').text).toBe('+4.70');
    // 63.04 − 58.33 would be 4.71: the note gives the four-decimal rates, whose difference is 4.70.
    expect(note(monitor)).toContain('进度差按未经舍入的执行进度 63.0367% 与时间进度 58.3333% 相减');
    // The seed's 项目信息 gives no execution: the 支出明细 total stands in, and the note says so, as the draft does.
    expect(note(monitor)).toContain('截至日执行数按支出明细合计折算（项目信息未填写执行数）');
    expect(roundHalfUp(63.0367 - 58.3333, 2)).toBe(4.7);
  });

  test('each indicator\'s 完成进度 reproduces from its printed 年度指标值 and 截至7月完成值', () => {
    const r = rowOf(monitor, '接洽客商（批次）');
    expect([cell(monitor, r, 4), cell(monitor, r, 5)]).toEqual(['≥320', '210']);
    expect(shown(cell(monitor, r, 6) as number, formatOf(monitor, r, 6))).toBe('65.63%');
    expect(shown(210 / 320, '0.00%')).toBe('65.63%');
  });
});

describe('the blocks the 监控表 shares with the 自评表', () => {
  test('the title in bold 16 pt 黑体 and the year line, as on the 自评表', () => {
    for (const plan of [monitor, form]) {
      const last = plan.columnWidths.length - 1;
      expect(plan.merges).toContainEqual({ top: 0, left: 0, bottom: 0, right: last });
      expect(plan.styles).toContainEqual({
        range: { top: 0, left: 0, bottom: 0, right: last },
        style: expect.objectContaining({ bold: true, fontSize: 16, fontName: TITLE_FONT_NAME }),
      });
    }
    expect(cell(monitor, 1, 0)).toBe('（2021年度，截至2021年7月31日）');
  });

  test('项目名称, 主管部门 and 实施单位 on rows 3 and 4', () => {
    expect(cell(monitor, 2, 0)).toBe('项目名称');
    expect(cell(monitor, 3, 0)).toBe('主管部门');
    expect(cell(monitor, 3, 6)).toBe('实施单位');
    expect(cell(monitor, 3, 7)).toBe('南昌市青云谱区投资促进局');
    expect(monitor.merges).toContainEqual({ top: 3, left: 7, bottom: 3, right: 11 });
  });

  test('the signature block under the note: stamp, heads, filler, telephone and date, three to a line', () => {
    const n = rowOf(monitor, note(monitor));
    expect(String(cell(monitor, n + 2, 0))).toMatch(/^填报单位（盖章）：/);
    expect(String(cell(monitor, n + 2, 4))).toMatch(/^单位负责人：/);
    expect(String(cell(monitor, n + 2, 8))).toMatch(/^财务负责人：/);
    expect(String(cell(monitor, n + 4, 0))).toMatch(/^填报人：/);
    expect(String(cell(monitor, n + 4, 8))).toMatch(/^填报日期：/);
    expect(monitor.merges).toContainEqual({ top: n + 2, left: 8, bottom: n + 2, right: 11 });
    expect(monitor.values).toHaveLength(n + 5);
  });

  test('still one A4 landscape page with the signature block', () => {
    expect(monitor.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1, fitToHeight: 1, rowBreaks: [] });
  });
});

describe('the note names the profile, the mode the run used, the as-of date and the scored sheet', () => {
  test('the 监控表 of the seed\'s own mode: 绩效跟踪（运行监控）, chosen by its 评价类型', () => {
    const text = note(monitor);
    expect(text).toContain('评分口径：中央部门（财预〔2020〕10号）');
    expect(text).toContain('评价方式：绩效跟踪（运行监控）（按项目信息的评价类型“绩效跟踪”）');
    expect(text).toContain('数据截止日期：2021-07-31');
    expect(text).toContain('计分依据：「绩效指标（调整后）」工作表');
    expect(text).toContain('本表每次计算时重写，偏差原因请填写在「绩效指标（调整后）」工作表');
  });

  test('the 自评表 of a self-evaluation chosen for the run says so, and what 评价类型 said', () => {
    const text = note(form);
    expect(text).toContain('评价方式：年度绩效自评（本次计算选定，项目信息的评价类型为“绩效跟踪”）');
    expect(text).not.toContain('评价类型：绩效跟踪；');
    expect(text).toContain('数据截止日期：2021-07-31');
    expect(text).toContain('计分依据：「绩效指标（调整后）」工作表');
  });

  test('remembered, assumed by date and defaulted modes are said as such', () => {
    const remembered = evaluateSnapshot({ ...snapshot, settings: { mode: 'selfEvaluation' } }).plan.sheets[0] as SheetPlan;
    expect(note(remembered)).toContain('评价方式：年度绩效自评（按本工作簿保存的选择，项目信息的评价类型为“绩效跟踪”）');
    const info = snapshot.sheets.find((s) => s.name === '项目信息');
    if (!info) throw new Error('no 项目信息');
    // Without 评价类型: the as-of date before the period end makes it tracking (TRACKING_ASSUMED).
    const untyped = info.values.map((row) => (row[0] === '评价类型' ? row.map(() => null) : row));
    const assumed = evaluateSnapshot({ ...snapshot, sheets: snapshot.sheets.map((s) => (s === info ? { ...s, values: untyped } : s)) });
    expect(assumed.modeSource).toBe('date');
    expect(note(assumed.plan.sheets[0] as SheetPlan)).toContain('评价方式：绩效跟踪（运行监控）（未注明评价类型，评价截止日期早于实施周期结束，推定）');
  });

  test('a plan built without a run names the mode alone', () => {
    const plain = buildFormSheet(evaluateSnapshot(snapshot, { mode: 'selfEvaluation' }).evaluation, '绩效自评表');
    expect(note(plain)).toContain('评价方式：年度绩效自评；');
  });
});

describe('a published 1-6月 monitoring table (case12): the mode from its title, 执行进度 against 年初预算数', () => {
  test('the note says how the mode was chosen and what 执行进度 and 到位率 are taken against', async () => {
    const published = await readSnapshot(path.join(FORMS_DIR, 'case12-hubei-huangshi-heritage-monitoring-h1.xlsx'));
    const run = evaluateSnapshot(published);
    expect(run.modeSource).toBe('title');
    const m = run.plan.sheets[0] as SheetPlan;
    expect(m.name).toBe('绩效运行监控表');
    const text = note(m);
    expect(text).toContain('评价方式：绩效跟踪（运行监控）（按表格标题“黄石市项目支出绩效监控表（申遗）”推定）');
    expect(text).toContain('执行进度和到位率以年初预算数 220 万元为分母');
    // 87.57 / 220 = 39.80 %, from the printed figures.
    const h = rowOf(m, '截至6月执行数');
    expect(cell(m, h + 1, 3)).toBe(87.57);
    expect(`${roundHalfUp((87.57 / 220) * 100, 2).toFixed(2)}%`).toBe(shown(cell(m, h + 1, 4) as number, formatOf(m, h + 1, 4)));
  });
});
