import { msg, type Message } from '../../i18n/message';
import { canonicalJson } from '../shared/canonical';
import type { Minutes } from './minutes.schema';

/** Fields outside what a signed version snapshots, and the step the chair is on (navigation, not record). */
const NOT_SIGNED = new Set([
  'id',
  'caseId',
  'caseReference',
  'seriesId',
  'status',
  'versions',
  'updatedAt',
  'currentStep',
]);
const IDENTITY = ['id', 'caseId', 'caseReference', 'seriesId'] as const;

/**
 * When the minutes were sent is recorded after signing, so it is not part of what was signed: the
 * recipients are, the sending is not.
 */
const DISTRIBUTION_NOT_SIGNED = new Set(['sentAt', 'sentVersion']);

const signedPart = (content: object): string =>
  canonicalJson(
    Object.fromEntries(
      Object.entries(content)
        .filter(([k]) => !NOT_SIGNED.has(k))
        .map(([k, v]) =>
          k === 'distribution' && typeof v === 'object' && v !== null
            ? [k, Object.fromEntries(Object.entries(v).filter(([f]) => !DISTRIBUTION_NOT_SIGNED.has(f)))]
            : [k, v],
        ),
    ),
  );

/**
 * Why writing `next` over `current` is refused, if it is. Signed is signed: once final, minutes stay
 * final, every signed version stays exactly as signed, and what the minutes say is always their
 * latest signed version, so they change only by a signed correction (`correct`) with its reason.
 */
export function signedMinutesProblem(current: Minutes, next: Minutes): Message | undefined {
  if (next.status === 'final') {
    const latest = next.versions.at(-1);
    if (!latest || signedPart(latest.content) !== signedPart(next)) {
      return msg('minutes.signed.onlyByCorrection');
    }
  }
  if (current.status !== 'final') return undefined;
  if (next.status !== 'final') return msg('minutes.signed.notBackToDraft');
  if (IDENTITY.some((k) => current[k] !== next[k])) return msg('minutes.signed.notMoved');
  const kept = next.versions.slice(0, current.versions.length);
  if (kept.length !== current.versions.length || canonicalJson(kept) !== canonicalJson(current.versions)) {
    return msg('minutes.signed.versionKept');
  }
  return undefined;
}
