/**
 * 指标调整对比 (DOMAIN.md §10.1): the scored indicator set (the evaluators' adjusted 表3) against a
 * reference set (the unit's original 表2), pair by pair.
 *
 * Pairing, in this order (each row pairs at most once; placeholders such as `无` are no indicators):
 * 1. the same name (indicatorKey) under the same 一级 and 二级;
 * 2. the same name under another 二级 (二级 moved);
 * 3. under the same 二级, names at least SIMILARITY_THRESHOLD alike, the most alike first (ties: the
 *    earlier adjusted row, then the earlier original row);
 * 4. under the same 二级, the one original and the one adjusted row left there (the evaluators
 *    replaced that 二级's indicator: `项目超额支出` → `招商引资成本节约率`), shown with its similarity;
 * 5. what is left: added (adjusted only) or removed (original only).
 * A pair is marked wording changed (names differ), target changed (the targets read differently) and
 * 二级 moved; a pair with none of these is unchanged. Each side carries the target-quality
 * diagnostics (lints) that name its row.
 */
import type { IndicatorRow, IndicatorSheet } from '../model';
import type { Diagnostic, DiagnosticCode } from '../diagnostics/types';
import type { Target } from '../values';
import type { ScoringProfile } from '../schema/profiles';
import { sameBaseUnit, unitFromName } from '../parse/unit';
import { normalizeText } from '../text/normalize';
import { indicatorKey, lcsRatio, SIMILARITY_THRESHOLD } from './similarity';

export type ChangeKind = 'added' | 'removed' | 'targetChanged' | 'wordingChanged' | 'level2Moved' | 'unchanged';

export const CHANGE_KINDS: readonly ChangeKind[] = [
  'added',
  'removed',
  'targetChanged',
  'wordingChanged',
  'level2Moved',
  'unchanged',
];

/** How a pair was made. */
export type PairBasis = 'sameName' | 'similarName' | 'onlyPairInLevel2';

/** The diagnostics about an indicator's design (not its actual) shown beside each side. */
export const LINT_CODES: ReadonlySet<DiagnosticCode> = new Set<DiagnosticCode>([
  'QUALITATIVE_TARGET',
  'SATISFACTION_NOT_QUANTIFIED',
  'SATISFACTION_TARGET_LOW',
  'SUSPICIOUS_ZERO_TARGET',
  'TARGET_UNPARSED',
  'DUPLICATE_INDICATOR',
  'UNKNOWN_LEVEL1',
  'UNKNOWN_LEVEL2',
  'LEVEL2_PARENT_MISMATCH',
]);

export interface ComparedSide {
  readonly row: IndicatorRow;
  readonly lints: readonly Diagnostic[];
}

export interface ComparisonPair {
  /** The original (reference) indicator; absent when added. */
  readonly reference?: ComparedSide;
  /** The adjusted (scored) indicator; absent when removed. */
  readonly scored?: ComparedSide;
  readonly basis?: PairBasis;
  /** lcsRatio of the two names' keys, for pairs. */
  readonly similarity?: number;
  /** Never empty: `unchanged` alone when nothing changed. */
  readonly changes: readonly ChangeKind[];
}

export interface IndicatorComparison {
  readonly referenceSheet: string;
  readonly scoredSheet: string;
  readonly pairs: readonly ComparisonPair[];
  /** Pairs per kind (a pair with two changes counts under both). */
  readonly summary: Readonly<Record<ChangeKind, number>>;
}

/** The effective unit of a quantitative target: written after the number, else from the name's brackets. */
function targetUnit(row: IndicatorRow, target: Extract<Target, { unit: string }>): string {
  if (target.unit !== '') return target.unit;
  const fromName = unitFromName(row.name);
  return fromName ?? row.unitColumn ?? '';
}

/** Whether two rows' targets read the same (`≥85批次` and `≥85` named `（批次）` do; `0` and `100%` do not). */
export function sameTarget(a: IndicatorRow, b: IndicatorRow): boolean {
  const x = a.target;
  const y = b.target;
  if (x.kind !== y.kind) return false;
  switch (x.kind) {
    case 'QUAL':
    case 'UNPARSED':
      return normalizeText(x.text) === normalizeText((y as typeof x).text);
    case 'EMPTY':
      return true;
    case 'RANGE': {
      const other = y as typeof x;
      return x.low === other.low && x.high === other.high && unitsAgree(targetUnit(a, x), targetUnit(b, other));
    }
    case 'GE':
    case 'GT':
    case 'EQ':
    case 'LE':
    case 'LT':
    case 'BAND': {
      const other = y as typeof x;
      return x.value === other.value && unitsAgree(targetUnit(a, x), targetUnit(b, other));
    }
  }
}

/** A unit left unwritten on one side is not a change (`≥320` against `≥320` in 批次). */
function unitsAgree(a: string, b: string): boolean {
  return a === '' || b === '' || sameBaseUnit(a, b);
}

function groupKey(row: IndicatorRow): string {
  return `${row.level1}\u0000${row.level2}`;
}

function lintsOf(row: IndicatorRow, diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((d) => d.sheet === row.sheet && d.row === row.row && LINT_CODES.has(d.code));
}

interface Match {
  readonly scored: IndicatorRow;
  readonly reference: IndicatorRow;
  readonly basis: PairBasis;
}

