/** Real indicator results for tracking tests: targets and actuals read by the parsers, scored by §3. */
import type { CellValue } from '../../../src/domain/grid';
import type { IndicatorResult, IndicatorRow, IndicatorRowTracking } from '../../../src/domain/model';
import type { Diagnostic } from '../../../src/domain/diagnostics/types';
import { parseTarget } from '../../../src/domain/parse/parseTarget';
import { parseActual } from '../../../src/domain/parse/parseActual';
import { unitFromName } from '../../../src/domain/parse/unit';
import { scoreInto } from '../../../src/domain/scoring/scoreIndicator';
import { CENTRAL_PROFILE } from '../../../src/domain/schema/profiles';
import { parseCategories, parseLikelihood } from '../../../src/domain/tracking/likelihood';

export interface RowSpec {
  readonly name?: string;
  readonly target: CellValue;
  readonly actual?: CellValue;
  readonly projection?: CellValue;
  readonly likelihood?: string;
  readonly categories?: string;
  readonly reason?: string;
  readonly weight?: number;
  readonly row?: number;
}

export function trackingRow(spec: RowSpec): IndicatorRow {
  const name = spec.name ?? '指标';
  const nameUnit = unitFromName(name);
  const target = parseTarget(spec.target, 'General', nameUnit !== undefined ? { nameUnit } : {});
  const actual = spec.actual === undefined ? ({ kind: 'EMPTY' } as const) : parseActual(spec.actual);
  const likelihood = parseLikelihood(spec.likelihood ?? '');
  const tracking: IndicatorRowTracking = {
    projectionText: spec.projection === undefined ? '' : String(spec.projection),
    projection: spec.projection === undefined ? { kind: 'EMPTY' } : parseActual(spec.projection),
    likelihoodText: spec.likelihood ?? '',
    ...(likelihood !== undefined ? { likelihood } : {}),
    categories: parseCategories(spec.categories ?? ''),
  };
  return {
    sheet: '绩效指标',
    row: spec.row ?? 2,
    level1: '产出指标',
    level2: '数量指标',
    name,
    targetText: spec.target === null ? '' : String(spec.target),
    actualText: spec.actual === undefined || spec.actual === null ? '' : String(spec.actual),
    target,
    actual,
    deviationReason: spec.reason ?? '',
    placeholder: false,
    tracking,
    cols: { level1: 0, level2: 1, name: 2, target: 3, actual: 4, projection: 5, likelihood: 6, category: 7, reason: 8 },
  };
}

export function scoredRow(spec: RowSpec): IndicatorResult {
  const diagnostics: Diagnostic[] = [];
  return scoreInto(trackingRow(spec), spec.weight ?? 10, CENTRAL_PROFILE, true, diagnostics);
}
