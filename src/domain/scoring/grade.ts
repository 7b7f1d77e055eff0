/** 评价等级 (DOMAIN.md §3.7): the profile's thresholds, best first (优 ≥ 90, 良 ≥ 80, 中 ≥ 60, else 差). */
import type { Grade } from '../model';
import type { ScoringProfile } from '../schema/profiles';

export function gradeOf(total: number, profile: ScoringProfile): Grade {
  for (const g of profile.grades) if (total >= g.min - 1e-9) return g.grade;
  return '差';
}
