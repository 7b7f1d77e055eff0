/**
 * 评价报告（草稿） of the seed (DOMAIN.md §10.3): every section; every number traced to the evaluation
 * (and to its cell, where it is one); every copied text equal to its cell; the draft's own words hold
 * no digit; facts the workbook lacks are 【请补充】.
 */
import type { WorkbookSnapshot } from '../../src/app/ports';
import { evaluateSnapshot, type RunResult } from '../../src/app/useCases';
import { WORKBENCH } from '../../src/app/workbench';
import type { DraftDocument } from '../../src/domain/workbench/draft/draftTypes';
import type { DraftParagraph, DraftSegment, FactPath, NumberSource } from '../../src/domain/workbench/draft/draftTypes';
import { draftLines, draftPlainText } from '../../src/domain/workbench/draft/draftText';
import { getProfile } from '../../src/domain/schema/profiles';
import { displayText } from '../../src/workbook/displayText';
import { cellToIsoDate } from '../../src/workbook/dates';
import { normalizeText } from '../../src/domain/text/normalize';
import { SEED_XLSX, readSnapshot } from '../helpers/fixtures';
import { expectedNumber, factAt, snapshotCell, writtenNumber } from '../helpers/draftTrace';

let snapshot: WorkbookSnapshot;
let result: RunResult;

beforeAll(async () => {
  snapshot = await readSnapshot(SEED_XLSX);
  // The self-evaluation draft (the seed's own mode, tracking, writes the monitoring draft: draftTracking.test.ts).
  result = evaluateSnapshot(snapshot, { workbench: WORKBENCH, mode: 'selfEvaluation' });
});

function draft(of: { readonly draft?: DraftDocument } = result): DraftDocument {
  if (!of.draft) throw new Error('no draft');
  return of.draft;
}

function allParagraphs(): DraftParagraph[] {
  return draftLines(draft()).map((l) => l.paragraph);
}

function allSegments(): DraftSegment[] {
  return allParagraphs().flat();
}

const at = (path: FactPath): unknown => factAt(result, path);
const expected = (source: NumberSource): number => expectedNumber(result, source);
const cellValue = (ref: { sheet: string; row: number; col: number }) => snapshotCell(snapshot, ref);
const written = writtenNumber;

