/**
 * The as-of date and the period of a tracking report (DOMAIN.md §9).
 *
 * As-of: the date given for the run (`--as-of`), else 评价截止日期 / 数据截止日期 / 截至日期 of the
 * sheets, else the last day of the month a to-date label names (`1-6月执行数`, `截至7月完成值`) in the
 * report's year. Period: 实施周期 (or 开始日期 / 结束日期); a missing start is 1 January and a missing end
 * 31 December of the year (a 年度 project).
 */
import type { CellRef, ProjectInfo } from '../model';
import { calendarYear, monthEnd } from './timeProgress';

export type AsOfSource = 'option' | 'sheet' | 'label';

export interface AsOfReading {
  readonly date: string;
  readonly source: AsOfSource;
  /** Where the sheet says it (the 评价截止日期 cell), when it does. */
  readonly ref?: CellRef;
}

export function resolveAsOf(
  project: ProjectInfo | undefined,
  option: string | undefined,
  toDateMonth: number | undefined,
  year: number | undefined,
): AsOfReading | undefined {
  if (option !== undefined) return { date: option, source: 'option' };
  if (project?.asOf) {
    const ref = project.cells.asOf;
    return ref ? { date: project.asOf, source: 'sheet', ref } : { date: project.asOf, source: 'sheet' };
  }
  if (toDateMonth !== undefined && year !== undefined && toDateMonth >= 1 && toDateMonth <= 12) {
    return { date: monthEnd(year, toDateMonth), source: 'label' };
  }
  return undefined;
}

export interface Period {
  readonly start: string;
  readonly end: string;
  /** True when the sheets gave neither end (the calendar year was assumed). */
  readonly assumed: boolean;
}

export function resolvePeriod(project: ProjectInfo | undefined, asOf: string): Period {
  const start = project?.periodStart;
  const end = project?.periodEnd;
  if (start && end) return { start, end, assumed: false };
  if (start) return { start, end: calendarYear(start).end, assumed: false };
  if (end) return { start: calendarYear(end).start, end, assumed: false };
  return { ...calendarYear(asOf), assumed: true };
}
