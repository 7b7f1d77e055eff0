/**
 * Checking a draft report's numbers without the engine's own resolver (src/domain/workbench/draft/facts.ts):
 * walk the run's facts by hand, recompute each number's source, read the number its text writes, and
 * look up the workbook cell it names.
 */
import type { WorkbookSnapshot } from '../../src/app/ports';
import type { RunResult } from '../../src/app/useCases';
import type { FactPath, NumberSource } from '../../src/domain/workbench/draft/draftTypes';
import { getProfile } from '../../src/domain/schema/profiles';
import { cellAt, formatAt } from '../../src/domain/grid';

/** The value at a path into the run's facts (evaluation, comparison, profile). */
export function factAt(run: RunResult, path: FactPath): unknown {
  let v: unknown = { evaluation: run.evaluation, comparison: run.comparison, profile: getProfile(run.evaluation.profile) };
  for (const step of path) v = (v as Record<string | number, unknown> | undefined)?.[step];
  return v;
}

/** The number a source stands for, recomputed from the facts. */
export function expectedNumber(run: RunResult, source: NumberSource): number {
  switch (source.kind) {
    case 'value':
      return factAt(run, source.path) as number;
    case 'ratio':
      return (factAt(run, source.numerator) as number) / (factAt(run, source.denominator) as number);
    case 'count': {
      const list = factAt(run, source.path) as unknown[];
      const field = (item: unknown, key: string): unknown => key.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], item);
      return list.filter((item) => Object.entries(source.where ?? {}).every(([k, vs]) => vs.includes(String(field(item, k))))).length;
    }
  }
}

/** The number a segment's text writes (`502,000.00`, `63.04%`, `+4.70`) and its decimals. */
export function writtenNumber(text: string): { value: number; decimals: number; percent: boolean } {
  const percent = text.endsWith('%');
  const digits = text.replace(/[,%+]/g, '');
  return { value: Number(digits), decimals: (digits.split('.')[1] ?? '').length, percent };
}

/** A cell of the snapshot, with its number format. */
export function snapshotCell(snapshot: WorkbookSnapshot, ref: { sheet: string; row: number; col: number }) {
  const grid = snapshot.sheets.find((s) => s.name === ref.sheet);
  if (!grid) throw new Error(`no sheet ${ref.sheet}`);
  return { value: cellAt(grid, ref.row, ref.col), format: formatAt(grid, ref.row, ref.col) };
}
