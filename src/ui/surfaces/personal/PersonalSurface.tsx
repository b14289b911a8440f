import { makeStyles, tokens } from '@fluentui/react-components';
import { Suspense, useEffect, useState } from 'react';

import { useServices } from '../../../app/ServicesProvider';
import { accessTo, areaFacts, may } from '../../../core/access/policy';
import type { MessageKey } from '../../../i18n/message';
import { useT } from '../../i18n/I18nProvider';
import { PlainLink } from '../../shell/PlainLink';
import { Loading, SurfaceReady } from '../SurfaceMessages';
import {
  AccessibilityStatement,
  AuditPage,
  CoordinatorActionsPage,
  MailOutboxPage,
  MyActionsPage,
  PanelsPage,
} from './routePages';
import { hrefFor, routeFrom, type PersonalRoute } from './routes';

const useStyles = makeStyles({
  nav: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    marginBottom: tokens.spacingVerticalM,
  },
  current: { fontWeight: tokens.fontWeightSemibold },
});

const labels: Record<PersonalRoute, MessageKey> = {
  'my-actions': 'surfaces.personal.myActions',
  panels: 'surfaces.personal.panels',
  'panels/actions': 'surfaces.personal.allActions',
  'panels/audit': 'surfaces.personal.audit',
  outbox: 'surfaces.personal.outbox',
  accessibility: 'surfaces.personal.accessibility',
};

/** The personal tabs: My actions for everyone, Panels for coordinators, and local mode's outbox. */
export function PersonalSurface() {
  const styles = useStyles();
  const t = useT();
  const { host, mode, me, settings } = useServices();
  // All actions and the audit page are the coordinators' alone (policy `readAudit`); others are not
  // shown their links, and a direct address still reaches each page's own refusal.
  const coordinator = may(accessTo(me, areaFacts(settings.coordinators)), 'readAudit');
  // The deep link's sub-page opens first; the page's own links move on from there.
  const [route, setRoute] = useState(() =>
    routeFrom(window.location.hash, host.context.pageId, host.context.subPageId),
  );

  useEffect(() => {
    const follow = () => setRoute(routeFrom(window.location.hash, host.context.pageId));
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, [host]);

  const shown: PersonalRoute[] = [
    'my-actions',
    'panels',
    ...(coordinator ? ['panels/actions' as const, 'panels/audit' as const] : []),
    ...(mode === 'local' ? ['outbox' as const] : []),
    'accessibility',
  ];
  return (
    <>
      <nav aria-label={t('surfaces.personal.nav')} className={styles.nav}>
        {shown.map((r) => (
          <PlainLink
            key={r}
            href={hrefFor(r)}
            aria-current={r === route ? 'page' : undefined}
            className={r === route ? styles.current : undefined}
            // The address may already name this route (a deep link opened another): no hashchange then.
            onClick={() => setRoute(r)}
          >
            {t(labels[r])}
          </PlainLink>
        ))}
      </nav>
      <Suspense fallback={<Loading />}>
        {route === 'my-actions' && <MyActionsPage />}
        {route === 'panels' && <PanelsPage />}
        {route === 'panels/actions' && <CoordinatorActionsPage />}
        {route === 'panels/audit' && <AuditPage />}
        {route === 'outbox' && <MailOutboxPage />}
        {route === 'accessibility' && <AccessibilityStatement />}
        <SurfaceReady />
      </Suspense>
    </>
  );
}
