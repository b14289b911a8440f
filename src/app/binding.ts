import { z } from 'zod';

import { caseKind, type Case } from '../core/cases/case.schema';
import type { HostContext } from '../core/host';
import { meetingKind, type Meeting } from '../core/panels/series.schema';
import type { StoragePort, Stored } from '../core/ports';
import { isNotOnCase, userMessage } from '../core/shared/errors';
import { IdSchema } from '../core/shared/schemas';
import { requireAccess, type GuardDeps } from './access/caseAccess';
import { lazySchema } from '../core/shared/lazySchema';

/** The case and meeting a surface shows; `refused` (and nothing else of the case) when the policy refuses it. */
export type Binding = { caseId?: string; caseReference?: string; meetingId?: string; refused?: string };

/** Personal tabs use these page ids; they never name a case. */
const personalPageIds = new Set(['my-actions', 'panels', 'outbox']);

const QuerySchema = lazySchema(() => z.object({ caseId: IdSchema.optional(), meetingId: IdSchema.optional() }));

/** Reads `caseId` and `meetingId` from a query string; anything malformed is ignored rather than trusted. */
export function bindingFromQuery(search: string): { caseId?: string; meetingId?: string } {
  const params = new URLSearchParams(search);
  const raw = { caseId: params.get('caseId') ?? undefined, meetingId: params.get('meetingId') ?? undefined };
  const parsed = QuerySchema.safeParse(raw);
  return parsed.success ? parsed.data : {};
}

/**
 * Works out which case and meeting a surface is bound to: the URL's `caseId`, else the tab's page id;
 * the meeting whose Teams chat the surface runs in, else the case's current or next meeting.
 */
export async function resolveBinding(
  storage: StoragePort,
  context: Pick<HostContext, 'pageId' | 'meeting'>,
  search: string,
  now: Date,
): Promise<Binding> {
  const query = bindingFromQuery(search);
  const pageId = context.pageId && !personalPageIds.has(context.pageId) ? context.pageId : undefined;
  let caseId = query.caseId ?? pageId;
  const meetings = storage.collection(meetingKind);

  let meeting: Meeting | undefined;
  if (query.meetingId) meeting = (await meetings.get(query.meetingId))?.doc;
  const chatId = context.meeting?.chatId;
  if (!meeting && chatId) {
    const inChat = (await meetings.list({ chatId })).map((s) => s.doc);
    meeting = pickCurrentMeeting(caseId ? inChat.filter((m) => m.caseId === caseId) : inChat, now);
  }
  caseId ??= meeting?.caseId;
  if (!caseId) return {};

  const theCase: Stored<Case> | undefined = await storage.collection(caseKind).get(caseId);
  if (!theCase) return { caseId };
  if (!meeting) {
    const ofCase = await meetings.list({ caseId });
    meeting = pickCurrentMeeting(
      ofCase.map((s) => s.doc),
      now,
    );
  }
  return { caseId, caseReference: theCase.doc.reference, meetingId: meeting?.id };
}

/**
 * The meeting a surface should show: one in progress; else the next scheduled one (including one
 * earlier today that has not been closed); else the most recent one held.
 */
export function pickCurrentMeeting(meetings: readonly Meeting[], now: Date): Meeting | undefined {
  const inProgress = meetings.find((m) => m.status === 'inProgress');
  if (inProgress) return inProgress;
  const startOfDay = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const upcoming = meetings
    .filter((m) => m.status === 'scheduled' && Date.parse(m.start) >= startOfDay)
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  if (upcoming[0]) return upcoming[0];
  return meetings.filter((m) => m.status === 'held').sort((a, b) => Date.parse(b.start) - Date.parse(a.start))[0];
}

/**
 * The binding as the signed-in person may see it: unchanged when they may read the case's minutes;
 * otherwise only the case id and the refusal (whom to ask), so a surface loads nothing of the case.
 * A direct address with another case's id ends here too.
 */
export async function bindingFor(services: GuardDeps, binding: Binding): Promise<Binding> {
  if (!binding.caseId) return binding;
  try {
    await requireAccess(services, binding.caseId, 'readMinutes');
    return binding;
  } catch (e) {
    if (!isNotOnCase(e)) throw e;
    return { caseId: binding.caseId, refused: userMessage(e) };
  }
}
