import { actionKind, type Action } from '../../core/actions/action.schema';
import { msg, type Message } from '../../i18n/message';
import { writtenUpdateKind } from '../../core/actions/writtenUpdate.schema';
import { caseKind } from '../../core/cases/case.schema';
import { acknowledgementKind, type Acknowledgement } from '../../core/confidentiality/acknowledgement.schema';
import { mergeMinutes } from '../../core/minutes/merge';
import { contentOf, minutesKind, type Minutes } from '../../core/minutes/minutes.schema';
import { openConflictsKind } from '../../core/minutes/openConflicts.schema';
import { actionsFromMinutes } from '../../core/minutes/agreedActions';
import { applyReviewOutcomes } from '../../core/minutes/actionReview';
import { correct, finalise } from '../../core/minutes/signOff';
import { recordDistribution } from '../../core/minutes/distributionRecord';
import { stampAcknowledgements } from '../../core/minutes/attendance';
import type { Missing } from '../../core/minutes/completeness';
import { meetingKind, seriesKind, type Meeting } from '../../core/panels/series.schema';
import type { DraftStore, Stored } from '../../core/ports';
import { ConflictError, RefusedError } from '../../core/shared/errors';
import { err, ok, type Result } from '../../core/shared/result';
import { prepareMeeting } from '../../core/minutes/prepareMeeting';
import type { CaseAccess } from '../../core/access/policy';
import { requireAccess } from '../access/caseAccess';
import { recordAudit } from '../audit/recordAudit';
import { pickCurrentMeeting } from '../binding';
import { archiveFinalMinutes } from '../records/archiveMinutes';
import { applyMinutesDecisions } from '../cases/applyMinutesDecisions';
import type { ProtectedPerson } from '../../core/protection/protectedPeople.schema';
import { readProtectedPeople, saveProtectedPeople } from '../protection/protectedPeople';

import { AutosaveQueue } from '../autosave/autosaveQueue';
import { withStageRecord } from './stageRecord';
import type { Services } from '../services';

/** The meeting the panel is about: the one named, else the case's current or next one. */
export function pickMeeting(meetings: readonly Meeting[], now: Date, meetingId?: string): Meeting | undefined {
  return meetingId ? meetings.find((m) => m.id === meetingId) : pickCurrentMeeting(meetings, now);
}

/**
 * One meeting's minutes on this page: the autosave queue for the document and the case's actions for the
 * review. The side panel, the tab's editor and the stage on one page share it.
 */
export class MinutesSession {
  readonly autosave: AutosaveQueue<Minutes>;
  actions: Stored<Action>[] = [];
  /** The case's protected people: withheld from the stage, the summary and mail, and warned of as the chair types. */
  protectedPeople: readonly ProtectedPerson[] = [];

  private constructor(
    private readonly services: Services,
    readonly meetingId: string,
    drafts: DraftStore,
    /** What the signed-in person may do on the case, as the policy decided when the session opened. */
    readonly access: CaseAccess,
  ) {
    this.autosave = new AutosaveQueue({
      kind: minutesKind,
      // Each save also writes the stage's record (its projection alone), which is all the stage reads.
      collection: withStageRecord(services, services.storage.collection(minutesKind)),
      drafts,
      tab: services.tab,
      id: meetingId,
      merge: mergeMinutes,
      beforeSend: (doc) => ({ ...doc, updatedAt: services.clock.now().toISOString() }),
      shared: {
        conflicts: services.storage.collection(openConflictsKind),
        author: services.me.name,
        newId: () => services.ids.newId('conflict'),
        now: () => services.clock.now(),
        caseId: access.caseId,
      },
    });
  }

