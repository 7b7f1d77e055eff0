/** The readable summary the command line prints: indicators, subtotals, budget, total, diagnostics. */
import type { Report } from '../app/report';
import type { RenderedDiagnostic } from '../domain/diagnostics/types';
import type { CliMessages } from './messages';
import type { SaveOutcome } from '../hosts/xlsx/xlsxHost';
import { renderTable } from './table';
import type { ChangeKind } from '../domain/workbench/compareIndicators';

/** The kinds in the order the sheet lists them (a local list: the summary loads no engine code). */
const CHANGE_KINDS: readonly ChangeKind[] = ['added', 'removed', 'targetChanged', 'wordingChanged', 'level2Moved', 'unchanged'];

const NONE = '—';

function fixed2(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value) ? NONE : value.toFixed(2);
}

function percent(rate: number | null): string {
  return rate === null || !Number.isFinite(rate) ? NONE : `${(rate * 100).toFixed(2)}%`;
}

function location(d: RenderedDiagnostic): string {
  if (d.sheet === '') return d.cell === '' ? NONE : d.cell;
  return d.cell === '' ? d.sheet : `${d.sheet}!${d.cell}`;
}

export function projectLines(report: Report, m: CliMessages): string[] {
  const lines = [m.label(m.project, report.project.name ?? m.unnamed)];
  const who = [report.project.department, report.project.unit].filter((v, i, all): v is string => !!v && all.indexOf(v) === i);
  if (who.length > 0) lines.push(`  ${who.join(' / ')}`);
  if (report.project.asOf) lines.push(`  ${m.label(m.asOf, report.project.asOf)}`);
  lines.push(`  ${m.label(m.profile, `${report.profileLabel}${m.profileSource[report.profileSource]}`)}`);
  lines.push(layoutLine(report, m));
  return lines;
}

/** One line: which blocks were read, from where (DOMAIN.md §8.13). */
export function layoutLine(report: Report, m: CliMessages): string {
  if (report.layout.length === 0) return m.layoutNone;
  return m.layout(report.layout.map((b) => `${m.roles[b.role]} ${b.sheet}!${b.range}`).join('；'));
}

export function indicatorLines(report: Report, m: CliMessages): string[] {
  const c = m.columns;
  return renderTable(
    [
      { header: c.level1, maxWidth: 12 },
      { header: c.level2, maxWidth: 16 },
      { header: c.name, maxWidth: 36 },
      { header: c.target, maxWidth: 16 },
      { header: c.actual, maxWidth: 16 },
      { header: c.weight, align: 'right' },
      { header: c.score, align: 'right' },
      { header: c.status },
    ],
    report.indicators.map((r) => [
      r.level1,
      r.level2,
      r.name,
      r.target,
      r.actual,
      r.status === 'excluded' ? NONE : fixed2(r.weight),
      r.status === 'excluded' ? NONE : fixed2(r.score),
      m.status[r.status],
    ]),
  );
}

export function totalLines(report: Report, m: CliMessages): string[] {
  const c = m.columns;
  const rows: string[][] = Object.entries(report.levels).map(([name, level]) => [name, fixed2(level.weight), fixed2(level.score), '']);
  rows.push([m.budgetRate, fixed2(report.budget.weight), fixed2(report.budget.score), m.executionRate(percent(report.budget.rate))]);
  rows.push([m.total, fixed2(report.max), fixed2(report.total), m.grade(report.grade, report.provisional)]);
  if (report.selfTotal !== null) {
    const gap = Math.abs(report.selfTotal - report.total);
    rows.push([m.selfTotal, '', fixed2(report.selfTotal), gap > 0.005 ? m.selfTotalNote(gap.toFixed(2)) : '']);
  }
  return renderTable(
    [{ header: c.item }, { header: c.weight, align: 'right' }, { header: c.score, align: 'right' }, { header: c.note }],
    rows,
  );
}

export function diagnosticLines(diagnostics: readonly RenderedDiagnostic[], m: CliMessages): string[] {
  if (diagnostics.length === 0) return [m.noDiagnostics];
  const c = m.columns;
  const count = (s: RenderedDiagnostic['severity']): number => diagnostics.filter((d) => d.severity === s).length;
  return [
    m.diagnosticsTitle(diagnostics.length),
    ...renderTable(
      [{ header: c.severity }, { header: c.cell, maxWidth: 40 }, { header: c.code }, { header: c.message }],
      diagnostics.map((d) => [m.severity[d.severity], location(d), d.code, d.message]),
    ),
    m.counts(count('error'), count('warning'), count('info')),
  ];
}

/** Where the output went and how it was made. */
export interface WrittenOutput {
  readonly path: string;
  readonly save: SaveOutcome;
}

/** The one line of 指标调整对比: the counts per kind. */
export function comparisonLine(report: Report, m: CliMessages): string {
  const c = report.comparison;
  if (!c) return m.noComparison;
  const counts = CHANGE_KINDS.map((k) => m.changeCount(m.changeKinds[k], c.summary[k])).join(m.listSeparator);
  return m.comparison(c.referenceSheet, c.scoredSheet, counts);
}

function signed(pp: number | null): string {
  if (pp === null || !Number.isFinite(pp)) return NONE;
  return `${pp > 0 ? '+' : ''}${pp.toFixed(2)}`;
}

/** Tracking mode: funds against 时间进度 with its light, then the indicators' lights and the two scores. */
export function trackingLines(report: Report, m: CliMessages): string[] {
  const t = report.tracking;
  if (!t) return [];
  return [
    m.trackingFunds(t.asOf ?? NONE, percent(t.timeProgress), percent(t.executionProgress), signed(t.gap), m.lights[t.light]),
    m.trackingIndicators(t.counts, fixed2(t.projectedTotal), t.projectedGrade, fixed2(t.snapshotTotal)),
  ];
}

/**
 * `evaluate`: the whole summary, then where the output went and how it was saved (or that nothing was
 * written), and where the draft report went (`--report`).
 */
export function evaluationSummary(
  report: Report,
  m: CliMessages,
  written: WrittenOutput | undefined,
  draftPath?: string,
): string[] {
  const lines = [...projectLines(report, m), ''];
  if (report.scored) {
    lines.push(...indicatorLines(report, m), '', ...totalLines(report, m), '');
    if (report.tracking) lines.push(...trackingLines(report, m), '');
    lines.push(comparisonLine(report, m), '');
  } else if (report.indicators.length > 0) lines.push(...indicatorLines(report, m), '', m.nothingScored, '');
  else lines.push(m.noIndicators, '');
  lines.push(...diagnosticLines(report.diagnostics, m), '');
  if (written) lines.push(m.output(written.path), m.saved(written.save));
  else lines.push(m.notWritten);
  if (draftPath !== undefined) lines.push(m.draftWritten(draftPath));
  return lines;
}

/** `validate`: the project and every diagnostic. */
export function validationSummary(report: Report, m: CliMessages): string[] {
  return [...projectLines(report, m), '', ...diagnosticLines(report.diagnostics, m)];
}
