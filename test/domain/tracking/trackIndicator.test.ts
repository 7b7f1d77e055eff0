/** One indicator in tracking mode (DOMAIN.md §9): progress, light, projection and the projected score. */
import type { Diagnostic } from '../../../src/domain/diagnostics/types';
import { CENTRAL_PROFILE } from '../../../src/domain/schema/profiles';
import { DEFAULT_TRACKING_RULES } from '../../../src/domain/tracking/types';
import { gapLight, measureOf, trackIndicator } from '../../../src/domain/tracking/trackIndicator';
import { scoredRow, type RowSpec } from './helpers';

const SEED_TIME = 7 / 12;

/** `time` null: no 时间进度 (no as-of date). */
function track(spec: RowSpec, time: number | null = SEED_TIME): ReturnType<typeof trackIndicator> & { diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const t = trackIndicator(scoredRow(spec), time ?? undefined, DEFAULT_TRACKING_RULES, CENTRAL_PROFILE, diagnostics);
  return { ...t, diagnostics };
}

describe('lights of a gap (percentage points)', () => {
  test('green ≥ 0, yellow −10 ≤ gap < 0, red below', () => {
    expect(gapLight(4.7, DEFAULT_TRACKING_RULES)).toBe('green');
    expect(gapLight(0, DEFAULT_TRACKING_RULES)).toBe('green');
    expect(gapLight(-0.01, DEFAULT_TRACKING_RULES)).toBe('yellow');
    expect(gapLight(-10, DEFAULT_TRACKING_RULES)).toBe('yellow');
    expect(gapLight(-10.2, DEFAULT_TRACKING_RULES)).toBe('red');
  });
});

describe('how an indicator is judged', () => {
  test('cumulative quantities, rates and levels, qualitative', () => {
    const m = (target: string, name = '指标'): string => measureOf(scoredRow({ target, name }).row.target);
    expect(m('≥320', '接洽客商（批次）')).toBe('cumulative');
    expect(m('≥7', '签约资金（亿）')).toBe('cumulative');
    expect(m('>0个')).toBe('cumulative');
    expect(m('100%')).toBe('level');
    expect(m('=95%')).toBe('level');
    expect(m('=8个')).toBe('level');
    expect(m('≤90万元')).toBe('level');
    expect(m('≤±5%')).toBe('level');
    expect(m('80%-90%')).toBe('level');
    expect(m('健全')).toBe('qualitative');
  });
});

describe('cumulative quantities against 时间进度', () => {
  test('the seed: 210 of ≥320 批次 is 65.63 % green, 推算 360, met by year end', () => {
    const t = track({ name: '接洽客商（批次）', target: '≥320', actual: 210, weight: 4.17 });
    expect(t.progress).toBeCloseTo(0.65625, 10);
    expect(t.light).toBe('green');
    expect(t.projection).toEqual({ value: 360, projected: true, given: false });
    expect(t.result.score).toBe(2.74);
    expect(t.projectedResult.score).toBe(4.17);
    expect(t.projectedResult.status).toBe('met');
  });

  test('the seed: 60余批次 of ≥85 推算 102.86, 23次 of ≥30 39.43, 18天 of ≥24 30.86', () => {
    expect(track({ name: '接洽意向客商（批次）', target: '≥85', actual: '60余批次' }).projection?.value).toBeCloseTo(102.857142857, 6);
    expect(track({ name: '商务接待（次）', target: '≥30', actual: '23次' }).projection?.value).toBeCloseTo(39.428571428, 6);
    expect(track({ name: '小分队外出招商（次）', target: '≥24', actual: '18天' }).projection?.value).toBeCloseTo(30.857142857, 6);
  });

  test('a little behind is yellow, far behind red, no 时间进度 grey', () => {
    // 50/100 against 58.33 % elapsed: −8.33 pp.
    expect(track({ target: '≥100个', actual: 50 }).light).toBe('yellow');
    // 40/100: −18.33 pp.
    expect(track({ target: '≥100个', actual: 40 }).light).toBe('red');
    const none = track({ target: '≥100个', actual: 40 }, null);
    expect(none.light).toBe('grey');
    expect(none.grey).toBe('noTimeProgress');
    expect(none.projection).toBeUndefined();
  });

  test('in 亿: 7亿 of ≥7 is green and projects to 12 亿 (in the base unit 1.2e9)', () => {
    const t = track({ name: '签约资金（亿）', target: '≥7', actual: '7亿' });
    expect(t.light).toBe('green');
    expect(t.projection?.value).toBeCloseTo(1.2e9, 0);
  });

  test('at or after the period end the projection is the actual itself', () => {
    const t = track({ target: '≥100个', actual: 80 }, 1);
    expect(t.projection).toEqual({ value: 80, projected: false, given: false });
    expect(t.light).toBe('red');
  });
});

