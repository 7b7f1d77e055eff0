/**
 * The workbook port (Domain-Driven Hexagon): one interface, one adapter per door
 * (src/hosts/xlsx for .xlsx files, src/hosts/office for Excel, the fake Excel in tests).
 */
import type { SheetGrid } from '../domain/grid';
import type { Diagnostic } from '../domain/diagnostics/types';
import type { WritePlan } from '../domain/output/planTypes';
import type { WorkbookSettings } from '../domain/workbookSettings';

export interface WorkbookSnapshot {
  /**
   * Every worksheet in tab order (hidden ones included, flagged by `visible`). A sheet named in
   * `ownedSheets` may come with empty `values`, `numberFormats` and `merges`: the engine never
   * reads an owned output sheet's cells, only its name, its place in the order and its visibility
   * (the office host and the command line's .xlsx host skip them, so a large earlier output costs
   * nothing to read; an .xlsx host opened for tests and tools returns them in full).
   */
  readonly sheets: readonly SheetGrid[];
  /** Names of the output sheets this add-in created earlier (its ownership record, app/workbookRecord.ts). */
  readonly ownedSheets: readonly string[];
  /** The settings remembered in the workbook with that record (the pane's profile and mode); absent or `{}` when none. */
  readonly settings?: WorkbookSettings;
  /**
   * What the host could not read as asked (the Excel add-in: merged cells Excel did not return, a
   * sheet read in parts or not at all); reported with the engine's own diagnostics.
   */
  readonly diagnostics?: readonly Diagnostic[];
}

export interface WorkbookPort {
  /**
   * Reads every sheet's used range (values, number formats, merges) and the ownership record;
   * owned sheets' cells may be left out (see `WorkbookSnapshot.sheets`).
   */
  read(): Promise<WorkbookSnapshot>;
  /**
   * Writes a plan: for each planned sheet, clear and rewrite it if it exists, else add it at the
   * end; then store the record (`plan.ownedSheets`, `plan.settings`) when either is given, keeping
   * what is stored for the other. Never touches a sheet the plan does not name.
   */
  apply(plan: WritePlan): Promise<void>;
}
