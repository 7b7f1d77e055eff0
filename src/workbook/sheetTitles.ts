/**
 * The title rows of a sheet, for TITLE_PROJECT_MISMATCH: the text cells above the sheet's first block
 * (project labels, funds grid, goals, a table header). The form's own words are never a title that
 * names another project (DOMAIN.md §8.11): the form's name (项目支出绩效自评表, 绩效目标自评表, …), the
 * year line `（2022年度）`, `附件：` / `附表2`, a `label：value` cell and a `单位：元` line.
 */
import type { SheetGrid } from '../domain/grid';
import type { CellRef } from '../domain/model';
import { normalizeText } from '../domain/text/normalize';

const YEAR_LINE = /^[(（]?\d{4}年度?[)）]?$/;
const ATTACHMENT = /^(附件|附表)[0-9一二三四五六七八九十]*[:：]?$/;
const UNIT_LINE = /^单位[:：]?(万元|元)$/;
/** The form's own name, with its year, region and bracketed remarks removed. */
const FORM_NAME = /^(部门预算|部门|政府性基金|专项资金)?(项目支出|项目|支出)?绩效(目标)?(自评|自我评价|评价|运行监控|监控|跟踪)(表|结果|情况表|报告)$/;

/** True for the form's own words above its blocks. */
export function isFormWord(text: string): boolean {
  const t = normalizeText(text);
  if (t === '' || YEAR_LINE.test(t) || ATTACHMENT.test(t) || UNIT_LINE.test(t)) return true;
  // `报表编号：…`, `填报日期：…`: a label and its value.
  if (/^[^:：]{1,12}[:：]/.test(t)) return true;
  const core = t
    .replace(/^(附件|附表)[0-9一二三四五六七八九十]*[:：]?/, '')
    .replace(/^\d{4}年度?/, '')
    .replace(/[(（][^()（）]*[)）]$/, '')
    .replace(/[(（]?\d{4}年度?[)）]?$/, '');
  return FORM_NAME.test(core);
}

/** A title is a line, not a paragraph: longer texts above a table are not judged. */
const MAX_TITLE = 200;
/** Titles stand in the first rows of a sheet. */
const TITLE_ROWS = 40;

/** Text cells above row `firstBlockRow` (exclusive, within the first rows) that are not the form's own words. */
export function sheetTitles(grid: SheetGrid, firstBlockRow: number): { text: string; ref: CellRef }[] {
  const titles: { text: string; ref: CellRef }[] = [];
  for (let r = 0; r < Math.min(firstBlockRow, grid.values.length, TITLE_ROWS); r++) {
    const row = grid.values[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v !== 'string' || v.length > MAX_TITLE || v.trim() === '' || isFormWord(v)) continue;
      titles.push({ text: v.trim(), ref: { sheet: grid.name, row: r, col: c } });
    }
  }
  return titles;
}
