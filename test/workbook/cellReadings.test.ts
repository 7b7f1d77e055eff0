/** CellReadings remembers readings per cell value; each reading is the parser's, whatever came before. */
import fc from 'fast-check';
import { CellReadings } from '../../src/workbook/cellReadings';
import { parseTarget, type TargetContext } from '../../src/domain/parse/parseTarget';
import { parseActual } from '../../src/domain/parse/parseActual';
import type { CellValue } from '../../src/domain/grid';
import type { Comparator } from '../../src/domain/values';

const value = fc.constantFrom<CellValue>('≥90%', '95', '100%', '达成', '约48个', '', 0.95, 0, -0, 95, true, null, { error: '#N/A' });
const format = fc.constantFrom('General', '0%', 'yyyy-mm-dd');
const nameUnit = fc.constantFrom<string | undefined>(undefined, '万元', '亿');
const unitColumn = fc.constantFrom('', '个', '万元');
const direction = fc.constantFrom<Comparator | 'QUAL' | undefined>(undefined, 'LE', 'QUAL');
const call = fc.tuple(value, format, nameUnit, unitColumn, direction);

function context(unit: string | undefined, column: string, dir: Comparator | 'QUAL' | undefined): TargetContext {
  return { ...(unit ? { nameUnit: unit } : {}), ...(column ? { unitColumn: column } : {}), ...(dir ? { direction: dir } : {}) };
}

test('every target and actual read through the memo equals a fresh parse', () => {
  fc.assert(
    fc.property(fc.array(call, { maxLength: 60 }), (calls) => {
      const readings = new CellReadings();
      for (const [v, f, unit, column, dir] of calls) {
        expect(readings.target(v, f, unit, column, dir)).toEqual(parseTarget(v, f, context(unit, column, dir)));
        expect(readings.actual(v, f)).toEqual(parseActual(v, f));
      }
    }),
    { numRuns: 300 },
  );
});

test('the same text in another number format or unit context is read again', () => {
  const readings = new CellReadings();
  expect(readings.target(0.95, '0%', undefined, '', undefined)).toMatchObject({ kind: 'GE', value: 95, unit: '%' });
  expect(readings.target(0.95, 'General', undefined, '', undefined)).toMatchObject({ kind: 'GE', value: 0.95, unit: '' });
  expect(readings.target('95', 'General', '万元', '', undefined)).toMatchObject({ value: 950_000, unit: '元' });
  expect(readings.target('95', 'General', undefined, '', 'LE')).toMatchObject({ kind: 'LE', value: 95 });
});
