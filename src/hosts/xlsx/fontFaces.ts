/**
 * What SpreadsheetML stores beside a font's name (ECMA-376 §18.8.18 family, §18.4.1 charset): the
 * Chinese faces the outputs use are family 3 (modern) with the GB2312 character set (134), as Excel
 * writes them, so a reader without the face picks a Chinese substitute rather than a Latin one.
 */
const CHINESE_FACES = /^(宋体|新宋体|黑体|仿宋|楷体|等线|微软雅黑|方正.*|华文.*|simsun|simhei|fangsong|kaiti|dengxian|microsoft yahei)$/i;

export function fontFamily(name: string): number | undefined {
  return CHINESE_FACES.test(name) ? 3 : name.toLowerCase() === 'calibri' ? 2 : undefined;
}

export function fontCharset(name: string): number | undefined {
  return CHINESE_FACES.test(name) ? 134 : undefined;
}
