/**
 * TITLE_PROJECT_MISMATCH: a title row that names another project (the seed's
 * `表1 档案管理专项项目支出明细表` in a 招商引资 workbook). A title names a project when it contains
 * `项目`; it matches when it contains the project name or the name's core (without the year and
 * the 专项/项目 ending). Titles without `项目` are not judged.
 */
import type { CellRef } from '../model';
import type { Diagnostic } from '../diagnostics/types';
import { diag } from '../diagnostics/create';
import { normalizeText } from '../text/normalize';

/** `2021年度招商引资专项项目` → `招商引资`. */
export function projectCore(name: string): string {
  return normalizeText(name)
    .replace(/^\d{4}年度?/, '')
    .replace(/(专项资金|专项经费|专项项目|项目|专项|经费|资金)+$/, '');
}

export function checkTitles(
  titles: readonly { readonly text: string; readonly ref: CellRef }[],
  projectName: string | undefined,
): Diagnostic[] {
  if (!projectName) return [];
  const full = normalizeText(projectName);
  const core = projectCore(projectName);
  const out: Diagnostic[] = [];
  for (const title of titles) {
    const t = normalizeText(title.text);
    if (!t.includes('项目') || t === full) continue;
    if (t.includes(full) || (core.length >= 2 && t.includes(core))) continue;
    out.push(
      diag('TITLE_PROJECT_MISMATCH', { sheet: title.ref.sheet, row: title.ref.row, col: title.ref.col }, {
        title: title.text,
        project: projectName,
      }),
    );
  }
  return out;
}
