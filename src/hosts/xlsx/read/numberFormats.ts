/**
 * Number formats by style: the style sheet's cell formats (`cellXfs`, indexed by a cell's `s`) point at a
 * number format id, which is either one of the workbook's own (`numFmts`) or built in. Format codes are
 * kept exactly as written (backslash escapes included: `0\%` shows a literal percent sign).
 */
import { parseXml } from './xmlStream';

/**
 * Built-in formats (ECMA-376 Part 1, 18.8.30), with the codes a Chinese (zh-CN) Excel shows for the ids
 * whose meaning depends on the locale (currency 5–8, accounting 41–44, dates and times 27–36 and 50–58).
 */
const BUILT_IN: Readonly<Record<number, string>> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  5: '"¥"#,##0;"¥"\\-#,##0',
  6: '"¥"#,##0;[Red]"¥"\\-#,##0',
  7: '"¥"#,##0.00;"¥"\\-#,##0.00',
  8: '"¥"#,##0.00;[Red]"¥"\\-#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy h:mm',
  27: 'yyyy"年"m"月"',
  28: 'm"月"d"日"',
  29: 'm"月"d"日"',
  30: 'm-d-yy',
  31: 'yyyy"年"m"月"d"日"',
  32: 'h"时"mm"分"',
  33: 'h"时"mm"分"ss"秒"',
  34: '上午/下午h"时"mm"分"',
  35: '上午/下午h"时"mm"分"ss"秒"',
  36: 'yyyy"年"m"月"',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  41: '_ * #,##0_ ;_ * \\-#,##0_ ;_ * "-"_ ;_ @_ ',
  42: '_ "¥"* #,##0_ ;_ "¥"* \\-#,##0_ ;_ "¥"* "-"_ ;_ @_ ',
  43: '_ * #,##0.00_ ;_ * \\-#,##0.00_ ;_ * "-"??_ ;_ @_ ',
  44: '_ "¥"* #,##0.00_ ;_ "¥"* \\-#,##0.00_ ;_ "¥"* "-"??_ ;_ @_ ',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
  50: 'yyyy"年"m"月"',
  51: 'm"月"d"日"',
  52: 'yyyy"年"m"月"',
  53: 'm"月"d"日"',
  54: 'm"月"d"日"',
  55: '上午/下午h"时"mm"分"',
  56: '上午/下午h"时"mm"分"ss"秒"',
  57: 'yyyy"年"m"月"',
  58: 'm"月"d"日"',
};

export function builtInFormat(id: number): string | undefined {
  return BUILT_IN[id];
}

/** Format code per cell style index; `undefined` entries (and styles past the end) are General. */
export type StyleFormats = readonly (string | undefined)[];

export function readStyleFormats(part: string, bytes: Uint8Array): StyleFormats {
  const custom = new Map<number, string>();
  const ids: number[] = [];
  let inCellXfs = false;
  let inNumFmts = false;
  parseXml(part, bytes, {
    open(name, attributes) {
      switch (name) {
        case 'numFmts':
          inNumFmts = true;
          break;
        case 'numFmt': {
          const id = Number(attributes.numFmtId);
          if (inNumFmts && Number.isInteger(id) && attributes.formatCode !== undefined) custom.set(id, attributes.formatCode);
          break;
        }
        case 'cellXfs':
          inCellXfs = true;
          break;
        case 'xf':
          if (inCellXfs) ids.push(Number(attributes.numFmtId ?? 0));
          break;
        default:
          break;
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
      else if (name === 'numFmts') inNumFmts = false;
    },
  });
  return ids.map((id) => {
    const code = custom.get(id) ?? builtInFormat(id);
    return code === undefined || code.toLowerCase() === 'general' ? undefined : code;
  });
}
