import { actionKind, actionListKey, type Action, type ActionStatus } from '../../core/actions/action.schema';
import { byCodeUnits } from '../../core/storage/paging';
import { myActionsView, type MyActionView } from '../../core/actions/myActions';
import { composeReminders } from '../../core/actions/reminders';
import { composeWrittenUpdate, nextMeeting } from '../../core/actions/writtenUpdate';
import { writtenUpdateKind, type WrittenUpdate } from '../../core/actions/writtenUpdate.schema';
import { areaFacts, rolesOn } from '../../core/access/policy';
import { auditKind, type AuditEvent } from '../../core/audit/audit.schema';
import { meetingKind, seriesKind, type Meeting, type PanelSeries } from '../../core/panels/series.schema';
import { isConflict } from '../../core/shared/errors';
import { err, ok, type Result } from '../../core/shared/result';
import { requireAccess, type GuardDeps } from '../access/caseAccess';
import { msg, type Message } from '../../i18n/message';
import { AREA_SUBJECT } from '../audit/auditLog';
import { mailLanguages } from '../mail/languages';
import type { Services } from '../services';
import { updateAction, type UpdateActionResult } from './updateAction';

type Deps = Pick<Services, 'storage' | 'clock' | 'ids' | 'me'>;

/** Every action the signed-in person owns, found by id and by e-mail (guests may have another id). */
export async function loadMyActions({ storage, me }: Pick<Services, 'storage' | 'me'>): Promise<MyActionView[]> {
  // One read for either: an action found both ways is decoded once.
  const mine = await storage.collection(actionKind).list([{ ownerId: me.id }, { ownerEmail: me.email }]);
  return myActionsView(
    mine.map((s) => s.doc),
    me,
  );
}

/**
 * The actions of every case the signed-in person coordinates (policy role `coordinator`: the area's
 * coordinators, or a live series' coordinator), for the All actions list, its export and reminders.
 * Anyone who coordinates no case is refused as the area's lists refuse (audited, naming whom to ask):
 * a person with no role on a case sees nothing of its actions here.
 */
export async function loadCoordinatedActions(deps: GuardDeps): Promise<Action[]> {
  const { me, settings } = deps;
  const areaCoordinator = rolesOn(me, areaFacts(settings.coordinators)).includes('coordinator');
  const [actions, series] = await Promise.all([
    deps.storage.collection(actionKind).list(),
    areaCoordinator ? Promise.resolve([]) : deps.storage.collection(seriesKind).list(),
  ]);
  if (areaCoordinator) return actions.map((s) => s.doc);
  const seriesByCase = new Map<string, PanelSeries[]>();
  for (const { doc } of series) seriesByCase.set(doc.caseId, [...(seriesByCase.get(doc.caseId) ?? []), doc]);
  // Only the area's coordinators and a series' coordinator give the coordinator role, so the series suffice.
  const coordinated = new Set(
    [...seriesByCase]
      .filter(([caseId, of]) =>
        rolesOn(me, { caseId, series: of, areaCoordinators: [], writtenUpdateFrom: [] }).includes('coordinator'),
      )
      .map(([caseId]) => caseId),
  );
  if (coordinated.size === 0) await requireAccess(deps, AREA_SUBJECT, 'schedule');
  return actions.map((s) => s.doc).filter((a) => coordinated.has(a.caseId));
}

/** A page of the All actions list, and how many actions the list holds in all. */
export type ActionsPage = { actions: Action[]; total: number };

/**
 * The first page of the All actions list, in its order (open first, then by due date), for showing
 * at once while the whole list loads. The area's coordinators see every action, so the store reads
 * the page alone without decoding ten thousand actions; a series' coordinator sees only their cases'
 * actions, found as `loadCoordinatedActions` finds them. Refused as that is, to the same people.
 */
export async function loadCoordinatedActionsPage(deps: GuardDeps, limit: number): Promise<ActionsPage> {
  const { me, settings } = deps;
  if (rolesOn(me, areaFacts(settings.coordinators)).includes('coordinator')) {
    const page = await deps.storage.collection(actionKind).page({ orderBy: 'list', limit });
    return { actions: page.items.map((s) => s.doc), total: page.total };
  }
  const actions = await loadCoordinatedActions(deps);
  const sorted = [...actions].sort((a, b) => byCodeUnits(actionListKey(a), actionListKey(b)));
  return { actions: sorted.slice(0, limit), total: actions.length };
}

