/** DOMAIN.md §8.5–8.10: the 三级 column, two-row headers, spellings, leftovers, footnotes, targets as written. */
import type { CellValue, SheetGrid } from '../../src/domain/grid';
import { MergeIndex } from '../../src/workbook/cells';
import { findIndicatorHeader } from '../../src/workbook/indicatorHeader';
import { readIndicatorSheet } from '../../src/workbook/readIndicators';
import { evaluateSnapshot } from '../../src/app/useCases';
import { oneLine, renderMessage } from '../../src/domain/diagnostics/messages';
import { diag } from '../../src/domain/diagnostics/create';
import { grid } from '../helpers/grid';
import { officialForm } from './officialForm';

function header(g: SheetGrid) {
  const found = findIndicatorHeader(g, MergeIndex.of(g)).complete;
  if (!found) throw new Error('no header');
  return found;
}

function rows(g: SheetGrid) {
  return readIndicatorSheet(g, header(g));
}

describe('the 三级 column (§8.5)', () => {
  test('the outer 绩效指标 label merged down column A is a block label, not the 三级 header', () => {
    const h = header(officialForm());
    expect(h.cols).toMatchObject({ level1: 1, level2: 2, name: 3, target: 4, actual: 5, weight: 6, score: 7, reason: 8 });
    expect(h.row).toBe(11);
  });

  test('绩效指标 is the 三级 header where it stands right of 一级/二级', () => {
    const g = grid('s', [['一级指标', '二级指标', '绩效指标', '指标值', '完成值'], ['产出指标', '数量指标', '培训人数', '≥10', 10]]);
    expect(header(g).cols).toMatchObject({ level1: 0, level2: 1, name: 2, target: 3, actual: 4 });
  });

  test('the weight column may stand anywhere, also first; more spellings (§8.7)', () => {
    const g = grid('s', [
      ['分值', '一级指标', '二级指标', '三级指标', '年初目标值（A）', '全年实际值（B）', '得分', '未完成原因及拟采取的改进措施'],
      [50, '产出指标', '数量指标', '培训人数', '≥10', 10, 50, null],
    ]);
    expect(header(g).cols).toMatchObject({ weight: 0, level1: 1, level2: 2, name: 3, target: 4, actual: 5, score: 6, reason: 7 });
  });
});

