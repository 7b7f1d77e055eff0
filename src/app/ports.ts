/**
 * The workbook port (Domain-Driven Hexagon): one interface, one adapter per door
 * (src/hosts/xlsx for .xlsx files, src/hosts/office for Excel, the fake Excel in tests).
 */
import type { SheetGrid } from '../domain/grid';
import type { WritePlan } from '../domain/output/planTypes';

export interface WorkbookSnapshot {
  /** Every worksheet in tab order (hidden ones included, flagged by `visible`). */
  readonly sheets: readonly SheetGrid[];
  /** Names of the output sheets this add-in created earlier (its ownership record). */
  readonly ownedSheets: readonly string[];
}

export interface WorkbookPort {
  /** Reads every sheet's used range (values, number formats, merges) and the ownership record. */
  read(): Promise<WorkbookSnapshot>;
  /**
   * Writes a plan: for each planned sheet, clear and rewrite it if it exists, else add it at the
   * end; then store `plan.ownedSheets` when given. Never touches a sheet the plan does not name.
   */
  apply(plan: WritePlan): Promise<void>;
}
