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

/** A monitoring form's name: `项目支出绩效运行监控表`, `黄石市项目支出绩效监控表（申遗）`, `绩效目标执行监控表`, `绩效跟踪表`. */
const TRACKING_FORM = /(监控|跟踪)[^，。；,;]{0,8}表$/u;
const YEAR_IN_HEADING = /((?:19|20)\d{2})年度?/u;

export interface FormHeading {
  /** The title naming a monitoring form (DOMAIN.md §9: tracking mode's evidence). */
  readonly trackingTitle?: { readonly text: string; readonly ref: CellRef };
  /** The year of the year line `（2019年度）` or of the title (`2021年度…监控表`). */
  readonly year?: { readonly value: number; readonly ref: CellRef };
}

/**
 * The heading of a form above its first block (`firstBlockRow`, exclusive): whether its title names a
 * monitoring form (绩效监控表, 运行监控表, 绩效跟踪表 — the tracking forms of 财预〔2019〕136号 as units
 * publish them), and the year its year line or title gives. A `label：value` cell (`评价类型：绩效跟踪`) is
 * no title; text inside a sentence is not one either (a title is short).
 */
export function formHeading(grid: SheetGrid, firstBlockRow: number): FormHeading {
  let trackingTitle: FormHeading['trackingTitle'];
  let year: FormHeading['year'];
  for (let r = 0; r < Math.min(firstBlockRow, grid.values.length, TITLE_ROWS); r++) {
    const row = grid.values[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v !== 'string' || v.length > 60 || v.trim() === '') continue;
      const t = normalizeText(v);
      if (/[:：，。；,;]/u.test(t)) continue;
      const core = t.replace(/([(（][^()（）]*[)）])+$/u, '');
      const ref = { sheet: grid.name, row: r, col: c };
      const isTrackingTitle = /绩效|项目|支出|预算/u.test(core) && TRACKING_FORM.test(core);
      if (!trackingTitle && isTrackingTitle) trackingTitle = { text: v.trim(), ref };
      const y = YEAR_LINE.test(t) || isTrackingTitle || isFormWord(v) ? YEAR_IN_HEADING.exec(t)?.[1] : undefined;
      if (!year && y !== undefined) year = { value: Number(y), ref };
    }
  }
  return { ...(trackingTitle ? { trackingTitle } : {}), ...(year ? { year } : {}) };
}
