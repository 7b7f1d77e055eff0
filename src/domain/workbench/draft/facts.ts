/** What a draft is built from: the evaluation, the indicator comparison, the profile; and how paths into them resolve. */
import type { Evaluation } from '../../model';
import type { ScoringProfile } from '../../schema/profiles';
import type { IndicatorComparison } from '../compareIndicators';
import type { FactPath, NumberSource } from './draftTypes';

export interface DraftFacts {
  readonly evaluation: Evaluation;
  readonly comparison: IndicatorComparison | undefined;
  readonly profile: ScoringProfile;
}

/** The value at a path (undefined when any step is missing). */
export function resolvePath(facts: unknown, path: FactPath): unknown {
  let at: unknown = facts;
  for (const step of path) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<string | number, unknown>)[step];
  }
  return at;
}

/** The number a source stands for, or undefined when the facts do not give one. */
export function resolveSource(facts: unknown, source: NumberSource): number | undefined {
  switch (source.kind) {
    case 'value': {
      const v = resolvePath(facts, source.path);
      return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
    }
    case 'ratio': {
      const n = resolvePath(facts, source.numerator);
      const d = resolvePath(facts, source.denominator);
      return typeof n === 'number' && typeof d === 'number' && d !== 0 ? n / d : undefined;
    }
    case 'count': {
      const list = resolvePath(facts, source.path);
      if (!Array.isArray(list)) return undefined;
      const where = source.where ?? {};
      return list.filter((item: unknown) =>
        Object.entries(where).every(([key, values]) => values.includes(String(resolvePath(item, key.split('.'))))),
      ).length;
    }
  }
}
