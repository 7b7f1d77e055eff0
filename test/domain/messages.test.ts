import { MESSAGES, renderDiagnostics, renderMessage } from '../../src/domain/diagnostics/messages';
import { TRACKING_MESSAGES } from '../../src/domain/tracking/trackingMessages';
import { DEFAULT_SEVERITY, DIAGNOSTIC_CODES, diag } from '../../src/domain/diagnostics/create';
import type { DiagnosticCode, Locale } from '../../src/domain/diagnostics/types';

/** Any code's renderer over loose params (the typed tables take only their own code's params), tracking's included. */
function loosely(locale: Locale, code: DiagnosticCode): (p: Record<string, string>) => string {
  const table: Readonly<Record<string, unknown>> = { ...MESSAGES[locale], ...TRACKING_MESSAGES[locale] };
  return table[code] as (p: Record<string, string>) => string;
}

describe('diagnostic messages', () => {
  test.each(DIAGNOSTIC_CODES.map((c) => [c]))('%s has a message in zh-CN and en-US and a severity', (code) => {
    const params = { name: '接洽客商', value: 'X', level1: '产出指标', column: '金额', target: '≥320', actual: '210' };
    const zh = loosely('zh-CN', code)(params);
    const ascii = { name: 'N', value: 'X', level1: 'L1', column: 'C', target: '>=320', actual: '210' };
    const en = loosely('en-US', code)(ascii);
    expect(zh.length).toBeGreaterThan(5);
    expect(en.length).toBeGreaterThan(5);
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
    expect(en).toMatch(/^[^\u4e00-\u9fff]*[A-Za-z]{3,}/);
    expect(en).not.toBe(zh);
    expect(['error', 'warning', 'info']).toContain(DEFAULT_SEVERITY[code]);
  });

  test('renders params into both locales', () => {
    const d = diag('UNIT_MISMATCH', { sheet: '绩效指标', row: 5, col: 4 }, { name: '小分队外出招商（次）', targetUnit: '次', actualUnit: '天' });
    const [zh] = renderDiagnostics([d], 'zh-CN');
    const [en] = renderDiagnostics([d], 'en-US');
    expect(zh).toMatchObject({ code: 'UNIT_MISMATCH', severity: 'warning', sheet: '绩效指标', cell: 'E6' });
    expect(zh?.message).toContain('“次”');
    expect(zh?.message).toContain('“天”');
    expect(en?.message).toContain('"次"');
    expect(en?.message).toMatch(/Units differ/);
  });
});

describe('tracking mode\'s messages', () => {
  test('come with its engine; without them a tracking code names itself', () => {
    const d = diag('AS_OF_MISSING', { sheet: '项目信息' });
    expect(renderMessage(d, 'zh-CN')).toBe('AS_OF_MISSING');
    expect(renderMessage(d, 'zh-CN', TRACKING_MESSAGES)).toContain('评价截止日期');
    expect(renderMessage(d, 'en-US', TRACKING_MESSAGES)).toContain('cut-off date');
  });
});

describe('diagnostic locations', () => {
  test('a row or column that is not known is left out, never guessed as column A', () => {
    const header = diag('MISSING_COLUMN', { sheet: '绩效指标', row: 2, col: undefined }, { column: '实际完成值' });
    const column = diag('WEIGHTS_DEFAULTED', { sheet: '绩效指标', col: 6 }, { detail: '' });
    const sheet = diag('NO_INDICATOR_SHEET', { sheet: '' });
    expect(header).not.toHaveProperty('col');
    expect(renderDiagnostics([header, column, sheet], 'zh-CN').map((d) => d.cell)).toEqual(['3:3', 'G:G', '']);
  });
});
