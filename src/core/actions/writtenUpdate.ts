import { msg, type Message } from '../../i18n/message';
import type { Meeting } from '../panels/series.schema';
import type { Person } from '../people/agency';
import { err, ok, type Result } from '../shared/result';
import { textProblem } from './applyUpdate';
import { WrittenUpdateSchema, type WrittenUpdate } from './writtenUpdate.schema';

/**
 * The meeting a written update is for: the earliest scheduled (or running) meeting of the panel
 * that has not yet ended. Held and cancelled meetings never take updates.
 */
export function nextMeeting(meetings: readonly Meeting[], caseId: string, now: Date): Meeting | undefined {
  const nowMs = now.getTime();
  return meetings
    .filter(
      (m) =>
        m.caseId === caseId &&
        (m.status === 'scheduled' || m.status === 'inProgress') &&
        Date.parse(m.start) + m.durationMinutes * 60_000 > nowMs,
    )
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start))[0];
}

export type WrittenUpdateInput = { id: string; meeting: Meeting; author: Person; text: string; now: Date };

/** An agency's written update for a meeting its representative cannot attend, validated. */
export function composeWrittenUpdate(input: WrittenUpdateInput): Result<WrittenUpdate, Message> {
  const parsed = WrittenUpdateSchema.safeParse({
    id: input.id,
    meetingId: input.meeting.id,
    caseId: input.meeting.caseId,
    caseReference: input.meeting.caseReference,
    author: input.author,
    text: input.text,
    at: input.now.toISOString(),
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const empty = issue?.code === 'too_small' && issue.path[0] === 'text';
    return err(textProblem(issue, msg(empty ? 'actions.written.empty' : 'actions.written.notValid')));
  }
  return ok(parsed.data);
}
