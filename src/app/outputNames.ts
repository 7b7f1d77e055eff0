/**
 * Which sheet each output goes to. An output replaces the sheet of its name only when the add-in
 * created that sheet (the ownership record); a same-named sheet of the user's is never touched —
 * the output goes to `名称(2)`, `名称(3)`… and an OUTPUT_NAME_TAKEN note says so.
 */
import { sameSheetName } from '../domain/address';
import type { WorkbookSnapshot } from './ports';
import type { Diagnostic } from '../domain/diagnostics/types';
import { diag } from '../domain/diagnostics/create';
import { OUTPUT_ROLES, OUTPUT_SHEET_NAMES, type OutputRole } from '../domain/output/planTypes';

export interface OutputNames {
  readonly names: Readonly<Record<OutputRole, string>>;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Names for every role; OUTPUT_NAME_TAKEN only for the roles this run writes (`written`: a
 * self-evaluation does not write the 绩效运行监控表, so a user's sheet of that name is no news).
 */
export function resolveOutputNames(snapshot: WorkbookSnapshot, written: readonly OutputRole[] = OUTPUT_ROLES): OutputNames {
  const existing = snapshot.sheets.map((s) => s.name);
  const owned = snapshot.ownedSheets;
  const isForeign = (name: string): boolean =>
    existing.some((e) => sameSheetName(e, name)) && !owned.some((o) => sameSheetName(o, name));
  const taken = new Set<string>();
  const names = {} as Record<OutputRole, string>;
  const diagnostics: Diagnostic[] = [];
  for (const role of OUTPUT_ROLES) {
    const preferred = OUTPUT_SHEET_NAMES[role];
    let name = preferred;
    for (let i = 2; isForeign(name) || taken.has(name.toLocaleUpperCase()); i++) name = `${preferred}(${i})`;
    if (name !== preferred && written.includes(role)) diagnostics.push(diag('OUTPUT_NAME_TAKEN', { sheet: preferred }, { name: preferred, used: name }));
    taken.add(name.toLocaleUpperCase());
    names[role] = name;
  }
  return { names, diagnostics };
}

/** Whether the add-in owns a sheet of a role's name (`指标调整对比`, or a suffixed `指标调整对比(2)`). */
export function ownsRoleSheet(snapshot: WorkbookSnapshot, role: OutputRole): boolean {
  const preferred = OUTPUT_SHEET_NAMES[role];
  return snapshot.ownedSheets.some((o) => {
    if (sameSheetName(o, preferred)) return true;
    const suffix = o.slice(preferred.length);
    return sameSheetName(o.slice(0, preferred.length), preferred) && /^\(\d+\)$/.test(suffix);
  });
}

/** The ownership record after writing `written`: what was owned before, plus what was written. */
export function ownedAfter(snapshot: WorkbookSnapshot, written: readonly string[]): string[] {
  const out = [...snapshot.ownedSheets];
  for (const name of written) if (!out.some((o) => sameSheetName(o, name))) out.push(name);
  return out;
}
