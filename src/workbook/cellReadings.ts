/**
 * parseTarget and parseActual, remembered per distinct cell value while one sheet is read. Forms
 * repeat their targets and actuals (`100%`, `≥95%`, `达成年度指标`, `是`) and parsing is the costliest
 * step of reading a row. A reading is reused only when everything it depends on is the same (the
 * number format; for a target, the row's name unit, unit column and direction); readings are
 * immutable, so rows may share them. Values other than text and numbers are parsed every time.
 */
import type { CellValue } from '../domain/grid';
import type { Actual, Comparator, Target } from '../domain/values';
import { parseTarget, type TargetContext } from '../domain/parse/parseTarget';
import { parseActual } from '../domain/parse/parseActual';

type Direction = Comparator | 'QUAL' | undefined;

interface TargetReading {
  readonly format: string;
  readonly nameUnit: string | undefined;
  readonly unitColumn: string;
  readonly direction: Direction;
  readonly target: Target;
}

interface ActualReading {
  readonly format: string;
  readonly actual: Actual;
}

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/** The parser's context; absent fields are left out (exactOptionalPropertyTypes). */
function targetContext(nameUnit: string | undefined, unitColumn: string, direction: Direction): TargetContext {
  const context: Writable<TargetContext> = {};
  if (nameUnit) context.nameUnit = nameUnit;
  if (unitColumn) context.unitColumn = unitColumn;
  if (direction) context.direction = direction;
  return context;
}

export class CellReadings {
  private readonly targets = new Map<string | number, TargetReading>();
  private readonly actuals = new Map<string | number, ActualReading>();

  /** parseTarget(value, format, { nameUnit, unitColumn, direction }), the absent ones left out. */
  target(value: CellValue, format: string, nameUnit: string | undefined, unitColumn: string, direction: Direction): Target {
    if (typeof value !== 'string' && typeof value !== 'number') {
      return parseTarget(value, format, targetContext(nameUnit, unitColumn, direction));
    }
    const known = this.targets.get(value);
    if (
      known !== undefined &&
      known.format === format &&
      known.nameUnit === nameUnit &&
      known.unitColumn === unitColumn &&
      known.direction === direction
    ) {
      return known.target;
    }
    const target = parseTarget(value, format, targetContext(nameUnit, unitColumn, direction));
    this.targets.set(value, { format, nameUnit, unitColumn, direction, target });
    return target;
  }

  /** parseActual(value, format). */
  actual(value: CellValue, format: string): Actual {
    if (typeof value !== 'string' && typeof value !== 'number') return parseActual(value, format);
    const known = this.actuals.get(value);
    if (known !== undefined && known.format === format) return known.actual;
    const actual = parseActual(value, format);
    this.actuals.set(value, { format, actual });
    return actual;
  }
}
