import { cellText, cleanFloat, isoDate, normalizeText, stripPoints } from '../../../src/domain/text/normalize';

describe('normalizeText', () => {
  test.each([
    ['１２３', '123'],
    ['９５％', '95%'],
    ['（亿）', '(亿)'],
    ['＞５', '>5'],
    ['满意度\n指标', '满意度指标'],
    ['  产出\r\n指标\t', '产出指标'],
    ['服务对象\u3000满意度', '服务对象满意度'],
    ['满\u00a0意\u200b度', '满意度'],
    ['>=90%', '≥90%'],
    ['≧90%', '≥90%'],
    ['＞＝90%', '≥90%'],
    ['> = 90%', '≥90%'],
    ['<=5', '≤5'],
    ['≦5', '≤5'],
    ['＜＝5', '≤5'],
    ['＞＝１，２００人', '≥1,200人'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  test('is idempotent on the vocabulary', () => {
    for (const s of ['≥320', '≤±5%', '80%～90%', '约160亿', '产出指标（50分）']) {
      expect(normalizeText(normalizeText(s))).toBe(normalizeText(s));
    }
  });
});

describe('cellText', () => {
  test.each([
    [null, ''],
    ['  原样 ', '  原样 '],
    [0.1 + 0.2, '0.3'],
    [0.95 * 100, '95'],
    [-0, '0'],
    [1200.5, '1200.5'],
    [true, 'TRUE'],
    [false, 'FALSE'],
    [{ error: '#N/A' }, '#N/A'],
    [new Date(Date.UTC(2021, 6, 31)), '2021-07-31'],
    [new Date(Number.NaN), ''],
  ] as const)('%p → %j', (value, expected) => {
    expect(cellText(value)).toBe(expected);
  });
});

describe('cleanFloat and isoDate', () => {
  test('cleanFloat keeps 15 significant digits and passes non-finite values through', () => {
    expect(cleanFloat(89.974 * 1e4)).toBe(899740);
    expect(cleanFloat(Number.NaN)).toBeNaN();
    expect(cleanFloat(Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY);
    expect(Object.is(cleanFloat(-0), 0)).toBe(true);
  });

  test('isoDate uses the UTC fields', () => {
    expect(isoDate(new Date(Date.UTC(2021, 0, 1)))).toBe('2021-01-01');
    expect(isoDate(new Date(Date.UTC(2021, 11, 31, 23, 59)))).toBe('2021-12-31');
  });
});

describe('stripPoints', () => {
  test.each([
    ['产出指标（50分）', '产出指标'],
    ['产出指标(50分)', '产出指标'],
    ['效益指标（50.5分）', '效益指标'],
    ['满意度指标（ 10 分）', '满意度指标'],
    ['产出指标（５０分）', '产出指标'],
    ['数量指标', '数量指标'],
    ['成本指标（试行）', '成本指标（试行）'],
  ])('%j → %j', (input, expected) => {
    expect(stripPoints(input)).toBe(expected);
  });
});
