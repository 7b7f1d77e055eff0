/**
 * One file of a batch (perf-eval batch, DOMAIN.md §11), as the summary workbook and the incremental
 * cache hold it: the few figures of its report, never its cells. A file that could not be read is an
 * entry too, with its reason, so it becomes a row of the summary rather than a stop.
 */
import type { Grade } from '../../domain/model';
import type { Severity } from '../../domain/diagnostics/types';
import type { Report } from '../report';

/** How often one diagnostic code stands in one project. */
export interface CodeCount {
  readonly code: string;
  readonly severity: Severity;
  readonly count: number;
}

export interface EvaluatedEntry {
  readonly kind: 'evaluated';
  /** The file as the user named it (a folder's files: the folder joined with the file's path inside it). */
  readonly file: string;
  readonly name: string | null;
  readonly department: string | null;
  readonly unit: string | null;
  /** 全年预算数, 全年执行数 (万元) and their ratio. */
  readonly annual: number | null;
  readonly executed: number | null;
  readonly rate: number | null;
  /** False when nothing was scored (NO_INDICATOR_SHEET, or NOTHING_SCORED: a table with no scorable indicator). */
  readonly scored: boolean;
  readonly total: number;
  readonly max: number;
  readonly grade: Grade;
  readonly provisional: boolean;
  readonly errors: number;
  readonly warnings: number;
  /** Distinct codes, in order of first appearance. */
  readonly codes: readonly CodeCount[];
  /** Scoring profile id and evaluation mode (`self`: 自评) the project was scored with. */
  readonly profile: string;
  readonly mode: string;
  /** Where its own evaluated workbook was written (`--outputs`), if it was. */
  readonly output?: string;
  /** Why its own evaluated workbook could not be written, if it could not. */
  readonly outputError?: string;
}

export interface UnreadableEntry {
  readonly kind: 'unreadable';
  readonly file: string;
  /** A closed reason (the .xlsx host's open failures, or `internal`). */
  readonly reason: string;
  /** The one line `perf-eval evaluate` prints for the same file. */
  readonly message: string;
}

export type BatchEntry = EvaluatedEntry | UnreadableEntry;

export interface EntryContext {
  readonly profile: string;
  readonly mode: string;
  readonly output?: string;
}

/** The entry of an evaluated file, from the report every door shows. */
export function entryFromReport(file: string, report: Report, context: EntryContext): EvaluatedEntry {
  const codes = new Map<string, { severity: Severity; count: number }>();
  let errors = 0;
  let warnings = 0;
  for (const d of report.diagnostics) {
    if (d.severity === 'error') errors++;
    else if (d.severity === 'warning') warnings++;
    const seen = codes.get(d.code);
    if (seen) seen.count++;
    else codes.set(d.code, { severity: d.severity, count: 1 });
  }
  return {
    kind: 'evaluated',
    file,
    name: report.project.name,
    department: report.project.department,
    unit: report.project.unit,
    annual: report.budget.annual,
    executed: report.budget.executed,
    rate: report.budget.rate,
    scored: report.scored,
    total: report.total,
    max: report.max,
    grade: report.grade,
    provisional: report.provisional,
    errors,
    warnings,
    codes: [...codes].map(([code, { severity, count }]) => ({ code, severity, count })),
    profile: context.profile,
    mode: context.mode,
    ...(context.output !== undefined ? { output: context.output } : {}),
  };
}
