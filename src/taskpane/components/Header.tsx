/**
 * The pane's header: the add-in's name, the project the workbook names (under it 评价类型 · 年度 ·
 * 截止日期: the mode the last reading took, the year, the as-of date) and the scoring profile — a
 * drop-down (a native select: Fluent's Dropdown would cost its positioning code in the pane's budget)
 * of 自动 and the four profiles, and under it the profile the workbook was last read under and how it
 * was found. A profile chosen here is remembered in the workbook with the next outputs, and shown
 * selected when the workbook reopens.
 */
import { useId } from 'react';
import type { Report } from '../../app/report';
import type { PaneState, ProfileChoiceState } from '../usePaneActions';
import { PROFILES } from '../../domain/schema/profiles';
import type { PaneMessages } from '../messages';
import type { EvaluationMode } from '../../domain/workbookSettings';

export interface HeaderProps {
  readonly messages: PaneMessages;
  /** Undefined until the workbook has been read. */
  readonly project: Report['project'] | undefined;
  /** The drop-down as set in this session (undefined: untouched). */
  readonly profileChoice: ProfileChoiceState | undefined;
  readonly readProfile: PaneState['readProfile'];
  /** The mode the last reading took (undefined before the first). */
  readonly mode: EvaluationMode | undefined;
  readonly busy: boolean;
  readonly onChooseProfile: (id: string | undefined) => void;
}

const AUTO = '';

export function Header({ messages, project, profileChoice, readProfile, mode, busy, onChooseProfile }: HeaderProps) {
  const selectId = useId();
  const name = project ? (project.name ?? messages.projectNameMissing) : messages.notEvaluated;
  // Untouched, the drop-down shows the profile the workbook remembers (else 自动).
  const facts = project && mode ? messages.projectFacts(mode, project.evaluationType, project.year, project.asOf) : '';
  const value = profileChoice ? (profileChoice.id ?? AUTO) : readProfile?.source === 'remembered' ? readProfile.id : AUTO;
  return (
    <header className="pe-header">
      <h1 className="pe-title">{messages.appTitle}</h1>
      <dl className="pe-facts pe-body">
        <dt className="pe-muted">{messages.projectLabel}</dt>
        <dd className={project?.name ? 'pe-strong' : 'pe-muted'} data-testid="project-name">
          {name}
        </dd>
        {facts !== '' ? (
          <dd className="pe-small pe-muted pe-project-facts" data-testid="project-facts">
            {facts}
          </dd>
        ) : null}
        <dt className="pe-muted pe-select-label">
          <label htmlFor={selectId}>{messages.profileLabel}</label>
        </dt>
        <dd>
          <select
            id={selectId}
            className="pe-select pe-body"
            data-testid="profile"
            title={messages.profileHint}
            value={value}
            disabled={busy}
            onChange={(event) => onChooseProfile(event.target.value === AUTO ? undefined : event.target.value)}
          >
            <option value={AUTO}>{messages.profileAuto}</option>
            {PROFILES.map((p) => (
              <option key={p.id} value={p.id}>
                {messages.profiles[p.id] ?? p.id}
              </option>
            ))}
          </select>
          {readProfile ? (
            <span className="pe-small pe-muted pe-profile-used" data-testid="profile-in-use">
              {messages.profileInUse(readProfile.label, readProfile.source)}
            </span>
          ) : null}
        </dd>
      </dl>
    </header>
  );
}
