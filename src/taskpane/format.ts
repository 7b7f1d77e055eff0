/** Number display in the pane. Scores arrive already rounded half-up to 2 decimals by the engine. */
import type { BadgeProps } from '@fluentui/react-components';
import type { Grade } from '../domain/model';

/** `62.5` → `62.50`. */
export function formatScore(value: number): string {
  return value.toFixed(2);
}

/** A fraction as a percentage with 2 decimals: `0.6304` → `63.04%`; null → the "not available" text. */
export function formatRate(rate: number | null, notAvailable: string): string {
  return rate === null || !Number.isFinite(rate) ? notAvailable : `${(rate * 100).toFixed(2)}%`;
}

/** Badge colour per grade, in Fluent's palette vocabulary (no literal colours). */
export const GRADE_COLOR: Readonly<Record<Grade, NonNullable<BadgeProps['color']>>> = {
  优: 'success',
  良: 'brand',
  中: 'warning',
  差: 'danger',
};