describe('two-row headers (§8.6)', () => {
  test('年度指标值 merged over 指标性质 | 指标值 | 度量单位, 绩效指标 over 一级/二级/三级', () => {
    const g = grid(
      's',
      [
        ['绩效指标', null, null, '年度指标值', null, null, '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
        ['一级\n指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位'],
        ['产出指标', '数量指标', '卫片执法补助经费', '﹦', 72890, '元', 72890, 10, 9, null],
        ['效益指标', '社会效益指标', '违法行为责停率', '≥', 95, '%', 95, 30, 27, null],
      ],
      { merges: ['A1:C1', 'D1:F1', 'G1:G2', 'H1:H2', 'I1:I2', 'J1:J2'] },
    );
    const h = header(g);
    expect([h.row, h.lastRow]).toEqual([0, 1]);
    expect(h.cols).toMatchObject({ level1: 0, level2: 1, name: 2, direction: 3, target: 4, unit: 5, actual: 6, weight: 7, score: 8, reason: 9 });
    const read = rows(g).sheet.rows;
    // Targets as written, with 指标性质 and 度量单位 folded in (the output form keeps them; R10).
    expect(read.map((r) => [r.targetText, r.target.kind])).toEqual([['=72890元', 'EQ'], ['≥95%', 'GE']]);
  });

  test('a block label alone above the header (绩效指标（80分） in column A) is not the top of a two-row header', () => {
    const g = grid('s', [
      ['绩效指标（80分）'],
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
      ['产出指标', '数量指标', '培训人数', '≥100人', '120人', 40, 40],
      ['效益指标', '社会效益指标', '群众满意度', '≥90%', '92%', 40, 40],
    ]);
    const h = header(g);
    expect([h.row, h.lastRow]).toEqual([1, 1]);
    expect(h.cols).toMatchObject({ level1: 0, level2: 1, name: 2, target: 3, actual: 4, weight: 5, score: 6, reason: 7 });
    expect(rows(g).sheet.rows.map((r) => [r.level1, r.name])).toEqual([['产出指标', '培训人数'], ['效益指标', '群众满意度']]);
  });

  test('偏差原因 over category columns spans them: ticks read as the category', () => {
    const g = grid(
      's',
      [
        ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '偏差原因', null, null],
        [null, null, null, null, null, '经费保障', '制度保障', '其他'],
        ['产出指标', '数量指标', '培训人数', '≥100', 80, '√', null, '场地紧张'],
      ],
      { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:E2', 'F1:H1'] },
    );
    expect(rows(g).sheet.rows[0]?.deviationReason).toBe('经费保障；场地紧张');
  });
});

describe('rows (§8.8–8.10)', () => {
  const HEAD: CellValue[] = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'];

  test('指标N： is dropped from a name; a trailing 等 on a 二级 is ignored', () => {
    const g = grid('s', [HEAD, ['满意度指标', '服务对象满意度指标等', '指标1：学员满意度', '≥90%', '95%', 10, 10]]);
    expect(rows(g).sheet.rows[0]).toMatchObject({ name: '学员满意度', level2: '服务对象满意度指标' });
  });

  test('a 二级 without a real indicator is one placeholder however its rows are written', () => {
    const g = grid(
      's',
      [HEAD, ['产出指标', '数量指标', '培训人数', '≥100', 100, 50, 50], ['效益指标', '经济效益指标', '指标1：', null, null], [null, null, '……', '—', '—']],
      { merges: ['B3:B4'] },
    );
    const read = rows(g);
    expect(read.sheet.rows.map((r) => [r.name, r.placeholder])).toEqual([['培训人数', false], ['指标1：', true]]);
    expect(read.diagnostics.map((d) => [d.code, d.params])).toEqual([['TEMPLATE_ROW', { rows: '4', count: 1 }]]);
  });

  test('footnotes and the 总分 row end the table; the printed total is kept', () => {
    const g = grid('s', [
      HEAD,
      ['产出指标', '数量指标', '培训人数', '≥100', 100, 50, 48],
      ['总分', null, null, null, null, 100, 93],
      ['产出指标', '数量指标', '不是指标', '≥1', 1, 1, 1],
    ]);
    const read = rows(g).sheet;
    expect(read.rows).toHaveLength(1);
    expect(read.printedTotal).toEqual({ value: 93, ref: { sheet: 's', row: 2, col: 6 } });
    for (const note of ['说明：本表由单位填报', '注：1.一级指标分值统一设置', '备注：无', '填报说明', '其他需要说明事项：无']) {
      const withNote = grid('s', [HEAD, ['产出指标', '数量指标', '培训人数', '≥100', 100, 50, 48], [note], ['产出指标', '数量指标', 'x', '≥1', 1]]);
      expect(rows(withNote).sheet.rows.map((r) => r.name)).toEqual(['培训人数']);
    }
  });

  test('dashes are blank targets and actuals; a 得分 merged over a 二级 is one self-score', () => {
    const g = grid(
      's',
      [HEAD, ['产出指标', '数量指标', '培训人数', '≥100', '—', 25, 20], [null, null, '培训班次', '≥10', 10, 25, null]],
      { merges: ['G2:G3'] },
    );
    const read = rows(g).sheet.rows;
    expect(read[0]?.actual.kind).toBe('EMPTY');
    expect(read[0]?.groupScore).toEqual({ value: 20, rows: 2 });
    expect(read[0]?.manualScore).toBeUndefined();
  });
});

describe('messages never carry raw line breaks', () => {
  test('a label with a line break is rendered on one line', () => {
    expect(oneLine('一级\n指标')).toBe('一级指标');
    expect(oneLine('Level\n1')).toBe('Level 1');
    const d = diag('UNKNOWN_LEVEL1', { sheet: 's', row: 1, col: 0 }, { value: '管理\n指标' });
    expect(renderMessage(d, 'zh-CN')).toContain('“管理指标”');
    expect(renderMessage(d, 'en-US')).not.toMatch(/[\r\n]/);
  });

  test('nothing a form sheet yields has a line break in its messages', () => {
    const { report } = evaluateSnapshot({ sheets: [officialForm({ name: '培训\n项目' })], ownedSheets: [] });
    for (const d of report.diagnostics) expect(d.message).not.toMatch(/[\r\n]/);
  });
});
