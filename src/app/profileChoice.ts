/**
 * Which scoring profile a run uses (DOMAIN.md §6): the one chosen for this run (the command line's
 * `--profile`, the pane's drop-down), else the one remembered in the workbook, else the one the
 * sheets' own labels name (`PROFILE_DETECTED`), else `central`.
 */
import type { SheetGrid } from '../domain/grid';
import type { Diagnostic } from '../domain/diagnostics/types';
import type { ScoringProfile } from '../domain/schema/profiles';
import { DEFAULT_PROFILE_ID, getProfile, isProfileId } from '../domain/schema/profiles';
import { detectProfile } from '../domain/schema/detectProfile';
import { diag } from '../domain/diagnostics/create';
import { sheetCellRef } from '../domain/address';

/** How the profile was arrived at: shown beside its name (`自动识别` for a detected one). */
export type ProfileSource = 'chosen' | 'remembered' | 'detected' | 'default';

export interface ProfileChoice {
  readonly profile: ScoringProfile;
  readonly source: ProfileSource;
  /** `PROFILE_DETECTED` when the sheets decided. */
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * `chosen`: this run's explicit id (a usage error upstream when unknown: here it throws, a programming
 * error). `remembered`: the workbook's setting; an id this version does not know is ignored.
 */
export function chooseProfile(
  sheets: readonly SheetGrid[],
  chosen: string | undefined,
  remembered: string | undefined,
): ProfileChoice {
  if (chosen !== undefined) return { profile: getProfile(chosen), source: 'chosen', diagnostics: [] };
  if (remembered !== undefined && isProfileId(remembered)) {
    return { profile: getProfile(remembered), source: 'remembered', diagnostics: [] };
  }
  const detected = detectProfile(sheets);
  if (detected) {
    const { budget, indicators } = detected;
    const d = diag('PROFILE_DETECTED', budget, {
      profile: detected.profile,
      budgetCell: sheetCellRef(budget.sheet, budget.row, budget.col),
      budgetLabel: budget.text,
      indicatorCell: sheetCellRef(indicators.sheet, indicators.row, indicators.col),
      indicatorLabel: indicators.text,
    });
    return { profile: getProfile(detected.profile), source: 'detected', diagnostics: [d] };
  }
  return { profile: getProfile(DEFAULT_PROFILE_ID), source: 'default', diagnostics: [] };
}
