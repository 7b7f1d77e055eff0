/**
 * The summary workbook of a batch (汇总.xlsx, DOMAIN.md §11) as a plan: three sheets built from the
 * batch's entries — 项目汇总 (one row per file), 等级分布 (counts and a column chart) and 常见问题 (the
 * most frequent diagnostic codes, and the files that could not be read) — with what a plain SheetPlan
 * does not say: page setup, conditional fills that follow edits, an auto filter and the chart. Pure:
 * the same entries always give the same plan, whatever order the files were evaluated in.
 */
import type { SummaryInput, SummaryPlan } from './summaryTypes';
import { buildProjectsSheet } from './projectsSheet';
import { buildGradesSheet } from './gradesSheet';
import { buildIssuesSheet } from './issuesSheet';

export function buildSummaryPlan(input: SummaryInput): SummaryPlan {
  return { sheets: [buildProjectsSheet(input), buildGradesSheet(input), buildIssuesSheet(input)] };
}