describe('评价报告（草稿） of the seed', () => {
  test('has the six sections, numbered 一、…六、', () => {
    const headings = draftLines(draft()).filter((l) => l.kind === 'heading' && l.level === 1).map((l) => l.text);
    expect(headings).toEqual([
      '一、项目基本情况',
      '二、资金到位及使用情况',
      '三、绩效目标完成情况',
      '四、偏差及原因',
      '五、存在问题及改进建议',
      '六、评价结论',
    ]);
    const text = draftPlainText(draft());
    expect(text).toContain('（一）项目概况');
    expect(text).toContain('1．接洽客商（批次）');
    expect(text.split('\n')[0]).toBe('2021年度招商引资专项项目绩效自评报告（草稿）');
  });

  test('every number is traced to the evaluation, written as its value, and equal to its cell where it is one', () => {
    const numbers = allSegments().filter((s) => s.kind === 'number');
    expect(numbers.length).toBeGreaterThan(60);
    for (const s of numbers) {
      const value = expected(s.source);
      expect(s.value).toBeCloseTo(value, 10);
      const w = written(s.text);
      const shown = w.percent ? value * 100 : value;
      expect(Math.abs(w.value - shown)).toBeLessThanOrEqual(0.5 * 10 ** -w.decimals + 1e-9);
      // A value read from a cell of 项目信息 or 支出明细 is that cell's number.
      if (s.source.kind === 'value' && (s.source.path[1] === 'project' || s.source.path[1] === 'expenses')) {
        expect(s.cells).toHaveLength(1);
        for (const ref of s.cells) expect(cellValue(ref).value).toBe(value);
      }
    }
  });

  test('the figures a reader checks first', () => {
    const text = draftPlainText(draft());
    expect(text).toContain('项目总分62.50分（满分100分），评价等级为“中”');
    expect(text).toContain('预算执行率63.04%');
    expect(text).toContain('全年执行数75.6441万元');
    expect(text).toContain('资金到位数75.64万元，到位率63.03%');
    expect(text).toContain('制作宣传片、招商手册等502,000.00元（占66.4%）');
    expect(text).toContain('“接洽客商（批次）”年度指标值≥320，实际完成值210，完成率65.63%，得2.74分（分值4.17分）');
    expect(text).toContain('因存在4项错误级校验问题');
    expect(text).toContain('新增10项，删除2项，目标值调整5项，表述调整5项');
  });

  test('every copied text is its cell as the user sees it; dates and names come from the workbook', () => {
    const profile = getProfile(result.evaluation.profile);
    const labels = new Set(profile.level1.flatMap((l1) => [l1.name, ...l1.level2.map((l2) => l2.name)]));
    for (const s of allSegments()) {
      if (s.kind === 'cell') {
        const { value, format } = cellValue(s.cell);
        expect(normalizeText(s.text)).toBe(normalizeText(displayText(value, format)));
      } else if (s.kind === 'date') {
        expect(at(s.path)).toBe(s.iso);
        for (const ref of s.cells) expect(cellToIsoDate(cellValue(ref).value)).toBeDefined();
      } else if (s.kind === 'name') {
        if (s.of === 'sheet') expect(snapshot.sheets.map((g) => g.name)).toContain(s.text);
        if (s.of === 'level') expect(labels.has(s.text)).toBe(true);
        if (s.of === 'profile') expect(s.text).toBe(profile.label['zh-CN']);
        if (s.of === 'unit') expect(['次', '天']).toContain(s.text);
      }
    }
  });

  test('the draft\'s own words hold no digit: every digit of the text is in a traced segment or a heading number', () => {
    for (const s of allSegments()) {
      if (s.kind === 'text') expect(s.text).not.toMatch(/[0-9０-９]/);
      if (s.kind === 'blank') expect(s.text).toMatch(/^【请补充(：[^0-9]+)?】$/);
    }
    for (const line of draftLines(draft())) {
      const joined = line.paragraph.map((s) => s.text).join('');
      expect(line.text.endsWith(joined)).toBe(true);
      if (line.kind === 'heading') expect(line.text.slice(0, line.text.length - joined.length)).toBe(line.number);
    }
  });

  test('facts the workbook lacks are blanks: every 偏差原因 (column G is empty), the missing actuals, the conclusion', () => {
    const text = draftPlainText(draft());
    expect(text.match(/偏差原因：【请补充：偏差原因及改进措施】/g)).toHaveLength(8);
    expect(text).toContain('“招商引资成本节约率”年度指标值≤±5%，未填写实际完成值【请补充】');
    expect(text).toContain('评价结论意见：【请补充】');
    expect(text).toContain('指标调整的依据：【请补充】');
  });

  test('problems come from the diagnostics: the uncovered spending, the placeholder, the wrong title', () => {
    const text = draftPlainText(draft());
    expect(text).toContain('支出“制作宣传片、招商手册等”502,000.00元，占支出合计的66.4%，没有绩效指标衡量这笔支出。');
    expect(text).toContain('生态效益指标下未设置三级指标（填写为“无”）。');
    expect(text).toContain('“支出明细”的标题“表1 档案管理专项项目支出明细表”与项目名称“2021年度招商引资专项项目”不符。');
    expect(text).toContain('3项指标未填写实际完成值');
  });

  test('the sheet holds the same lines, with the cells each paragraph comes from', () => {
    const sheet = result.plan.sheets.find((s) => s.role === 'draft');
    if (!sheet) throw new Error('no draft sheet');
    expect(sheet.name).toBe('评价报告（草稿）');
    const column = sheet.values.map((r) => r[0]).filter((v): v is string => typeof v === 'string');
    const lines = draftLines(draft()).map((l) => (l.kind === 'paragraph' ? `\u3000\u3000${l.text}` : l.text));
    expect(column).toEqual([lines[0], '报告正文', ...lines.slice(1)]);
    const budgetRow = sheet.values.find((r) => typeof r[0] === 'string' && r[0].includes('项目年初预算数'));
    expect(budgetRow?.[1]).toBe('项目信息!B8、B9、B10、B11、B12');
    const spending = sheet.values.find((r) => typeof r[0] === 'string' && r[0].includes('支出明细共'));
    expect(spending?.[1]).toBe('支出明细!C7、B4、C4、B5、C5、B6、C6');
    sheet.values.forEach((r, i) =>
      r.forEach((v, j) => {
        if (typeof v === 'string') expect(sheet.numberFormats[i]?.[j]).toBe('@');
      }),
    );
  });
});

describe('a draft from an almost empty workbook', () => {
  test('says what is missing instead of inventing it', () => {
    const text = draftPlainText(draft(evaluateSnapshot({ sheets: [], ownedSheets: [] }, { workbench: WORKBENCH })));
    expect(text.split('\n')[0]).toBe('【请补充：项目名称】绩效自评报告（草稿）');
    expect(text).toContain('【请补充：实施单位】');
    expect(text).toContain('未找到支出明细表');
    expect(text).toContain('未找到可评分的绩效指标');
  });
});
