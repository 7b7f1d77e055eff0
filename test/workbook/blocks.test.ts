/** DOMAIN.md §8.1–8.4, 8.11: blocks found on any sheet, the funds grid, labels that are never values, dashes, titles. */
import type { CellValue } from '../../src/domain/grid';
import { rangeToA1 } from '../../src/domain/address';
import { evaluateSnapshot } from '../../src/app/useCases';
import { readInputs, missingInputRoles } from '../../src/workbook/readInputs';
import { getProfile } from '../../src/domain/schema/profiles';
import { readProjectLabels } from '../../src/workbook/readProjectInfo';
import { findFundsGrid, readFundsGrid } from '../../src/workbook/fundsGrid';
import { MergeIndex } from '../../src/workbook/cells';
import { locationA1 } from '../../src/domain/diagnostics/location';
import { grid } from '../helpers/grid';
import { FORM_FUNDS, officialForm } from './officialForm';

const central = getProfile('central');

function layoutOf(sheets: Parameters<typeof readInputs>[0]): string[] {
  return readInputs(sheets, central).layout.map((b) => `${b.role} ${b.sheet}!${rangeToA1(b.range)}`);
}

describe('blocks, not sheets (§8.1)', () => {
  test('one sheet holds the project labels, the funds grid, the goals and the indicator table', () => {
    const form = officialForm();
    expect(layoutOf([form])).toEqual([
      'project 项目支出绩效自评表!A3:F4',
      'funds 项目支出绩效自评表!A5:I9',
      'goals 项目支出绩效自评表!A10:I11',
      'indicators 项目支出绩效自评表!A12:I16',
    ]);
    const input = readInputs([form], central);
    expect(input.project).toMatchObject({
      name: '2024年度培训项目',
      department: '某某局',
      unit: '某某中心',
      initialBudget: 100,
      annualBudget: 100,
      executed: 95,
      appropriation: 100,
      selfBudgetScore: 9.5,
      goalPlanned: '完成培训1000人次',
      goalActual: '完成培训1020人次',
    });
    expect(input.project?.carryOver).toBeUndefined();
    expect(input.diagnostics.map((d) => d.code)).toEqual(['NO_EXPENSE_SHEET']);
  });

  test('the form scores like the same rows typed into the template', () => {
    const { report } = evaluateSnapshot({ sheets: [officialForm()], ownedSheets: [] });
    expect(report.total).toBe(99.5);
    expect(report.budget).toMatchObject({ annual: 100, executed: 95, score: 9.5 });
    expect(report.provisional).toBe(false);
    // The form's own words are never a foreign title (§8.11).
    expect(report.diagnostics.map((d) => d.code)).not.toContain('TITLE_PROJECT_MISMATCH');
  });

  test('a sheet with an expense table may hold the project labels above it', () => {
    const sheet = grid('支出', [
      ['项目名称', '2024年度培训项目'],
      ['序号', '资金摘要', '金额（元）'],
      [1, '培训费', 950000],
      ['合计', null, 950000],
    ]);
    expect(layoutOf([sheet])).toEqual(['project 支出!A1:B1', 'expenses 支出!A2:C4']);
  });

  test('tables other than the scored one are reference sets', () => {
    const ref = grid('原', [['一级指标', '二级指标', '三级指标', '年度指标值'], ['产出指标', '数量指标', 'x', '≥1']]);
    expect(layoutOf([officialForm(), ref])).toContain('reference 原!A1:D2');
  });

  test('the template asks the same block finder which input sheets are missing', () => {
    expect(missingInputRoles([officialForm()])).toEqual(['expenseInput']);
    expect(missingInputRoles([grid('x', [['资金摘要', '金额'], ['a', 1]])])).toEqual(['projectInfo', 'indicatorInput']);
  });
});

