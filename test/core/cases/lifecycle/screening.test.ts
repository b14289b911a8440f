import {
  nextScreeningQuestion,
  screeningOutcome,
  screeningProblems,
} from '../../../../src/core/cases/lifecycle/screening';
import { msg } from '../../../../src/i18n/message';
import { english } from '../../../../src/i18n/translator';

describe('MAPPA Q screening', () => {
  it('asks the questions in the guidance’s order, each only when the one before leaves it open', () => {
    expect(nextScreeningQuestion({})).toBe('category');
    expect(nextScreeningQuestion({ category: 'none' })).toBeUndefined();
    expect(nextScreeningQuestion({ category: 2 })).toBe('multiAgency');
    expect(nextScreeningQuestion({ category: 2, agenciesNeeded: 1, policeAndProbationBoth: false })).toBeUndefined();
    expect(nextScreeningQuestion({ category: 2, agenciesNeeded: 2, policeAndProbationBoth: false })).toBe('level3');
  });

  it('gives each outcome: not a MAPPA nominal, Level 1, Level 2, Level 3', () => {
    expect(screeningOutcome({ category: 'none' })).toEqual({ ok: true, value: 'notMappa' });
    expect(screeningOutcome({ category: 1, agenciesNeeded: 1, policeAndProbationBoth: false })).toEqual({
      ok: true,
      value: 1,
    });
    expect(
      screeningOutcome({
        category: 1,
        agenciesNeeded: 2,
        policeAndProbationBoth: false,
        mediaOrSeniorResources: false,
      }),
    ).toEqual({ ok: true, value: 2 });
    expect(
      screeningOutcome({ category: 4, agenciesNeeded: 4, policeAndProbationBoth: true, mediaOrSeniorResources: true }),
    ).toEqual({ ok: true, value: 3 });
  });

  it('needs three agencies, not two, when police and probation are both involved', () => {
    expect(screeningOutcome({ category: 2, agenciesNeeded: 2, policeAndProbationBoth: true })).toEqual({
      ok: true,
      value: 1,
    });
    expect(
      screeningOutcome({ category: 2, agenciesNeeded: 3, policeAndProbationBoth: true, mediaOrSeniorResources: false }),
    ).toEqual({ ok: true, value: 2 });
  });

  it('makes a Category 3 person below the threshold not a MAPPA nominal: Category 3 exists only at Level 2 or 3', () => {
    expect(screeningOutcome({ category: 3, agenciesNeeded: 1, policeAndProbationBoth: false })).toEqual({
      ok: true,
      value: 'notMappa',
    });
  });

  it('refuses an outcome while a question is open', () => {
    expect(screeningOutcome({ category: 2 })).toEqual({
      ok: false,
      error: msg('cases.problem.answerStep', { step: 2 }),
    });
    const open = screeningOutcome({});
    expect(!open.ok && english()(open.error)).toBe('Answer Step 1 first.');
  });

  it('needs a rationale and the endorsement of a line manager other than the screener, with reasons if not agreed', () => {
    const screenedBy = { email: 'om@probation.example.gov.uk' };
    const answers = { category: 'none' as const };
    expect(screeningProblems({ answers, rationale: '', screenedBy })).toEqual([
      msg('cases.problem.screeningRationale'),
      msg('cases.problem.lineManager'),
      msg('cases.problem.agreed'),
    ]);
    expect(screeningProblems({ answers, rationale: 'x', screenedBy, lineManager: screenedBy, agreed: true })).toEqual([
      msg('cases.problem.lineManagerSelf'),
    ]);
    expect(
      screeningProblems({
        answers,
        rationale: 'x',
        screenedBy,
        lineManager: { email: 'spo@probation.example.gov.uk' },
        agreed: false,
      }),
    ).toEqual([msg('cases.problem.managerReasons')]);
  });
});
