/** The pane's header: the add-in's name, the project the workbook names and the scoring profile. */
import type { Report } from '../../app/report';
import { profileName, type PaneMessages } from '../messages';

export interface HeaderProps {
  readonly messages: PaneMessages;
  /** Undefined until the workbook has been read. */
  readonly project: Report['project'] | undefined;
  readonly profile: string;
}

export function Header({ messages, project, profile }: HeaderProps) {
  const name = project ? (project.name ?? messages.projectNameMissing) : messages.notEvaluated;
  return (
    <header className="pe-header">
      <h1 className="pe-title">{messages.appTitle}</h1>
      <dl className="pe-facts pe-body">
        <dt className="pe-muted">{messages.projectLabel}</dt>
        <dd className={project?.name ? 'pe-strong' : 'pe-muted'} data-testid="project-name">
          {name}
        </dd>
        <dt className="pe-muted">{messages.profileLabel}</dt>
        <dd>{profileName(messages, profile)}</dd>
      </dl>
    </header>
  );
}
