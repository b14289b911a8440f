import { checkCompleteness } from '../../../src/core/minutes/completeness';
import { english } from '../../../src/i18n/translator';
import { aCompleteDraft } from './fixtures';

describe('checkCompleteness', () => {
  it('a complete draft has nothing missing', () => {
    expect(checkCompleteness(aCompleteDraft())).toEqual([]);
  });

  it('lists exactly what is missing', () => {
    const m = aCompleteDraft();
    const broken = {
      ...m,
      disclosure: { ...m.disclosure, considered: false },
      plan: { ...m.plan, interventionsTreatment: { text: '', noneNeededReason: '' }, contingency: { text: '' } },
      actions: [
        ...m.actions,
        { id: 'a3', pillar: 'supervision' as const, text: 'Call GP', carriedOver: false, status: 'open' as const },
      ],
      decisions: { ...m.decisions, levelRationale: '' },
    };
    expect(checkCompleteness(broken).map((x) => x.message)).toEqual([
      'Disclosure has not been considered.',
      'Interventions & Treatment has neither actions nor a reason why none are needed.',
      'There is no contingency plan.',
      'Action “Call GP” has no owner.',
      'Action “Call GP” has no due date.',
      'The level decision has no rationale.',
    ]);
  });

  it('reports Category 3 at Level 1 and unreviewed previous actions', () => {
    const m = aCompleteDraft();
    const broken = {
      ...m,
      decisions: { ...m.decisions, level: 1 as const, category: 3 as const },
      previousActions: m.previousActions.map((p) => ({ ...p, outcome: undefined })),
    };
    const messages = checkCompleteness(broken).map((x) =>
      typeof x.message === 'string' ? x.message : english()(x.message),
    );
    expect(messages).toContain('Category 3 cases can only be managed at Level 2 or Level 3.');
    expect(messages.some((x) => x.startsWith('No outcome for the previous action'))).toBe(true);
  });
});
