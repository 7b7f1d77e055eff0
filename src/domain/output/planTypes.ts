/**
 * A write plan: what cells, values, formats, merges and styles go where. The engine makes it; a host
 * (ExcelJS, Office.js) applies it without deciding anything. Coordinates are 0-based.
 */
import type { CellRange } from '../grid';
import type { WorkbookSettings } from '../workbookSettings';
import type { FontSpec } from '../text/measure';
import type { PageSetup } from './pageSetup';

export type { FontSpec } from '../text/measure';
export type { PageSetup } from './pageSetup';

/** What a planned cell holds. Strings are always written as text, never as formulas. */
export type PlanValue = string | number | boolean | null;

export type HAlign = 'left' | 'center' | 'right';
export type VAlign = 'top' | 'middle' | 'bottom';

export interface CellStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** A typeface other than the sheet's (`黑体` for a title). */
  readonly fontName?: string;
  /** Points. */
  readonly fontSize?: number;
  /** `#RRGGBB` */
  readonly fontColor?: string;
  /** `#RRGGBB` */
  readonly fill?: string;
  readonly hAlign?: HAlign;
  readonly vAlign?: VAlign;
  readonly wrap?: boolean;
  /** Thin borders on every edge of every cell in the range. */
  readonly border?: boolean;
}

export interface StyledRange {
  readonly range: CellRange;
  readonly style: CellStyle;
}

export interface DataValidationList {
  readonly range: CellRange;
  /** The allowed values, offered as a drop-down. */
  readonly list: readonly string[];
}

/**
 * The sheets the engine writes: the 自评表 (`form`) in a self-evaluation, the 绩效运行监控表 (`monitor`)
 * in tracking mode, the three others in both, and the workbench's. Input roles are used only by the
 * template.
 */
export type OutputRole = 'form' | 'monitor' | 'detail' | 'expenses' | 'diagnostics' | 'comparison' | 'draft';
export type InputRole = 'projectInfo' | 'expenseInput' | 'indicatorInput';
/** The sheets of a batch's summary workbook (perf-eval batch, src/app/batch/). */
export type SummaryRole = 'summaryProjects' | 'summaryGrades' | 'summaryIssues';
/** `formTemplate`: the one-sheet 项目支出绩效自评表 template (all inputs on one sheet). */
export type SheetRole = OutputRole | InputRole | SummaryRole | 'formTemplate';

/** Preferred names of the output sheets (DOMAIN.md §5). */
export const OUTPUT_SHEET_NAMES: Readonly<Record<OutputRole, string>> = {
  form: '绩效自评表',
  monitor: '绩效运行监控表',
  detail: '指标得分明细',
  expenses: '支出汇总',
  diagnostics: '校验问题',
  comparison: '指标调整对比',
  draft: '评价报告（草稿）',
};

export const OUTPUT_ROLES: readonly OutputRole[] = ['form', 'monitor', 'detail', 'expenses', 'diagnostics', 'comparison', 'draft'];

export interface SheetPlan {
  readonly role: SheetRole;
  /** The final sheet name (collisions already resolved by the app layer). */
  readonly name: string;
  /** Rectangular: every row has `columnCount` entries. Row 0 is sheet row 1. */
  readonly values: readonly (readonly PlanValue[])[];
  /**
   * Same shape as `values`. Text cells carry `@` so that no string ever becomes a formula;
   * numbers carry `0.00`, `0.00%`, `#,##0.00` or `General`.
   */
  readonly numberFormats: readonly (readonly string[])[];
  readonly merges: readonly CellRange[];
  /** Applied in order; later ranges override earlier ones. */
  readonly styles: readonly StyledRange[];
  /** Excel column widths in characters, one per column. */
  readonly columnWidths: readonly number[];
  /** Explicit row heights in points (0-based row). */
  readonly rowHeights: readonly { readonly row: number; readonly height: number }[];
  readonly freeze?: { readonly rows: number; readonly columns: number };
  readonly dataValidations: readonly DataValidationList[];
  /** `#RRGGBB` */
  readonly tabColor?: string;
  /**
   * The typeface and size of every cell the plan writes (宋体 on the output sheets): hosts set it on
   * each written cell explicitly, whatever the workbook's default font; styles change size, weight
   * and face over it.
   */
  readonly font: FontSpec;
  /** How the sheet prints (pageSetup.ts); every plan has one, the builder's default for its kind. */
  readonly pageSetup: PageSetup;
}

export interface WritePlan {
  /** Sheets to write. Existing sheets of the same name are owned outputs: clear and rewrite them. */
  readonly sheets: readonly SheetPlan[];
  /**
   * The complete list of output sheet names the add-in owns after this plan is applied; undefined
   * when the plan does not touch ownership (the template).
   */
  readonly ownedSheets?: readonly string[];
  /** Sheet to activate after writing, if any. */
  readonly activate?: string;
  /**
   * Workbook settings to store with the ownership record: each field given replaces the stored one,
   * a field left out (or `settings` itself) keeps what the workbook stores.
   */
  readonly settings?: WorkbookSettings;
}
