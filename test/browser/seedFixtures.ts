/**
 * The workbooks the browser scenarios open (the seed through the project's .xlsx host, an empty
 * one) and what the engine itself says about them (the expected report, per locale).
 */
import type { WorkbookSnapshot } from '../../src/app/ports';
import type { Report } from '../../src/app/report';
import { evaluateSnapshot } from '../../src/app/useCases';
import type { Locale, RenderedDiagnostic } from '../../src/domain/diagnostics/types';
import { XlsxHost } from '../../src/hosts/xlsx/xlsxHost';
import { registerTrackingEngine } from '../../src/app/trackingEngine';
import { TRACKING } from '../../src/app/trackingChunk';

import { SEED_XLSX } from '../helpers/fixtures';

export const SEED_PATH = SEED_XLSX;

/** The seed's own sheets, which no action of the pane may change. */
export const SEED_INPUT_SHEETS = ['项目信息', '支出明细', '绩效指标（调整后）', '绩效指标（原）'] as const;
/**
 * What 计算并写入 writes on the seed, a tracking report (its 评价类型 is 绩效跟踪, DOMAIN.md §9): the
 * 绩效运行监控表 in the 自评表's place and the other three, then the workbench's two (issue 13).
 */
export const OUTPUT_SHEETS = ['绩效运行监控表', '指标得分明细', '支出汇总', '校验问题', '指标调整对比', '评价报告（草稿）'] as const;
/** The same as a self-evaluation (the pane's mode switch on 单位自评). */
export const SELF_OUTPUT_SHEETS = ['绩效自评表', '指标得分明细', '支出汇总', '校验问题', '指标调整对比', '评价报告（草稿）'] as const;
export const TEMPLATE_SHEETS = ['项目信息', '支出明细', '绩效指标'] as const;

let seed: Promise<WorkbookSnapshot> | undefined;

export function seedSnapshot(): Promise<WorkbookSnapshot> {
  seed ??= XlsxHost.open(SEED_PATH).then((host) => host.read());
  return seed;
}

/** A new Excel workbook: one empty Sheet1. */
export function emptySnapshot(): WorkbookSnapshot {
  return { sheets: [{ name: 'Sheet1', values: [], numberFormats: [], merges: [], visible: true }], ownedSheets: [] };
}

// The engine run directly below needs tracking mode's engine at hand, as the command line has it.
registerTrackingEngine(TRACKING);

/** The report the pane should show for this workbook (the engine run directly, as the pane runs it). */
export function expectedReport(snapshot: WorkbookSnapshot, locale: Locale): Report {
  return evaluateSnapshot(snapshot, { locale }).report;
}

/** The one diagnostic with this code at this place (throws when the seed changed). */
export function diagnosticAt(report: Report, code: string, sheet: string, cell: string): RenderedDiagnostic {
  const found = report.diagnostics.filter((d) => d.code === code && d.sheet === sheet && d.cell === cell);
  if (found.length !== 1) throw new Error(`expected one ${code} at ${sheet}!${cell}, found ${found.length}`);
  return found[0] as RenderedDiagnostic;
}
