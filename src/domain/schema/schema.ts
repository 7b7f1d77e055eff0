/** Matching 一级/二级 labels against a profile's indicator schema (DOMAIN.md §1.4). */
import type { Level1Spec, Level2Spec, ScoringProfile } from './profiles';

export type Level2Match =
  | { readonly kind: 'ok'; readonly level2: Level2Spec }
  | { readonly kind: 'unknown' }
  /** A known 二级 that belongs to another 一级. */
  | { readonly kind: 'wrongParent'; readonly level2: Level2Spec; readonly parent: Level1Spec };

export function matchLevel1(profile: ScoringProfile, label: string): Level1Spec | undefined {
  return profile.level1.find((l1) => l1.name === label || l1.aliases.includes(label));
}

function level2Matches(spec: Level2Spec, label: string): boolean {
  return spec.name === label || spec.aliases.includes(label);
}

export function matchLevel2(profile: ScoringProfile, level1: Level1Spec | undefined, label: string): Level2Match {
  if (level1) {
    const own = level1.level2.find((l2) => level2Matches(l2, label));
    if (own) return { kind: 'ok', level2: own };
  }
  for (const parent of profile.level1) {
    if (parent === level1) continue;
    const other = parent.level2.find((l2) => level2Matches(l2, label));
    if (other) return level1 ? { kind: 'wrongParent', level2: other, parent } : { kind: 'ok', level2: other };
  }
  return { kind: 'unknown' };
}

/** All 二级 canonical names, for the template's drop-down. */
export function allLevel2Names(profile: ScoringProfile): string[] {
  return profile.level1.flatMap((l1) => l1.level2.map((l2) => l2.name));
}
