/**
 * The plans of 插入模板 (the three input sheets, or the one-sheet 项目支出绩效自评表). Loaded on demand
 * by `insertTemplate` (a dynamic import): the pane fetches this chunk only when a template is
 * inserted, so the example data and the two layouts stay out of the JavaScript every opening loads.
 */
import type { InputRole, WritePlan } from '../domain/output/planTypes';
import type { ScoringProfile } from '../domain/schema/profiles';
import type { EvaluationMode } from '../domain/workbookSettings';
import { buildTemplatePlan, uniqueSheetName } from '../domain/output/templatePlan';
import { buildFormTemplateSheet, FORM_TEMPLATE_SHEET_NAME } from '../domain/output/formTemplate';

export function sheetsTemplatePlan(
  roles: readonly InputRole[],
  existingNames: readonly string[],
  profile: ScoringProfile,
  mode?: EvaluationMode,
): WritePlan {
  return buildTemplatePlan(roles, existingNames, profile, mode);
}

export function formTemplatePlan(existingNames: readonly string[], profile: ScoringProfile): WritePlan {
  const name = uniqueSheetName(FORM_TEMPLATE_SHEET_NAME, existingNames);
  return { sheets: [buildFormTemplateSheet(name, profile)], activate: name };
}
