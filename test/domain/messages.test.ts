import { DIAGNOSTIC_CODES } from '../../src/domain/diagnostics/types';
import { MESSAGES, renderDiagnostics } from '../../src/domain/diagnostics/messages';
import { DEFAULT_SEVERITY, diag } from '../../src/domain/diagnostics/create';

describe('diagnostic messages', () => {
  test.each(DIAGNOSTIC_CODES.map((c) => [c]))('%s has a message in zh-CN and en-US and a severity', (code) => {
    const params = { name: '接洽客商', value: 'X', level1: '产出指标', column: '金额', target: '≥320', actual: '210' };
    const zh = MESSAGES['zh-CN'][code](params);
    const ascii = { name: 'N', value: 'X', level1: 'L1', column: 'C', target: '>=320', actual: '210' };
    const en = MESSAGES['en-US'][code](ascii);
    expect(zh.length).toBeGreaterThan(5);
    expect(en.length).toBeGreaterThan(5);
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
    expect(en).toMatch(/^[^\u4e00-\u9fff]*[A-Za-z]{3,}/);
    expect(en).not.toBe(zh);
    expect(['error', 'warning', 'info']).toContain(DEFAULT_SEVERITY[code]);
  });

  test('renders params into both locales', () => {
    const d = diag('UNIT_MISMATCH', '绩效指标', 'E6', { name: '小分队外出招商（次）', targetUnit: '次', actualUnit: '天' });
    const [zh] = renderDiagnostics([d], 'zh-CN');
    const [en] = renderDiagnostics([d], 'en-US');
    expect(zh).toMatchObject({ code: 'UNIT_MISMATCH', severity: 'warning', sheet: '绩效指标', cell: 'E6' });
    expect(zh?.message).toContain('“次”');
    expect(zh?.message).toContain('“天”');
    expect(en?.message).toContain('"次"');
    expect(en?.message).toMatch(/Units differ/);
  });
});