  static async open(
    services: Services,
    caseId: string,
    meetingId: string | undefined,
    drafts: DraftStore = services.drafts,
  ): Promise<MinutesSession | { error: string | Message }> {
    // Nothing of the case is read before the policy has answered.
    const access = await requireAccess(services, caseId, 'readMinutes');
    const meetings = (await services.storage.collection(meetingKind).list({ caseId })).map((s) => s.doc);
    const meeting = pickMeeting(meetings, services.clock.now(), meetingId);
    if (!meeting || meeting.caseId !== caseId) return { error: msg('minutes.session.noMeeting') };
    const session = new MinutesSession(services, meeting.id, drafts, access);
    // Every opening of a case's minutes is a view, audited by identifiers only.
    await recordAudit(services, {
      verb: 'view',
      subject: { kind: 'minutes', id: meeting.id },
      caseId,
      detail: { role: access.role },
    });
    session.protectedPeople = await readProtectedPeople(services, caseId);
    await session.refreshActions(caseId);
    await session.autosave.open(() => session.prepare(meeting, meetings));
    await session.syncAcknowledgements().catch(() => undefined);
    return session;
  }

  /**
   * Reads the attendees' acknowledgements for this meeting and records who acknowledged, and when,
   * in the attendance (a draft only; a signed version keeps what it was signed with).
   */
  async syncAcknowledgements(): Promise<Acknowledgement[]> {
    const acks = (await this.services.storage.collection(acknowledgementKind).list({ meetingId: this.meetingId })).map(
      (s) => s.doc,
    );
    this.recordAcknowledgements(acks);
    return acks;
  }

  recordAcknowledgements(acks: readonly Acknowledgement[]): void {
    const doc = this.autosave.getSnapshot().doc;
    if (doc && stampAcknowledgements(doc, acks) !== doc) this.autosave.edit((m) => stampAcknowledgements(m, acks));
  }

  /** Records the case's protected people (victim safety need to know only). */
  async saveProtectedPeople(people: readonly ProtectedPerson[]): Promise<void> {
    const saved = await saveProtectedPeople(this.services, this.access.caseId, people);
    this.protectedPeople = saved.people;
  }

  async refreshActions(caseId: string): Promise<void> {
    this.actions = await this.services.storage.collection(actionKind).list({ caseId });
  }

  private async prepare(meeting: Meeting, meetings: readonly Meeting[]): Promise<Minutes> {
    const { storage, settings, clock, ids } = this.services;
    const caseDoc = (await storage.collection(caseKind).get(meeting.caseId))?.doc;
    if (!caseDoc) {
      throw new RefusedError(msg('minutes.session.caseNotFound'), 'The case for this meeting was not found.');
    }
    const series = meeting.seriesId ? (await storage.collection(seriesKind).get(meeting.seriesId))?.doc : undefined;
    const earlier = meetings
      .filter((m) => m.seriesId === meeting.seriesId && m.start < meeting.start && m.status !== 'cancelled')
      .sort((a, b) => (a.start < b.start ? 1 : -1));
    let previous: Minutes | undefined;
    for (const m of earlier) {
      previous = (await storage.collection(minutesKind).get(m.id))?.doc;
      if (previous) break;
    }
    const writtenUpdates = (await storage.collection(writtenUpdateKind).list({ meetingId: meeting.id })).map(
      (s) => s.doc,
    );
    return prepareMeeting({
      meeting,
      caseDoc,
      series,
      previous,
      actions: this.actions.map((a) => a.doc),
      writtenUpdates,
      settings,
      now: clock.now(),
      ids,
    });
  }

  /**
   * Why the last signed version is not yet filed in the area's records, if it is not. The minutes
   * themselves are saved; filing is tried again with the next signed version.
   */
  archiveProblem: Message | undefined;

  /**
   * Signs the minutes, saves them, then records the agreed actions and the review outcomes on the
   * Action documents, so owners see them in their lists, and files the signed version.
   */
  async finalise(): Promise<Result<Minutes, Missing[] | string | Message>> {
    await requireAccess(this.services, this.access.caseId, 'finalise');
    await this.syncAcknowledgements().catch(() => undefined);
    const doc = this.autosave.getSnapshot().doc;
    if (!doc) return err(msg('minutes.session.notOpen'));
    const r = finalise(doc, this.services.me, this.services.clock.now(), this.services.settings.timeZone);
    if (!r.ok) return r;
    const saved = await this.saveSigned(r.value);
    if (!saved.ok) return saved;
    await this.auditSigned('finalise', r.value);
    await this.syncActions(r.value);
    await this.archive(r.value);
    await this.applyDecisions(r.value);
    return ok(r.value);
  }

