/**
 * 万元 amounts as every output prints them (DOMAIN.md §5, "Printed and submitted"): with as many
 * decimals as the amount needs to be exact to the 元, up to 4 (1 元 = 0.0001 万元), so that a rate
 * printed beside it (执行率, 执行进度, 到位率) reproduces by hand: 75.6441 / 120 = 63.04 %, where 75.64
 * would give 63.03 %. The 自评表, the 绩效运行监控表, their notes and the draft report all use these.
 */
import { roundHalfUp } from '../scoring/rounding';
import { FORMAT } from './sheetBuilder';

/** The cell format of a printed amount: 2 decimals at least, up to 4 where the amount has them. */
export const AMOUNT_FORMAT = FORMAT.amount4;

/** An amount in 万元 as stored in a cell: rounded to 4 decimals (the 元), so what is read back is what was seen. */
export function printedAmount(value: number): number;
export function printedAmount(value: number | undefined): number | undefined;
export function printedAmount(value: number | undefined): number | undefined {
  return value === undefined ? undefined : roundHalfUp(value, 4);
}

/** An amount in 万元 as written in running text: `120`, `75.6441`, `0.5` (trailing zeros dropped). */
export function amountText(value: number): string {
  return String(printedAmount(value));
}
