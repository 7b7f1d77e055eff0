/** Excel's address strings as 0-based rectangles. */
import type { CellRange } from '../../domain/grid';
import { parseRangeA1 } from '../../domain/address';

/** The part after the last `!` of an Excel address: `'My sheet'!B2:D9` → `B2:D9`. */
export function localAddress(address: string): string {
  const bang = address.lastIndexOf('!');
  return bang >= 0 ? address.slice(bang + 1) : address;
}

/** The rectangle of a range address such as `'My sheet'!B2:D9`; undefined when it is not one. */
export function rectOfAddress(address: string): CellRange | undefined {
  return parseRangeA1(localAddress(address));
}

/** Rectangles of a RangeAreas address such as `Sheet1!A1:B2, Sheet1!D4:E5` (sheet names may be quoted and contain commas). */
export function parseAreasAddress(address: string): CellRange[] {
  const out: CellRange[] = [];
  const re = /!(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(address)) !== null) {
    const range = m[1] === undefined ? undefined : parseRangeA1(m[1]);
    if (range) out.push(range);
  }
  if (out.length === 0) {
    for (const part of address.split(',')) {
      const range = parseRangeA1(localAddress(part.trim()));
      if (range) out.push(range);
    }
  }
  return out;
}

/** Rows × columns of a rectangle. */
export function cellCount(range: CellRange): number {
  return (range.bottom - range.top + 1) * (range.right - range.left + 1);
}
