/**
 * Checks of an indicator table that need no actuals: the schema (§1.4), placeholders, duplicates and
 * the quality of the targets themselves (可衡量性, satisfaction targets, zero rates). They run on
 * every indicator sheet, reference sets included: an evaluator writes those up too.
 */
import type { IndicatorRow, IndicatorSheet } from '../model';
import type { Diagnostic, LocationInput } from '../diagnostics/types';
import type { ScoringProfile } from '../schema/profiles';
import { matchLevel1, matchLevel2 } from '../schema/schema';
import { diag } from '../diagnostics/create';
import { toA1 } from '../address';

const SATISFACTION = '满意度指标';

/** A row's cell in a column (the column left out when the sheet has none). */
function at(row: IndicatorRow, col: number | undefined): LocationInput {
  return { sheet: row.sheet, row: row.row, col };
}

export function checkSchema(sheet: IndicatorSheet, profile: ScoringProfile): Diagnostic[] {
  const out: Diagnostic[] = [];
  let lastL1 = '';
  let lastL2 = '';
  for (const row of sheet.rows) {
    const l1 = matchLevel1(profile, row.level1);
    // Report a bad label once per run of merged / inherited cells, not on every row below it.
    if (!l1 && row.level1 !== lastL1) {
      out.push(diag('UNKNOWN_LEVEL1', at(row, row.cols.level1), { value: row.level1 || '（空）' }));
    }
    if (l1 && row.level2 !== lastL2) {
      const l2 = matchLevel2(profile, l1, row.level2);
      if (l2.kind === 'unknown') {
        out.push(
          diag('UNKNOWN_LEVEL2', at(row, row.cols.level2), { value: row.level2 || '（空）', level1: l1.name }),
        );
      } else if (l2.kind === 'wrongParent') {
        out.push(
          diag('LEVEL2_PARENT_MISMATCH', at(row, row.cols.level2), {
            value: row.level2,
            level1: l1.name,
            expected: l2.parent.name,
          }),
        );
      }
    }
    lastL1 = row.level1;
    lastL2 = row.level2;
  }
  return out;
}

/**
 * The first row seen with the same 一级, 二级 and 三级 (the key `一级\0二级\0三级`). Rows are bucketed by
 * 三级 and compared field by field, so no key string is built and hashed per row; labels holding
 * U+0000 (which could make two different rows' keys equal) go by the joined key, as a key would.
 */
class FirstRows {
  private readonly byName = new Map<string, IndicatorRow[]>();
  private readonly byJoinedKey = new Map<string, IndicatorRow>();

  /** The first row seen with `row`'s labels; remembers `row` when it is the first. */
  firstOf(row: IndicatorRow): IndicatorRow | undefined {
    if (row.level1.includes('\u0000') || row.level2.includes('\u0000') || row.name.includes('\u0000')) {
      const key = `${row.level1}\u0000${row.level2}\u0000${row.name}`;
      const first = this.byJoinedKey.get(key);
      if (!first) this.byJoinedKey.set(key, row);
      return first;
    }
    const sameName = this.byName.get(row.name);
    const first = sameName?.find((r) => r.level1 === row.level1 && r.level2 === row.level2);
    if (first) return first;
    if (sameName) sameName.push(row);
    else this.byName.set(row.name, [row]);
    return undefined;
  }
}

export function checkRows(sheet: IndicatorSheet, profile: ScoringProfile): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new FirstRows();
  for (const row of sheet.rows) {
    if (row.placeholder) {
      out.push(
        diag('PLACEHOLDER_INDICATOR', at(row, row.cols.name), { level2: row.level2, value: row.name || '（空）' }),
      );
      continue;
    }
    const first = seen.firstOf(row);
    if (first) {
      out.push(
        diag('DUPLICATE_INDICATOR', at(row, row.cols.name), {
          name: row.name,
          level2: row.level2,
          first: toA1(first.row, first.cols.name ?? 0),
        }),
      );
    }
    checkTarget(row, profile, out);
  }
  return out;
}

/** Adds the diagnostics about the row's target itself to `out`. */
function checkTarget(row: IndicatorRow, profile: ScoringProfile, out: Diagnostic[]): void {
  const name = row.name;
  const target = row.target;
  const satisfaction = row.level1 === SATISFACTION;
  const col = row.cols.target;
  switch (target.kind) {
    case 'UNPARSED':
      out.push(diag('TARGET_UNPARSED', at(row, col), { name, target: row.targetText }));
      return;
    case 'QUAL':
    case 'EMPTY': {
      const shown = target.kind === 'EMPTY' ? '（空）' : row.targetText;
      if (satisfaction) {
        out.push(diag('SATISFACTION_NOT_QUANTIFIED', at(row, col), { name, target: shown }));
        return;
      }
      const severity = profile.measurableLevel2.includes(row.level2) ? 'warning' : 'info';
      out.push(
        diag('QUALITATIVE_TARGET', at(row, col), { name, target: shown, level2: row.level2 }, severity),
      );
      return;
    }
    case 'GE':
    case 'GT':
    case 'EQ':
    case 'LE':
    case 'LT':
    case 'BAND':
    case 'RANGE': {
      const value = target.kind === 'RANGE' ? target.low : target.value;
      if (satisfaction) {
        if (target.unit !== '%') {
          out.push(diag('SATISFACTION_NOT_QUANTIFIED', at(row, col), { name, target: row.targetText }));
        } else if (value < profile.satisfactionMin) {
          out.push(
            diag('SATISFACTION_TARGET_LOW', at(row, col), {
              name,
              target: row.targetText,
              min: profile.satisfactionMin,
            }),
          );
        }
      }
      if (value === 0 && target.kind !== 'BAND' && /率$/.test(name.replace(/[（(][^）)]*[）)]$/, ''))) {
        out.push(diag('SUSPICIOUS_ZERO_TARGET', at(row, col), { name }));
      }
      return;
    }
  }
}
