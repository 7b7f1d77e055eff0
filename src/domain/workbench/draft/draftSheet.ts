/**
 * 评价报告（草稿） as a sheet: the numbered lines of the draft in column A (wrapped, for print), and in
 * column B the cells each paragraph's numbers and copied texts come from, so an officer can check any
 * figure. Paragraphs with a `【请补充】` are filled amber. Title, a header row (frozen), the lines.
 */
import type { CellRef } from '../../model';
import type { SheetPlan } from '../../output/planTypes';
import type { DraftDocument, DraftParagraph } from './draftTypes';
import { toA1 } from '../../address';
import { estimateRowHeight, PALETTE, SheetBuilder } from '../../output/sheetBuilder';
import { draftLines } from './draftText';

export const DRAFT_HEADERS = ['报告正文', '数据来源（单元格）'] as const;

const WIDTHS = [84, 30] as const;
/** Two ideographic spaces: the first-line indent of a Chinese paragraph. */
export const PARAGRAPH_INDENT = '\u3000\u3000';

/**
 * The distinct cells a paragraph's numbers, dates and copied texts come from, by sheet in the order
 * first named: `项目信息!B8、B9；支出明细!C6`.
 */
export function paragraphSources(paragraph: DraftParagraph): string {
  const refs: CellRef[] = [];
  for (const s of paragraph) {
    if (s.kind === 'cell') refs.push(s.cell);
    if (s.kind === 'number' || s.kind === 'date') refs.push(...s.cells);
  }
  const bySheet = new Map<string, string[]>();
  for (const r of refs) {
    const cells = bySheet.get(r.sheet) ?? [];
    const a1 = toA1(r.row, r.col);
    if (!cells.includes(a1)) cells.push(a1);
    bySheet.set(r.sheet, cells);
  }
  return [...bySheet].map(([sheet, cells]) => `${sheet}!${cells.join('、')}`).join('；');
}

function hasBlank(paragraph: DraftParagraph): boolean {
  return paragraph.some((s) => s.kind === 'blank');
}

export function buildDraftSheet(draft: DraftDocument, name: string): SheetPlan {
  const b = new SheetBuilder('draft', name, WIDTHS.length).columnWidths(WIDTHS);
  const lines = draftLines(draft);
  let row = 0;
  for (const line of lines) {
    const sources = paragraphSources(line.paragraph);
    if (line.kind === 'title') {
      b.text(row, 0, line.text).merge(row, 0, row, 1);
      b.style(row, 0, row, 1, { bold: true, fontSize: 16, hAlign: 'center', vAlign: 'middle', wrap: true });
      b.rowHeight(row, Math.max(32, estimateRowHeight(line.text, WIDTHS[0] + WIDTHS[1], 32, 22)));
      row++;
      DRAFT_HEADERS.forEach((h, i) => b.text(row, i, h));
      b.style(row, 0, row, 1, { bold: true, fill: PALETTE.header, hAlign: 'center', border: true });
      b.freeze(row + 1, 0);
      row++;
      continue;
    }
    const text = line.kind === 'paragraph' ? `${PARAGRAPH_INDENT}${line.text}` : line.text;
    b.text(row, 0, text).text(row, 1, sources);
    if (line.kind === 'heading') b.style(row, 0, row, 0, { bold: true, fontSize: line.level === 1 ? 13 : 12 });
    if (line.kind === 'paragraph' && line.preface) b.style(row, 0, row, 0, { italic: true, fontColor: PALETTE.muted });
    if (hasBlank(line.paragraph)) b.style(row, 0, row, 0, { fill: PALETTE.warning });
    const height = Math.max(estimateRowHeight(text, WIDTHS[0]), estimateRowHeight(sources, WIDTHS[1]));
    if (height > 18) b.rowHeight(row, height);
    row++;
  }
  if (row > 2) {
    b.style(2, 0, row - 1, 1, { wrap: true, vAlign: 'top' });
    b.style(2, 1, row - 1, 1, { fontColor: PALETTE.muted, fontSize: 9 });
  }
  return b.build();
}