/** Posts the signed-in person's update (and optional status change) as they saw the action. */
export function postActionChange(
  deps: Deps,
  action: Pick<Action, 'id' | 'status'>,
  input: { text: string; status?: ActionStatus },
): Promise<UpdateActionResult> {
  const { me } = deps;
  return updateAction(deps.storage, action.id, {
    baseStatus: action.status,
    update: {
      id: deps.ids.newId('upd'),
      at: deps.clock.now().toISOString(),
      by: { id: me.id, name: me.name, agency: me.agency },
      text: input.text,
      ...(input.status !== undefined && input.status !== action.status ? { status: input.status } : {}),
    },
  });
}

/** The meeting a written update for this panel would go to, if one is scheduled. */
export async function findNextMeeting(
  deps: Pick<Services, 'storage' | 'clock'>,
  caseId: string,
): Promise<Meeting | undefined> {
  const meetings = await deps.storage.collection(meetingKind).list({ caseId });
  return nextMeeting(
    meetings.map((m) => m.doc),
    caseId,
    deps.clock.now(),
  );
}

/** Records an agency's written update for the panel's next meeting, with its audit event. */
export async function sendWrittenUpdate(
  deps: Deps,
  meeting: Meeting,
  text: string,
): Promise<Result<WrittenUpdate, Message>> {
  const composed = composeWrittenUpdate({
    id: deps.ids.newId('wu'),
    meeting,
    author: deps.me,
    text,
    now: deps.clock.now(),
  });
  if (!composed.ok) return composed;
  const stored = await deps.storage.collection(writtenUpdateKind).create(composed.value);
  await audit(deps, {
    verb: 'create',
    subject: { kind: 'writtenUpdates', id: stored.doc.id },
    caseId: meeting.caseId,
    detail: { meetingId: meeting.id, agency: deps.me.agency },
  });
  return ok(stored.doc);
}

export type ReminderRun = { sent: number; failed: number };

/**
 * Reminds every owner of an action, on the cases the person coordinates, overdue or due within the area's reminder window. Keys are
 * stable for the day, so pressing the button again (or retrying after a failure) sends nobody a
 * second message. One audit event per message, named by recipient domain only.
 */
export async function sendReminders(
  deps: Deps & Pick<Services, 'mail' | 'settings'>,
  link: string,
): Promise<Result<ReminderRun, Message>> {
  // Only the owners of actions on cases the person coordinates: reminding is coordinating.
  const actions = await loadCoordinatedActions(deps);
  const mails = composeReminders(actions, {
    withinDays: deps.settings.reminderDays,
    now: deps.clock.now(),
    link,
    timeZone: deps.settings.timeZone,
    languages: await mailLanguages(),
  });
  let sent = 0;
  let failed = 0;
  for (const mail of mails) {
    try {
      await deps.mail.send(mail);
      sent++;
      await audit(deps, {
        id: `aud_${mail.idempotencyKey}`,
        verb: 'remind',
        subject: { kind: 'reminder', id: mail.idempotencyKey },
        detail: { purpose: 'reminder', recipientDomain: mail.to[0]?.split('@')[1] ?? '' },
      });
    } catch {
      failed++;
    }
  }
  if (failed > 0 && sent === 0) return err(msg('actions.reminders.noneSent'));
  return ok({ sent, failed });
}

/** An export of the action list is an audit event (what and how many, never the content). */
export const recordActionExport = (deps: Deps, count: number) =>
  audit(deps, {
    verb: 'export',
    subject: { kind: 'actions', id: 'all' },
    detail: { format: 'csv', rows: String(count) },
  });

async function audit(
  deps: Deps,
  event: Pick<AuditEvent, 'verb' | 'subject'> & Partial<Pick<AuditEvent, 'id' | 'caseId' | 'detail'>>,
): Promise<void> {
  try {
    await deps.storage.collection(auditKind).create({
      id: event.id ?? deps.ids.newId('aud'),
      at: deps.clock.now().toISOString(),
      actor: { id: deps.me.id, name: deps.me.name },
      verb: event.verb,
      subject: event.subject,
      ...(event.caseId ? { caseId: event.caseId } : {}),
      detail: event.detail ?? {},
    });
  } catch (e) {
    // A retried reminder finds its audit event already written: that is the record we want.
    if (!(isConflict(e) && e.reason === 'exists')) throw e;
  }
}
