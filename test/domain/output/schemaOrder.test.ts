/** The form lists 一级 and 二级 in the schema's order whatever the input's (schemaOrder.ts). */
import { inSchemaOrder } from '../../../src/domain/output/schemaOrder';
import { buildFormSheet } from '../../../src/domain/output/formSheet';
import { seedEvaluation } from './fixtures';

describe('schema order', () => {
  const base = seedEvaluation();
  const byName = (level1: string, level2: string, name: string) => {
    const model = base.indicators[0];
    if (!model) throw new Error('no indicator');
    return { ...model, row: { ...model.row, level1, level2, name } };
  };
  const input = [
    byName('满意度指标', '服务对象满意度指标', 'S'),
    byName('产出指标', '时效指标', 'T1'),
    byName('产出指标', '数量指标', 'Q1'),
    byName('效益指标', '社会效益指标', 'E1'),
    byName('产出指标', '质量指标', 'Z1'),
    byName('产出指标', '时效指标', 'T2'),
    byName('某某指标', '某某', 'X'),
    byName('产出指标', '数量指标', 'Q2'),
    byName('产出指标', '自定二级', 'U'),
  ];

  it('orders 一级 and 二级 as the profile does, keeping the input order within a 二级 and unknown labels last', () => {
    expect(inSchemaOrder(input, 'central').map((r) => r.row.name)).toEqual(['Q1', 'Q2', 'Z1', 'T1', 'T2', 'U', 'E1', 'S', 'X']);
  });

  it('keeps the input order for a profile it does not know', () => {
    expect(inSchemaOrder(input, 'nowhere').map((r) => r.row.name)).toEqual(input.map((r) => r.row.name));
  });

  it('prints the form’s indicator rows in that order', () => {
    const plan = buildFormSheet({ ...base, indicators: input }, 'f');
    const names = plan.values.map((row) => row[3]).filter((v) => typeof v === 'string' && /^[A-Z]\d?$/.test(v));
    expect(names).toEqual(['Q1', 'Q2', 'Z1', 'T1', 'T2', 'U', 'E1', 'S', 'X']);
  });
});
