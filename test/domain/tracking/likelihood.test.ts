/** 完成目标可能性 and 偏差原因类别 as officers write them. */
import { categoryOfLabel, isUnticked, parseCategories, parseLikelihood } from '../../../src/domain/tracking/likelihood';

test('likelihoods', () => {
  expect(parseLikelihood('确定能')).toBe('certain');
  expect(parseLikelihood(' 确定能。')).toBe('certain');
  expect(parseLikelihood('有可能')).toBe('possible');
  expect(parseLikelihood('完全不可能')).toBe('impossible');
  expect(parseLikelihood('不可能')).toBe('impossible');
  expect(parseLikelihood('')).toBeUndefined();
  expect(parseLikelihood('大概吧')).toBeUndefined();
});

test('categories from a text column, in the form order; unknown text counts as 其他', () => {
  expect(parseCategories('人员保障、经费保障')).toEqual(['funding', 'staffing']);
  expect(parseCategories('硬件条件保障')).toEqual(['facilities']);
  expect(parseCategories('制度保障；其他')).toEqual(['institution', 'other']);
  expect(parseCategories('天气原因')).toEqual(['other']);
  expect(parseCategories('')).toEqual([]);
  expect(parseCategories('无')).toEqual([]);
});

test('tick column headers and ticks', () => {
  expect(categoryOfLabel('经费保障')).toBe('funding');
  expect(categoryOfLabel('硬件条件保障')).toBe('facilities');
  expect(categoryOfLabel('其他')).toBe('other');
  expect(categoryOfLabel('偏差原因分析及改进措施')).toBeUndefined();
  expect(isUnticked('√')).toBe(false);
  expect(isUnticked('是')).toBe(false);
  expect(isUnticked('')).toBe(true);
  expect(isUnticked('□')).toBe(true);
  expect(isUnticked('否')).toBe(true);
});
