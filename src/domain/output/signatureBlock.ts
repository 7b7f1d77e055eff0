/**
 * The signature block printed under the 绩效自评表 (DOMAIN.md §5, "Printed and submitted"): where the
 * unit stamps the form and its head, its finance head and the person who filled it in sign, with a
 * telephone number and the date. A value given in 项目信息 is printed after its label; otherwise the
 * label is followed by blank space to write in by hand (the date as `年 月 日`).
 */
import type { ProjectInfo } from '../model';

/** What 项目信息 gives for the signature block (each field optional). */
export interface SignatureValues {
  /** 填报单位 */
  readonly fillingUnit?: string;
  /** 单位负责人 */
  readonly unitHead?: string;
  /** 财务负责人 */
  readonly financeHead?: string;
  /** 填报人 */
  readonly filler?: string;
  /** 联系电话 */
  readonly phone?: string;
  /** 填报日期, ISO (YYYY-MM-DD) or as written. */
  readonly fillDate?: string;
}

/** What 项目信息 gives for the signature block. */
export function signatureOf(p: ProjectInfo | undefined): SignatureValues {
  if (!p) return {};
  const out: { -readonly [K in keyof SignatureValues]: SignatureValues[K] } = {};
  for (const key of ['fillingUnit', 'unitHead', 'financeHead', 'filler', 'phone', 'fillDate'] as const) {
    const value = p[key];
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/** The labels, in the order of the printed lines. */
export const SIGNATURE_LABELS = ['填报单位（盖章）', '单位负责人', '财务负责人', '填报人', '联系电话', '填报日期'] as const;

/** Blank space to write a date in by hand. */
export const BLANK_DATE = '      年    月    日';

/** `2022-01-10` → `2022年1月10日`; anything else as written. */
export function printedDate(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m ? `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日` : value;
}

function line(label: string, value: string | undefined): string {
  const text = value?.trim() ?? '';
  return `${label}：${text}`;
}

/** The two printed lines, three texts each: 填报单位 / 单位负责人 / 财务负责人, then 填报人 / 联系电话 / 填报日期. */
export function signatureLines(values: SignatureValues): readonly [readonly string[], readonly string[]] {
  const date = values.fillDate?.trim() ? printedDate(values.fillDate.trim()) : BLANK_DATE;
  return [
    [line('填报单位（盖章）', values.fillingUnit), line('单位负责人', values.unitHead), line('财务负责人', values.financeHead)],
    [line('填报人', values.filler), line('联系电话', values.phone), `填报日期：${date}`],
  ];
}
