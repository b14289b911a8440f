import { mergeClasses } from '@fluentui/react-components';

import { actionStatuses, type ActionStatus } from '../../core/actions/action.schema';
import type { DueState } from '../../core/actions/dueState';
import { useT } from '../i18n/I18nProvider';
import { useListClasses } from './parts';

// An action's status and due date as list badges, and the statuses as options. They are kept out of
// `parts.tsx`, whose list classes and pager the register shares: a page that shows no action should
// not load the catalogue's actions area.

const statusTone = {
  done: 'success',
  inProgress: 'brand',
  open: 'informative',
  notDoneCircumstances: 'warning',
  notDoneAgency: 'warning',
} as const satisfies Record<ActionStatus, string>;

export function StatusBadge({ status }: { status: ActionStatus }) {
  const c = useListClasses();
  const t = useT();
  return <span className={mergeClasses(c.badge, c[statusTone[status]])}>{t(`actions.status.${status}`)}</span>;
}

/** Every action status as a `<select>`'s options, each named in the reader's language. */
export function StatusOptions() {
  const t = useT();
  return (
    <>
      {(Object.keys(actionStatuses) as ActionStatus[]).map((value) => (
        <option key={value} value={value}>
          {t(`actions.status.${value}`)}
        </option>
      ))}
    </>
  );
}

export function DueBadge({ state }: { state: DueState }) {
  const c = useListClasses();
  const t = useT();
  if (state === 'overdue') return <span className={mergeClasses(c.badge, c.danger)}>{t('actions.due.overdue')}</span>;
  if (state === 'dueSoon') return <span className={mergeClasses(c.badge, c.warning)}>{t('actions.due.dueSoon')}</span>;
  return null;
}
