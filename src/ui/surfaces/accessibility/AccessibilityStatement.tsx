import { Link, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import { useServices } from '../../../app/ServicesProvider';

/** When the app was last tested, and this statement prepared and reviewed. */
export const STATEMENT_PREPARED = '1 December 2026';

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

function List({ items }: { items: readonly ReactNode[] }) {
  const s = useStyles();
  return (
    <ul className={s.list}>
      {items.map((item, i) => (
        <li key={i}>
          <Text>{item}</Text>
        </li>
      ))}
    </ul>
  );
}

/**
 * The app's accessibility statement, in the form of the GOV.UK model statement
 * (https://www.gov.uk/government/publications/sample-accessibility-statement): what it applies to,
 * how accessible it is, how to report a problem, the enforcement procedure, the compliance status,
 * what does not meet WCAG 2.2 AA, and how it was tested. Kept beside the tests it reports on
 * (test/browser/accessibility.test.ts, test/browser/keyboard.test.ts; docs/accessibility.md).
 */
export function AccessibilityStatement() {
  const s = useStyles();
  const { settings } = useServices();
  const area = settings.areaName;
  const coordinator = settings.coordinators[0];
  return (
    <article className={s.page} aria-labelledby="accessibility-statement-title">
      <Text as="h1" size={700} weight="semibold" id="accessibility-statement-title">
        Accessibility statement for MAPPA Panel
      </Text>
      <P>
        This accessibility statement applies to MAPPA Panel, the app {area} uses in Microsoft Teams, Outlook and the
        Microsoft 365 app to run Multi-Agency Public Protection Arrangements (MAPPA) panels: the meeting side panel, the
        meeting stage, the minutes in the meeting tab, the tab configuration page, and the My actions and Panels
        personal tabs.
      </P>
      <P>
        This app is run by {area}. We want as many people as possible to be able to use it. For example, that means you
        should be able to:
      </P>
      <List
        items={[
          'use it in the Teams light, dark and high contrast themes, which it follows as you change them',
          'use the meeting side panel at 280 pixels wide, as narrow as Teams makes it, without scrolling sideways',
          'do everything in it using just a keyboard, with a visible focus indicator',
          'hide all case content at once with Ctrl+Shift+H, and show it again when nobody can see your screen',
          'use most of it with a screen reader: headings, labels, errors and save messages are announced',
        ]}
      />
      <P>
        We have also made the text as simple as we can. AbilityNet has{' '}
        <Link href="https://mcmw.abilitynet.org.uk/" target="_blank" rel="noreferrer">
          advice on making your device easier to use
        </Link>{' '}
        if you have a disability.
      </P>

      <H2>How accessible this app is</H2>
      <P>We know some parts of this app are not fully accessible:</P>
      <List
        items={[
          'when two people change the same field at once, the message names the field by its internal path (for example “media.plan”) rather than by its label',
          'the Word documents the app exports (the minutes and the executive summary) have not been checked for accessibility',
          'the minutes editor and the Panels page have not been checked at 400% zoom (320 pixels wide)',
          'the app has not yet been tested with screen reader users or other disabled people',
        ]}
      />

      <H2>Feedback and contact information</H2>
      <P>
        If you need information from this app in a different format, or you have a question about this statement,
        contact{' '}
        {coordinator ? `${coordinator.name}, the MAPPA coordinator (${coordinator.email})` : 'your MAPPA coordinator'}.
        We will consider your request and get back to you within 5 working days.
      </P>

      <H2>Reporting accessibility problems with this app</H2>
      <P>
        We are always looking to improve the accessibility of this app. If you find any problems not listed on this page
        or think we are not meeting accessibility requirements, contact{' '}
        {coordinator ? `${coordinator.name} (${coordinator.email})` : 'your MAPPA coordinator'}.
      </P>

      <H2>Enforcement procedure</H2>
      <P>
        The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies (Websites
        and Mobile Applications) (No. 2) Accessibility Regulations 2018 (the “accessibility regulations”). If you are
        not happy with how we respond to your complaint,{' '}
        <Link href="https://www.equalityadvisoryservice.com/" target="_blank" rel="noreferrer">
          contact the Equality Advisory and Support Service (EASS)
        </Link>
        .
      </P>

      <H2>Technical information about this app’s accessibility</H2>
      <P>
        {area} is committed to making its apps accessible, in accordance with the Public Sector Bodies (Websites and
        Mobile Applications) (No. 2) Accessibility Regulations 2018.
      </P>
      <H3>Compliance status</H3>
      <P>
        This app is partially compliant with the{' '}
        <Link href="https://www.w3.org/TR/WCAG22/" target="_blank" rel="noreferrer">
          Web Content Accessibility Guidelines version 2.2
        </Link>{' '}
        AA standard, due to the non-compliances listed below.
      </P>

      <H2>Non-accessible content</H2>
      <P>The content listed below is non-accessible for the following reasons.</P>
      <H3>Non-compliance with the accessibility regulations</H3>
      <List
        items={[
          'When two people change the same field, the conflict message names the field by its internal path instead of its label, so it may be hard to tell which field it means. This fails WCAG 2.2 success criterion 3.3.1 (error identification). We plan to name the field by its label.',
          'The exported Word minutes and executive summary have not been checked against WCAG 2.2. They may not meet success criteria 1.3.1 (info and relationships) and 2.4.6 (headings and labels). We plan to check them and fix what we find.',
        ]}
      />
      <H3>Content that is not within the scope of the accessibility regulations</H3>
      <P>
        Microsoft Teams, Outlook and the Microsoft 365 app, which show this app, are not run by us: the meeting
        controls, the chat and the frame round the app are Microsoft’s.
      </P>

      <H2>What we are doing to improve accessibility</H2>
      <P>
        Every change to the app is tested automatically as described below, and a change that adds a serious or critical
        accessibility fault cannot be merged. We plan to fix the problems listed above and to test the app with screen
        reader users.
      </P>

      <H2>Preparation of this accessibility statement</H2>
      <P>
        This statement was prepared on {STATEMENT_PREPARED}. It was last reviewed on {STATEMENT_PREPARED}.
      </P>
      <P>
        This app was last tested on {STATEMENT_PREPARED} against the WCAG 2.2 AA standard. The test was carried out by
        the app’s developers, with automated and scripted tests in the Chromium browser:
      </P>
      <List
        items={[
          'axe-core (WCAG 2.0, 2.1 and 2.2, levels A and AA) on every surface in the light, dark and high contrast themes, in every state a person reaches: the confidentiality statement, each step of the side panel (as chair and read only), each section of the minutes editor, forms and dialogs open, errors shown, and lists empty and full. No serious or critical fault remains.',
          'the main tasks done by keyboard alone: the order focus moves in, a visible focus indicator on every control reached, Escape closing dialogs and forms, and the Ctrl+Shift+H shortcut',
          'checks that saves, conflicts and errors are announced to screen readers through live regions',
        ]}
      />
      <P>
        The finalised minutes (distribution and corrections) and the Microsoft 365 site setup were not part of the
        automated walk through every theme.
      </P>
    </article>
  );
}

export default AccessibilityStatement;
