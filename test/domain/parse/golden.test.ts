/**
 * The golden tables finance people extend: every row of test/fixtures/targets.tsv and
 * actuals.tsv must read exactly as listed.
 */
import { readFileSync } from 'fs';
import { FIXTURES } from '../../helpers/fixtures';
import { resolve } from 'path';
import { parseTarget } from '../../../src/domain/parse/parseTarget';
import { parseActual } from '../../../src/domain/parse/parseActual';
import type { Tier } from '../../../src/domain/values';

/** Data rows of a golden TSV: `#` lines and the header skipped; fields are not trimmed (a row may have empty text). */
function readRows(file: string): string[][] {
  const lines = readFileSync(resolve(FIXTURES, file), 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '' || line.includes('\t'))
    .filter((line) => !line.startsWith('#'));
  return lines.slice(1).map((line) => line.split('\t'));
}

function label(text: string): string {
  return text === '' ? '(empty text)' : text;
}

const TIERS: Readonly<Record<string, Tier>> = { 达成: 'achieved', 部分达成: 'partial', 未达成: 'notAchieved' };

const targetRows = readRows('targets.tsv').map(([text = '', kind = '', value = '', value2 = '', unit = '']) => ({
  name: label(text),
  text,
  kind,
  value,
  value2,
  unit,
}));

const actualRows = readRows('actuals.tsv').map(([text = '', kind = '', value = '', unit = '', approximate = '']) => ({
  name: label(text),
  text,
  kind,
  value,
  unit,
  approximate,
}));

describe('targets.tsv', () => {
  test('has rows', () => {
    expect(targetRows.length).toBeGreaterThan(20);
  });

  test.each(targetRows)('$name', ({ text, kind, value, value2, unit }) => {
    const target = parseTarget(text, 'General', {});
    expect(target.kind).toBe(kind);
    switch (target.kind) {
      case 'GE':
      case 'GT':
      case 'EQ':
      case 'LE':
      case 'LT':
      case 'BAND':
        expect(target.value).toBe(Number(value));
        expect(target.unit).toBe(unit);
        break;
      case 'RANGE':
        expect(target.low).toBe(Number(value));
        expect(target.high).toBe(Number(value2));
        expect(target.unit).toBe(unit);
        break;
      case 'QUAL':
        expect(target.text).not.toBe('');
        break;
      case 'EMPTY':
      case 'UNPARSED':
        throw new Error(`unexpected kind ${target.kind} for ${text}`);
    }
  });
});

describe('actuals.tsv', () => {
  test('has rows', () => {
    expect(actualRows.length).toBeGreaterThan(20);
  });

  test.each(actualRows)('$name', ({ text, kind, value, unit, approximate }) => {
    const actual = parseActual(text, 'General');
    expect(actual.kind).toBe(kind);
    switch (actual.kind) {
      case 'NUM':
        expect(actual.value).toBe(Number(value));
        expect(actual.unit).toBe(unit);
        expect(actual.approximate).toBe(approximate === 'yes');
        expect(actual.fromNumberCell).toBe(false);
        break;
      case 'TIER':
        expect(actual.tier).toBe(TIERS[value]);
        break;
      case 'TEXT':
        expect(actual.text).toBe(text);
        break;
      case 'EMPTY':
        expect(text.trim()).toBe('');
        break;
      case 'ERROR':
        throw new Error(`unexpected kind ${actual.kind} for ${text}`);
    }
  });
});
