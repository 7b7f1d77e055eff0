/**
 * 时间进度 (DOMAIN.md §9): how much of the period has passed on the as-of date, a fraction in [0, 1].
 *
 * - Month rule (the default): months elapsed / months in the period. A month counts whole once the
 *   as-of date is its last day, and partly (days / days in that month) before. A period that starts or
 *   ends inside a month counts that month partly in the same way, so 2021-01-01..2021-12-31 is 12
 *   months and 2021-07-31 is 7 of them: 7/12 = 58.33 %.
 * - Day rule (a profile option): days elapsed / days in the period, both counting the first and the
 *   last day: 212/365 = 58.08 % for the same dates.
 *
 * Dates are ISO `YYYY-MM-DD`; the arithmetic is on UTC calendar days, never on local time.
 */
import type { TimeRule } from './types';

const DAY = 86_400_000;

function dayNumber(iso: string): number {
  return Math.floor(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY);
}

function daysInMonth(year: number, month0: number): number {
  return new Date(Date.UTC(year, month0 + 1, 0)).getUTCDate();
}

/** Months (whole and partial) of the calendar days first..last, both included (day numbers). */
function monthsBetween(first: number, last: number): number {
  if (last < first) return 0;
  let months = 0;
  let day = first;
  while (day <= last) {
    const d = new Date(day * DAY);
    const y = d.getUTCFullYear();
    const m = d.getUTCMonth();
    const length = daysInMonth(y, m);
    const monthLast = day + (length - d.getUTCDate());
    const end = Math.min(monthLast, last);
    months += (end - day + 1) / length;
    day = end + 1;
  }
  return months;
}

/**
 * 时间进度 of `asOf` within start..end (inclusive). An as-of before the start gives 0, after the end 1;
 * a period whose end precedes its start gives undefined.
 */
export function timeProgress(start: string, end: string, asOf: string, rule: TimeRule): number | undefined {
  const first = dayNumber(start);
  const last = dayNumber(end);
  const at = dayNumber(asOf);
  if (last < first) return undefined;
  if (at < first) return 0;
  if (at >= last) return 1;
  if (rule === 'days') return (at - first + 1) / (last - first + 1);
  return monthsBetween(first, at) / monthsBetween(first, last);
}

/** The calendar year of a date: its first and last day (the period assumed when none is given). */
export function calendarYear(iso: string): { readonly start: string; readonly end: string } {
  const y = iso.slice(0, 4);
  return { start: `${y}-01-01`, end: `${y}-12-31` };
}

/** The last day of a month (1-based) of a year, ISO. */
export function monthEnd(year: number, month: number): string {
  const d = new Date(Date.UTC(year, month, 0));
  return d.toISOString().slice(0, 10);
}

/** True when the date is the last day of its month. */
export function isMonthEnd(iso: string): boolean {
  return monthEnd(Number(iso.slice(0, 4)), Number(iso.slice(5, 7))) === iso;
}
