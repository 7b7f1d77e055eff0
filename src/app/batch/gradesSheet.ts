/**
 * 等级分布: how many projects got each grade, final and provisional apart, with a stacked column chart
 * over the same cells (an Excel chart: it prints, and follows an edit of the counts).
 */
import type { Grade } from '../../domain/model';
import { FORMAT, PALETTE, SheetBuilder } from '../../domain/output/sheetBuilder';
import { SUMMARY_SHEET_NAMES, gradeFills, type SummaryInput, type SummarySheet } from './summaryTypes';
import { titleBlock } from './titleBlock';

const GRADES: readonly Grade[] = ['优', '良', '中', '差'];
const HEADERS = ['等级', '正式', '暂定', '合计', '占比'] as const;
const WIDTHS = [18, 12, 12, 12, 12] as const;
const HEADER_ROW = 2;
const FIRST = HEADER_ROW + 1;
const SERIES_COLORS = { final: '#2F5597', provisional: '#ED7D31' } as const;

/** `优 ≥ 90 分，良 ≥ 80 分，…，差 < 60 分` from the profile's thresholds. */
function thresholds(input: SummaryInput): string {
  const grades = input.profile.grades;
  return grades
    .map((g, i) => (i === grades.length - 1 ? `${g.grade} < ${grades[i - 1]?.min ?? g.min} 分` : `${g.grade} ≥ ${g.min} 分`))
    .join('，');
}

export function buildGradesSheet(input: SummaryInput): SummarySheet {
  const last = HEADERS.length - 1;
  const b = new SheetBuilder('summaryGrades', SUMMARY_SHEET_NAMES.grades, HEADERS.length).columnWidths(WIDTHS);
  titleBlock(b, '等级分布', `按总分评定：${thresholds(input)}。暂定：存在错误，修正后须重新计算。`, last);
  HEADERS.forEach((h, i) => b.text(HEADER_ROW, i, h));
  b.style(HEADER_ROW, 0, HEADER_ROW, last, { bold: true, fill: PALETTE.header, hAlign: 'center', border: true });

  const final: number[] = GRADES.map(() => 0);
  const provisional: number[] = GRADES.map(() => 0);
  let unscored = 0;
  let unreadable = 0;
  for (const e of input.entries) {
    if (e.kind === 'unreadable') unreadable++;
    else if (!e.scored) unscored++;
    else {
      const i = GRADES.indexOf(e.grade);
      const counts = e.provisional ? provisional : final;
      counts[i] = (counts[i] ?? 0) + 1;
    }
  }
  const scored = final.reduce((s, n) => s + n, 0) + provisional.reduce((s, n) => s + n, 0);
  GRADES.forEach((grade, i) => {
    const f = final[i] ?? 0;
    const p = provisional[i] ?? 0;
    const row = FIRST + i;
    b.text(row, 0, grade).cells(row, 1, [f, p, f + p]);
    b.number(row, 4, scored > 0 ? (f + p) / scored : undefined, FORMAT.percent2);
  });
  const totalRow = FIRST + GRADES.length;
  const sum = (counts: readonly number[]): number => counts.reduce((s, n) => s + n, 0);
  b.text(totalRow, 0, '合计').cells(totalRow, 1, [sum(final), sum(provisional), scored]);
  b.number(totalRow, 4, scored > 0 ? 1 : undefined, FORMAT.percent2);
  b.style(FIRST, 0, totalRow, last, { border: true, hAlign: 'center' });
  b.style(totalRow, 0, totalRow, last, { bold: true, fill: PALETTE.label });

  const otherRow = totalRow + 2;
  b.text(otherRow, 0, '未评分（无绩效指标表）').number(otherRow, 3, unscored);
  b.text(otherRow + 1, 0, '无法读取').number(otherRow + 1, 3, unreadable);
  b.text(otherRow + 2, 0, '文件合计').number(otherRow + 2, 3, input.entries.length);
  b.style(otherRow, 0, otherRow + 2, last, { border: true });
  b.style(otherRow, 3, otherRow + 2, 3, { hAlign: 'center' });
  b.style(otherRow + 2, 0, otherRow + 2, last, { bold: true });

  const chartTop = otherRow + 4;
  const anchor = { top: chartTop, left: 0, bottom: chartTop + 20, right: HEADERS.length };
  const categories = { top: FIRST, left: 0, bottom: FIRST + GRADES.length - 1, right: 0 };
  // The chart below the cells prints too.
  b.page({ orientation: 'portrait', printArea: { top: 0, left: 0, bottom: anchor.bottom, right: last } });
  return {
    plan: b.build(),
    conditionalFills: gradeFills(categories),
    chart: {
      title: '各等级项目数',
      categories,
      series: [
        { nameCell: { row: HEADER_ROW, col: 1 }, name: '正式', values: { ...categories, left: 1, right: 1 }, color: SERIES_COLORS.final },
        { nameCell: { row: HEADER_ROW, col: 2 }, name: '暂定', values: { ...categories, left: 2, right: 2 }, color: SERIES_COLORS.provisional },
      ],
      stacked: true,
      anchor,
      cache: { categories: [...GRADES], values: [final, provisional] },
    },
  };
}
