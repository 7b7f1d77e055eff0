/** Amounts as users write them: numbers, `1,200.50`, `120万元`, `75.64 万`. */
import type { CellValue } from '../domain/grid';
import { normalizeText } from '../domain/text/normalize';

export type MoneyUnit = '元' | '万元';

const AMOUNT_TEXT = /^([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(元|万元|万|亿元|亿)?$/;

/**
 * Reads an amount in `defaultUnit` unless the text names its own unit; returns the value in `want`.
 * `undefined` means the cell is empty; `NaN` means it is not a readable amount.
 */
export function readAmount(value: CellValue, defaultUnit: MoneyUnit, want: MoneyUnit): number | undefined {
  if (value === null || value === '') return undefined;
  let yuan: number;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return Number.NaN;
    yuan = defaultUnit === '万元' ? value * 1e4 : value;
  } else if (typeof value === 'string') {
    const text = normalizeText(value);
    if (text === '') return undefined;
    const m = AMOUNT_TEXT.exec(text);
    if (!m || m[1] === undefined) return Number.NaN;
    const n = Number(m[1].replace(/,/g, ''));
    const unit = m[2] ?? defaultUnit;
    const factor = unit === '万元' || unit === '万' ? 1e4 : unit === '亿元' || unit === '亿' ? 1e8 : 1;
    yuan = n * factor;
  } else {
    return Number.NaN;
  }
  return want === '万元' ? yuan / 1e4 : yuan;
}

/** `元` or `万元` from a label suffix or a `单位：万元` line; undefined when it names neither. */
export function moneyUnitOf(text: string): MoneyUnit | undefined {
  const t = normalizeText(text);
  if (/万元$/.test(t)) return '万元';
  if (/元$/.test(t)) return '元';
  return undefined;
}
