/**
 * The form's signature block from 项目信息 (issue 10): 填报单位 / 单位负责人 / 财务负责人 / 填报人 / 联系电话 /
 * 填报日期 labels are read and printed after their labels; absent, the lines stay blank to write by hand;
 * the template offers the labels.
 */
import { evaluateSnapshot } from '../../src/app/useCases';
import type { SheetGrid } from '../../src/domain/grid';
import { PROJECT_INFO_LABELS } from '../../src/domain/output/templatePlan';
import { BLANK_DATE } from '../../src/domain/output/signatureBlock';

function grid(name: string, values: SheetGrid['values']): SheetGrid {
  return { name, values, numberFormats: values.map((r) => r.map(() => undefined)), merges: [], visible: true };
}

const INDICATORS = grid('绩效指标', [
  ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值'],
  ['产出指标', '数量指标', '培训人次', '≥100', '100', 90],
]);

function formTexts(project: SheetGrid['values']): string[] {
  const { plan } = evaluateSnapshot({ sheets: [grid('项目信息', project), INDICATORS], ownedSheets: [] });
  const form = plan.sheets.find((s) => s.role === 'form');
  return (form?.values ?? []).flat().filter((v): v is string => typeof v === 'string');
}

describe('the signature block', () => {
  it('prints what 项目信息 gives after each label', () => {
    const texts = formTexts([
      ['项目名称', '测试项目'],
      ['填报单位（盖章）', '测试局'],
      ['单位负责人', '李四'],
      ['财务负责人', '王五'],
      ['填报人', '张三'],
      ['联系电话', '0791-1234567'],
      ['填报日期', '2022-01-10'],
    ]);
    for (const line of ['填报单位（盖章）：测试局', '单位负责人：李四', '财务负责人：王五', '填报人：张三', '联系电话：0791-1234567', '填报日期：2022年1月10日']) {
      expect(texts).toContain(line);
    }
  });

  it('leaves blank lines to write by hand when 项目信息 has none of them', () => {
    const texts = formTexts([['项目名称', '测试项目']]);
    expect(texts).toEqual(expect.arrayContaining(['填报单位（盖章）：', '单位负责人：', '填报人：', `填报日期：${BLANK_DATE}`]));
  });

  it('is offered by the template', () => {
    const labels = PROJECT_INFO_LABELS.map((l) => l.label);
    expect(labels).toEqual(expect.arrayContaining(['填报单位', '单位负责人', '财务负责人', '填报人', '联系电话', '填报日期']));
  });
});
