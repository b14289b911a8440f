import { english } from '../../../src/i18n/translator';
import { msg } from '../../../src/i18n/message';
import { emptyDisclosureDecision } from '../../../src/core/disclosure/disclosureDecision.schema';
import { validateDisclosure, type DisclosureContext } from '../../../src/core/disclosure/validateDisclosure';
import { aPerson } from '../../builders';
import { completeDisclosure } from '../confidentiality/fixtures';

const adult: DisclosureContext = {
  nominal: { dateOfBirth: '1990-04-12', childSexOffender: false },
  meetingDate: '2026-11-20',
  attendeesPresent: [aPerson()],
};
const notNeeded = (alternatives: unknown[]) => ({
  ...emptyDisclosureDecision('dis_9'),
  reasons: 'The employer will not be told by the panel',
  alternatives,
});
const d7 = (input: unknown) => validateDisclosure(input, adult).missing.filter((m) => m.item === 'D7');

describe('alternatives considered (D7), for every outcome', () => {
  it('"not needed" may record an alternative preferred to disclosure, with why it serves instead', () => {
    const selfDisclosure = {
      alternative: 'He tells his new partner himself, with his offender manager present',
      result: 'preferred',
      whyRejected: 'She will hear it from him under supervision and the offender manager confirms it',
    };
    expect(validateDisclosure(notNeeded([selfDisclosure]), adult)).toMatchObject({ ok: true });
    expect(d7(notNeeded([{ ...selfDisclosure, whyRejected: '' }])).map((m) => english()(m.message))).toEqual([
      'Say why each preferred alternative makes a disclosure by the panel unnecessary.',
    ]);
  });

  it('"not needed" with an alternative rejected still needs why it was rejected', () => {
    expect(d7(notNeeded([{ alternative: 'He chooses other work', result: 'rejected', whyRejected: '' }]))).toEqual([
      { field: 'alternatives', item: 'D7', message: msg('disclosure.validation.alternatives.whyRejected') },
    ]);
    expect(d7(notNeeded([{ alternative: 'He chooses other work', whyRejected: 'He has refused' }]))).toEqual([]);
  });

  it('a reason with no alternative named is not kept unexplained', () => {
    expect(d7(notNeeded([{ alternative: ' ', whyRejected: 'Too slow' }])).map((m) => english()(m.message))).toEqual([
      'Name each alternative whose reason is recorded.',
    ]);
  });

  it('"not needed" does not require an alternative; "disclose" does', () => {
    expect(d7(notNeeded([]))).toEqual([]);
    expect(d7(completeDisclosure({ alternatives: [] })).map((m) => english()(m.message))).toEqual([
      'Record at least one alternative considered.',
    ]);
  });

  it('an alternative stored before results existed reads as rejected', () => {
    const old = completeDisclosure({ alternatives: [{ alternative: 'Letter', whyRejected: 'Too slow' }] });
    expect(validateDisclosure(old, adult)).toMatchObject({ ok: true });
  });
});
