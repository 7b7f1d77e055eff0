/** Shared pieces of the section builders: making sections, the project's cells, indicator phrases. */
import type { CellRef, IndicatorResult, ProjectField, ProjectInfo } from '../../model';
import type { DraftParagraph, DraftSection, FactPath } from './draftTypes';
import type { DraftFacts } from './facts';
import { Para } from './segments';

export type SectionBuilder = (facts: DraftFacts) => DraftSection | undefined;

/**
 * A draft is read, not searched: long lists stop after these many items and refer to the sheet that
 * holds them all (指标得分明细, 校验问题), so a workbook of thousands of indicators still gives a report.
 */
export const LISTED_PER_LEVEL2 = 20;
export const LISTED_DEVIATIONS = 20;
export const LISTED_NAMES = 10;
export const LISTED_EXPENSES = 10;

export function section(heading: DraftParagraph, paragraphs: readonly DraftParagraph[], subsections: readonly DraftSection[] = []): DraftSection {
  return { heading, paragraphs, subsections };
}

export function words(facts: DraftFacts, text: string): DraftParagraph {
  return new Para(facts).t(text).done();
}

export function projectPath(field: ProjectField): FactPath {
  return ['evaluation', 'project', field];
}

export function projectCell(project: ProjectInfo | undefined, field: ProjectField): CellRef | undefined {
  return project?.cells[field];
}

/** The cell of an indicator's field (name, target, actual, reason) when its column is known. */
export function indicatorCell(r: IndicatorResult, field: 'name' | 'target' | 'actual' | 'reason'): CellRef | undefined {
  const col = r.row.cols[field];
  return col === undefined ? undefined : { sheet: r.row.sheet, row: r.row.row, col };
}

export function indicatorPath(facts: DraftFacts, r: IndicatorResult, key: keyof IndicatorResult): FactPath {
  return ['evaluation', 'indicators', facts.evaluation.indicators.indexOf(r), key];
}

/** `“接洽客商（批次）”` as a cell copy. */
export function quotedName(p: Para, r: IndicatorResult): Para {
  return p.t('“').cell(r.row.name, indicatorCell(r, 'name')).t('”');
}

/** The project name, or a blank. */
export function projectName(p: Para, facts: DraftFacts): Para {
  const project = facts.evaluation.project;
  return p.cell(project?.name, projectCell(project, 'name'), '项目名称');
}

/**
 * 年度指标值 and 实际完成值 of an indicator: `年度指标值≥320，实际完成值210`; a text actual in quotes
 * (`实际完成值“满意度较高”`); `未填写实际完成值【请补充】` when there is none.
 */
export function targetAndActual(p: Para, r: IndicatorResult): Para {
  p.t('年度指标值');
  if (r.row.targetText === '') p.blank('年度指标值');
  else p.cell(r.row.targetText, indicatorCell(r, 'target'));
  if (r.row.actualText === '') return p.t('，未填写实际完成值').blank();
  const quoted = r.row.actual.kind === 'TEXT' || r.row.actual.kind === 'TIER';
  p.t(quoted ? '，实际完成值“' : '，实际完成值').cell(r.row.actualText, indicatorCell(r, 'actual'));
  return quoted ? p.t('”') : p;
}

/** Indicators that fell short: partly met, not met, or not scorable for want of a readable actual. */
export function shortfalls(facts: DraftFacts): IndicatorResult[] {
  return facts.evaluation.indicators.filter((r) => r.status === 'partial' || r.status === 'unmet' || r.status === 'missing');
}

export interface RowDiagnostic {
  readonly r: IndicatorResult;
  readonly params: Readonly<Record<string, unknown>>;
}

/** The diagnostics on scored indicator rows, by code, made once per draft (workbooks hold thousands). */
const byCode = new WeakMap<DraftFacts, Map<string, RowDiagnostic[]>>();

function indexOf(facts: DraftFacts): Map<string, RowDiagnostic[]> {
  let index = byCode.get(facts);
  if (index) return index;
  index = new Map();
  const rows = new Map<string, IndicatorResult>();
  for (const r of facts.evaluation.indicators) rows.set(`${r.row.sheet}\u0000${r.row.row}`, r);
  for (const d of facts.evaluation.diagnostics) {
    const r = d.row === undefined ? undefined : rows.get(`${d.sheet}\u0000${d.row}`);
    if (!r) continue;
    const list = index.get(d.code) ?? [];
    list.push({ r, params: d.params as Readonly<Record<string, unknown>> });
    index.set(d.code, list);
  }
  byCode.set(facts, index);
  return index;
}

/** Diagnostics of one code on the scored indicator rows, with the result they name, in order. */
export function onIndicators(facts: DraftFacts, code: string): readonly RowDiagnostic[] {
  return indexOf(facts).get(code) ?? [];
}
