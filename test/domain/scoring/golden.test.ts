/**
 * The scoring golden table finance people extend: every row of test/fixtures/scoring.tsv scores one
 * indicator alone (target and actual read by the real parsers, scored by the one scoring code) under
 * each profile it names, and must give the hand-computed score, completion and status.
 */
import { readFileSync } from 'node:fs';
import type { IndicatorRow, IndicatorStatus } from '../../../src/domain/model';
import { fixturePath } from '../../helpers/fixtures';
import { parseTarget } from '../../../src/domain/parse/parseTarget';
import { parseActual } from '../../../src/domain/parse/parseActual';
import { scoreIndicator } from '../../../src/domain/scoring/scoreIndicator';
import { getProfile, profileIds } from '../../../src/domain/schema/profiles';

interface GoldenRow {
  readonly line: number;
  readonly kind: string;
  readonly target: string;
  readonly actual: string;
  readonly weight: number;
  readonly profile: string;
  readonly manual: number | undefined;
  readonly score: number;
  readonly completion: number | undefined;
  readonly status: IndicatorStatus;
  readonly note: string;
}

/** `a/b` or a decimal; blank is undefined. */
function fraction(text: string): number | undefined {
  if (text === '') return undefined;
  const [a, b] = text.split('/');
  return b === undefined ? Number(a) : Number(a) / Number(b);
}

const STATUSES: readonly string[] = ['met', 'partial', 'unmet', 'missing'];

function readGolden(): GoldenRow[] {
  const rows: GoldenRow[] = [];
  const lines = readFileSync(fixturePath('scoring.tsv'), 'utf8').split(/\r?\n/);
  let header = true;
  lines.forEach((text, i) => {
    if (text.trim() === '' || text.startsWith('#')) return;
    if (header) {
      header = false;
      return;
    }
    const [kind = '', target = '', actual = '', weight = '', profiles = '', manual = '', score = '', completion = '', status = '', note = ''] =
      text.split('\t');
    if (!STATUSES.includes(status)) throw new Error(`scoring.tsv line ${i + 1}: bad status "${status}"`);
    const ids = profiles === '*' ? profileIds() : profiles.split(',');
    for (const profile of ids) {
      rows.push({
        line: i + 1,
        kind,
        target,
        actual: actual === '(empty)' ? '' : actual,
        weight: Number(weight),
        profile,
        manual: manual === '' ? undefined : Number(manual),
        score: Number(score),
        completion: fraction(completion),
        status: status as IndicatorStatus,
        note,
      });
    }
  });
  return rows;
}

function indicatorRow(g: GoldenRow): IndicatorRow {
  return {
    sheet: '绩效指标',
    row: 1,
    level1: g.kind === 'QUAL' ? '效益指标' : '产出指标',
    level2: g.kind === 'QUAL' ? '社会效益指标' : '数量指标',
    name: '指标',
    targetText: g.target,
    actualText: g.actual,
    target: parseTarget(g.target),
    actual: parseActual(g.actual === '' ? null : g.actual),
    weight: g.weight,
    ...(g.manual !== undefined ? { manualScore: g.manual } : {}),
    deviationReason: '',
    placeholder: false,
    cols: { level1: 0, level2: 1, name: 2, target: 3, actual: 4, weight: 5, score: 6, reason: 7 },
  };
}

const golden = readGolden();
const cases = golden.map((g) => ({ ...g, title: `line ${g.line} ${g.profile}: ${g.target} / ${g.actual || '(empty)'} / W ${g.weight}${g.manual !== undefined ? ` / 得分 ${g.manual}` : ''}` }));

describe('scoring.tsv', () => {
  test('covers every branch of §3 under every profile', () => {
    const kinds = ['GE', 'GT', 'EQ', 'LE', 'LT', 'BAND', 'RANGE', 'QUAL'];
    for (const profile of profileIds()) {
      const mine = golden.filter((g) => g.profile === profile);
      for (const kind of kinds) expect(mine.filter((g) => g.kind === kind).length).toBeGreaterThan(0);
      // EQ 0 and LE 0, negative actuals, tiers with typed scores in and out of their band, misses of each kind.
      expect(mine.some((g) => g.kind === 'EQ' && /^=?0$/.test(g.target))).toBe(true);
      expect(mine.some((g) => g.kind === 'LE' && g.target === '≤0')).toBe(true);
      for (const kind of ['GE', 'GT', 'EQ', 'LE', 'LT', 'BAND', 'RANGE']) {
        expect(mine.some((g) => g.kind === kind && g.actual.startsWith('-'))).toBe(true);
      }
      expect(mine.some((g) => g.kind === 'LE' && g.target === '≤0' && g.actual.startsWith('-'))).toBe(true);
      expect(mine.some((g) => g.kind === 'QUAL' && g.manual !== undefined && g.score === g.manual)).toBe(true);
      expect(mine.some((g) => g.kind === 'QUAL' && g.manual !== undefined && g.score !== g.manual)).toBe(true);
      for (const kind of ['LE', 'LT', 'BAND', 'RANGE']) {
        expect(mine.some((g) => g.kind === kind && g.status === 'partial')).toBe(true);
      }
      for (const status of STATUSES) expect(mine.some((g) => g.status === status)).toBe(true);
    }
  });

  test.each(cases)('$title', (g) => {
    const row = indicatorRow(g);
    expect(row.target.kind).toBe(g.kind);
    const { result, diagnostics } = scoreIndicator(row, g.weight, getProfile(g.profile), true);
    expect(result.score).toBe(g.score);
    expect(result.status).toBe(g.status);
    if (g.completion === undefined) expect(result.completion).toBeUndefined();
    else expect(result.completion).toBeCloseTo(g.completion, 12);
    // A negative actual counts as 0 and is flagged, except where the sign matters (BAND, RANGE).
    const flagged = diagnostics.some((d) => d.code === 'NEGATIVE_ACTUAL');
    expect(flagged).toBe(g.actual.startsWith('-') && g.kind !== 'BAND' && g.kind !== 'RANGE');
  });
});
