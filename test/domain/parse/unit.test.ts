import { isKnownUnit, isUnitLike, readUnit, sameBaseUnit, unitFromName } from '../../../src/domain/parse/unit';

describe('readUnit', () => {
  test.each([
    ['万元', '元', 1e4],
    ['亿元', '元', 1e8],
    ['亿', '', 1e8],
    ['万', '', 1e4],
    ['百分比', '%', 1],
    ['%', '%', 1],
    ['％', '%', 1],
    ['批次', '批次', 1],
    ['', '', 1],
    ['元', '元', 1],
    ['万人次', '人次', 1e4],
    ['千万元', '元', 1e7],
    ['（万元）', '元', 1e4],
    ['单位：万元', '元', 1e4],
    [' 天 ', '天', 1],
  ])('%j → {%j, %p}', (text, unit, scale) => {
    expect(readUnit(text)).toEqual({ unit, scale });
  });
});

describe('sameBaseUnit', () => {
  test.each([
    ['批次', '批'],
    ['批', '批次'],
    ['天', '日'],
    ['次', '次'],
    ['KM', '公里'],
    ['ｋｍ', 'km'],
    ['%', '百分比'],
    ['', ''],
  ])('%j ≡ %j', (a, b) => {
    expect(sameBaseUnit(a, b)).toBe(true);
  });

  test.each([
    ['次', '天'],
    ['人', '人次'],
    ['', '批次'],
    ['元', ''],
    ['%', '个'],
  ])('%j ≢ %j', (a, b) => {
    expect(sameBaseUnit(a, b)).toBe(false);
  });
});

describe('unitFromName', () => {
  test.each([
    ['招商活动签约项目累计资金（亿）', '亿'],
    ['接洽客商（批次）', '批次'],
    ['接洽客商(批次)', '批次'],
    ['小分队外出招商（次）', '次'],
    ['重大重点项目开工总投资金额（亿）', '亿'],
    ['项目资金（万元）', '万元'],
    ['人均补助（元/人）', '元/人'],
    ['资金（单位：万元）', '万元'],
    ['满意度（%）', '%'],
    ['满意度（百分比）', '百分比'],
    ['处理时限（个工作日）', '个工作日'],
    ['培训规模【人次】', '人次'],
  ])('%j → %j', (name, unit) => {
    expect(unitFromName(name)).toBe(unit);
  });

  test.each([
    '接洽客商',
    '管理办法（试行）',
    '采购金额（含税）',
    '项目（2021年）',
    '（亿）',
    '接洽客商（批次）数量',
    '示范点建设（新建）',
    '',
  ])('%j has no unit', (name) => {
    expect(unitFromName(name)).toBeUndefined();
  });
});

describe('isKnownUnit and isUnitLike', () => {
  test('known units and their / combinations', () => {
    expect(isKnownUnit('批次')).toBe(true);
    expect(isKnownUnit('元/人')).toBe(true);
    expect(isKnownUnit('试行')).toBe(false);
  });

  test('unit-like text has letters, % and / only (and the 2/3 of m2)', () => {
    for (const s of ['', '批次', '%', '‰', 'm2', '元/人', '个重点项目']) expect(isUnitLike(s)).toBe(true);
    for (const s of ['.3%', '5', ',000', '(含)', '-', '%以上', '%完成率']) expect(isUnitLike(s)).toBe(false);
  });
});
