import type { Acknowledgement } from '../confidentiality/acknowledgement.schema';
import { finaliseGate, type AcknowledgementWaiver } from '../confidentiality/acknowledgements';
import type { Person } from '../people/agency';
import type { Minutes, MinutesContent } from './minutes.schema';

/** Who is recorded as present at the meeting. */
export const presentAttendees = (m: Pick<MinutesContent, 'attendance'>): Person[] =>
  m.attendance.filter((a) => a.attendance === 'present').map((a) => a.person);

/**
 * Copies each attendee's acknowledgement (who, when) into the attendance. Returns the same object
 * when nothing changes, so callers can skip a save.
 */
export function stampAcknowledgements(m: Minutes, acks: readonly Pick<Acknowledgement, 'person' | 'at'>[]): Minutes {
  if (m.status === 'final') return m;
  const at = new Map(acks.map((a) => [a.person.id, a.at]));
  let changed = false;
  const attendance = m.attendance.map((a) => {
    const when = at.get(a.person.id);
    if (!when || a.acknowledgedAt === when) return a;
    changed = true;
    return { ...a, acknowledgedAt: when };
  });
  return changed ? { ...m, attendance } : m;
}

/** The acknowledgement gate on finalising, from the attendance as recorded in the minutes. */
export function acknowledgementGate(m: Pick<MinutesContent, 'attendance'>): ReturnType<typeof finaliseGate> {
  const present = m.attendance.filter((a) => a.attendance === 'present');
  const acks = present.filter((a) => a.acknowledgedAt).map((a) => ({ person: a.person }));
  const waivers: AcknowledgementWaiver[] = present.flatMap((a) =>
    a.acknowledgementWaiver ? [{ ...a.acknowledgementWaiver, personId: a.person.id }] : [],
  );
  return finaliseGate(
    present.map((a) => a.person),
    acks,
    waivers,
  );
}
