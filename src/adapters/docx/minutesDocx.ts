/**
 * Word export of the minutes in the MAPPA B layout, and of the executive summary. This module pulls
 * in the `docx` package, so callers load it with a dynamic import, only when someone exports.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';

import type { AreaSettings } from '../../core/area/areaSettings';
import type { Attendance, Minutes } from '../../core/minutes/minutes.schema';
import { roshGroups, type RoshGroup } from '../../core/minutes/minutes.schema';
import { sayRecordText, type DisclosureRecord } from '../../core/disclosure/disclosureRecord';
import { classifyHealthText, type MinimumNecessaryAnswers } from '../../core/confidentiality/minimumNecessary';
import type { ExecutiveSummary } from '../../core/minutes/projections';
import { localDate } from '../../core/shared/dates';
import { pillarLabel, planPillars } from '../../core/minutes/planPillars';
import { compareVersions } from '../../core/minutes/versions';
import type { SectionId } from '../../core/minutes/sections';
import type { Agency } from '../../core/people/agency';
import { english, type Translator } from '../../i18n/translator';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const p = (text: string, opts: { bold?: boolean } = {}) =>
  new Paragraph({ children: [new TextRun({ text, bold: opts.bold })] });
const heading = (text: string) => new Paragraph({ text, heading: HeadingLevel.HEADING_2, spacing: { before: 240 } });
/** A labelled line of the record; an empty value says it was not recorded, in the document's language. */
const fieldIn =
  (t: Translator) =>
  (label: string, value: string | undefined): Paragraph =>
    new Paragraph({
      children: [
        new TextRun({ text: `${label}: `, bold: true }),
        new TextRun(value?.trim() ? value : t('documents.notRecorded')),
      ],
    });

const border = { style: BorderStyle.SINGLE, size: 4, color: '808080' };
const borders = { top: border, bottom: border, left: border, right: border };
function table(t: Translator, head: string[], rows: string[][]): Table {
  const row = (cells: string[], bold: boolean) =>
    new TableRow({
      tableHeader: bold,
      children: cells.map((c) => new TableCell({ borders, children: [p(c || ' ', { bold })] })),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      row(head, true),
      ...(rows.length ? rows : [head.map((_, i) => (i === 0 ? t('documents.noneRecorded') : ''))]).map((r) =>
        row(r, false),
      ),
    ],
  });
}

/** "Page x of y" in the document's language, with Word's own page fields where the numbers go. */
function pageOfPages(t: Translator): (string | (typeof PageNumber)[keyof typeof PageNumber])[] {
  const text = t('documents.page', { current: '\u0001current\u0001', total: '\u0001total\u0001' });
  return text
    .split('\u0001')
    .filter((piece) => piece !== '')
    .map((piece) => (piece === 'current' ? PageNumber.CURRENT : piece === 'total' ? PageNumber.TOTAL_PAGES : piece));
}

/**
 * OFFICIAL-SENSITIVE at the top and bottom of every page (a Welsh document says SWYDDOGOL-SENSITIF
 * beside it), with page x of y in the footer; a draft also says DRAFT, large, at the top of every
 * page, so no page of it passes for the signed record.
 */
function frame(t: Translator, title: string, draft = false) {
  const marking = t('documents.marking');
  return {
    headers: {
      default: new Header({
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: marking, bold: true })] }),
          ...(draft
            ? [
                new Paragraph({
                  alignment: AlignmentType.CENTER,
                  children: [
                    new TextRun({
                      text: t('documents.draftNotice').toUpperCase(),
                      bold: true,
                      size: 40,
                      color: '808080',
                    }),
                  ],
                }),
              ]
            : []),
          new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: title, size: 18 })] }),
        ],
      }),
    },
    footers: {
      default: new Footer({
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: marking, bold: true })] }),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ children: pageOfPages(t) })],
          }),
        ],
      }),
    },
  };
}

type Named = { name: string; agency: Agency; role?: string };

/** Labels the document says in its own language: enum values by their ids, never the stored English. */
function wordsIn(t: Translator) {
  const agency = (a: Agency) => t('documents.agency', { agency: a });
  return {
    agency,
    person: (x?: Named) =>
      x
        ? x.role
          ? t('documents.personWithRole', { name: x.name, agency: agency(x.agency), role: x.role })
          : t('documents.person', { name: x.name, agency: agency(x.agency) })
        : undefined,
    level: (level: number | string) => t('documents.level', { level }),
    category: (category: number) => t('documents.category', { category }),
    pillar: (pillar: string) => t('documents.pillar', { pillar }),
    when: (iso: string, timeZone: string) => t.date(iso, { timeZone, dateStyle: 'medium', timeStyle: 'short' }),
  };
}

