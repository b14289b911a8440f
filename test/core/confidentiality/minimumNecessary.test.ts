import { mustNotPrompt, mustPrompt } from './healthCorpus';
import {
  canShareOnward,
  checkMinimumNecessary,
  classifyHealthText,
  emptyMinimumNecessaryAnswers,
  type MinimumNecessaryAnswers,
} from '../../../src/core/confidentiality/minimumNecessary';
import type { MessageKey } from '../../../src/i18n/message';
import { english } from '../../../src/i18n/translator';

const said = (messages: Parameters<ReturnType<typeof english>>[0][]) => messages.map((m) => english()(m)).join();

const complete = (over: Partial<MinimumNecessaryAnswers> = {}): MinimumNecessaryAnswers => ({
  ...emptyMinimumNecessaryAnswers(),
  neededForRisk: 'yes',
  howItBearsOnRisk: 'Shows where the risk is greatest',
  leastThatServes: 'yes',
  consent: 'obtained',
  onwardUse: 'Not beyond the panel',
  ...over,
});

describe('minimum-necessary check', () => {
  it('is incomplete until every question is answered', () => {
    const r = checkMinimumNecessary('housing', 'Tenancy starts next month', emptyMinimumNecessaryAnswers());
    expect(r.complete).toBe(false);
    expect(r.missing).toHaveLength(4);
    expect(checkMinimumNecessary('housing', 'Tenancy starts next month', complete()).complete).toBe(true);
  });

  it('does not accept information that is not needed or not the least that serves', () => {
    expect(said(checkMinimumNecessary('police', 'x', complete({ neededForRisk: 'no' })).missing)).toMatch(/remove it/);
    expect(said(checkMinimumNecessary('police', 'x', complete({ leastThatServes: 'no' })).missing)).toMatch(/Reduce/);
    expect(checkMinimumNecessary('police', 'x', complete({ howItBearsOnRisk: ' ' })).complete).toBe(false);
  });

  it('needs a reason when shared without consent', () => {
    expect(checkMinimumNecessary('police', 'x', complete({ consent: 'notObtained' })).complete).toBe(false);
    expect(
      checkMinimumNecessary(
        'police',
        'x',
        complete({ consent: 'notObtained', reasonWithoutConsent: 'Asking would raise the risk' }),
      ).complete,
    ).toBe(true);
  });

  it('needs the condition on onward use', () => {
    expect(checkMinimumNecessary('police', 'x', complete({ onwardUse: '' })).complete).toBe(false);
  });
});

describe('health classifier', () => {
  it.each(mustPrompt)('prompts on "%s" as %s, with guidance in separate sentences', (text, kind) => {
    const flags = classifyHealthText(text);
    expect(flags.map((f) => f.kind)).toContain(kind);
    const guidance = flags.find((f) => f.kind === kind)!.guidance;
    expect(guidance.length).toBeGreaterThan(0);
    for (const sentence of guidance) expect(sentence).toMatch(/^[A-Z].*[.]$/);
    // The prompt people read comes from the catalogue, sentence by sentence the same in English.
    const shown = (['1', '2'] as const).map((n) => english()(`confidentiality.healthFlag.${kind}.${n}` as MessageKey));
    expect(shown).toEqual(guidance);
  });

  it.each(mustNotPrompt)('does not prompt on "%s"', (text) => {
    expect(classifyHealthText(text)).toEqual([]);
  });

  it('names what it matched, as written', () => {
    expect(classifyHealthText('He is on 20mg of Olanzapine at night')[0]?.matched).toBe('Olanzapine');
  });

  it('does not flag the minimum data', () => {
    expect(
      classifyHealthText(
        'Unescorted leave starts on 3 December; discharge address agreed with housing; responsible clinician Dr Ada Example, 01632 960000. Relapse indicators: withdrawal and missed appointments.',
      ),
    ).toEqual([]);
  });

  it('prompts health contributions only, until the detail is justified', () => {
    const text = 'He takes clozapine';
    expect(checkMinimumNecessary('police', text, complete()).healthFlags).toEqual([]);
    const r = checkMinimumNecessary('health', text, complete());
    expect(r.healthFlags).toHaveLength(1);
    expect(r.complete).toBe(false);
    expect(
      checkMinimumNecessary(
        'health',
        text,
        complete({ beyondMinimumJustification: 'Stopping it preceded both offences' }),
      ).complete,
    ).toBe(true);
  });
});

describe('onward sharing', () => {
  const victimEntry = { id: 'e1', agency: 'victimLiaison' as const, aboutVictim: true };
  const agreement = (by: 'supplyingAgency' | 'chair', agency?: string) => ({
    entryId: 'e1',
    by,
    agency,
    person: { id: 'u1', name: 'Vic Liaison' },
    at: '2026-11-20T10:00:00.000Z',
    recipient: 'Housing provider',
  });

  it('refuses victim information without the supplying agency’s recorded agreement', () => {
    expect(canShareOnward(victimEntry, []).allowed).toBe(false);
    expect(canShareOnward(victimEntry, [agreement('chair')]).allowed).toBe(false);
    expect(canShareOnward(victimEntry, [agreement('supplyingAgency', 'police')]).allowed).toBe(false);
    expect(
      canShareOnward(victimEntry, [{ ...agreement('supplyingAgency', 'victimLiaison'), entryId: 'e2' }]).allowed,
    ).toBe(false);
    expect(canShareOnward(victimEntry, [agreement('supplyingAgency', 'victimLiaison')]).allowed).toBe(true);
  });

  it('needs the chair’s agreement for other information', () => {
    const entry = { id: 'e1', agency: 'housing' as const, aboutVictim: false };
    expect(canShareOnward(entry, []).allowed).toBe(false);
    expect(canShareOnward(entry, [agreement('chair')]).allowed).toBe(true);
  });
});
