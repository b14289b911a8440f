import { checkCompleteness } from '../../../src/core/minutes/completeness';
import { informationRequestProblems } from '../../../src/core/minutes/informationRequests';
import type { InformationRequest } from '../../../src/core/minutes/minutes.schema';
import { english } from '../../../src/i18n/translator';
import { aCompleteDraft, aRequest } from './fixtures';

/** What a request still needs, in English. */
const problemsOf = (r: InformationRequest) => informationRequestProblems(r).map((x) => english()(x));

describe('information-sharing requests', () => {
  it('a request with who asked, for what, why, the decision, its reason and a passed check is complete', () => {
    expect(problemsOf(aRequest())).toEqual([]);
  });

  it('needs who asked, what for and why', () => {
    expect(problemsOf(aRequest({ requestedBy: ' ', requested: '', purpose: '' }))).toEqual([
      'Say who asked.',
      'Say what was asked for.',
      'Say what it is needed for.',
    ]);
  });

  it('needs a decision before anything else about it can be judged', () => {
    expect(problemsOf(aRequest({ decision: undefined }))).toEqual([
      'Record the decision: shared in full, shared in part, or declined.',
    ]);
  });

  it('a declined request needs its reason but no minimum-necessary check, since nothing was shared', () => {
    expect(problemsOf(aRequest({ decision: 'declined', reason: '', shared: '', minimumNecessary: undefined }))).toEqual(
      ['Give the reason it was declined.'],
    );
    expect(
      problemsOf(
        aRequest({
          decision: 'declined',
          reason: 'The patient’s solicitor holds it',
          shared: '',
          minimumNecessary: undefined,
        }),
      ),
    ).toEqual([]);
  });

  it('anything shared must say exactly what and pass the minimum-necessary check', () => {
    expect(problemsOf(aRequest({ shared: '', minimumNecessary: undefined }))).toEqual([
      'Record exactly which part was shared.',
      'What was shared has not passed the minimum-necessary check.',
    ]);
    expect(problemsOf(aRequest({ decision: 'sharedInFull', shared: '' }))).toContain('Record exactly what was shared.');
  });

  it('health detail beyond the minimum in what was shared needs removing or justifying', () => {
    const r = aRequest({ shared: 'The full psychiatric report, including his medication of 20 mg olanzapine' });
    expect(problemsOf(r)).toEqual(['What was shared has not passed the minimum-necessary check.']);
    expect(
      problemsOf({
        ...r,
        minimumNecessary: { ...r.minimumNecessary!, beyondMinimumJustification: 'Stopping it is the relapse sign' },
      }),
    ).toEqual([]);
  });

  it('finalising lists an incomplete request by who asked and for what', () => {
    const m = { ...aCompleteDraft(), informationRequests: [aRequest(), aRequest({ id: 'req_2', reason: '' })] };
    expect(checkCompleteness(m).map((x) => ({ section: x.section, message: english()(x.message) }))).toEqual([
      {
        section: 'informationRequests',
        message: 'Request 2 (Police: The responsible clinician’s tribunal report): Give the reason for the decision.',
      },
    ]);
  });
});
