import { checkCompleteness } from '../../../src/core/minutes/completeness';
import { loadCatalogue } from '../../../src/i18n/catalogues';
import { createTranslator, english } from '../../../src/i18n/translator';
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
    expect(checkCompleteness(broken).map((x) => english()(x.message))).toEqual([
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
    const messages = checkCompleteness(broken).map((x) => english()(x.message));
    expect(messages).toContain('Category 3 cases can only be managed at Level 2 or Level 3.');
    expect(messages.some((x) => x.startsWith('No outcome for the previous action'))).toBe(true);
  });

  it('says what is missing in Welsh too, with the data as it was typed', async () => {
    const cy = createTranslator('cy-GB', await loadCatalogue('cy-GB'));
    const m = aCompleteDraft();
    const broken = {
      ...m,
      plan: { ...m.plan, contingency: { text: '' } },
      actions: [
        ...m.actions,
        { id: 'a3', pillar: 'supervision' as const, text: 'Call GP', carriedOver: false, status: 'open' as const },
      ],
    };
    const missing = checkCompleteness(broken);
    expect(missing.map((x) => x.message)).toContainEqual({
      key: 'minutes.problems.actionNoOwner',
      values: { named: 'yes', text: 'Call GP', number: 3 },
    });
    expect(missing.map((x) => cy(x.message))).toEqual([
      'Nid oes cynllun wrth gefn.',
      'Nid oes perchennog gan gam gweithredu “Call GP”.',
      'Nid oes dyddiad dyledus gan gam gweithredu “Call GP”.',
    ]);
  });
});
