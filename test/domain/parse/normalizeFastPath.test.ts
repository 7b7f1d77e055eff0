/**
 * normalizeText returns text made only of stable characters as it is (a fast path for big sheets).
 * These tests hold the fast path to the full rule: NFKC, whitespace removed, comparison signs unified.
 */
import fc from 'fast-check';
import { normalizeText } from '../../../src/domain/text/normalize';

/** The rule of DOMAIN.md §1, written out in full (no fast path). */
function fullRule(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[\s\u200B-\u200D\u2060\uFEFF]+/gu, '')
    .replace(/>=|≧|⩾/g, '≥')
    .replace(/<=|≦|⩽/g, '≤');
}

const TRICKY = [
  ' ', '\t', '\n', '\r', '\u3000', '\u00a0', '\u200b', '\ufeff', '\u2060', '>', '<', '=', '≧', '≦', '⩾', '⩽',
  '＞', '＜', '＝', '％', '１', '（', '）', '～', 'é', '\u0301', '\u0308', '\u3099', 'ｶ', '℃', '…', '①', 'ﬁ', '〸', '㈱',
  '\ud83d', '\ude00', 'ᄀ', 'ᅡ', '가',
];
const STABLE = [
  ...'09azAZ!"#$%&\'()*+,-./:;?@[\\]^_`{|}~', '产', '出', '指', '标', '龥', '\u9fff', '\u4e00',
  ...'、。〈〉《》「」『』【】〜‘’“”—–±×·°≤≥‰−',
];

describe('normalizeText fast path', () => {
  test('every single UTF-16 code unit reads as the full rule reads it', () => {
    const wrong: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const ch = String.fromCharCode(code);
      if (normalizeText(ch) !== fullRule(ch)) wrong.push(code);
    }
    expect(wrong).toEqual([]);
  });

  test('every pair of stable and tricky characters reads as the full rule reads it', () => {
    const chars = [...STABLE, ...TRICKY];
    const wrong: string[] = [];
    for (const a of chars) for (const b of chars) if (normalizeText(a + b) !== fullRule(a + b)) wrong.push(a + b);
    expect(wrong).toEqual([]);
  });

  test('any string over stable and tricky characters reads as the full rule reads it', () => {
    const text = fc.array(fc.constantFrom(...STABLE, ...TRICKY), { maxLength: 24 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(text, fc.string(), fc.string({ unit: 'binary' })), (s) => normalizeText(s) === fullRule(s)),
      { numRuns: 3000 },
    );
  });

  test('stable text comes back as the very same string', () => {
    for (const s of ['产出指标', '≥85批次', '2021-01-01', '80%-90%', '【项目】《办法》']) expect(normalizeText(s)).toBe(s);
  });
});
