import { caseKind, type Case, type Disposal, type Level, type Nominal } from '../../core/cases/case.schema';
import { isApprovedAddress } from '../../core/confidentiality/distribution';
import { allocateChair } from '../../core/cases/lifecycle/chairs';
import { exitDueDate } from '../../core/cases/lifecycle/exitDate';
import { nextCaseReference } from '../../core/cases/lifecycle/identification';
import { referralKind, ReferralSchema, type Referral } from '../../core/cases/lifecycle/referral.schema';
import { referralDecisionDue } from '../../core/cases/lifecycle/referralQueue';
import type { Agency, Person } from '../../core/people/agency';
import type { Stored } from '../../core/ports';
import { seriesKind } from '../../core/panels/series.schema';
import { localDate, type IsoDate } from '../../core/shared/dates';
import { err, ok, type Result } from '../../core/shared/result';
import { msg, type Message } from '../../i18n/message';
import type { Translator } from '../../i18n/translator';
import { LANGUAGE_BREAK, mailLanguages } from '../mail/languages';
import type { Services } from '../services';
import { scheduleSeries, type ScheduleOutcome } from '../scheduling/scheduleSeries';
import { audit, issueMessages, keepDecision, refusal, requireCoordinator, type LifecycleDeps } from './caseDecisions';
import { membersFor } from './identifyNominal';
import { panelSeriesFor, projectedMeetingsFor } from './panelSeriesFor';

export type ReferralInput = {
  caseId?: string;
  level: 2 | 3;
  category: Referral['category'];
  nominal: Nominal;
  disposal?: Disposal;
  leadAgency: Agency;
  reasons: string;
  risk: string;
  addedValue: string;
  lineManager?: Person;
};

type ReferralDeps = LifecycleDeps & Pick<Services, 'bankHolidays'>;

/** The referral schema's own words for what a referrer leaves out, said in the reader's language. */
const referralIssues = {
  'Give the reasons for the referral': 'cases.problem.referralReasons',
  'Describe the risk of serious harm': 'cases.problem.referralRisk',
  'Say what multi-agency management would add': 'cases.problem.referralAddedValue',
  'Give the rationale for the decision': 'cases.problem.decisionRationale',
} as const;

/**
 * A MAPPA A referral from any agency for Level 2 or 3. The decision clock starts on the day it
 * arrives: the area's working days (10 nationally), weekends and bank holidays not counted.
 */
export async function submitReferral(deps: ReferralDeps, input: ReferralInput): Promise<Result<Referral, Message[]>> {
  const now = deps.clock.now();
  const today = localDate(now, deps.settings.timeZone);
  const year = Number(today.slice(0, 4));
  const holidays = await deps.bankHolidays.between(year, year + 1);
  if (input.caseId) {
    const existing = await deps.storage.collection(caseKind).get(input.caseId);
    if (!existing || existing.doc.status === 'exited') return err([msg('cases.problem.notActive')]);
    if (existing.doc.level >= input.level) {
      return err([msg('cases.problem.alreadyManaged', { level: existing.doc.level })]);
    }
  }
  const parsed = ReferralSchema.safeParse({
    id: deps.ids.newId('ref'),
    area: deps.settings.areaName,
    ...input,
    referrer: deps.me,
    submittedAt: now.toISOString(),
    receivedOn: today,
    decisionDue: referralDecisionDue(today, holidays, deps.settings.referralDecisionWorkingDays),
    status: 'awaiting',
  });
  if (!parsed.success) return err(issueMessages(parsed.error.issues, referralIssues));
  const stored = await deps.storage.collection(referralKind).create(parsed.data);
  await audit(deps, {
    verb: 'create',
    subject: { kind: 'referral', id: stored.doc.id },
    ...(input.caseId ? { caseId: input.caseId } : {}),
    reason: `Referral for Level ${input.level} (MAPPA A)`,
    detail: { level: String(input.level), referrerAgency: deps.me.agency, decisionDue: stored.doc.decisionDue },
  });
  return ok(stored.doc);
}

async function awaiting(deps: LifecycleDeps, referralId: string): Promise<Stored<Referral>> {
  const stored = await deps.storage.collection(referralKind).get(referralId);
  if (!stored) throw refusal(msg('cases.problem.referralNotFound'));
  if (stored.doc.status !== 'awaiting') throw refusal(msg('cases.problem.referralDecided'));
  return stored;
}

export type AcceptInput = {
  level: Level;
  rationale: string;
  /** The chair, when chosen; else allocated from the area's eligible chairs for the level. */
  chair?: Person;
  firstMeetingDate: IsoDate;
  startTime?: string;
};

export type Accepted = { case: Case; referral: Referral; schedule?: ScheduleOutcome };

/**
 * Accepts a referral: the case is created (or, when referred up, raised to the level), its chair
 * allocated from the area's eligible chairs, the decision kept and audited, and the first panel and
 * its series scheduled through the scheduling use case.
 */
