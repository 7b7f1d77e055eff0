/**
 * The one place tests find their fixture files: everything lives in test/fixtures/ inside the
 * repository, so a clone of the project alone tests itself (nothing beside it).
 * Copied from the team's shared fixtures: the seed workbook, the golden target/actual tables, the
 * filled published forms (forms/, with SOURCES.md), workbooks other programs wrote (producers/,
 * with their licences) and the seed re-saved by other programs (resaved/).
 */
import path from 'node:path';
import type { WorkbookSnapshot } from '../../src/app/ports';
import { XlsxHost } from '../../src/hosts/xlsx/xlsxHost';

export const FIXTURES = path.resolve(__dirname, '../fixtures');
export const SEED_XLSX = path.join(FIXTURES, 'seed-2021-investment-promotion.xlsx');
export const TARGETS_TSV = path.join(FIXTURES, 'targets.tsv');
export const ACTUALS_TSV = path.join(FIXTURES, 'actuals.tsv');
export const FORMS_DIR = path.join(FIXTURES, 'forms');
export const PRODUCERS_DIR = path.join(FIXTURES, 'producers');
/** The seed as openpyxl, LibreOffice and gnumeric save it (made by tools/resave/resaveSeed.sh). */
export const RESAVED_SEEDS = {
  openpyxl: path.join(FIXTURES, 'resaved', 'seed.openpyxl.xlsx'),
  libreoffice: path.join(FIXTURES, 'resaved', 'seed.libreoffice.xlsx'),
  gnumeric: path.join(FIXTURES, 'resaved', 'seed.gnumeric.xlsx'),
} as const;
/**
 * The output sheets a run on the seed writes as the doors run it (with the workbench). Its 评价类型 is
 * 绩效跟踪, so by default it is a tracking report (DOMAIN.md §9): the 绩效运行监控表 takes the 自评表's place.
 */
export const SEED_OUTPUTS = ['绩效运行监控表', '指标得分明细', '支出汇总', '校验问题', '指标调整对比', '评价报告（草稿）'] as const;
/** The same run as a self-evaluation (`mode: 'selfEvaluation'`, DOMAIN.md §7). */
export const SEED_SELF_OUTPUTS = ['绩效自评表', '指标得分明细', '支出汇总', '校验问题', '指标调整对比', '评价报告（草稿）'] as const;
export const SAMPLE_XLSX = path.resolve(__dirname, '../../assets/samples/seed-2021-investment-promotion.xlsx');

/** A file under test/fixtures/. */
export function fixturePath(...parts: string[]): string {
  return path.join(FIXTURES, ...parts);
}

export async function readSnapshot(file: string): Promise<WorkbookSnapshot> {
  return (await XlsxHost.open(file)).read();
}

/** Files for the batch (perf-eval batch): a legacy .xls (gnumeric's ssconvert of the seed) and a truncated .xlsx. */
export const BATCH_DIR = path.join(FIXTURES, 'batch');
export const LEGACY_XLS = path.join(BATCH_DIR, 'legacy.xls');
export const TRUNCATED_XLSX = path.join(BATCH_DIR, 'truncated.xlsx');
