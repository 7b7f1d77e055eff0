/**
 * Parts of ExcelJS 4.4 that exist at run time but are missing from its typings, in one place:
 * a worksheet's tab position (`orderNo`), its data validations, its merges, and `tabSelected` views.
 */
import type { DataValidation, Worksheet, WorksheetView } from 'exceljs';

export interface WorksheetInternals {
  /** Tab position: `workbook.worksheets` is sorted by it. */
  orderNo: number;
  readonly dataValidations: {
    add(address: string, validation: DataValidation): void;
    readonly model: Readonly<Record<string, DataValidation | undefined>>;
  };
  /** Master address → merged range (1-based). */
  readonly _merges?: Readonly<Record<string, { top: number; left: number; bottom: number; right: number } | undefined>>;
}

export type SheetView = Partial<WorksheetView> & { tabSelected?: boolean };

export function internals(ws: Worksheet): Worksheet & WorksheetInternals {
  return ws as Worksheet & WorksheetInternals;
}

/** A worksheet's views; ExcelJS leaves `views` null on sheets loaded without any. */
export function sheetViews(ws: Worksheet): SheetView[] {
  return (ws.views as SheetView[] | null | undefined) ?? [];
}