/** The acknowledgement is part of the attendance record: when it was given, or the chair's recorded reason. */
function acknowledged(t: Translator, a: Attendance, timeZone: string): string {
  if (a.acknowledgedAt) return wordsIn(t).when(a.acknowledgedAt, timeZone);
  const reason = a.acknowledgementWaiver?.reason.trim();
  if (reason) {
    return t('documents.minutes.notAcknowledgedBecause', {
      reason,
      recordedBy: a.acknowledgementWaiver!.recordedBy.name,
    });
  }
  return a.attendance === 'present' ? t('documents.minutes.notAcknowledged') : t('documents.minutes.notPresent');
}
/** Each request as its own record: who asked, for what and why, the decision and reason, what went and its check. */
function informationRequests(t: Translator, m: Minutes): (Paragraph | Table)[] {
  if (m.informationRequests.length === 0) return [p(t('documents.minutes.noRequests'))];
  const w = wordsIn(t);
  const notRecorded = t('documents.notRecorded');
  return m.informationRequests.flatMap((r, i) => [
    p(t('documents.minutes.request', { number: i + 1 }), { bold: true }),
    table(
      t,
      [t('documents.item'), t('documents.detail')],
      [
        [
          t('documents.minutes.requestedBy'),
          t('documents.minutes.requestedByValue', {
            name: r.requestedBy || notRecorded,
            agency: w.agency(r.requestingAgency),
          }),
        ],
        [t('documents.minutes.heldBy'), w.agency(r.holdingAgency)],
        [t('documents.minutes.requested'), r.requested || notRecorded],
        [t('documents.minutes.purpose'), r.purpose || notRecorded],
        [
          t('documents.minutes.decision'),
          r.decision ? t('documents.requestDecision', { decision: r.decision }) : notRecorded,
        ],
        [t('documents.minutes.requestReason'), r.reason || notRecorded],
        [
          t('documents.minutes.shared'),
          r.decision === 'declined' ? t('documents.minutes.nothing') : r.shared || notRecorded,
        ],
        ...(r.decision && r.decision !== 'declined'
          ? [[t('documents.minutes.minimumNecessaryCheck'), minimumNecessaryLine(t, r)]]
          : []),
      ],
    ),
  ]);
}
/**
 * An agency entry's check, with any health prompt it raised and the reason the detail was kept, so
 * the signed record shows why detail beyond the minimum is there.
 */
