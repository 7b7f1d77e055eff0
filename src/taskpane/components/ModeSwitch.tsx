/**
 * 评价类型: self-evaluation or tracking (DOMAIN.md §9). Shows the mode of the last reading (the workbook's
 * remembered choice, its 评价类型 or its as-of date) until the user picks one; the pick is passed to every
 * action and remembered in the workbook by 计算并写入. A native select: small, and keyboard-ready everywhere.
 */
import { useId } from 'react';
import type { EvaluationMode } from '../../domain/workbookSettings';
import type { PaneMessages } from '../messages';

export interface ModeSwitchProps {
  readonly messages: PaneMessages;
  /** The mode shown; undefined until the workbook has been read. */
  readonly mode: EvaluationMode | undefined;
  readonly disabled: boolean;
  readonly onChange: (mode: EvaluationMode) => void;
}

const MODES: readonly EvaluationMode[] = ['selfEvaluation', 'tracking'];

function isMode(value: string): value is EvaluationMode {
  return (MODES as readonly string[]).includes(value);
}

export function ModeSwitch({ messages, mode, disabled, onChange }: ModeSwitchProps) {
  const id = useId();
  return (
    <div className="pe-mode pe-body">
      <label htmlFor={id} className="pe-muted">
        {messages.modeLabel}
      </label>
      <select
        id={id}
        className="pe-select"
        title={messages.modeHint}
        value={mode ?? 'selfEvaluation'}
        disabled={disabled}
        data-testid="mode"
        onChange={(e) => {
          if (isMode(e.target.value)) onChange(e.target.value);
        }}
      >
        {MODES.map((m) => (
          <option key={m} value={m}>
            {messages.modes[m]}
          </option>
        ))}
      </select>
    </div>
  );
}
