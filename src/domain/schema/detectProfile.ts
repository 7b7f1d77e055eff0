/**
 * Recognising a profile from the sheets (DOMAIN.md §6), conservatively: only a form that says so in
 * its own labels. Today one rule: a budget row or header labelled `（20分）` (预算执行（20分）,
 * 预算执行率（20分）, 项目资金（20分）…) together with an indicator block labelled `（80分）`
 * (绩效指标（80分）…) is a 市县 20/80 form. Everything else is left to the default profile.
 */
import type { SheetGrid } from '../grid';
import { normalizeText } from '../text/normalize';

/** Where a label that decided the profile stands (0-based) and what it says. */
export interface ProfileEvidence {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly text: string;
}

export interface DetectedProfile {
  readonly profile: string;
  readonly budget: ProfileEvidence;
  readonly indicators: ProfileEvidence;
}

/** Labels stand near the top of a form; a long sheet's data rows are not read. */
const ROWS_SCANNED = 200;
/** Longer text is a sentence (a footnote explaining the points), not a label. */
const MAX_LABEL_LENGTH = 30;

const BUDGET_POINTS = /\(20(?:\.0+)?分\)/;
const INDICATOR_POINTS = /\(80(?:\.0+)?分\)/;
const BUDGET_WORDS = /预算|资金|执行/;
const INDICATOR_WORDS = /指标|绩效/;

/** True when a normalised label carries `points` and nothing but `words` beside them (or nothing at all). */
function matches(text: string, points: RegExp, words: RegExp): boolean {
  if (!points.test(text)) return false;
  const rest = text.replace(points, '');
  return rest === '' || words.test(rest);
}

/** The first cell (tab order, then row by row) of visible `sheets` whose label passes `test`. */
function findLabel(sheets: readonly SheetGrid[], test: (text: string) => boolean): ProfileEvidence | undefined {
  for (const sheet of sheets) {
    if (!sheet.visible) continue;
    const rows = Math.min(sheet.values.length, ROWS_SCANNED);
    for (let r = 0; r < rows; r++) {
      const row = sheet.values[r] ?? [];
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        // Cheap filter first: only a label with 分 can carry points.
        if (typeof v !== 'string' || !v.includes('分')) continue;
        const text = normalizeText(v);
        if (text.length <= MAX_LABEL_LENGTH && test(text)) return { sheet: sheet.name, row: r, col: c, text };
      }
    }
  }
  return undefined;
}

/** The profile the sheets' own labels name, with the two cells that say so; undefined when they name none. */
export function detectProfile(sheets: readonly SheetGrid[]): DetectedProfile | undefined {
  const budget = findLabel(sheets, (t) => matches(t, BUDGET_POINTS, BUDGET_WORDS));
  if (!budget) return undefined;
  const indicators = findLabel(sheets, (t) => matches(t, INDICATOR_POINTS, INDICATOR_WORDS));
  if (!indicators) return undefined;
  return { profile: 'municipal-20-80', budget, indicators };
}
