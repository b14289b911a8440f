import type { DisclosureContext } from '../disclosure/validateDisclosure';
import { localDate } from '../shared/dates';
import { presentAttendees } from './attendance';
import type { MinutesContent } from './minutes.schema';

/**
 * What a disclosure decision is judged against: the nominal's age on the meeting day, the
 * child-sex-offender flag from the case, and who is present (agency and role) from the attendance.
 */
export function disclosureContextOf(
  m: Pick<MinutesContent, 'nominal' | 'meetingDetails' | 'attendance'>,
  timeZone: string,
): DisclosureContext {
  const meetingDate = localDate(m.meetingDetails.start, timeZone);
  return {
    // With no date of birth recorded the nominal is treated as a child, the stricter rule.
    nominal: { dateOfBirth: m.nominal.dateOfBirth ?? meetingDate, childSexOffender: m.nominal.childSexOffender },
    meetingDate,
    attendeesPresent: presentAttendees(m),
  };
}
