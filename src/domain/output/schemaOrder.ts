/**
 * The order the printed form lists indicators in (DOMAIN.md §5): 一级 and 二级 as the profile's schema
 * lists them (产出 数量, 质量, 时效, 成本; 效益 经济, 社会, 生态, 可持续影响; 满意度), whatever order the
 * input sheet has them in; within a 二级 the input's order. Labels the schema does not know keep
 * their input order after the known ones of their 一级 (unknown 一级 after every known one).
 */
import type { IndicatorResult } from '../model';
import { matchLevel1, matchLevel2 } from '../schema/schema';
import { getProfile, profileIds } from '../schema/profiles';

export function inSchemaOrder(indicators: readonly IndicatorResult[], profileId: string): IndicatorResult[] {
  if (!profileIds().includes(profileId)) return [...indicators];
  const profile = getProfile(profileId);
  const keyed = indicators.map((r, index) => {
    const l1 = matchLevel1(profile, r.row.level1);
    const i1 = l1 ? profile.level1.indexOf(l1) : profile.level1.length;
    const m2 = matchLevel2(profile, l1, r.row.level2);
    const i2 = m2.kind === 'ok' && l1 ? l1.level2.indexOf(m2.level2) : Number.MAX_SAFE_INTEGER;
    return { r, i1, i2: i2 < 0 ? Number.MAX_SAFE_INTEGER : i2, index };
  });
  // Unknown labels keep the place where they first appear, so a label's rows stay together.
  const firstSeen = new Map<string, number>();
  for (const k of keyed) {
    const l1 = k.r.row.level1;
    const pair = `${l1}\u0000${k.r.row.level2}`;
    if (!firstSeen.has(l1)) firstSeen.set(l1, k.index);
    if (!firstSeen.has(pair)) firstSeen.set(pair, k.index);
  }
  const seen = (key: string): number => firstSeen.get(key) ?? 0;
  keyed.sort(
    (a, b) =>
      a.i1 - b.i1 ||
      seen(a.r.row.level1) - seen(b.r.row.level1) ||
      a.i2 - b.i2 ||
      seen(`${a.r.row.level1}\u0000${a.r.row.level2}`) - seen(`${b.r.row.level1}\u0000${b.r.row.level2}`) ||
      a.index - b.index,
  );
  return keyed.map((k) => k.r);
}