describe('rates and levels against the target', () => {
  test('met green, within 10 % yellow, else red; projection as it stands', () => {
    expect(track({ target: '100%', actual: 1 }).light).toBe('green');
    const yellow = track({ target: '≥95%', actual: '90%' });
    expect(yellow.light).toBe('yellow');
    expect(yellow.projection).toEqual({ value: 90, projected: false, given: false });
    expect(yellow.projectedResult).toBe(yellow.result);
    expect(track({ target: '≥95%', actual: '85%' }).light).toBe('red');
    expect(track({ target: '≤90万元', actual: 95 }).light).toBe('yellow');
    expect(track({ target: '≤90万元', actual: 100 }).light).toBe('red');
    expect(track({ target: '≤±5%', actual: '5.4%' }).light).toBe('yellow');
    expect(track({ target: '≤±5%', actual: '6%' }).light).toBe('red');
    expect(track({ target: '80%-90%', actual: '75%' }).light).toBe('yellow');
    expect(track({ target: '80%-90%', actual: '95%' }).light).toBe('yellow');
    expect(track({ target: '80%-90%', actual: '70%' }).light).toBe('red');
  });

  test('a zero target has no tolerance', () => {
    expect(track({ target: '0', actual: 1 }).light).toBe('red');
    expect(track({ target: '0', actual: 0 }).light).toBe('green');
  });
});

describe('qualitative, unreported and unreadable', () => {
  test('达成 green, 部分达成 yellow, 未达成 red; they project as they stand', () => {
    expect(track({ target: '健全', actual: '达成' }).light).toBe('green');
    const partial = track({ target: '健全', actual: '部分达成' });
    expect(partial.light).toBe('yellow');
    expect(partial.projection).toEqual({ tier: 'partial', projected: false, given: false });
    expect(track({ target: '健全', actual: '未达成' }).light).toBe('red');
  });

  test('no actual yet is grey (未填报), never red, and has no projection', () => {
    const t = track({ target: '≤±5%' });
    expect(t.light).toBe('grey');
    expect(t.grey).toBe('notReported');
    expect(t.projection).toBeUndefined();
    expect(t.projectedResult.score).toBe(0);
  });

  test('an actual that cannot be read is grey too (满意度较高 against =95%)', () => {
    const t = track({ target: '=95%', actual: '满意度较高' });
    expect(t.light).toBe('grey');
    expect(t.grey).toBe('unreadable');
  });
});

describe('a given 全年预计完成值', () => {
  test('beats the pace projection and is scored', () => {
    const t = track({ target: '≥320', name: '接洽客商（批次）', actual: 210, projection: 300, weight: 10 });
    expect(t.projection).toEqual({ value: 300, projected: false, given: true });
    expect(t.projectedResult.score).toBe(9.38);
  });

  test('qualitative: a tier', () => {
    const t = track({ target: '健全', actual: '部分达成', projection: '达成' });
    expect(t.projection).toEqual({ tier: 'achieved', projected: false, given: true });
    expect(t.projectedResult.status).toBe('met');
  });

  test('one that cannot be read falls back to the pace projection, with PROJECTION_UNREADABLE', () => {
    const t = track({ target: '≥320', name: '接洽客商（批次）', actual: 210, projection: '能完成' });
    expect(t.projection?.projected).toBe(true);
    expect(t.diagnostics.map((d) => d.code)).toEqual(['PROJECTION_UNREADABLE']);
    expect(t.diagnostics[0]).toMatchObject({ sheet: '绩效指标', row: 2, col: 5 });
  });
});

test('likelihood and categories are carried through', () => {
  const t = track({ target: '≥100个', actual: 40, likelihood: '有可能', categories: '经费保障、人员保障' });
  expect(t.likelihood).toBe('possible');
  expect(t.categories).toEqual(['funding', 'staffing']);
});
