import { Link, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import { useServices } from '../../../app/ServicesProvider';
import type { MessageKey } from '../../../i18n/message';
import { Say, useT } from '../../i18n/I18nProvider';

/** When the app was last tested, and this statement prepared and reviewed. */
export const STATEMENT_PREPARED = '2026-12-01';

const useStyles = makeStyles({
  page: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    maxWidth: '44rem',
    overflowWrap: 'anywhere',
  },
  h2: { marginTop: tokens.spacingVerticalL, marginBottom: 0 },
  h3: { marginTop: tokens.spacingVerticalM, marginBottom: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

function H2({ children }: { children: ReactNode }) {
  const s = useStyles();
  return (
    <Text as="h2" size={500} weight="semibold" className={s.h2}>
      {children}
    </Text>
  );
}

function H3({ children }: { children: ReactNode }) {
  const s = useStyles();
  return (
    <Text as="h3" size={400} weight="semibold" className={s.h3}>
      {children}
    </Text>
  );
}

function P({ children }: { children: ReactNode }) {
  return <Text as="p">{children}</Text>;
}

function List({ items }: { items: readonly MessageKey[] }) {
  const s = useStyles();
  const t = useT();
  return (
    <ul className={s.list}>
      {items.map((item) => (
        <li key={item}>
          <Text>{t(item)}</Text>
        </li>
      ))}
    </ul>
  );
}

/** A link out of the app, opened beside it. */
const external = (href: string) =>
  function ExternalLink(chunks: ReactNode[]) {
    return (
      <Link href={href} target="_blank" rel="noreferrer">
        {chunks}
      </Link>
    );
  };

/**
 * The app's accessibility statement, in the form of the GOV.UK model statement
 * (https://www.gov.uk/government/publications/sample-accessibility-statement): what it applies to,
 * how accessible it is, how to report a problem, the enforcement procedure, the compliance status,
 * what does not meet WCAG 2.2 AA, and how it was tested. Kept beside the tests it reports on
 * (test/browser/accessibility.test.ts, test/browser/keyboard.test.ts; docs/accessibility.md).
 * English and Welsh (the `statement` area of the catalogue), as the Welsh Language Standards ask.
 */
export function AccessibilityStatement() {
  const s = useStyles();
  const t = useT();
  const { settings } = useServices();
  const area = settings.areaName;
  const coordinator = settings.coordinators[0];
  const date = t.date(STATEMENT_PREPARED, { dateStyle: 'long', timeZone: 'Europe/London' });
  const contact = coordinator
    ? { name: coordinator.name, email: coordinator.email, known: 'yes' }
    : { name: '', email: '', known: 'no' };
  return (
    <article className={s.page} aria-labelledby="accessibility-statement-title">
      <Text as="h1" size={700} weight="semibold" id="accessibility-statement-title">
        {t('statement.title')}
      </Text>
      <P>{t('statement.appliesTo', { area })}</P>
      <P>{t('statement.runBy', { area })}</P>
      <List
        items={[
          'statement.able.themes',
          'statement.able.narrow',
          'statement.able.keyboard',
          'statement.able.hide',
          'statement.able.screenReader',
        ]}
      />
      <P>
        <Say k="statement.abilityNet" parts={{ link: external('https://mcmw.abilitynet.org.uk/') }} />
      </P>

      <H2>{t('statement.howAccessible.title')}</H2>
      <P>{t('statement.howAccessible.intro')}</P>
      <List items={['statement.howAccessible.word', 'statement.howAccessible.zoom', 'statement.howAccessible.users']} />

      <H2>{t('statement.feedback.title')}</H2>
      <P>{t('statement.feedback.body', contact)}</P>

      <H2>{t('statement.reporting.title')}</H2>
      <P>{t('statement.reporting.body', contact)}</P>

      <H2>{t('statement.enforcement.title')}</H2>
      <P>
        <Say k="statement.enforcement.body" parts={{ link: external('https://www.equalityadvisoryservice.com/') }} />
      </P>

      <H2>{t('statement.technical.title')}</H2>
      <P>{t('statement.technical.body', { area })}</P>
      <H3>{t('statement.compliance.title')}</H3>
      <P>
        <Say k="statement.compliance.body" parts={{ link: external('https://www.w3.org/TR/WCAG22/') }} />
      </P>

      <H2>{t('statement.nonAccessible.title')}</H2>
      <P>{t('statement.nonAccessible.intro')}</P>
      <H3>{t('statement.nonCompliance.title')}</H3>
      <List items={['statement.nonCompliance.word']} />
      <H3>{t('statement.outOfScope.title')}</H3>
      <P>{t('statement.outOfScope.body')}</P>

      <H2>{t('statement.improving.title')}</H2>
      <P>{t('statement.improving.body')}</P>

      <H2>{t('statement.preparation.title')}</H2>
      <P>{t('statement.preparation.prepared', { date })}</P>
      <P>{t('statement.preparation.tested', { date })}</P>
      <List
        items={['statement.preparation.axe', 'statement.preparation.keyboard', 'statement.preparation.liveRegions']}
      />
    </article>
  );
}

export default AccessibilityStatement;
