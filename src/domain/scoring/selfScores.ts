/**
 * The unit's own scores beside ours (DOMAIN.md §8.16). Where the form carries the unit's filled 得分 —
 * per row, merged over a 二级, or on the funds block's 年度资金总额 row — each figure our rules score
 * differently by more than 0.01 is SELF_SCORE_DIFFERS (a qualitative score inside its band is used as
 * given, so it never differs; one outside its band already has QUAL_SCORE_OUT_OF_BAND, which names both
 * figures). The unit's total is its printed 总分 得分 where the form has one, else the sum of its own
 * scores; a printed total that differs from that sum is SELF_TOTAL_MISMATCH.
 */
import type { BudgetResult, IndicatorResult, IndicatorSheet, ProjectInfo } from '../model';
import type { Diagnostic } from '../diagnostics/types';
import { diag } from '../diagnostics/create';
import { roundHalfUp, sum2 } from './rounding';

const TOLERANCE = 0.01;

export interface SelfScores {
  readonly diagnostics: readonly Diagnostic[];
  /** The unit's total; undefined when the form carries no self-score at all. */
  readonly selfTotal?: number;
}

function fixed(n: number): string {
  return roundHalfUp(n, 2).toFixed(2);
}

function differs(self: number, computed: number): boolean {
  return Math.abs(roundHalfUp(self, 2) - roundHalfUp(computed, 2)) > TOLERANCE + 1e-9;
}

/**
 * `outOfBand`: rows whose typed score QUAL_SCORE_OUT_OF_BAND already reported (by sheet row).
 */
export function compareSelfScores(
  sheet: IndicatorSheet | undefined,
  results: readonly IndicatorResult[],
  budget: BudgetResult,
  project: ProjectInfo | undefined,
  outOfBand: ReadonlySet<number>,
): SelfScores {
  const diagnostics: Diagnostic[] = [];
  const own: number[] = [];
  const byRow = new Map<number, IndicatorResult>();
  for (const r of results) byRow.set(r.row.row, r);
  for (const r of results) {
    const row = r.row;
    const scoreCol = row.cols.score;
    if (row.manualScore !== undefined) {
      own.push(row.manualScore);
      if (!outOfBand.has(row.row) && differs(row.manualScore, r.score)) {
        diagnostics.push(
          diag('SELF_SCORE_DIFFERS', { sheet: row.sheet, row: row.row, col: scoreCol }, {
            name: row.name,
            self: fixed(row.manualScore),
            computed: fixed(r.score),
          }),
        );
      }
    } else if (row.groupScore !== undefined) {
      // A 得分 merged over several rows: the unit's score of those rows together.
      const { value, rows } = row.groupScore;
      own.push(value);
      const covered: IndicatorResult[] = [];
      for (let k = row.row; k < row.row + rows; k++) {
        const c = byRow.get(k);
        if (c) covered.push(c);
      }
      const computed = sum2(covered.map((c) => c.score));
      if (differs(value, computed)) {
        diagnostics.push(
          diag('SELF_SCORE_DIFFERS', { sheet: row.sheet, row: row.row, col: scoreCol }, {
            name: covered.map((c) => c.row.name).join('、'),
            self: fixed(value),
            computed: fixed(computed),
          }),
        );
      }
    }
  }
  const selfBudget = project?.selfBudgetScore;
  if (selfBudget !== undefined) {
    own.push(selfBudget);
    if (differs(selfBudget, budget.score)) {
      const at = project?.cells.selfBudgetScore ?? { sheet: project?.sheet ?? '' };
      diagnostics.push(
        diag('SELF_SCORE_DIFFERS', at, { name: '预算执行率', self: fixed(selfBudget), computed: fixed(budget.score) }),
      );
    }
  }
  const printed = sheet?.printedTotal;
  const sum = sum2(own.map((n) => roundHalfUp(n, 2)));
  if (printed && own.length > 0 && differs(printed.value, sum)) {
    diagnostics.push(
      diag('SELF_TOTAL_MISMATCH', printed.ref, { printed: fixed(printed.value), sum: fixed(sum) }),
    );
  }
  if (printed) return { diagnostics, selfTotal: roundHalfUp(printed.value, 2) };
  return own.length > 0 ? { diagnostics, selfTotal: sum } : { diagnostics };
}
