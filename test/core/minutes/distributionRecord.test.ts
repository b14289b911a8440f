import { distributionState, recordDistribution } from '../../../src/core/minutes/distributionRecord';
import { contentOf } from '../../../src/core/minutes/minutes.schema';
import { signedMinutesProblem } from '../../../src/core/minutes/signedRecord';
import type { Message } from '../../../src/i18n/message';
import { english } from '../../../src/i18n/translator';

/** The refusal as a person reads it, in English. */
const said = (m: Message | undefined) => (m ? english()(m) : undefined);
import { correct, finalise } from '../../../src/core/minutes/signOff';
import { aCompleteDraft, chair, NOW, officer } from './fixtures';

const LATER = new Date('2026-11-21T09:30:00Z');

const signed = () => {
  const f = finalise(aCompleteDraft(), chair, NOW);
  if (!f.ok) throw new Error('expected final');
  return f.value;
};

describe('recording that the minutes were sent', () => {
  it('records when and which signed version, and signed minutes accept it without a correction', () => {
    const final = signed();
    expect(distributionState(final)).toEqual({ sent: false });
    const sent = recordDistribution(final, LATER);
    expect(sent.distribution).toMatchObject({ sentAt: LATER.toISOString(), sentVersion: 1 });
    expect(signedMinutesProblem(final, sent)).toBeUndefined();
    expect(distributionState(sent)).toEqual({
      sent: true,
      at: LATER.toISOString(),
      version: 1,
      current: true,
      latestVersion: 1,
    });
  });

  it('still refuses any other change to the distribution of signed minutes', () => {
    const final = signed();
    const added = {
      ...final,
      distribution: { ...final.distribution, recipients: [{ id: 'r9', name: 'Extra', email: 'x@example.org' }] },
    };
    expect(said(signedMinutesProblem(final, added))).toMatch(/signed correction/);
  });

  it('a correction signed after sending is not yet sent', () => {
    const sent = recordDistribution(signed(), LATER);
    const c = correct(
      sent,
      { ...contentOf(sent), media: { ...sent.media, plan: 'Corrected' } },
      'Typo',
      officer,
      LATER,
    );
    if (!c.ok) throw new Error('expected ok');
    expect(distributionState(c.value)).toMatchObject({ sent: true, version: 1, current: false, latestVersion: 2 });
    expect(distributionState(recordDistribution(c.value, LATER))).toMatchObject({ version: 2, current: true });
  });

  it('never marks a draft as sent', () => {
    const draft = aCompleteDraft();
    expect(recordDistribution(draft, LATER)).toBe(draft);
  });
});
