/**
 * Checks of an indicator table that need no actuals: the schema (§1.4), placeholders, duplicates and
 * the quality of the targets themselves (可衡量性, satisfaction targets, zero rates). They run on
 * every indicator sheet, reference sets included: an evaluator writes those up too.
 */
import type { IndicatorRow, IndicatorSheet } from '../model';
import type { Diagnostic } from '../diagnostics/types';
import type { ScoringProfile } from '../schema/profiles';
import { matchLevel1, matchLevel2 } from '../schema/schema';
import { diag } from '../diagnostics/create';
import { toA1 } from '../address';

const SATISFACTION = '满意度指标';

export function checkSchema(sheet: IndicatorSheet, profile: ScoringProfile): Diagnostic[] {
  const out: Diagnostic[] = [];
  let lastL1 = '';
  let lastL2 = '';
  for (const row of sheet.rows) {
    const l1 = matchLevel1(profile, row.level1);
    const l1Cell = toA1(row.row, row.cols.level1 ?? 0);
    const l2Cell = toA1(row.row, row.cols.level2 ?? 0);
    // Report a bad label once per run of merged / inherited cells, not on every row below it.
    if (!l1 && row.level1 !== lastL1) {
      out.push(diag('UNKNOWN_LEVEL1', row.sheet, l1Cell, { value: row.level1 || '（空）' }));
    }
    if (l1 && row.level2 !== lastL2) {
      const l2 = matchLevel2(profile, l1, row.level2);
      if (l2.kind === 'unknown') {
        out.push(diag('UNKNOWN_LEVEL2', row.sheet, l2Cell, { value: row.level2 || '（空）', level1: l1.name }));
      } else if (l2.kind === 'wrongParent') {
        out.push(
          diag('LEVEL2_PARENT_MISMATCH', row.sheet, l2Cell, { value: row.level2, level1: l1.name, expected: l2.parent.name }),
        );
      }
    }
    lastL1 = row.level1;
    lastL2 = row.level2;
  }
  return out;
}

export function checkRows(sheet: IndicatorSheet, profile: ScoringProfile): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new Map<string, IndicatorRow>();
  for (const row of sheet.rows) {
    const nameCell = toA1(row.row, row.cols.name ?? 0);
    const targetCell = toA1(row.row, row.cols.target ?? 0);
    if (row.placeholder) {
      out.push(diag('PLACEHOLDER_INDICATOR', row.sheet, nameCell, { level2: row.level2, value: row.name || '（空）' }));
      continue;
    }
    const key = `${row.level1}\u0000${row.level2}\u0000${row.name}`;
    const first = seen.get(key);
    if (first) {
      out.push(
        diag('DUPLICATE_INDICATOR', row.sheet, nameCell, {
          name: row.name,
          level2: row.level2,
          first: toA1(first.row, first.cols.name ?? 0),
        }),
      );
    } else {
      seen.set(key, row);
    }
    out.push(...checkTarget(row, profile, targetCell));
  }
  return out;
}

function checkTarget(row: IndicatorRow, profile: ScoringProfile, cell: string): Diagnostic[] {
  const name = row.name;
  const target = row.target;
  const satisfaction = row.level1 === SATISFACTION;
  switch (target.kind) {
    case 'UNPARSED':
      return [diag('TARGET_UNPARSED', row.sheet, cell, { name, target: row.targetText })];
    case 'QUAL':
    case 'EMPTY': {
      const shown = target.kind === 'EMPTY' ? '（空）' : row.targetText;
      if (satisfaction) return [diag('SATISFACTION_NOT_QUANTIFIED', row.sheet, cell, { name, target: shown })];
      const severity = profile.measurableLevel2.includes(row.level2) ? 'warning' : 'info';
      return [diag('QUALITATIVE_TARGET', row.sheet, cell, { name, target: shown, level2: row.level2 }, severity)];
    }
    case 'GE':
    case 'GT':
    case 'EQ':
    case 'LE':
    case 'LT':
    case 'BAND':
    case 'RANGE': {
      const out: Diagnostic[] = [];
      const value = target.kind === 'RANGE' ? target.low : target.value;
      if (satisfaction) {
        if (target.unit !== '%') out.push(diag('SATISFACTION_NOT_QUANTIFIED', row.sheet, cell, { name, target: row.targetText }));
        else if (value < profile.satisfactionMin) {
          out.push(
            diag('SATISFACTION_TARGET_LOW', row.sheet, cell, { name, target: row.targetText, min: profile.satisfactionMin }),
          );
        }
      }
      if (value === 0 && target.kind !== 'BAND' && /率$/.test(name.replace(/[（(][^）)]*[）)]$/, ''))) {
        out.push(diag('SUSPICIOUS_ZERO_TARGET', row.sheet, cell, { name }));
      }
      return out;
    }
  }
}
