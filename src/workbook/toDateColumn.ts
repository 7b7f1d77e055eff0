/**
 * The to-date actual column of an indicator table (DOMAIN.md §9): `1-7月执行情况`, `1-6月实际完成值`,
 * `截至7月完成值`, `半年执行情况`, `截至目前完成情况` — it stands in for the ordinary actual column and its
 * month gives the as-of date when the sheets give none. The same month rule reads `1-7月执行数` on 项目信息.
 * The other tracking columns are read by tracking mode's chunk (trackingColumns.ts).
 */
import type { SheetGrid } from '../domain/grid';
import { normalizeText } from '../domain/text/normalize';
import { splitLabel } from './headers';

/** `1-7月执行情况`, `1—6月实际完成值`, `截至7月完成值`, `截止6月底完成情况`: the month, else undefined. */
export function toDateMonthOfLabel(label: string): number | undefined {
  const t = splitLabel(normalizeText(label)).base;
  const m = /^(?:1[-－—–~～至到]|截至|截止)(\d{1,2})月(?:份|底|末)?(?:指标)?(?:执行情况|实际完成值|完成值|完成情况|实际完成情况|执行数|支出数|执行金额)$/u.exec(t);
  if (m?.[1] !== undefined) {
    const month = Number(m[1]);
    return month >= 1 && month <= 12 ? month : undefined;
  }
  if (/^(?:半年度?|上半年)(?:指标)?(?:执行情况|完成情况|完成值|实际完成值|执行数|支出数)$/u.test(t)) return 6;
  return undefined;
}

/** `截至目前完成情况`: a to-date column whose label names no month. */
function isToDateWithoutMonth(label: string): boolean {
  return /^(?:截至|截止)目前(?:完成情况|完成值|执行情况)$/u.test(splitLabel(normalizeText(label)).base);
}

export interface ToDateColumn {
  readonly col: number;
  readonly month?: number;
}

/** The first to-date actual column of the header row not already taken by another field. */
export function findToDateColumn(grid: SheetGrid, headerRow: number, taken: ReadonlySet<number>): ToDateColumn | undefined {
  const header = grid.values[headerRow] ?? [];
  for (let c = 0; c < header.length; c++) {
    const v = header[c];
    if (typeof v !== 'string' || v === '' || taken.has(c)) continue;
    const month = toDateMonthOfLabel(v);
    if (month !== undefined) return { col: c, month };
    if (isToDateWithoutMonth(v)) return { col: c };
  }
  return undefined;
}
