/**
 * Tracking mode's extra inputs (DOMAIN.md §9), read only when the run is tracking: the scored indicator
 * sheet's 全年预计完成值, 完成目标可能性 and 偏差原因类别 columns (src/workbook/trackingColumns.ts). Part of
 * the tracking chunk, so a self-evaluation never loads the reading either.
 */
import type { SheetGrid } from '../domain/grid';
import type { InputModel } from '../domain/model';
import { sameSheetName } from '../domain/address';
import { withTrackingColumns } from '../workbook/trackingColumns';

export function withTrackingInputs(input: InputModel, sheets: readonly SheetGrid[]): InputModel {
  const scored = input.indicators;
  if (!scored) return input;
  const grid = sheets.find((s) => sameSheetName(s.name, scored.sheet));
  return grid ? { ...input, indicators: withTrackingColumns(grid, scored) } : input;
}