function agencyCheckLine(t: Translator, i: Minutes['agencyInformation'][number]): string {
  const prompts =
    i.agency === 'health'
      ? classifyHealthText(i.text).map((f) => t('documents.minutes.healthFlag', { kind: f.kind }))
      : [];
  return [
    ...(prompts.length ? [t('documents.minutes.beyondMinimumPrompted', { prompts: prompts.join(', ') })] : []),
    minimumNecessaryLine(t, i),
  ].join(' ');
}
function minimumNecessaryLine(t: Translator, r: { minimumNecessary?: MinimumNecessaryAnswers }): string {
  const a = r.minimumNecessary;
  if (!a) return t('documents.notRecorded');
  const parts = [
    a.neededForRisk === 'yes'
      ? t('documents.minutes.neededForRisk', { how: a.howItBearsOnRisk || t('documents.minutes.neededForRiskYes') })
      : t('documents.minutes.notNeededForRisk'),
    a.leastThatServes === 'yes' ? t('documents.minutes.leastThatServes') : t('documents.minutes.notLeastThatServes'),
    a.consent === 'obtained'
      ? t('documents.minutes.consentObtained')
      : a.consent === 'notObtained'
        ? t('documents.minutes.sharedWithoutConsent', {
            reason: a.reasonWithoutConsent || t('documents.minutes.noReasonRecordedLower'),
          })
        : t('documents.minutes.consentNotRecorded'),
    t('documents.minutes.onwardUse', { use: a.onwardUse || t('documents.minutes.notRecordedLower') }),
    ...(a.beyondMinimumJustification
      ? [t('documents.minutes.beyondMinimumJustified', { why: a.beyondMinimumJustification })]
      : []),
  ];
  return t('documents.minutes.checkParts', { parts: parts.join('. ') });
}
/** Each signed version and, for each correction, what it changed, who signed it, when and why. */
function versionHistory(
  t: Translator,
  m: Minutes,
  settings: Pick<AreaSettings, 'sectionLabels' | 'timeZone'>,
): (Paragraph | Table)[] {
  if (m.versions.length === 0) return [];
  const when = (iso: string) => wordsIn(t).when(iso, settings.timeZone);
  const field = fieldIn(t);
  return [
    p(t('documents.minutes.signedVersions'), { bold: true }),
    table(
      t,
      [
        t('documents.minutes.version'),
        t('documents.minutes.signedBy'),
        t('documents.minutes.when'),
        t('documents.minutes.correctionReason'),
      ],
      m.versions.map((v) => [
        String(v.number),
        v.signedBy.name,
        when(v.at),
        v.correctionReason ?? t('documents.minutes.firstSigned'),
      ]),
    ),
    // The changes name sections and fields as the minutes editor does, in the document's language.
    ...compareVersions(m.versions, settings).flatMap((c) => [
      field(
        t('documents.minutes.correction', { version: c.to }),
        t('documents.minutes.correctionDetail', {
          reason: c.reason,
          signedBy: c.signedBy,
          when: when(c.at),
          from: c.from,
        }),
      ),
      table(
        t,
        [
          t('documents.minutes.section'),
          t('documents.minutes.field'),
          t('documents.minutes.versionNumber', { version: c.from }),
          t('documents.minutes.versionNumber', { version: c.to }),
        ],
        c.changes.map((x) => [x.section, x.field, x.before, x.after].map((v) => (typeof v === 'string' ? v : t(v)))),
      ),
    ]),
  ];
}

/**
 * A section's heading: the area's own label where it has one (area settings are in English, so
 * only an English document uses them), else the national label in the document's language.
 */
const sectionHeading = (t: Translator, id: SectionId, settings: Pick<AreaSettings, 'sectionLabels'>): string =>
  (t.locale === 'en-GB' ? settings.sectionLabels[id] : undefined) ?? t('documents.section', { id });

