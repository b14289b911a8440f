import { z } from 'zod';

import { issueMessages } from '../../../src/app/cases/caseDecisions';
import { msg } from '../../../src/i18n/message';
import { english } from '../../../src/i18n/translator';

const Form = z.object({
  reasons: z.string().trim().max(10, 'Keep this under 10 characters').min(1, 'Give the reasons for the referral'),
  risk: z.string().trim().min(1, 'Give the reasons for the referral'),
  level: z.union([z.literal(2), z.literal(3)]),
});

describe('a form’s schema issues as messages', () => {
  it('says the schema’s own words through the catalogue, anything else by what went wrong, once each', () => {
    const parsed = Form.safeParse({ reasons: 'far too long a reason', risk: ' ', level: 1 });
    if (parsed.success) throw new Error('parsed');
    const said = issueMessages(parsed.error.issues, {
      'Give the reasons for the referral': 'cases.problem.referralReasons',
    });
    expect(said).toEqual([
      msg('errors.field.tooLong', { max: 10 }),
      msg('cases.problem.referralReasons'),
      msg('errors.field.notValid'),
    ]);
    expect(said.map((m) => english()(m))).toEqual([
      'Keep this under 10 characters.',
      'Give the reasons for the referral',
      'This is not valid; check it and try again.',
    ]);
  });
});
