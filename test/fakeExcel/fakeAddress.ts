/** A1 addresses as Excel's `getRange` accepts them and `address` returns them (fake Excel only). */
import { columnIndex, columnLetters } from '../../src/domain/address';
import { MAX_COLUMNS, MAX_ROWS, type Rect } from './fakeWorkbook';

/** Parses `B3`, `$B$3`, `A1:C9`, `A:C`, `2:5`; a `Sheet!` prefix is ignored. */
export function parseAddress(address: string): Rect | undefined {
  const bang = address.lastIndexOf('!');
  const text = (bang >= 0 ? address.slice(bang + 1) : address).trim().replace(/\$/g, '').toUpperCase();
  const parts = text.split(':');
  if (parts.length > 2 || parts[0] === undefined || parts[0] === '') return undefined;
  const a = parts[0];
  const b = parts[1] ?? a;
  const cell = /^([A-Z]{1,3})(\d+)$/;
  const colOnly = /^([A-Z]{1,3})$/;
  const rowOnly = /^(\d+)$/;
  let rect: Rect | undefined;
  const ca = cell.exec(a);
  const cb = cell.exec(b);
  if (ca && cb) {
    rect = norm(Number(ca[2]) - 1, columnIndex(ca[1] ?? ''), Number(cb[2]) - 1, columnIndex(cb[1] ?? ''));
  } else if (colOnly.test(a) && colOnly.test(b) && parts.length === 2) {
    rect = norm(0, columnIndex(a), MAX_ROWS - 1, columnIndex(b));
  } else if (rowOnly.test(a) && rowOnly.test(b) && parts.length === 2) {
    rect = norm(Number(a) - 1, 0, Number(b) - 1, MAX_COLUMNS - 1);
  }
  if (!rect) return undefined;
  if (rect.top < 0 || rect.left < 0 || rect.bottom >= MAX_ROWS || rect.right >= MAX_COLUMNS) return undefined;
  return rect;
}

function norm(r1: number, c1: number, r2: number, c2: number): Rect {
  return { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
}

export function rectToA1(rect: Rect): string {
  const start = `${columnLetters(rect.left)}${rect.top + 1}`;
  const end = `${columnLetters(rect.right)}${rect.bottom + 1}`;
  return start === end ? start : `${start}:${end}`;
}

/** Excel quotes sheet names that are not plain words: `'My Sheet'!A1`; CJK names stay bare. */
export function sheetPrefix(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function qualifiedAddress(sheetName: string, rect: Rect): string {
  return `${sheetPrefix(sheetName)}!${rectToA1(rect)}`;
}

/** UTF-8 byte length of a string (payload accounting without Node's Buffer): the same count the host estimates with. */
export { utf8Bytes as utf8Length } from '../../src/hosts/office/utf8Bytes';
