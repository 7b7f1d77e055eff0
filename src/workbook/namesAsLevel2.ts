/**
 * Monitoring tables as units publish them (DOMAIN.md §9; case12): `一级指标 | 指标名称 | 指标值 | …` with
 * no 二级 column, where 指标名称 holds the 二级 words themselves (质量 / 时效 / 成本 / 社会效益). Such a
 * row is the 二级 it names (its name stays as written); one with nothing in 指标值 and nothing reported
 * is that 二级's empty placeholder row (PLACEHOLDER_INDICATOR), not an indicator to score.
 */
import type { IndicatorRow, IndicatorSheet } from '../domain/model';
import type { ScoringProfile } from '../domain/schema/profiles';
import { matchLevel1, matchLevel2 } from '../domain/schema/schema';
import { normalizeText } from '../domain/text/normalize';

export function namesAsLevel2(sheet: IndicatorSheet, profile: ScoringProfile): IndicatorSheet {
  // Only a table without a 二级 column.
  if (sheet.rows.some((r) => r.cols.level2 !== undefined || r.level2 !== '')) return sheet;
  let changed = false;
  const rows = sheet.rows.map((row): IndicatorRow => {
    if (row.placeholder) return row;
    const name = normalizeText(row.name);
    if (name === '' || matchLevel2(profile, matchLevel1(profile, row.level1), name).kind === 'unknown') return row;
    changed = true;
    const empty = normalizeText(row.targetText) === '' && normalizeText(row.actualText) === '';
    return { ...row, level2: name, ...(empty ? { placeholder: true } : {}) };
  });
  return changed ? { ...sheet, rows } : sheet;
}
