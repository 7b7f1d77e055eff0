/**
 * The types of the summary plan (summaryPlan.ts) and what its three sheets share: the sheet names and
 * the grade fills.
 */
import type { CellRange } from '../../domain/grid';
import type { Locale } from '../../domain/diagnostics/types';
import type { SheetPlan } from '../../domain/output/planTypes';
import type { ScoringProfile } from '../../domain/schema/profiles';
import type { BatchEntry } from './entry';

/** A fill applied by Excel while a cell of `range` equals `equals` (real conditional formatting). */
export interface ConditionalFill {
  readonly range: CellRange;
  readonly equals: string;
  /** `#RRGGBB` */
  readonly fill: string;
  readonly fontColor: string;
}

/** A column chart over cells of its own sheet. */
export interface ColumnChart {
  readonly title: string;
  /** One column of category labels. */
  readonly categories: CellRange;
  readonly series: readonly {
    /** The cell that names the series. */
    readonly nameCell: { readonly row: number; readonly col: number };
    readonly name: string;
    /** One column of values, as long as the categories. */
    readonly values: CellRange;
    /** `#RRGGBB` */
    readonly color: string;
  }[];
  /** Series stacked on each other (true) or side by side. */
  readonly stacked: boolean;
  /** Where it sits: from the top-left corner of `top`/`left` to the top-left corner of `bottom`/`right`. */
  readonly anchor: CellRange;
  /** The values the chart shows, cached in the chart part for readers that do not recalculate. */
  readonly cache: { readonly categories: readonly string[]; readonly values: readonly (readonly number[])[] };
}

export interface SummarySheet {
  /** The sheet, with its page setup (A4, fitted to one page wide, footer, no gridlines) like every output sheet. */
  readonly plan: SheetPlan;
  readonly conditionalFills: readonly ConditionalFill[];
  readonly autoFilter?: CellRange;
  readonly chart?: ColumnChart;
}

export interface SummaryPlan {
  readonly sheets: readonly SummarySheet[];
}

export interface SummaryInput {
  /** In the batch's file order (the order the files were named or found). */
  readonly entries: readonly BatchEntry[];
  /** How many files the batch was given; more than `entries` when it was interrupted. */
  readonly fileCount: number;
  readonly interrupted: boolean;
  /** Whether `--outputs` was given (the 输出文件 column). */
  readonly outputs: boolean;
  /** The profile the batch scored with (its grade thresholds head 等级分布). */
  readonly profile: ScoringProfile;
  /** Language of the messages copied into the sheets; headings are Chinese, as on the form. */
  readonly locale: Locale;
  /** A short heading for an open failure's reason (`legacyXls` → 旧版 .xls 工作簿，请另存为 .xlsx). */
  readonly reasonTitle: (reason: string) => string;
}

export const SUMMARY_SHEET_NAMES = {
  projects: '项目汇总',
  grades: '等级分布',
  issues: '常见问题',
} as const;

/** Fills of the grades, as Excel's own "good / neutral / bad" cell styles. */
export const GRADE_FILLS: Readonly<Record<string, { readonly fill: string; readonly fontColor: string }>> = {
  优: { fill: '#C6EFCE', fontColor: '#006100' },
  良: { fill: '#DDEBF7', fontColor: '#1F4E78' },
  中: { fill: '#FFEB9C', fontColor: '#9C5700' },
  差: { fill: '#FFC7CE', fontColor: '#9C0006' },
};

/** One conditional fill per grade over a column range. */
export function gradeFills(range: CellRange): ConditionalFill[] {
  return Object.entries(GRADE_FILLS).map(([grade, { fill, fontColor }]) => ({ range, equals: grade, fill, fontColor }));
}
