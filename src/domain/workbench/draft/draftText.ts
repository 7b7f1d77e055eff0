/**
 * The draft as numbered lines, the one text the sheet, the .docx and the command line show:
 * headings 一、 / （一） / 1．, paragraphs as they are.
 */
import type { DraftDocument, DraftParagraph, DraftSection } from './draftTypes';
import { segmentText } from './segments';

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 23 → 二十三 (up to 99). */
export function chineseNumeral(n: number): string {
  if (n < 10) return DIGITS[n] ?? String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : (DIGITS[tens] ?? '')}十${ones === 0 ? '' : (DIGITS[ones] ?? '')}`;
}

export type DraftLevel = 1 | 2 | 3;

/** The number before a heading at a level: `一、`, `（一）`, `1．`. */
export function headingNumber(level: DraftLevel, index: number): string {
  if (level === 1) return `${chineseNumeral(index + 1)}、`;
  if (level === 2) return `（${chineseNumeral(index + 1)}）`;
  return `${index + 1}．`;
}

export type DraftLine =
  | { readonly kind: 'title'; readonly text: string; readonly paragraph: DraftParagraph }
  | { readonly kind: 'heading'; readonly level: DraftLevel; readonly number: string; readonly text: string; readonly paragraph: DraftParagraph }
  | { readonly kind: 'paragraph'; readonly text: string; readonly paragraph: DraftParagraph; readonly preface?: boolean };

function sectionLines(s: DraftSection, level: DraftLevel, index: number, out: DraftLine[]): void {
  const number = headingNumber(level, index);
  out.push({ kind: 'heading', level, number, text: `${number}${segmentText(s.heading)}`, paragraph: s.heading });
  for (const p of s.paragraphs) out.push({ kind: 'paragraph', text: segmentText(p), paragraph: p });
  const next: DraftLevel = level === 1 ? 2 : 3;
  s.subsections.forEach((sub, i) => sectionLines(sub, next, i, out));
}

export function draftLines(draft: DraftDocument): DraftLine[] {
  const out: DraftLine[] = [{ kind: 'title', text: segmentText(draft.title), paragraph: draft.title }];
  for (const p of draft.preface) out.push({ kind: 'paragraph', text: segmentText(p), paragraph: p, preface: true });
  draft.sections.forEach((s, i) => sectionLines(s, 1, i, out));
  return out;
}

/** The whole draft as plain text, one line per heading or paragraph. */
export function draftPlainText(draft: DraftDocument): string {
  return draftLines(draft)
    .map((l) => l.text)
    .join('\n');
}
