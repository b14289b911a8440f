import { makeStyles, MessageBar, MessageBarBody, Spinner, Text, tokens } from '@fluentui/react-components';
import { useCallback, useMemo, useState } from 'react';

import { useMyActions } from '../../app/actions/useActionLists';
import { useServices } from '../../app/ServicesProvider';
import type { Action } from '../../core/actions/action.schema';
import { dueState, groupByPanel } from '../../core/actions/dueState';
import { toMyActionView } from '../../core/actions/myActions';
import { ActionItem } from './ActionItem';
import { useT } from '../i18n/I18nProvider';
import { PageHeading, Pager } from './parts';
import { WrittenUpdateForm } from './WrittenUpdateForm';

/** Panels per page: a person with hundreds of actions still gets a fast first render. */
export const PANELS_PER_PAGE = 20;

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '60rem' },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  heading: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'baseline' },
});

/** My actions: every action the signed-in person owns, across panels, grouped by panel, overdue first. */
export default function MyActionsPage() {
  const styles = useStyles();
  const t = useT();
  const services = useServices();
  const { clock, settings } = services;
  const [loaded, , patch] = useMyActions();
  const [page, setPage] = useState(0);

  // The clock is read once per change of the list, so every badge agrees on "today".
  const { opts, groups } = useMemo(() => {
    const opts = { now: clock.now(), withinDays: settings.reminderDays, timeZone: settings.timeZone };
    return { opts, groups: loaded.state === 'ready' ? groupByPanel(loaded.value, opts) : [] };
  }, [clock, settings, loaded]);

  const onSaved = useCallback(
    (saved: Action) => patch((list) => list.map((a) => (a.id === saved.id ? toMyActionView(saved) : a))),
    [patch],
  );

  if (loaded.state === 'loading') return <Spinner label={t('actions.my.loading')} />;
  if (loaded.state === 'error') {
    return (
      <MessageBar intent="error" role="alert">
        <MessageBarBody>{t('actions.my.loadFailed')}</MessageBarBody>
      </MessageBar>
    );
  }

  const overdue = groups.reduce((n, g) => n + g.overdue, 0);
  const dueSoon = groups.reduce((n, g) => n + g.dueSoon, 0);
  const pageCount = Math.ceil(groups.length / PANELS_PER_PAGE);
  const shown = groups.slice(page * PANELS_PER_PAGE, (page + 1) * PANELS_PER_PAGE);

  return (
    <div className={styles.page}>
      <PageHeading
        title={t('actions.my.title')}
        summary={
          loaded.value.length === 0
            ? t('actions.my.none')
            : t('actions.my.summary', {
                count: loaded.value.length,
                panels: groups.length,
                overdue,
                dueSoon,
                days: settings.reminderDays,
              })
        }
      />
      {shown.map((g) => (
        <section key={g.caseId} aria-labelledby={`panel-${g.caseId}`} className={styles.panel}>
          <div className={styles.heading}>
            <Text as="h3" size={400} weight="semibold" id={`panel-${g.caseId}`}>
              {t('actions.my.panel', { reference: g.caseReference })}
            </Text>
            {g.overdue > 0 && <Text size={200}>{t('actions.my.panelOverdue', { count: g.overdue })}</Text>}
          </div>
          <ul className={styles.list}>
            {g.actions.map((a) => (
              <li key={a.id}>
                <ActionItem action={a} due={dueState(a, opts)} onSaved={onSaved} />
              </li>
            ))}
          </ul>
          <WrittenUpdateForm caseId={g.caseId} caseReference={g.caseReference} />
        </section>
      ))}
      <Pager page={page} pageCount={pageCount} onPage={setPage} label={t('actions.my.pages')} />
    </div>
  );
}
