/** Pairing rules of 指标调整对比 on small indicator sets (the seed is checked in test/app/workbenchSeed.test.ts). */
import type { CellValue } from '../../../src/domain/grid';
import { evaluateSnapshot } from '../../../src/app/useCases';
import { WORKBENCH } from '../../../src/app/workbench';
import { grid } from '../../helpers/grid';

const HEADER = ['一级指标', '二级指标', '三级指标', '年度指标值'];

function compare(reference: readonly (readonly CellValue[])[], scored: readonly (readonly CellValue[])[]) {
  const sheets = [
    grid('调整后', [[...HEADER, '实际完成值'], ...scored]),
    grid('原', [HEADER, ...reference]),
  ];
  const { comparison, report } = evaluateSnapshot({ sheets, ownedSheets: [] }, { workbench: WORKBENCH });
  if (!comparison) throw new Error('no comparison');
  return { comparison, report };
}

describe('compareIndicatorSets', () => {
  test('the same name under another 二级 is moved; a changed target shows old and new', () => {
    const { comparison } = compare(
      [['产出指标', '数量指标', '培训合格率', '≥90%']],
      [['产出指标', '质量指标', '培训合格率（%）', '≥95%', '96%']],
    );
    expect(comparison.pairs).toHaveLength(1);
    expect(comparison.pairs[0]).toMatchObject({ basis: 'sameName', changes: ['targetChanged', 'level2Moved'] });
    expect(comparison.summary).toMatchObject({ targetChanged: 1, level2Moved: 1, added: 0, removed: 0 });
  });

  test('a target written with its unit reads the same as the unit in the name; 100% and ≥100% are the same', () => {
    const { comparison } = compare(
      [['产出指标', '数量指标', '培训人数', '≥100人'], ['产出指标', '质量指标', '合格率', '100%']],
      [['产出指标', '数量指标', '培训人数（人）', '≥100', 100], ['产出指标', '质量指标', '合格率', '≥100%', '100%']],
    );
    expect(comparison.pairs.map((p) => p.changes)).toEqual([['unchanged'], ['unchanged']]);
  });

  test('similar names pair most-alike first; what is left is added or removed; placeholders are no indicators', () => {
    const { comparison } = compare(
      [
        ['产出指标', '时效指标', '资金拨付及时率', '100%'],
        ['效益指标', '经济效益指标', '无', null],
        ['效益指标', '社会效益指标', '群众满意', '良好'],
      ],
      [
        ['产出指标', '时效指标', '培训完成及时率', '100%', '100%'],
        ['产出指标', '时效指标', '资金拨付及时率（%）', '100%', '100%'],
        ['效益指标', '社会效益指标', '就业人数', '≥10', 12],
        ['效益指标', '社会效益指标', '培训人数', '≥10', 12],
      ],
    );
    const rows = comparison.pairs.map((p) => [p.reference?.row.name ?? null, p.scored?.row.name ?? null, p.changes.join('+')]);
    expect(rows).toEqual([
      [null, '培训完成及时率', 'added'],
      ['资金拨付及时率', '资金拨付及时率（%）', 'unchanged'],
      [null, '就业人数', 'added'],
      [null, '培训人数', 'added'],
      ['群众满意', null, 'removed'],
    ]);
  });

  test('the only original and the only adjusted row left under a 二级 are a replacement, shown with its similarity', () => {
    const { comparison, report } = compare(
      [['产出指标', '成本指标', '项目超额支出', 0]],
      [['产出指标', '成本指标', '成本节约率', '≤±5%', '3%']],
    );
    expect(comparison.pairs[0]).toMatchObject({ basis: 'onlyPairInLevel2', changes: ['targetChanged', 'wordingChanged'] });
    expect(report.comparison?.pairs[0]).toMatchObject({ basis: 'onlyPairInLevel2', similarity: 0 });
  });

  test('each side carries the lints of its row', () => {
    const { report } = compare(
      [['产出指标', '时效指标', '资金到位及时率', 0]],
      [['产出指标', '时效指标', '资金到位及时率', '100%', '100%']],
    );
    const pair = report.comparison?.pairs[0];
    expect(pair?.reference?.lints.map((d) => [d.code, d.cell])).toEqual([['SUSPICIOUS_ZERO_TARGET', 'D2']]);
    expect(pair?.scored?.lints).toEqual([]);
  });
});
