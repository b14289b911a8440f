import {
  allReasons,
  checkJobcentrePlusNotification,
  smuggledOffenceDetails,
} from '../../../src/core/disclosure/jobcentrePlus';
import { protectedIndex } from '../../../src/core/protection/matcher';
import { cy } from '../../../src/i18n/messages/cy';
import { createTranslator, english } from '../../../src/i18n/translator';

const notification = (description: string) => ({
  identity: { name: 'John Example', dateOfBirth: '1988-03-04', nationalInsuranceNumber: 'QQ123456C' },
  restrictions: [{ kind: 'work', description, until: '2028-06-30' }],
  riskToStaff: 'no',
});

/** Restrictions as chairs write them: the kinds of work, who with, where. */
const clean = [
  'Any work with children under 18',
  'Work in schools, nurseries, youth clubs or children’s play areas',
  'Work with vulnerable adults, including care homes',
  'Work giving unsupervised access to people’s homes',
  'Taxi or private hire driving',
  'Security work or door supervision',
  'Training courses held in schools',
  'Work where he would handle cash unsupervised',
];

/** Offence details smuggled into a restriction, as they actually get written. */
const smuggled = [
  'No work with children because of his conviction for sexual assault of a child',
  'Not with children: he was convicted in 2019',
  'Work with children, given his offences against his stepdaughter',
  'No care work: he financially exploited an elderly neighbour',
  'Away from women: he raped a former partner',
  'No work near the victim’s home town',
  'Not in schools (indecent images)',
  'No door work after the GBH in 2021',
  'Not with children; he is a registered sex offender',
  'No delivery work while on licence',
  'No security work: released from prison for robbery last year',
];

describe('MAPPA J: offence details cannot be smuggled into the notification', () => {
  it.each(clean)('accepts a restriction that names only the kind of work: %s', (d) => {
    expect(smuggledOffenceDetails(d)).toEqual([]);
    expect(checkJobcentrePlusNotification(notification(d))).toMatchObject({ ok: true });
  });

  it.each(smuggled)('warns and refuses: %s', (d) => {
    const r = checkJobcentrePlusNotification(notification(d));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.smuggled.length).toBeGreaterThan(0);
    expect(r.reasons.map((m) => english()(m)).join(' ')).toMatch(
      /Restriction 1 mentions .* rewrite it without offence details\./,
    );
  });

  it('still refuses any field beyond identity, restrictions and risk to staff', () => {
    const r = checkJobcentrePlusNotification({ ...notification('Work with children'), offence: 'Assault' });
    expect(r.ok).toBe(false);
  });
});

describe('MAPPA J: protected people are never named to Jobcentre Plus', () => {
  const index = protectedIndex([
    { id: 'p1', kind: 'partner', name: 'Dana Fictional', addresses: ['9 Harbour Street, Porttown'] },
  ]);

  it.each(['No work within a mile of Dana Fictional’s home', 'Not at 9 Harbour Street', 'Away from D. Fictional'])(
    'refuses %s',
    (d) => {
      const r = checkJobcentrePlusNotification(notification(d), index);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.reasons.map((m) => english()(m)).join(' ')).toMatch(/Restriction 1 names a protected person/);
    },
  );

  it('accepts a restriction that names nobody', () => {
    expect(checkJobcentrePlusNotification(notification('Work in schools'), index)).toMatchObject({ ok: true });
  });
});

describe('MAPPA J: what still needs doing is said as catalogue messages', () => {
  it('asks whether staff are at risk in words, not the schema’s own message', () => {
    const r = checkJobcentrePlusNotification({ ...notification('Any work with children under 18'), riskToStaff: '' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reasons.map((m) => english()(m))).toEqual(['Say whether Jobcentre Plus staff are at risk']);
  });

  it('names the restriction and what it mentions', () => {
    const r = checkJobcentrePlusNotification(notification('Not with children: he was convicted in 2019'));
    if (r.ok) throw new Error('expected a refusal');
    expect(r.reasons).toContainEqual({
      key: 'confidentiality.jobcentrePlus.problem.smuggled',
      values: { number: 1, detail: 'conviction', matched: 'convicted' },
    });
  });
});

describe('MAPPA J: every reason in one refusal', () => {
  it('says each reason in turn, in the language asked for', () => {
    const r = checkJobcentrePlusNotification({
      ...notification('Not with children: he was convicted'),
      riskToStaff: '',
    });
    if (r.ok) throw new Error('expected a refusal');
    expect(english()(allReasons(r.reasons))).toMatch(
      /^Say whether Jobcentre Plus staff are at risk Restriction 1 mentions a conviction, charge or sentence/,
    );
    expect(createTranslator('cy-GB', cy)(allReasons(r.reasons))).not.toMatch(/Say whether/);
  });
});