export async function acceptReferral(
  deps: ReferralDeps & Pick<Services, 'scheduling'>,
  referralId: string,
  input: AcceptInput,
): Promise<Result<Accepted, Message[]>> {
  await requireCoordinator(deps, 'decideReferral');
  const stored = await awaiting(deps, referralId);
  const r = stored.doc;
  const problems: Message[] = [];
  if (!input.rationale.trim()) problems.push(msg('cases.problem.decisionRationale'));
  if (input.level === 1) problems.push(msg('cases.problem.acceptAtLevel1'));
  if (problems.length) return err(problems);

  const cases = deps.storage.collection(caseKind);
  const all = (await cases.list()).map((s) => s.doc);
  const chair = input.chair ?? allocateChair(deps.settings.chairs, input.level, all) ?? undefined;
  if (!chair) return err([msg('cases.problem.noEligibleChair', { level: input.level })]);
  const now = deps.clock.now();
  const today = localDate(now, deps.settings.timeZone);
  const referrerMember = { person: r.referrer, standing: false };

  let theCase: Case;
  if (r.caseId) {
    const existing = await cases.get(r.caseId);
    if (!existing || existing.doc.status === 'exited') return err([msg('cases.problem.noLongerActive')]);
    const members = existing.doc.members.some((m) => m.person.email === r.referrer.email)
      ? existing.doc.members
      : [...existing.doc.members, referrerMember];
    theCase = (await cases.update({ ...existing.doc, level: input.level, chair, members }, existing.version)).doc;
    await keepDecision(deps, {
      caseId: theCase.id,
      kind: 'levelChanged',
      source: 'referral',
      level: { from: existing.doc.level, to: input.level },
      rationale: input.rationale.trim(),
    });
  } else {
    const members = membersFor(deps);
    const draft: Case = {
      id: deps.ids.newId('case'),
      reference: nextCaseReference(
        all.map((c) => c.reference),
        Number(today.slice(0, 4)),
      ),
      area: deps.settings.areaName,
      nominal: r.nominal,
      category: r.category,
      level: input.level,
      leadAgency: r.leadAgency,
      status: 'active',
      createdAt: now.toISOString(),
      chair,
      members: members.some((m) => m.person.email === r.referrer.email) ? members : [...members, referrerMember],
      ...(r.disposal ? { disposal: r.disposal } : {}),
      flags: { mediaInterest: false, seriousCaseReview: false },
    };
    const exitDue = exitDueDate(draft);
    theCase = (await cases.create(exitDue ? { ...draft, exitDue } : draft)).doc;
    await keepDecision(deps, {
      caseId: theCase.id,
      kind: 'identified',
      source: 'referral',
      level: { to: input.level },
      category: { to: r.category },
      rationale: input.rationale.trim(),
    });
  }

  const decided: Referral = {
    ...r,
    caseId: theCase.id,
    status: 'accepted',
    decision: {
      by: { id: deps.me.id, name: deps.me.name },
      at: now.toISOString(),
      rationale: input.rationale.trim(),
      level: input.level,
      chair,
    },
  };
  const saved = await deps.storage.collection(referralKind).update(decided, stored.version);
  await audit(deps, {
    verb: 'edit',
    subject: { kind: 'referral', id: r.id },
    caseId: theCase.id,
    reason: input.rationale.trim(),
    detail: { decision: 'accepted', level: String(input.level), chair: chair.name },
  });

  const series = panelSeriesFor(deps, theCase, input.level, input.firstMeetingDate, input.startTime);
  if (!series) return ok({ case: theCase, referral: saved.doc });
  const caseSeries = await deps.storage.collection(seriesKind).list({ caseId: theCase.id });
  const live = caseSeries.find((s) => s.doc.status !== 'ended');
  // A case referred up from Level 1 has no live series; one that has is left for the coordinator to change.
  if (live) return ok({ case: theCase, referral: saved.doc });
  const schedule = await scheduleSeries(deps, series, await projectedMeetingsFor(deps, series), caseSeries);
  return ok({ case: theCase, referral: saved.doc, schedule });
}

/**
 * Declines a referral with the rationale, sent back to the referrer (and line manager). The
 * rationale goes in the message only to an approved secure address; anyone else is told a decision
 * is made and whom to ask.
 */
export async function declineReferral(
  deps: LifecycleDeps & Pick<Services, 'mail'>,
  referralId: string,
  rationale: string,
): Promise<Result<Referral, Message[]>> {
  await requireCoordinator(deps, 'decideReferral');
  const stored = await awaiting(deps, referralId);
  if (!rationale.trim()) return err([msg('cases.problem.declineRationale')]);
  const now = deps.clock.now();
  const r = stored.doc;
  const decided: Referral = {
    ...r,
    status: 'declined',
    decision: { by: { id: deps.me.id, name: deps.me.name }, at: now.toISOString(), rationale: rationale.trim() },
  };
  let saved = await deps.storage.collection(referralKind).update(decided, stored.version);
  await audit(deps, {
    verb: 'edit',
    subject: { kind: 'referral', id: r.id },
    ...(r.caseId ? { caseId: r.caseId } : {}),
    reason: rationale.trim(),
    detail: { decision: 'declined', level: String(r.level) },
  });
  const recipients = [r.referrer, ...(r.lineManager ? [r.lineManager] : [])].map((p) => p.email);
  const secure = recipients.every((e) => isApprovedAddress(e, deps.settings.approvedSecureDomains));
  // The referrer's language is not known: Welsh then English, as every mail the app sends (see mailLanguages).
  const languages = await mailLanguages();
  const received = (t: Translator) => t.date(`${r.receivedOn}T00:00:00Z`, { dateStyle: 'long', timeZone: 'UTC' });
  const values = { level: r.level, rationale: rationale.trim(), name: deps.me.name, email: deps.me.email };
  await deps.mail.send({
    idempotencyKey: `referral-declined:${r.id}`,
    to: recipients,
    subject: languages.map((t) => t('mail.referralDeclined.subject', { received: received(t) })).join(' / '),
    body: languages
      .map((t) =>
        t(secure ? 'mail.referralDeclined.bodySecure' : 'mail.referralDeclined.bodyOpen', {
          ...values,
          received: received(t),
        }),
      )
      .join(LANGUAGE_BREAK),
    purpose: 'notification',
  });
  saved = await deps.storage
    .collection(referralKind)
    .update(
      { ...saved.doc, decision: { ...saved.doc.decision!, referrerNotifiedAt: now.toISOString() } },
      saved.version,
    );
  return ok(saved.doc);
}