/** Stages 1–4 of the pairing; returns the matches (each row at most once). */
function pairRows(scored: readonly IndicatorRow[], reference: readonly IndicatorRow[]): Match[] {
  const matches: Match[] = [];
  const usedScored = new Set<IndicatorRow>();
  const usedReference = new Set<IndicatorRow>();
  const take = (s: IndicatorRow, r: IndicatorRow, basis: PairBasis): void => {
    matches.push({ scored: s, reference: r, basis });
    usedScored.add(s);
    usedReference.add(r);
  };
  const free = <T>(rows: readonly T[], used: Set<T>): T[] => rows.filter((r) => !used.has(r));

  // 1 and 2: the same name, under the same 二级 first, then anywhere.
  for (const sameGroup of [true, false]) {
    for (const s of free(scored, usedScored)) {
      const key = indicatorKey(s.name);
      const r = free(reference, usedReference).find(
        (c) => indicatorKey(c.name) === key && (groupKey(c) === groupKey(s)) === sameGroup,
      );
      if (r) take(s, r, 'sameName');
    }
  }
  // 3: similar names under the same 二级, the most alike first.
  const candidates: { s: IndicatorRow; r: IndicatorRow; similarity: number; si: number; ri: number }[] = [];
  free(scored, usedScored).forEach((s, si) => {
    free(reference, usedReference).forEach((r, ri) => {
      if (groupKey(r) !== groupKey(s)) return;
      const similarity = lcsRatio(indicatorKey(s.name), indicatorKey(r.name));
      if (similarity >= SIMILARITY_THRESHOLD) candidates.push({ s, r, similarity, si, ri });
    });
  });
  candidates.sort((a, b) => b.similarity - a.similarity || a.si - b.si || a.ri - b.ri);
  for (const c of candidates) if (!usedScored.has(c.s) && !usedReference.has(c.r)) take(c.s, c.r, 'similarName');
  // 4: the only original and the only adjusted row left under a 二级.
  const leftScored = free(scored, usedScored);
  const leftReference = free(reference, usedReference);
  for (const s of leftScored) {
    const sameS = leftScored.filter((x) => groupKey(x) === groupKey(s));
    const sameR = leftReference.filter((x) => groupKey(x) === groupKey(s));
    const only = sameR[0];
    if (sameS.length === 1 && sameR.length === 1 && only) take(s, only, 'onlyPairInLevel2');
  }
  return matches;
}

function changesOf(m: Match): ChangeKind[] {
  const changes: ChangeKind[] = [];
  if (!sameTarget(m.reference, m.scored)) changes.push('targetChanged');
  if (indicatorKey(m.reference.name) !== indicatorKey(m.scored.name)) changes.push('wordingChanged');
  if (groupKey(m.reference) !== groupKey(m.scored)) changes.push('level2Moved');
  return changes.length > 0 ? changes : ['unchanged'];
}

/** Position of a 一级/二级 in the profile's schema (unknown ones after the known, in first-seen order). */
function schemaOrder(profile: ScoringProfile): (row: IndicatorRow) => number {
  const order = new Map<string, number>();
  profile.level1.forEach((l1, i) => l1.level2.forEach((l2, j) => order.set(`${l1.name}\u0000${l2.name}`, i * 100 + j)));
  const unknown = new Map<string, number>();
  return (row) => {
    const key = groupKey(row);
    const known = order.get(key);
    if (known !== undefined) return known;
    if (!unknown.has(key)) unknown.set(key, 10_000 + unknown.size);
    return unknown.get(key) ?? 10_000;
  };
}

export function compareIndicatorSets(
  scoredSheet: IndicatorSheet,
  referenceSheet: IndicatorSheet,
  diagnostics: readonly Diagnostic[],
  profile: ScoringProfile,
): IndicatorComparison {
  const scored = scoredSheet.rows.filter((r) => !r.placeholder);
  const reference = referenceSheet.rows.filter((r) => !r.placeholder);
  const matches = pairRows(scored, reference);
  const byScored = new Map(matches.map((m) => [m.scored, m]));
  const matchedReference = new Set(matches.map((m) => m.reference));
  const side = (row: IndicatorRow): ComparedSide => ({ row, lints: lintsOf(row, diagnostics) });

  const order = schemaOrder(profile);
  const entries: { pair: ComparisonPair; group: number; rank: number }[] = [];
  scored.forEach((s, i) => {
    const m = byScored.get(s);
    const pair: ComparisonPair = m
      ? {
          reference: side(m.reference),
          scored: side(s),
          basis: m.basis,
          similarity: lcsRatio(indicatorKey(m.reference.name), indicatorKey(s.name)),
          changes: changesOf(m),
        }
      : { scored: side(s), changes: ['added'] };
    entries.push({ pair, group: order(s), rank: i });
  });
  reference.forEach((r, i) => {
    if (!matchedReference.has(r)) {
      entries.push({ pair: { reference: side(r), changes: ['removed'] }, group: order(r), rank: scored.length + i });
    }
  });
  entries.sort((a, b) => a.group - b.group || a.rank - b.rank);
  const pairs = entries.map((e) => e.pair);
  const summary = Object.fromEntries(CHANGE_KINDS.map((k) => [k, 0])) as Record<ChangeKind, number>;
  for (const p of pairs) for (const c of p.changes) summary[c]++;
  return { referenceSheet: referenceSheet.sheet, scoredSheet: scoredSheet.sheet, pairs, summary };
}
