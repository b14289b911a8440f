import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';

import { useMyActions } from '../../app/actions/useActionLists';
import { useServices } from '../../app/ServicesProvider';
import type { Action } from '../../core/actions/action.schema';
import { dueStateFor, groupByPanel, localDate, type DueState, type PanelGroup } from '../../core/actions/dueState';
import { toMyActionView, type MyActionView } from '../../core/actions/myActions';
import { ActionItem } from './ActionItem';
import { useT } from '../i18n/I18nProvider';
import { ListStyles, PageHeading } from './parts';
import { WrittenUpdateForm } from './WrittenUpdateForm';

/**
 * About how many actions the first view shows, and each "Show more panels" adds: whole panels, the
 * most urgent first, until the next would pass this (always at least one). A person with a few
 * actions sees them all at once; one with hundreds gets the overdue ones without waiting for the rest.
 */
export const ACTIONS_PER_VIEW = 15;

/** How many panels, from `from`, make up the next view of about `ACTIONS_PER_VIEW` actions. */
export function panelsInView(groups: readonly PanelGroup<unknown>[], from: number): number {
  let end = from;
  let actions = 0;
  while (end < groups.length) {
    const next = actions + groups[end]!.actions.length;
    if (end > from && next > ACTIONS_PER_VIEW) break;
    actions = next;
    end += 1;
  }
  return end;
}

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
  panelTitle: { ...typographyStyles.subtitle2, margin: 0 },
  panelOverdue: { ...typographyStyles.caption1 },
  more: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'center' },
  progress: { ...typographyStyles.body1, margin: 0, color: tokens.colorNeutralForeground3 },
});

const panelHeadingId = (caseId: string) => `panel-${caseId}`;

/**
 * My actions: every action the signed-in person owns, across panels, grouped by panel, overdue first.
 * The list's classes are resolved and their CSS inserted as the page mounts, while the store is read,
 * so the first view of the list waits only for its own markup.
 */
export default function MyActionsPage() {
  return (
    <ListStyles>
      <MyActions />
    </ListStyles>
  );
}

function MyActions() {
  const styles = useStyles();
  const t = useT();
  const services = useServices();
  const { clock, settings } = services;
  const [loaded, , patch] = useMyActions();
  // How many panels are on screen; undefined until the list is in (then the first view's worth).
  const [shownPanels, setShownPanels] = useState<number>();
  // The panel whose heading takes focus once "Show more panels" has revealed it.
  const focusPanel = useRef<string | undefined>(undefined);

  // The clock is read once per change of the list, so every badge agrees on "today".
  const { groups, dueOf } = useMemo(() => {
    const opts = { now: clock.now(), withinDays: settings.reminderDays, timeZone: settings.timeZone };
    return {
      groups: loaded.state === 'ready' ? groupByPanel(loaded.value, opts) : [],
      dueOf: dueStateFor(localDate(opts.now, opts.timeZone), opts.withinDays),
    };
  }, [clock, settings, loaded]);

  const onSaved = useCallback(
    (saved: Action) => patch((list) => list.map((a) => (a.id === saved.id ? toMyActionView(saved) : a))),
    [patch],
  );

  const shown = Math.min(groups.length, shownPanels ?? panelsInView(groups, 0));
  const showMore = () => {
    focusPanel.current = groups[shown]?.caseId;
    setShownPanels(panelsInView(groups, shown));
  };
  useEffect(() => {
    if (!focusPanel.current) return;
    document.getElementById(panelHeadingId(focusPanel.current))?.focus();
    focusPanel.current = undefined;
  }, [shown]);

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
  // Once there is more than one view, the count of panels on screen is said, and said again as it grows.
  const inViews = panelsInView(groups, 0) < groups.length;

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
      {groups.slice(0, shown).map((g) => (
        <PanelActions key={g.caseId} group={g} dueOf={dueOf} onSaved={onSaved} styles={styles} />
      ))}
      {inViews && (
        <div className={styles.more}>
          <p role="status" className={styles.progress}>
            {t('actions.my.showing', { shown, panels: groups.length })}
          </p>
          {shown < groups.length && <Button onClick={showMore}>{t('actions.my.showMore')}</Button>}
        </div>
      )}
    </div>
  );
}

/** One panel's actions and its written update, named by the case reference alone. */
function PanelActions({
  group,
  dueOf,
  onSaved,
  styles,
}: {
  group: PanelGroup<MyActionView>;
  dueOf: (a: MyActionView) => DueState;
  onSaved: (action: Action) => void;
  /** The page's classes, resolved once for every panel. */
  styles: ReturnType<typeof useStyles>;
}) {
  const t = useT();
  const headingId = panelHeadingId(group.caseId);
  return (
    <section aria-labelledby={headingId} className={styles.panel}>
      <div className={styles.heading}>
        {/* Focusable by script alone: "Show more panels" moves focus to the first panel it reveals. */}
        <h3 id={headingId} tabIndex={-1} className={styles.panelTitle}>
          {t('actions.my.panel', { reference: group.caseReference })}
        </h3>
        {group.overdue > 0 && (
          <span className={styles.panelOverdue}>{t('actions.my.panelOverdue', { count: group.overdue })}</span>
        )}
      </div>
      <ul className={styles.list}>
        {group.actions.map((a) => (
          <li key={a.id}>
            <ActionItem action={a} due={dueOf(a)} onSaved={onSaved} />
          </li>
        ))}
      </ul>
      <WrittenUpdateForm caseId={group.caseId} caseReference={group.caseReference} />
    </section>
  );
}
