/**
 * 评价报告（草稿） as data (DOMAIN.md §10.3): sections of paragraphs, each paragraph a run of segments
 * that say where their words come from. The draft's own words never hold a digit; every number is a
 * `number` segment naming the field of the evaluation it shows (and the cells behind it); text copied
 * from the workbook is a `cell` segment naming its cell; a fact the workbook lacks is a `blank`
 * (`【请补充】`), never a guess. The sheet, the .docx and the tests all read this one structure.
 */
import type { CellRef } from '../../model';

/** A path into DraftFacts: `['evaluation', 'budget', 'rate']`, `['evaluation', 'indicators', 3, 'score']`. */
export type FactPath = readonly (string | number)[];

/** How a number segment's value follows from the facts. */
export type NumberSource =
  /** The value at the path. */
  | { readonly kind: 'value'; readonly path: FactPath }
  /** numerator ÷ denominator. */
  | { readonly kind: 'ratio'; readonly numerator: FactPath; readonly denominator: FactPath }
  /**
   * How many items of the list at the path have, for each key of `where` (a field, or a dotted path
   * such as `row.level2`), one of its values.
   */
  | { readonly kind: 'count'; readonly path: FactPath; readonly where?: Readonly<Record<string, readonly string[]>> };

/**
 * How a number is written: scores with two decimals (`62.50`), points without trailing zeros (`100`,
 * `4.17`), 万元 amounts exact to the 元 (`75.6441`), 元 amounts (`502,000.00`), rates (`63.04%`),
 * shares of spending (`66.4%`), counts, percentage-point gaps with their sign (`+4.70`).
 */
export type NumberStyle = 'fixed2' | 'points' | 'wan' | 'yuan' | 'percent2' | 'share1' | 'integer' | 'gap';

export type DraftSegment =
  /** The draft's own words (never a digit). */
  | { readonly kind: 'text'; readonly text: string }
  /** Text as the workbook shows it in `cell`. */
  | { readonly kind: 'cell'; readonly text: string; readonly cell: CellRef }
  /** A number from the facts, written in `style`; `cells` are the workbook cells it comes from. */
  | {
      readonly kind: 'number';
      readonly text: string;
      readonly value: number;
      readonly style: NumberStyle;
      readonly source: NumberSource;
      readonly cells: readonly CellRef[];
    }
  /** A date of the facts (ISO at `path`), written `2021年7月31日`. */
  | { readonly kind: 'date'; readonly text: string; readonly iso: string; readonly path: FactPath; readonly cells: readonly CellRef[] }
  /**
   * A name the workbook gives that is no single cell: a sheet's name, a 一级/二级 label (canonical or as
   * written), a unit word read from an indicator, the scoring profile's name.
   */
  | { readonly kind: 'name'; readonly text: string; readonly of: NameKind }
  /** A fact the workbook does not hold, for the officer to fill: `【请补充】`, `【请补充：偏差原因】`. */
  | { readonly kind: 'blank'; readonly text: string };

export type NameKind = 'sheet' | 'level' | 'unit' | 'profile';

export type DraftParagraph = readonly DraftSegment[];

export interface DraftSection {
  readonly heading: DraftParagraph;
  readonly paragraphs: readonly DraftParagraph[];
  readonly subsections: readonly DraftSection[];
}

/** The report variants: one set of section builders per evaluation mode (buildDraft.ts). */
export type DraftMode = 'selfEvaluation' | 'tracking';

export interface DraftDocument {
  readonly mode: DraftMode;
  readonly title: DraftParagraph;
  /** Lines under the title (notes on how the draft was made). */
  readonly preface: readonly DraftParagraph[];
  /** Level 1 (一、), their subsections level 2 (（一）), theirs level 3 (1．). */
  readonly sections: readonly DraftSection[];
}

export const BLANK = '【请补充】';
