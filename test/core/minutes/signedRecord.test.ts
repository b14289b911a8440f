import { signedMinutesProblem } from '../../../src/core/minutes/signedRecord';
import type { Message } from '../../../src/i18n/message';
import { english } from '../../../src/i18n/translator';

/** The refusal as a person reads it, in English. */
const said = (m: Message | undefined) => (m ? english()(m) : undefined);
import { correct, finalise } from '../../../src/core/minutes/signOff';
import { contentOf, minutesKind, type Minutes } from '../../../src/core/minutes/minutes.schema';
import { checkUpdate } from '../../../src/core/storage/defineDocument';
import { aCompleteDraft, chair, NOW, officer } from './fixtures';

const signed = (): Minutes => {
  const f = finalise(aCompleteDraft(), chair, NOW);
  if (!f.ok) throw new Error('expected ok');
  return f.value;
};

describe('signed is signed', () => {
  it('lets a draft be finalised, and a signed correction with its reason be added', () => {
    const draft = aCompleteDraft();
    const final = signed();
    expect(signedMinutesProblem(draft, final)).toBeUndefined();
    const c = correct(
      final,
      { ...contentOf(final), media: { ...final.media, plan: 'Corrected' } },
      'Typo',
      officer,
      NOW,
    );
    if (!c.ok) throw new Error('expected ok');
    expect(signedMinutesProblem(final, c.value)).toBeUndefined();
  });

  it('refuses any change to what signed minutes say outside a signed correction', () => {
    const final = signed();
    const edited = { ...final, purpose: { ...final.purpose, reason: 'Changed after signing' } };
    expect(said(signedMinutesProblem(final, edited))).toMatch(/signed correction/);
    expect(() => checkUpdate(minutesKind, { doc: final, version: '2' }, edited)).toThrow(
      expect.objectContaining({ name: 'ConflictError', reason: 'signed', current: { doc: final, version: '2' } }),
    );
  });

  it('refuses returning signed minutes to draft, or changing or removing a signed version', () => {
    const final = signed();
    expect(said(signedMinutesProblem(final, { ...final, status: 'draft' }))).toMatch(/draft/);
    const v1 = final.versions[0]!;
    const altered = { ...v1, content: { ...v1.content, media: { ...v1.content.media, plan: 'Rewritten' } } };
    const rewritten = { ...final, media: altered.content.media, versions: [altered] };
    expect(said(signedMinutesProblem(final, rewritten))).toMatch(/cannot be changed or removed/);
    expect(signedMinutesProblem(final, { ...final, versions: [] })).toBeDefined();
  });

  it('refuses a draft saved as final without a signed version matching it', () => {
    const draft = aCompleteDraft();
    expect(signedMinutesProblem(draft, { ...draft, status: 'final' })).toBeDefined();
  });

  it('still lets the chair move between steps in signed minutes (navigation, not record)', () => {
    const final = signed();
    expect(signedMinutesProblem(final, { ...final, currentStep: 'actions', updatedAt: NOW.toISOString() })).toBe(
      undefined,
    );
  });
});
