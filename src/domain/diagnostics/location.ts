/** The A1 text of a diagnostic's location, made at the edges (0-based inside). */
import type { DiagnosticLocation } from './types';
import { columnLetters, toA1 } from '../address';

/** `E6` for a cell, `3:3` for a row, `E:E` for a column, `` for a whole sheet or workbook. */
export function locationA1(at: DiagnosticLocation): string {
  if (at.row !== undefined && at.col !== undefined) return toA1(at.row, at.col);
  if (at.row !== undefined) return `${at.row + 1}:${at.row + 1}`;
  if (at.col !== undefined) return `${columnLetters(at.col)}:${columnLetters(at.col)}`;
  return '';
}
