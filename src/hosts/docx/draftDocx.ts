/**
 * 评价报告（草稿） as a Word document (the `docx` package), laid out as 公文 are: A4 with the margins of
 * GB/T 9704 (top 37 mm, bottom 35 mm, left 28 mm, right 26 mm), the title in 黑体 二号 (公文 set it in
 * 小标宋, which many offices have not installed; 黑体 every Chinese Windows and WPS has), headings 一、
 * in 黑体 and （一） in 楷体, 1． bold and the body in 仿宋 三号 with a
 * fixed 28-point line and a first-line indent of two characters, page numbers `— 1 —` at the foot.
 * Every run names its East-Asian font (and Times New Roman for Latin and digits), so Word and WPS
 * never fall back to a Western font for the Chinese text. `【请补充】` blanks are highlighted.
 * The text is draftLines' text, the same as the 评价报告（草稿） sheet's.
 */
import { AlignmentType, Document, Footer, LineRuleType, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import type { DraftDocument, DraftParagraph } from '../../domain/workbench/draft/draftTypes';
import { draftLines, type DraftLine } from '../../domain/workbench/draft/draftText';

/** Half-points: 二号 22 pt, 三号 16 pt, 四号 14 pt. */
const SIZE = { title: 44, body: 32, small: 28 } as const;
const FONT = {
  title: '黑体',
  level1: '黑体',
  level2: '楷体',
  body: '仿宋',
  latin: 'Times New Roman',
} as const;
/** 1 mm in twips. */
const MM = 56.6929;
/** A fixed line of 28 pt (twips). */
const LINE = 560;

function font(eastAsia: string): { ascii: string; hAnsi: string; eastAsia: string; cs: string; hint: 'eastAsia' } {
  return { ascii: FONT.latin, hAnsi: FONT.latin, eastAsia, cs: FONT.latin, hint: 'eastAsia' };
}

interface RunStyle {
  readonly font: string;
  readonly size: number;
  readonly bold?: boolean;
}

function runs(paragraph: DraftParagraph, style: RunStyle, prefix = ''): TextRun[] {
  const base = { font: font(style.font), size: style.size, bold: style.bold ?? false, language: { eastAsia: 'zh-CN' } };
  const out: TextRun[] = [];
  if (prefix !== '') out.push(new TextRun({ ...base, text: prefix }));
  for (const s of paragraph) {
    out.push(new TextRun({ ...base, text: s.text, ...(s.kind === 'blank' ? { highlight: 'yellow' } : {}) }));
  }
  return out;
}

const SPACING = { line: LINE, lineRule: LineRuleType.EXACT } as const;
/** Two characters of 三号 (Word reads the characters, LibreOffice the twips). */
const FIRST_LINE = { firstLineChars: 200, firstLine: 640 } as const;

function paragraphOf(line: DraftLine): Paragraph {
  switch (line.kind) {
    case 'title':
      return new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { line: 700, lineRule: LineRuleType.EXACT, after: 560 },
        children: runs(line.paragraph, { font: FONT.title, size: SIZE.title }),
      });
    case 'heading': {
      const style: RunStyle =
        line.level === 1
          ? { font: FONT.level1, size: SIZE.body }
          : line.level === 2
            ? { font: FONT.level2, size: SIZE.body }
            : { font: FONT.body, size: SIZE.body, bold: true };
      return new Paragraph({
        spacing: SPACING,
        indent: FIRST_LINE,
        keepNext: true,
        children: runs(line.paragraph, style, line.number),
      });
    }
    case 'paragraph':
      return new Paragraph({
        spacing: SPACING,
        indent: FIRST_LINE,
        // Left, not justified: LibreOffice (and WPS on Linux) squeeze a line-end comma out of a
        // justified CJK line, so the printed text would lose punctuation the draft has.
        alignment: AlignmentType.LEFT,
        children: runs(line.paragraph, { font: FONT.body, size: line.preface ? SIZE.small : SIZE.body }),
      });
  }
}

export function draftDocument(draft: DraftDocument): Document {
  return new Document({
    creator: '绩效评价助手',
    title: draft.title.map((s) => s.text).join(''),
    styles: {
      default: { document: { run: { font: font(FONT.body), size: SIZE.body, language: { eastAsia: 'zh-CN' } } } },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: Math.round(37 * MM), bottom: Math.round(35 * MM), left: Math.round(28 * MM), right: Math.round(26 * MM) },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({ font: font(FONT.body), size: SIZE.small, children: ['— ', PageNumber.CURRENT, ' —'] }),
                ],
              }),
            ],
          }),
        },
        children: draftLines(draft).map(paragraphOf),
      },
    ],
  });
}

/** The .docx file's bytes. */
export async function draftDocx(draft: DraftDocument): Promise<Uint8Array> {
  return Packer.pack(draftDocument(draft), 'uint8array');
}

/** The file name officers expect: `项目名称-评价报告（草稿）.docx`, without characters a file name cannot hold. */
export function draftFileName(draft: DraftDocument): string {
  const title = draft.title.map((s) => s.text).join('').replace(/[\\/:*?"<>|\r\n\t]/g, '_');
  return `${title}.docx`;
}
