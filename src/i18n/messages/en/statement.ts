/** English messages of the statement area: the accessibility statement, in the GOV.UK model form (see docs/i18n.md). */
export const statement = {
  'statement.title': 'Accessibility statement for MAPPA Panel',
  'statement.appliesTo':
    'This accessibility statement applies to MAPPA Panel, the app {area} uses in Microsoft Teams, Outlook and the Microsoft 365 app to run Multi-Agency Public Protection Arrangements (MAPPA) panels: the meeting side panel, the meeting stage, the minutes in the meeting tab, the tab configuration page, and the My actions and Panels personal tabs.',
  'statement.runBy':
    'This app is run by {area}. We want as many people as possible to be able to use it. For example, that means you should be able to:',
  'statement.able.themes':
    'use it in the Teams light, dark and high contrast themes, which it follows as you change them',
  'statement.able.narrow':
    'use the meeting side panel at 280 pixels wide, as narrow as Teams makes it, without scrolling sideways',
  'statement.able.keyboard': 'do everything in it using just a keyboard, with a visible focus indicator',
  'statement.able.hide':
    'hide all case content at once with Ctrl+Shift+H, and show it again when nobody can see your screen',
  'statement.able.screenReader':
    'use most of it with a screen reader: headings, labels, errors and save messages are announced',
  'statement.abilityNet':
    'We have also made the text as simple as we can. AbilityNet has <link>advice on making your device easier to use</link> if you have a disability.',

  'statement.howAccessible.title': 'How accessible this app is',
  'statement.howAccessible.intro': 'We know some parts of this app are not fully accessible:',
  'statement.howAccessible.word':
    'the Word documents the app exports (the minutes and the executive summary) have not been checked for accessibility',
  'statement.howAccessible.zoom':
    'the minutes editor and the Panels page have not been checked at 400% zoom (320 pixels wide)',
  'statement.howAccessible.users': 'the app has not yet been tested with screen reader users or other disabled people',

  'statement.feedback.title': 'Feedback and contact information',
  'statement.feedback.body':
    'If you need information from this app in a different format, or you have a question about this statement, contact {known, select, yes {{name}, the MAPPA coordinator ({email})} other {your MAPPA coordinator}}. We will consider your request and get back to you within 5 working days.',

  'statement.reporting.title': 'Reporting accessibility problems with this app',
  'statement.reporting.body':
    'We are always looking to improve the accessibility of this app. If you find any problems not listed on this page or think we are not meeting accessibility requirements, contact {known, select, yes {{name} ({email})} other {your MAPPA coordinator}}.',

  'statement.enforcement.title': 'Enforcement procedure',
  'statement.enforcement.body':
    'The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018 (the “accessibility regulations”). If you are not happy with how we respond to your complaint, <link>contact the Equality Advisory and Support Service (EASS)</link>.',

  'statement.technical.title': 'Technical information about this app’s accessibility',
  'statement.technical.body':
    '{area} is committed to making its apps accessible, in accordance with the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018.',
  'statement.compliance.title': 'Compliance status',
  'statement.compliance.body':
    'This app is partially compliant with the <link>Web Content Accessibility Guidelines version 2.2</link> AA standard, due to the non-compliances listed below.',

  'statement.nonAccessible.title': 'Non-accessible content',
  'statement.nonAccessible.intro': 'The content listed below is non-accessible for the following reasons.',
  'statement.nonCompliance.title': 'Non-compliance with the accessibility regulations',
  'statement.nonCompliance.word':
    'The exported Word minutes and executive summary have not been checked against WCAG 2.2. They may not meet success criteria 1.3.1 (info and relationships) and 2.4.6 (headings and labels). We plan to check them and fix what we find.',
  'statement.outOfScope.title': 'Content that is not within the scope of the accessibility regulations',
  'statement.outOfScope.body':
    'Microsoft Teams, Outlook and the Microsoft 365 app, which show this app, are not run by us: the meeting controls, the chat and the frame round the app are Microsoft’s.',

  'statement.improving.title': 'What we are doing to improve accessibility',
  'statement.improving.body':
    'Every change to the app is tested automatically as described below, and a change that adds a serious or critical accessibility fault cannot be merged. We plan to fix the problems listed above and to test the app with screen reader users.',

  'statement.preparation.title': 'Preparation of this accessibility statement',
  'statement.preparation.prepared': 'This statement was prepared on {date}. It was last reviewed on {date}.',
  'statement.preparation.tested':
    'This app was last tested on {date} against the WCAG 2.2 AA standard. The test was carried out by the app’s developers, with automated and scripted tests in the Chromium browser:',
  'statement.preparation.axe':
    'axe-core (WCAG 2.0, 2.1 and 2.2, levels A and AA) on every surface in the light, dark and high contrast themes, in every state a person reaches: the confidentiality statement, each step of the side panel (as chair and read only), each section of the minutes editor, forms and dialogs open, errors shown, lists empty and full, the finalised minutes with their export and distribution, a correction in progress and signed, and the Microsoft 365 site set-up. No serious or critical fault remains.',
  'statement.preparation.keyboard':
    'the main tasks done by keyboard alone: the order focus moves in, a visible focus indicator on every control reached, Escape closing dialogs and forms, and the Ctrl+Shift+H shortcut',
  'statement.preparation.liveRegions':
    'checks that saves, conflicts and errors are announced to screen readers through live regions',
};
