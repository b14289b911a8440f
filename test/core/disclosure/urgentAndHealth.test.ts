import { english } from '../../../src/i18n/translator';
import { validateDisclosure, type DisclosureContext } from '../../../src/core/disclosure/validateDisclosure';
import { aPerson } from '../../builders';
import { completeDisclosure } from '../confidentiality/fixtures';

const adult: DisclosureContext = {
  nominal: { dateOfBirth: '1990-04-12', childSexOffender: false },
  meetingDate: '2026-11-20',
  attendeesPresent: [aPerson()],
};
const issues = (item: string, over: Parameters<typeof completeDisclosure>[0]) =>
  validateDisclosure(completeDisclosure(over), adult)
    .missing.filter((m) => m.item === item)
    .map((m) => english()(m.message));

describe('D19: urgent disclosure outside a meeting', () => {
  it('needs who authorised it, on what day and why it could not wait', () => {
    expect(issues('D19', { urgent: { outsideMeeting: true } })).toEqual([
      'Name the senior manager who authorised the urgent disclosure.',
      'Say on what day it was authorised.',
      'Say why the disclosure could not wait for a meeting.',
    ]);
    expect(
      issues('D19', {
        urgent: {
          outsideMeeting: true,
          authorisedBy: 'Head of Public Protection, Rowan Example',
          authorisedOn: '2026-11-18',
          whyCouldNotWait: 'He is moving in with her this weekend',
        },
      }),
    ).toEqual([]);
  });

  it('asks nothing of a disclosure decided in the meeting', () => {
    expect(issues('D19', {})).toEqual([]);
  });
});

describe('D20: health information and consent (Caldicott)', () => {
  it('a disclosure must say whether it includes health information', () => {
    expect(issues('D20', { health: {} })).toEqual(['Say whether the disclosure includes health information.']);
  });

  it('health information needs consent, or the public-interest reason and the Caldicott Guardian consulted', () => {
    expect(issues('D20', { health: { includesHealthInformation: 'yes' } })).toEqual([
      'Say whether the patient consented.',
    ]);
    expect(issues('D20', { health: { includesHealthInformation: 'yes', consent: 'obtained' } })).toEqual([]);
    expect(issues('D20', { health: { includesHealthInformation: 'yes', consent: 'refused' } })).toEqual([
      'Give the public-interest reason for disclosing health information without consent.',
      'Name the Caldicott Guardian or senior clinician consulted on disclosing without consent.',
    ]);
    expect(
      issues('D20', {
        health: {
          includesHealthInformation: 'yes',
          consent: 'notSought',
          reasonWithoutConsent: 'Seeking consent would raise the risk to the children',
          caldicottGuardian: 'Dr Example, Caldicott Guardian',
        },
      }),
    ).toEqual([]);
  });

  it('a "not needed" decision is not asked about health information', () => {
    expect(validateDisclosure({ ...completeDisclosure({ health: {} }), outcome: 'notNeeded' }, adult).missing).toEqual(
      [],
    );
  });
});
