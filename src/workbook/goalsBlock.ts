/**
 * The goal block of the official form: a row with a planned-goal header (预期目标 / 年初设定目标 /
 * 项目年度目标) and an actual header (实际完成情况 / 年度总体目标完成情况综述 / 年度目标完成情况), the texts
 * beneath them in the same columns; usually labelled 年度总体目标 on its left, merged down.
 */
import type { CellRange, SheetGrid } from '../domain/grid';
import type { CellRef } from '../domain/model';
import { cellText } from '../domain/text/normalize';
import { at, isBlank, shortText, type MergeIndex } from './cells';
import { labelKey } from './headers';

const PLANNED: ReadonlySet<string> = new Set(['预期目标', '年初设定目标', '项目年度目标', '年度目标', '年初目标']);
const ACTUAL: ReadonlySet<string> = new Set([
  '实际完成情况',
  '目标实际完成情况',
  '年度总体目标完成情况综述',
  '年度总体目标完成情况',
  '年度目标完成情况',
  '总体目标完成情况',
  '实际完成情况综述',
]);

/** True when a text is one of the block's headers. */
export function isGoalLabel(normalized: string): boolean {
  const key = labelKey(normalized).base;
  return PLANNED.has(key) || ACTUAL.has(key) || key === '年度总体目标';
}

export interface GoalsBlock {
  readonly sheet: string;
  readonly headerRow: number;
  readonly plannedCol: number;
  readonly actualCol: number;
  readonly range: CellRange;
}

export interface GoalsReading {
  readonly goalPlanned?: { readonly text: string; readonly ref: CellRef };
  readonly goalActual?: { readonly text: string; readonly ref: CellRef };
}

const SEARCH_ROWS = 200;
/** The texts stand in the next rows under the headers. */
const VALUE_ROWS = 3;

export function findGoalsBlock(grid: SheetGrid, merges: MergeIndex, lastRow = grid.values.length): GoalsBlock | undefined {
  const end = Math.min(grid.values.length, lastRow, SEARCH_ROWS);
  for (let r = 0; r < end; r++) {
    const row = grid.values[r] ?? [];
    let plannedCol: number | undefined;
    let actualCol: number | undefined;
    for (let c = 0; c < row.length; c++) {
      const key = labelKey(shortText(row[c])).base;
      if (key === '') continue;
      if (plannedCol === undefined && PLANNED.has(key)) plannedCol = c;
      else if (plannedCol !== undefined && actualCol === undefined && ACTUAL.has(key)) actualCol = c;
    }
    if (plannedCol === undefined || actualCol === undefined) continue;
    let left = plannedCol;
    let top = r;
    for (let c = 0; c < plannedCol; c++) {
      const m = merges.covering(r, c);
      const v = m ? at(grid.values[m.top], m.left) : at(row, c);
      if (isBlank(v)) continue;
      left = Math.min(left, m ? m.left : c);
      if (m) top = Math.min(top, m.top);
    }
    const rightMerge = merges.covering(r, actualCol);
    const right = Math.max(actualCol, rightMerge?.right ?? actualCol);
    let bottom = r;
    for (let rr = r + 1; rr <= Math.min(r + VALUE_ROWS, grid.values.length - 1); rr++) {
      if (!isBlank(at(grid.values[rr], plannedCol)) || !isBlank(at(grid.values[rr], actualCol))) {
        bottom = rr;
        break;
      }
    }
    return { sheet: grid.name, headerRow: r, plannedCol, actualCol, range: { top, left, bottom, right } };
  }
  return undefined;
}

export function readGoalsBlock(grid: SheetGrid, block: GoalsBlock): GoalsReading {
  const read = (col: number): { text: string; ref: CellRef } | undefined => {
    for (let r = block.headerRow + 1; r <= block.range.bottom; r++) {
      const v = at(grid.values[r], col);
      if (isBlank(v)) continue;
      const text = cellText(v).trim();
      // A value is never another label (the next block's header).
      if (isGoalLabel(shortText(v))) return undefined;
      return { text, ref: { sheet: grid.name, row: r, col } };
    }
    return undefined;
  };
  const planned = read(block.plannedCol);
  const actual = read(block.actualCol);
  return { ...(planned ? { goalPlanned: planned } : {}), ...(actual ? { goalActual: actual } : {}) };
}