/** The full minutes in the MAPPA B layout, in the language of `t` (English unless asked otherwise). */
export async function minutesDocx(
  m: Minutes,
  settings: Pick<AreaSettings, 'sectionLabels' | 'timeZone'>,
  t: Translator = english(),
): Promise<Uint8Array> {
  const L = (id: SectionId) => heading(sectionHeading(t, id, settings));
  const w = wordsIn(t);
  const field = fieldIn(t);
  const notRecorded = t('documents.notRecorded');
  const yesNo = (yes: boolean) => (yes ? t('documents.yes') : t('documents.no'));
  const d = m.meetingDetails;
  const title = t('documents.minutes.documentTitle', {
    formName: m.formName,
    areaName: m.areaName,
    level: d.level,
    caseReference: m.caseReference,
  });
  const draft = m.status !== 'final';
  const body: (Paragraph | Table)[] = [
    new Paragraph({
      text: t('documents.minutes.title', { draft: draft ? 'yes' : 'no', formName: m.formName }),
      heading: HeadingLevel.TITLE,
    }),
    ...(draft ? [p(t('documents.minutes.draftExplanation'), { bold: true })] : []),
    p(t('documents.minutes.handling'), { bold: true }),
    field(
      t('documents.minutes.status'),
      m.status === 'final'
        ? t('documents.minutes.statusFinal', { version: m.versions.length })
        : t('documents.minutes.statusDraft'),
    ),
    ...(m.adjournments.some((a) => a.scope === 'meeting')
      ? [p(t('documents.minutes.meetingAdjourned'), { bold: true })]
      : []),
    L('meetingDetails'),
    table(
      t,
      [t('documents.item'), t('documents.detail')],
      [
        [t('documents.minutes.mappaArea'), m.areaName],
        [t('documents.minutes.caseReference'), m.caseReference],
        [
          t('documents.minutes.meeting'),
          t('documents.minutes.meetingKindNumber', { kind: d.kind, sequence: d.sequence }),
        ],
        [t('documents.minutes.date'), localDate(d.start, settings.timeZone)],
        [t('documents.minutes.venue'), d.venue || notRecorded],
        [t('documents.minutes.level'), w.level(d.level)],
        [t('documents.minutes.category'), w.category(d.category)],
        [t('documents.minutes.chair'), w.person(d.chair) ?? notRecorded],
        [t('documents.minutes.minuteTaker'), w.person(d.minuteTaker) ?? notRecorded],
        [t('documents.minutes.coordinator'), w.person(d.coordinator) ?? notRecorded],
        [t('documents.minutes.leadAgency'), d.leadAgency ? w.agency(d.leadAgency) : notRecorded],
      ],
    ),
    L('statements'),
    p(m.statements.confidentiality),
    field(t('documents.minutes.confidentialityRead'), m.statements.confidentialityReadAt),
    p(m.statements.equality),
    field(t('documents.minutes.equalityRead'), m.statements.equalityReadAt),
    L('attendance'),
    table(
      t,
      [
        t('documents.minutes.name'),
        t('documents.minutes.agency'),
        t('documents.minutes.role'),
        t('documents.minutes.attendance'),
        t('documents.minutes.acknowledged'),
      ],
      m.attendance.map((a) => [
        a.person.name,
        w.agency(a.person.agency),
        a.person.role ?? '',
        t('documents.minutes.attendanceKind', { attendance: a.attendance }),
        acknowledged(t, a, settings.timeZone),
      ]),
    ),
    L('nominal'),
    table(
      t,
      [t('documents.item'), t('documents.detail')],
      [
        [t('documents.minutes.name'), m.nominal.name],
        [t('documents.minutes.dateOfBirth'), m.nominal.dateOfBirth ?? ''],
        [t('documents.minutes.aliases'), m.nominal.aliases.join(', ')],
        [t('documents.minutes.pnc'), m.nominal.identifiers.pnc ?? ''],
        [t('documents.minutes.visor'), m.nominal.identifiers.visor ?? ''],
        [t('documents.minutes.agencyReference'), m.nominal.identifiers.agencyRef ?? ''],
        [t('documents.minutes.address'), m.nominal.address],
        [t('documents.minutes.leadAgency'), m.nominal.leadAgency ? w.agency(m.nominal.leadAgency) : ''],
        [t('documents.minutes.offenderManager'), w.person(m.nominal.offenderManager) ?? ''],
      ],
    ),
    L('purpose'),
    field(t('documents.minutes.reason'), m.purpose.reason),
    field(t('documents.minutes.changesSinceLast'), m.purpose.changesSinceLast),
    ...(m.purpose.carriedItems.length
      ? [
          p(t('documents.minutes.carriedItems'), { bold: true }),
          table(
            t,
            [
              t('documents.minutes.carriedItem'),
              t('documents.minutes.adjournedOn'),
              t('documents.minutes.why'),
              t('documents.minutes.awaiting'),
              t('documents.minutes.outcomeOfItem'),
            ],
            m.purpose.carriedItems.map((c) => [c.item, c.fromDate, c.reason, c.awaiting, c.outcome]),
          ),
        ]
      : []),
    L('previousActions'),
    table(
      t,
      [
        t('documents.minutes.action'),
        t('documents.minutes.pillar'),
        t('documents.minutes.owner'),
        t('documents.minutes.due'),
        t('documents.minutes.outcome'),
        t('documents.minutes.note'),
      ],
      m.previousActions.map((a) => [
        a.text,
        w.pillar(a.pillar),
        w.person(a.owner) ?? '',
        a.dueDate,
        a.outcome ? t('documents.reviewOutcome', { outcome: a.outcome }) : t('documents.minutes.notReviewed'),
        a.note,
      ]),
    ),
    L('agencyInformation'),
    table(
      t,
      [
        t('documents.minutes.agency'),
        t('documents.minutes.from'),
        t('documents.minutes.information'),
        t('documents.minutes.minimumNecessaryCheck'),
      ],
      m.agencyInformation.map((i) => [
        w.agency(i.agency),
        i.source === 'written' ? t('documents.minutes.fromWritten', { from: i.from }) : i.from,
        i.text,
        agencyCheckLine(t, i),
      ]),
    ),
    p(t('documents.minutes.onwardSharing'), { bold: true }),
    table(
      t,
      [
        t('documents.minutes.whatMayBePassedOn'),
        t('documents.minutes.suppliedBy'),
        t('documents.minutes.passedOnBy'),
        t('documents.minutes.toWhom'),
        t('documents.minutes.permission'),
      ],
      m.onwardSharing.map((o) => [
        o.aboutVictim ? t('documents.minutes.victimInformation', { what: o.what }) : o.what,
        o.suppliedBy ? w.agency(o.suppliedBy) : notRecorded,
        o.passedOnBy,
        o.recipient,
        o.permission
          ? t('documents.minutes.permittedBy', {
              by: o.permission.by,
              name: o.permission.person.name,
              at: o.permission.at,
            })
          : t('documents.minutes.notPermitted'),
      ]),
    ),
    L('informationRequests'),
    ...informationRequests(t, m),
    L('riskAssessment'),
    table(
      t,
      [t('documents.minutes.roshTo'), t('documents.minutes.community'), t('documents.minutes.custody')],
      (Object.keys(roshGroups) as RoshGroup[]).map((g) => [
        t('documents.roshGroup', { group: g }),
        m.riskAssessment.community[g] ? t('documents.rosh', { level: m.riskAssessment.community[g] }) : '',
        m.riskAssessment.custody[g] ? t('documents.rosh', { level: m.riskAssessment.custody[g] }) : '',
      ]),
    ),
    field(t('documents.minutes.whoIsAtRisk'), m.riskAssessment.whoIsAtRisk),
    field(t('documents.minutes.nature'), m.riskAssessment.nature),
    field(t('documents.minutes.whenGreatest'), m.riskAssessment.whenGreatest),
    field(t('documents.minutes.increases'), m.riskAssessment.increases),
    field(t('documents.minutes.protectiveFactors'), m.riskAssessment.protectiveFactors),
    field(t('documents.minutes.dissent'), m.riskAssessment.dissent),
    L('safeguarding'),
    field(t('documents.minutes.children'), m.safeguarding.children),
    field(t('documents.minutes.vulnerableAdults'), m.safeguarding.vulnerableAdults),
    L('victimIssues'),
    p(m.victimIssues.text || notRecorded),
    L('equality'),
    p(m.equality.text || notRecorded),
    L('disclosure'),
    field(t('documents.minutes.disclosureConsidered'), yesNo(m.disclosure.considered)),
    ...m.disclosure.decisions.flatMap((x) => [
      field(
        x.outcome === 'disclose' ? t('documents.minutes.decisionDisclose') : t('documents.minutes.decisionNotNeeded'),
        x.reasons,
      ),
      ...(x.outcome === 'disclose' && x.urgent.outsideMeeting
        ? [
            field(
              t('documents.minutes.urgentOutsideMeeting'),
              t('documents.minutes.urgentDetail', {
                by: x.urgent.authorisedBy || t('documents.minutes.notRecordedLower'),
                on: x.urgent.authorisedOn ?? t('documents.minutes.aDayNotRecorded'),
                why: x.urgent.whyCouldNotWait || t('documents.minutes.noReasonRecordedLower'),
              }),
            ),
          ]
        : []),
      ...(x.outcome === 'disclose' && x.health.includesHealthInformation === 'yes'
        ? [
            field(
              t('documents.minutes.healthInformation'),
              x.health.consent === 'obtained'
                ? t('documents.minutes.healthWithConsent')
                : t('documents.minutes.healthWithoutConsent', {
                    consent: t('documents.minutes.healthConsent', { consent: x.health.consent ?? 'unknown' }),
                    reason: x.health.reasonWithoutConsent,
                    guardian: x.health.caldicottGuardian || t('documents.minutes.notRecordedLower'),
                  }),
            ),
          ]
        : []),
      // Alternatives are part of every decision's reasoning, whichever the outcome.
      table(
        t,
        [t('documents.minutes.alternativeConsidered'), t('documents.minutes.result'), t('documents.minutes.why')],
        x.alternatives
          .filter((a) => a.alternative.trim() || a.whyRejected.trim())
          .map((a) => [a.alternative, t('documents.alternativeResult', { result: a.result }), a.whyRejected]),
      ),
    ]),
    ...(m.disclosure.notes ? [p(m.disclosure.notes)] : []),
    L('plan'),
    table(
      t,
      [t('documents.minutes.pillar'), t('documents.minutes.plan'), t('documents.minutes.actions')],
      [
        ...planPillars.map((pl) => [
          w.pillar(pl),
          m.plan[pl].text ||
            (m.plan[pl].noneNeededReason
              ? t('documents.minutes.noActionsNeeded', { reason: m.plan[pl].noneNeededReason })
              : ''),
          m.actions
            .filter((a) => a.pillar === pl)
            .map((a) => a.text)
            .join('; '),
        ]),
        [w.pillar('contingency'), m.plan.contingency.text, ''],
      ],
    ),
    L('actions'),
    table(
      t,
      [
        t('documents.minutes.number'),
        t('documents.minutes.action'),
        t('documents.minutes.pillar'),
        t('documents.minutes.owner'),
        t('documents.minutes.agency'),
        t('documents.minutes.due'),
        t('documents.minutes.status.column'),
      ],
      m.actions.map((a, i) => [
        t.number(i + 1),
        a.text,
        w.pillar(a.pillar),
        a.owner?.name ?? '',
        a.owner ? w.agency(a.owner.agency) : '',
        a.dueDate ?? '',
        t('documents.actionStatus', { status: a.status }),
      ]),
    ),
    L('decisions'),
    field(t('documents.minutes.level'), m.decisions.level ? w.level(m.decisions.level) : undefined),
    field(t('documents.minutes.rationaleLevel'), m.decisions.levelRationale),
    field(t('documents.minutes.category'), m.decisions.category ? w.category(m.decisions.category) : undefined),
    field(t('documents.minutes.rationaleCategory'), m.decisions.categoryRationale),
    ...(m.decisions.exitMappa ? [p(t('documents.minutes.exitsMappa'), { bold: true })] : []),
    table(
      t,
      [
        t('documents.minutes.agency'),
        t('documents.minutes.viewOnLevel'),
        t('documents.minutes.viewOnCategory'),
        t('documents.minutes.comment'),
      ],
      m.decisions.agencyViews.map((v) => [
        w.agency(v.agency),
        v.level ? w.level(v.level) : '',
        v.category ? t('documents.categoryNumber', { category: v.category }) : '',
        v.view,
      ]),
    ),
    L('offenderInvolvement'),
    field(
      t('documents.minutes.offenderTold'),
      m.offenderInvolvement.informed ? yesNo(m.offenderInvolvement.informed === 'yes') : undefined,
    ),
    ...(m.offenderInvolvement.informed === 'no'
      ? [field(t('documents.minutes.reasonNotTold'), m.offenderInvolvement.reasonNotInformed)]
      : []),
    field(t('documents.minutes.representations'), m.offenderInvolvement.representations),
    L('media'),
    field(t('documents.minutes.spokesperson'), m.media.spokesperson),
    field(t('documents.minutes.agreedLines'), m.media.agreedLines),
    field(t('documents.minutes.communityDisclosure'), m.media.communityDisclosure),
    field(t('documents.minutes.mediaPlan'), m.media.plan),
    field(t('documents.minutes.publicInterest'), m.media.publicInterest),
    L('nextReview'),
    ...m.adjournments.map((a) =>
      field(
        a.scope === 'meeting'
          ? t('documents.minutes.meetingAdjournedLabel')
          : t('documents.minutes.discussionAdjourned', { item: a.item }),
        t('documents.minutes.adjournment', {
          reason: a.reason || t('documents.minutes.noReasonRecorded'),
          awaiting: a.awaiting || t('documents.minutes.notRecordedLower'),
        }),
      ),
    ),
    field(t('documents.minutes.nextReview'), m.nextReview.date),
    ...(m.nextReview.changeReason ? [field(t('documents.minutes.changeReason'), m.nextReview.changeReason)] : []),
    field(t('documents.minutes.reconvene'), m.nextReview.reconveneCriteria),
    L('executiveSummary'),
    p(m.executiveSummary.text || notRecorded),
    L('distribution'),
    table(
      t,
      [t('documents.minutes.name'), t('documents.minutes.secureEmail')],
      m.distribution.recipients.map((r) => [r.name, r.email]),
    ),
    L('signOff'),
    field(
      t('documents.minutes.signedBy'),
      m.signOff.signed
        ? t('documents.minutes.signedByValue', { name: m.signOff.signed.person.name, at: m.signOff.signed.at })
        : undefined,
    ),
    ...versionHistory(t, m, settings),
  ];
  const doc = new Document({
    creator: 'MAPPA Panel',
    title: draft ? t('documents.draftTitle', { title }) : title,
    sections: [{ ...frame(t, title, draft), children: body }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}

// The projection carries the meeting kind and pillar names in English; the document says them in
// its own language by finding the id they came from (anything unknown is shown as it is).
const summaryKinds = { 'Initial meeting': 'initial', 'Review meeting': 'review', 'Urgent meeting': 'urgent' } as const;
function summaryMeetingKind(t: Translator, kind: string): string {
  const id = summaryKinds[kind as keyof typeof summaryKinds];
  if (!id) return kind;
  return t('documents.summary.meetingKind', { kind: id });
}
function summaryPillar(t: Translator, label: string): string {
  const id = planPillars.find((pl) => pillarLabel(pl) === label);
  return id ? t('documents.pillar', { pillar: id }) : label;
}

/** A calendar day (yyyy-mm-dd) as the document's language writes it. */
const day = (t: Translator, d: string): string => t.date(`${d}T00:00:00Z`, { dateStyle: 'long', timeZone: 'UTC' });

/** The executive summary, built only from the projection, which holds nothing restricted. */
export async function executiveSummaryDocx(s: ExecutiveSummary, t: Translator = english()): Promise<Uint8Array> {
  const title = t('documents.summary.documentTitle', { formName: s.formName, caseReference: s.caseReference });
  const body: (Paragraph | Table)[] = [
    new Paragraph({
      text: t('documents.summary.title', { draft: s.draft ? 'yes' : 'no' }),
      heading: HeadingLevel.TITLE,
    }),
    ...(s.draft ? [p(t('documents.summary.draftExplanation'))] : []),
    table(
      t,
      [t('documents.item'), t('documents.detail')],
      [
        [t('documents.minutes.mappaArea'), s.areaName],
        [t('documents.minutes.caseReference'), s.caseReference],
        [
          t('documents.minutes.meeting'),
          t('documents.summary.meetingValue', {
            kind: summaryMeetingKind(t, s.meetingKind),
            date: day(t, s.meetingDate),
          }),
        ],
        [t('documents.minutes.level'), s.level ? t('documents.level', { level: s.level }) : ''],
        [
          t('documents.minutes.category'),
          s.category ? t('documents.category', { category: s.category }) : (s.categoryLabel ?? ''),
        ],
        [
          t('documents.minutes.nextReview'),
          s.exitMappa ? t('documents.summary.exitsMappa') : s.nextReviewDate ? day(t, s.nextReviewDate) : '',
        ],
      ],
    ),
    heading(t('documents.summary.summary')),
    p(s.summary || t('documents.notRecorded')),
    heading(t('documents.summary.rationale')),
    p(s.levelRationale || t('documents.notRecorded')),
    heading(t('documents.summary.plan')),
    table(
      t,
      [t('documents.summary.pillar'), t('documents.summary.pillarSummary'), t('documents.summary.actionsAgreed')],
      s.plan.map((x) => [
        summaryPillar(t, x.label),
        typeof x.summary === 'string' ? x.summary : t(x.summary),
        t.number(x.actionCount),
      ]),
    ),
  ];
  const doc = new Document({
    creator: 'MAPPA Panel',
    title: s.draft ? t('documents.draftTitle', { title }) : title,
    sections: [{ ...frame(t, title, s.draft), children: body }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}

/**
 * The written disclosure record (D15) as Word: only what the meeting agreed to disclose, the notes
 * for the recipient and both signature lines, marked at the top and bottom of every page.
 */
export async function disclosureRecordDocx(r: DisclosureRecord, t: Translator = english()): Promise<Uint8Array> {
  const heading = t(r.title);
  const title = `${heading}, ${r.caseReference}`;
  const body: (Paragraph | Table)[] = [
    new Paragraph({ text: heading, heading: HeadingLevel.TITLE }),
    table(
      t,
      [t('documents.item'), t('documents.detail')],
      r.rows.map((x) => [t(x.label), sayRecordText(t, x.value)]),
    ),
    ...r.recipientNotes.map((n) => p(t(n))),
    ...r.signatures.flatMap((sig) => [p(t(sig), { bold: true }), p(t('documents.disclosureRecord.signatureLine'))]),
  ];
  const doc = new Document({ creator: 'MAPPA Panel', title, sections: [{ ...frame(t, title), children: body }] });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}

export const docxContentType = DOCX_TYPE;
