/** 时间进度 (DOMAIN.md §9): the month rule by default, the day rule as a profile option. */
import { calendarYear, isMonthEnd, monthEnd, timeProgress } from '../../../src/domain/tracking/timeProgress';
import { isIsoDate } from '../../../src/domain/tracking/isoDate';

describe('时间进度', () => {
  test('the seed: 2021 as of 31 July is 7/12 by months, 212/365 by days', () => {
    expect(timeProgress('2021-01-01', '2021-12-31', '2021-07-31', 'months')).toBeCloseTo(7 / 12, 12);
    expect(timeProgress('2021-01-01', '2021-12-31', '2021-07-31', 'days')).toBeCloseTo(212 / 365, 12);
  });

  test('a month counts whole on its last day and partly before', () => {
    expect(timeProgress('2019-01-01', '2019-12-31', '2019-06-30', 'months')).toBe(0.5);
    // 15 of July's 31 days.
    expect(timeProgress('2021-01-01', '2021-12-31', '2021-07-15', 'months')).toBeCloseTo((6 + 15 / 31) / 12, 12);
    // February of a leap year has 29 days.
    expect(timeProgress('2024-01-01', '2024-12-31', '2024-02-29', 'months')).toBeCloseTo(2 / 12, 12);
    expect(timeProgress('2024-01-01', '2024-12-31', '2024-02-28', 'months')).toBeCloseTo((1 + 28 / 29) / 12, 12);
  });

  test('a period that starts inside a month counts that month partly', () => {
    // 2021-07-16..2022-07-15: 16/31 of July 2021, 11 whole months, 15/31 of July 2022 = 12 months.
    const t = timeProgress('2021-07-16', '2022-07-15', '2021-12-31', 'months');
    expect(t).toBeCloseTo((16 / 31 + 5) / 12, 12);
  });

  test('before the start is 0, on or after the end is 1, a reversed period has none', () => {
    expect(timeProgress('2021-01-01', '2021-12-31', '2020-12-31', 'months')).toBe(0);
    expect(timeProgress('2021-01-01', '2021-12-31', '2021-12-31', 'days')).toBe(1);
    expect(timeProgress('2021-01-01', '2021-12-31', '2022-03-01', 'months')).toBe(1);
    expect(timeProgress('2021-12-31', '2021-01-01', '2021-06-30', 'months')).toBeUndefined();
  });

  test('date helpers', () => {
    expect(isIsoDate('2021-02-29')).toBe(false);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2021-7-31')).toBe(false);
    expect(monthEnd(2019, 6)).toBe('2019-06-30');
    expect(monthEnd(2024, 2)).toBe('2024-02-29');
    expect(isMonthEnd('2021-07-31')).toBe(true);
    expect(isMonthEnd('2021-07-30')).toBe(false);
    expect(calendarYear('2019-06-30')).toEqual({ start: '2019-01-01', end: '2019-12-31' });
  });
});
