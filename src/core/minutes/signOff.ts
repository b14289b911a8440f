import { msg } from '../../i18n/message';
import type { Person } from '../people/agency';
import { err, ok, type Result } from '../shared/result';
import { checkCompleteness, type Missing } from './completeness';
import { contentOf, type Minutes, type MinutesContent } from './minutes.schema';

/** Signs the minutes as version 1. Refused while anything is missing. */
export function finalise(m: Minutes, signer: Person, now: Date, timeZone?: string): Result<Minutes, Missing[]> {
  if (m.status === 'final') {
    return err([{ section: 'signOff', message: msg('minutes.problems.alreadyFinal') }]);
  }
  const missing = checkCompleteness(m, timeZone);
  if (missing.length) return err(missing);
  const at = now.toISOString();
  const signed: Minutes = { ...m, status: 'final', signOff: { signed: { person: signer, at } }, updatedAt: at };
  return ok({ ...signed, versions: [{ number: 1, signedBy: signer, at, content: contentOf(signed) }] });
}

/**
 * A correction to final minutes: a new signed version with its reason. Earlier versions are kept
 * exactly as they were signed.
 */
export function correct(
  m: Minutes,
  corrected: MinutesContent,
  reason: string,
  signer: Person,
  now: Date,
  timeZone?: string,
): Result<Minutes, Missing[]> {
  if (m.status !== 'final') return err([{ section: 'signOff', message: msg('minutes.problems.onlyFinalCorrected') }]);
  if (!reason.trim()) return err([{ section: 'signOff', message: msg('minutes.problems.correctionReason') }]);
  const missing = checkCompleteness(corrected, timeZone);
  if (missing.length) return err(missing);
  const at = now.toISOString();
  const content: MinutesContent = { ...structuredClone(corrected), signOff: { signed: { person: signer, at } } };
  const next: Minutes = {
    ...m,
    ...content,
    updatedAt: at,
    versions: [
      ...m.versions,
      { number: m.versions.length + 1, signedBy: signer, at, correctionReason: reason.trim(), content },
    ],
  };
  return ok(next);
}