describe('the funds block is a grid (§8.2)', () => {
  function funds(rows: readonly (readonly CellValue[])[], merges: string[] = []) {
    const g = grid('资金', rows, { merges });
    const block = findFundsGrid(g, MergeIndex.of(g));
    if (!block) throw new Error('no funds grid');
    return { block, read: readFundsGrid(g, block) };
  }

  test('row labels × column headers, dashes blank, the sub-rows read in the 全年预算数 column', () => {
    const { read } = funds(FORM_FUNDS);
    expect(read.values).toEqual({ initialBudget: 100, annualBudget: 100, executed: 95, appropriation: 100, selfBudgetScore: 9.5 });
    expect(read.diagnostics).toEqual([]);
  });

  test('a blank or 0 年度资金总额 row with filled sub-rows: their sum, and FUND_BREAKDOWN_MISMATCH on the total row', () => {
    const { read } = funds([
      ['项目资金（万元）', null, null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
      [null, '年度资金总额：', null, 0, 0, 0, 10, 0, 0],
      [null, '其中：本年财政拨款', null, 90, 89.974, 89.974],
      [null, '上年结转资金'],
      [null, '其他资金', null, null, 10, 5],
    ]);
    expect(read.values).toMatchObject({ initialBudget: 90, annualBudget: 99.974, executed: 94.974, appropriation: 89.974, otherFunds: 10 });
    expect(read.diagnostics.map((d) => [d.code, locationA1(d)])).toEqual([['FUND_BREAKDOWN_MISMATCH', 'E2']]);
  });

  test('全年预算数 and 调整后预算数 are kept apart; letters (A)/(B) and other spellings are headers', () => {
    const { read, block } = funds([
      ['预算执行情况（10分）', '年度预算数（万元）', '年初预算', '调整后预算数（A）', '预算执行数（B）', '预算执行率（B/A）', '权重', '得分'],
      [null, '总额', 238.93, 251.89, 251.89, 1, 10, null],
      [null, '其中：财政资金', 238.93, 251.89, 251.89, 1, '/', '/'],
      [null, '单位资金', 0, 0, 0, 0, '/', '/'],
    ]);
    expect(block.cols).toMatchObject({ initialBudget: 2, adjustedBudget: 3, executed: 4, rate: 5, weight: 6, score: 7 });
    expect(read.values).toEqual({ initialBudget: 238.93, adjustedBudget: 251.89, executed: 251.89, appropriation: 251.89, otherFunds: 0 });
  });

  test('元 when the block says so', () => {
    const { read } = funds([
      ['项目资金（元）', '', '全年预算数', '全年执行数'],
      [null, '年度资金总额', 1200000, 600000],
    ]);
    expect(read.values).toEqual({ annualBudget: 120, executed: 60 });
  });

  test('an unreadable amount is reported with its row label', () => {
    const { read } = funds([
      ['', '', '全年预算数', '全年执行数'],
      [null, '年度资金总额', '一百万', 60],
    ]);
    expect(read.diagnostics.map((d) => [d.code, locationA1(d), d.params])).toEqual([
      ['EXPENSE_AMOUNT_INVALID', 'C2', { value: '一百万', label: '年度资金总额' }],
    ]);
  });

  test('one header cell is not a grid', () => {
    const g = grid('p', [['年初预算数（万元）', 120], ['全年预算数（万元）', 120]]);
    expect(findFundsGrid(g, MergeIndex.of(g))).toBeUndefined();
  });
});

describe('labels and values (§8.3, §8.4)', () => {
  test('a blank 主管部门 stays blank: it does not read 实施单位', () => {
    const { project } = readInputs([officialForm({ department: null })], central);
    expect(project?.department).toBeUndefined();
    expect(project?.unit).toBe('某某中心');
  });

  test('dashes are blank amounts; `label：value` in one cell; a 单位 line is no value', () => {
    const g = grid('p', [
      ['项目单位（盖章）：某某图书馆', null, null, null, null, '单位：万元'],
      ['项目名称', '共享工程'],
      ['全年预算数（万元）', '—'],
      ['全年执行数（万元）', '/'],
      ['项目执行单位', null, '单位：万元'],
    ]);
    const { fields, diagnostics } = readProjectLabels(g);
    expect(fields).toEqual({ unit: '某某图书馆', name: '共享工程' });
    expect(diagnostics).toEqual([]);
  });
});

describe('titles (§8.11)', () => {
  test('the form name, the year line and 附件 are the form\'s own words; a title naming another project is reported', () => {
    const own = evaluateSnapshot({ sheets: [officialForm({ title: '附件：' })], ownedSheets: [] });
    expect(own.report.diagnostics.map((d) => d.code)).not.toContain('TITLE_PROJECT_MISMATCH');
    const foreign = evaluateSnapshot({ sheets: [officialForm({ title: '2024年度档案管理项目支出绩效自评表' })], ownedSheets: [] });
    expect(foreign.report.diagnostics.filter((d) => d.code === 'TITLE_PROJECT_MISMATCH').map((d) => d.cell)).toEqual(['A1']);
  });
});
