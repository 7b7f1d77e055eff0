/** A cell as the user sees it, for echoing targets and actuals into output sheets (`1` formatted `0%` is `100%`). */
import type { CellValue } from '../domain/grid';
import { cellText } from '../domain/text/normalize';

function trimNumber(n: number): string {
  return String(Number(n.toPrecision(12)));
}

export function displayText(value: CellValue, numberFormat: string): string {
  if (typeof value === 'number' && Number.isFinite(value) && numberFormat.includes('%')) {
    return `${trimNumber(value * 100)}%`;
  }
  return cellText(value).trim();
}