  /** A correction to finalised minutes: a new signed version with its reason; earlier versions stay. */
  async correct(corrected: Minutes, reason: string): Promise<Result<Minutes, Missing[] | string | Message>> {
    await requireAccess(this.services, this.access.caseId, 'finalise');
    const doc = this.autosave.getSnapshot().doc;
    if (!doc) return err(msg('minutes.session.notOpen'));
    const { me, clock, settings } = this.services;
    const r = correct(doc, contentOf(corrected), reason, me, clock.now(), settings.timeZone);
    if (!r.ok) return r;
    const saved = await this.saveSigned(r.value);
    if (!saved.ok) return saved;
    await this.auditSigned('correct', r.value, reason);
    await this.archive(r.value);
    await this.applyDecisions(r.value);
    return ok(r.value);
  }

  /**
   * Records that the signed minutes were sent (when, and which version), so "Send minutes" says so
   * and is not offered again until a correction is signed. The mail has gone whatever happens here:
   * a failed save is retried by the autosave queue.
   */
  async recordDistributed(): Promise<void> {
    const at = this.services.clock.now();
    this.autosave.edit((m) => recordDistribution(m, at));
    await this.autosave.flush();
  }

  /**
   * Why the level, category or next review the signed minutes decided has not reached the case, if
   * it has not. The minutes stay signed; the coordinator can make the change from the register.
   */
  decisionsProblem: Message | undefined;

  private async applyDecisions(m: Minutes): Promise<void> {
    try {
      const problems = await applyMinutesDecisions(this.services, m);
      this.decisionsProblem = problems.length
        ? msg('minutes.session.caseNotUpdated', { problems: problems.join(' ') })
        : undefined;
    } catch {
      this.decisionsProblem = msg('minutes.session.caseNotUpdatedYet');
    }
  }

  /** The audit line of a signed version: which minutes, which version, and the correction's reason. */
  private async auditSigned(verb: 'finalise' | 'correct', m: Minutes, reason?: string): Promise<void> {
    await recordAudit(this.services, {
      verb,
      subject: { kind: 'minutes', id: m.id },
      caseId: m.caseId,
      reason: reason ?? 'Minutes signed',
      detail: { version: String(m.versions.length) },
    });
  }

  private async saveSigned(m: Minutes): Promise<Result<Minutes, string | Message>> {
    // A change refused because the minutes were signed elsewhere is either in this correction or discarded.
    await this.autosave.dropRefused();
    const refused = this.autosave.edit(() => m);
    if (refused) return err(refused);
    await this.autosave.flush();
    const s = this.autosave.getSnapshot();
    return s.status === 'saved' ? ok(m) : err(s.message ?? msg('minutes.session.signedNotSaved'));
  }

  private async archive(m: Minutes): Promise<void> {
    try {
      await archiveFinalMinutes(this.services, m);
      this.archiveProblem = undefined;
    } catch {
      this.archiveProblem = msg('minutes.session.notFiled');
    }
  }

  async syncActions(m: Minutes): Promise<void> {
    const col = this.services.storage.collection(actionKind);
    const now = this.services.clock.now();
    for (const a of actionsFromMinutes(m, now)) await col.create(a).catch(ignoreExists);
    await this.refreshActions(m.caseId);
    const changed = applyReviewOutcomes(
      m,
      this.actions.map((a) => a.doc),
      this.services.me,
      now,
    );
    for (const a of changed) {
      const version = this.actions.find((s) => s.doc.id === a.id)?.version;
      if (version) await col.update(a, version).catch(ignoreExists);
    }
    await this.refreshActions(m.caseId);
  }
}

// An action already created (same id) by an earlier attempt or by someone else is not an error here.
const ignoreExists = (e: unknown) => {
  if (!(e instanceof ConflictError)) throw e;
};
