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

import { actionStatuses, pillars } from '../../core/actions/action.schema';
import type { AreaSettings } from '../../core/area/areaSettings';
import { categoryLabels } from '../../core/cases/case.schema';
import { alternativeResults, healthConsentLabels } from '../../core/disclosure/disclosureDecision.schema';
import type { Attendance, Minutes } from '../../core/minutes/minutes.schema';
import {
  requestDecisions,
  reviewOutcomes,
  roshGroups,
  roshLabels,
  type RoshGroup,
} from '../../core/minutes/minutes.schema';
import type { DisclosureRecord } from '../../core/disclosure/disclosureRecord';
import { classifyHealthText, type MinimumNecessaryAnswers } from '../../core/confidentiality/minimumNecessary';
import type { ExecutiveSummary } from '../../core/minutes/projections';
import { localDate } from '../../core/shared/dates';
import { pillarLabel, planPillars } from '../../core/minutes/planPillars';
import { compareVersions } from '../../core/minutes/versions';
import { sectionLabel, type SectionId } from '../../core/minutes/sections';
import { agencyLabel } from '../../core/people/agency';

const MARKING = 'OFFICIAL-SENSITIVE';
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const p = (text: string, opts: { bold?: boolean } = {}) =>
  new Paragraph({ children: [new TextRun({ text, bold: opts.bold })] });
const heading = (text: string) => new Paragraph({ text, heading: HeadingLevel.HEADING_2, spacing: { before: 240 } });
const field = (label: string, value: string | undefined) =>
  new Paragraph({
    children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value?.trim() ? value : 'Not recorded')],
  });

const border = { style: BorderStyle.SINGLE, size: 4, color: '808080' };
const borders = { top: border, bottom: border, left: border, right: border };
function table(head: string[], rows: string[][]): Table {
  const row = (cells: string[], bold: boolean) =>
    new TableRow({
      tableHeader: bold,
      children: cells.map((c) => new TableCell({ borders, children: [p(c || ' ', { bold })] })),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      row(head, true),
      ...(rows.length ? rows : [head.map((_, i) => (i === 0 ? 'None recorded' : ''))]).map((r) => row(r, false)),
    ],
  });
}

const DRAFT_NOTICE = 'DRAFT: not the signed record';

/**
 * OFFICIAL-SENSITIVE at the top and bottom of every page, with page x of y in the footer; a draft
 * also says DRAFT, large, at the top of every page, so no page of it passes for the signed record.
 */
function frame(title: string, draft = false) {
  return {
    headers: {
      default: new Header({
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: MARKING, bold: true })] }),
          ...(draft
            ? [
                new Paragraph({
                  alignment: AlignmentType.CENTER,
                  children: [new TextRun({ text: DRAFT_NOTICE.toUpperCase(), bold: true, size: 40, color: '808080' })],
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
          new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: MARKING, bold: true })] }),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })],
          }),
        ],
      }),
    },
  };
}

const person = (x?: { name: string; agency: Parameters<typeof agencyLabel>[0]; role?: string }) =>
  x ? `${x.name} (${agencyLabel(x.agency)}${x.role ? `, ${x.role}` : ''})` : undefined;
const attendanceLabels = {
  present: 'Present',
  apologies: 'Apologies',
  writtenUpdate: 'Written update received',
} as const;
/** The acknowledgement is part of the attendance record: when it was given, or the chair's recorded reason. */
function acknowledged(a: Attendance, timeZone: string): string {
  if (a.acknowledgedAt) {
    const when = new Intl.DateTimeFormat('en-GB', { timeZone, dateStyle: 'medium', timeStyle: 'short' });
    return when.format(new Date(a.acknowledgedAt));
  }
  const reason = a.acknowledgementWaiver?.reason.trim();
  if (reason) return `Not acknowledged: ${reason} (recorded by ${a.acknowledgementWaiver!.recordedBy.name})`;
  return a.attendance === 'present' ? 'Not acknowledged' : 'Not present';
}
/** Each request as its own record: who asked, for what and why, the decision and reason, what went and its check. */
function informationRequests(m: Minutes): (Paragraph | Table)[] {
  if (m.informationRequests.length === 0) return [p('No requests recorded.')];
  return m.informationRequests.flatMap((r, i) => [
    p(`Request ${i + 1}`, { bold: true }),
    table(
      ['Item', 'Detail'],
      [
        ['Requested by', `${r.requestedBy || 'Not recorded'} (${agencyLabel(r.requestingAgency)})`],
        ['Held by', agencyLabel(r.holdingAgency)],
        ['Requested', r.requested || 'Not recorded'],
        ['Purpose', r.purpose || 'Not recorded'],
        ['Decision', r.decision ? requestDecisions[r.decision] : 'Not recorded'],
        ['Reason', r.reason || 'Not recorded'],
        ['Shared', r.decision === 'declined' ? 'Nothing' : r.shared || 'Not recorded'],
        ...(r.decision && r.decision !== 'declined' ? [['Minimum-necessary check', minimumNecessaryLine(r)]] : []),
      ],
    ),
  ]);
}
/**
 * An agency entry's check, with any health prompt it raised and the reason the detail was kept, so
 * the signed record shows why detail beyond the minimum is there.
 */
function agencyCheckLine(i: Minutes['agencyInformation'][number]): string {
  const prompts = i.agency === 'health' ? classifyHealthText(i.text).map((f) => f.label) : [];
  return [
    ...(prompts.length ? [`Beyond the minimum prompted: ${prompts.join(', ')}.`] : []),
    minimumNecessaryLine(i),
  ].join(' ');
}
function minimumNecessaryLine(r: { minimumNecessary?: MinimumNecessaryAnswers }): string {
  const a = r.minimumNecessary;
  if (!a) return 'Not recorded';
  const parts = [
    a.neededForRisk === 'yes'
      ? `Needed for the risk: ${a.howItBearsOnRisk || 'yes'}`
      : 'Not confirmed as needed for the risk',
    a.leastThatServes === 'yes' ? 'The least that serves' : 'Not confirmed as the least that serves',
    a.consent === 'obtained'
      ? 'Consent obtained'
      : a.consent === 'notObtained'
        ? `Shared without consent: ${a.reasonWithoutConsent || 'no reason recorded'}`
        : 'Consent not recorded',
    `Onward use: ${a.onwardUse || 'not recorded'}`,
    ...(a.beyondMinimumJustification ? [`Detail beyond the minimum justified: ${a.beyondMinimumJustification}`] : []),
  ];
  return parts.join('. ') + '.';
}
/** Each signed version and, for each correction, what it changed, who signed it, when and why. */
function versionHistory(m: Minutes, settings: Pick<AreaSettings, 'sectionLabels' | 'timeZone'>): (Paragraph | Table)[] {
  if (m.versions.length === 0) return [];
  const when = (iso: string) =>
    new Intl.DateTimeFormat('en-GB', { timeZone: settings.timeZone, dateStyle: 'medium', timeStyle: 'short' }).format(
      new Date(iso),
    );
  return [
    p('Signed versions', { bold: true }),
    table(
      ['Version', 'Signed by', 'When', 'Reason for the correction'],
      m.versions.map((v) => [
        String(v.number),
        v.signedBy.name,
        when(v.at),
        v.correctionReason ?? 'First signed version',
      ]),
    ),
    ...compareVersions(m.versions, settings).flatMap((c) => [
      field(
        `Correction, version ${c.to}`,
        `${c.reason} (signed by ${c.signedBy}, ${when(c.at)}; changes version ${c.from})`,
      ),
      table(
        ['Section', 'Field', `Version ${c.from}`, `Version ${c.to}`],
        c.changes.map((x) => [x.section, x.field, x.before, x.after]),
      ),
    ]),
  ];
}
const kindLabels = { initial: 'Initial', review: 'Review', urgent: 'Urgent' } as const;

export async function minutesDocx(
  m: Minutes,
  settings: Pick<AreaSettings, 'sectionLabels' | 'timeZone'>,
): Promise<Uint8Array> {
  const L = (id: SectionId) => sectionLabel(id, settings);
  const d = m.meetingDetails;
  const title = `${m.formName}: ${m.areaName}, Level ${d.level} MAPPA meeting minutes, ${m.caseReference}`;
  const draft = m.status !== 'final';
  const body: (Paragraph | Table)[] = [
    new Paragraph({
      text: `${draft ? 'DRAFT: ' : ''}${m.formName}: MAPPA meeting minutes`,
      heading: HeadingLevel.TITLE,
    }),
    ...(draft
      ? [
          p(
            `${DRAFT_NOTICE}. These minutes have not been signed by the chair and may still change; only the signed version is the record of the meeting.`,
            { bold: true },
          ),
        ]
      : []),
    p(`${MARKING} when complete. Not to be shared outside the MAPPA without the chair’s agreement.`, { bold: true }),
    field('Status', m.status === 'final' ? `Final, version ${m.versions.length}` : 'Draft, not signed'),
    ...(m.adjournments.some((a) => a.scope === 'meeting') ? [p('This meeting was adjourned.', { bold: true })] : []),
    heading(L('meetingDetails')),
    table(
      ['Item', 'Detail'],
      [
        ['MAPPA area', m.areaName],
        ['Case reference', m.caseReference],
        ['Meeting', `${kindLabels[d.kind]} meeting, number ${d.sequence}`],
        ['Date', localDate(d.start, settings.timeZone)],
        ['Venue', d.venue || 'Not recorded'],
        ['Level', `Level ${d.level}`],
        ['Category', categoryLabels[d.category]],
        ['Chair', person(d.chair) ?? 'Not recorded'],
        ['Minute-taker', person(d.minuteTaker) ?? 'Not recorded'],
        ['Coordinator', person(d.coordinator) ?? 'Not recorded'],
        ['Lead agency', d.leadAgency ? agencyLabel(d.leadAgency) : 'Not recorded'],
      ],
    ),
    heading(L('statements')),
    p(m.statements.confidentiality),
    field('Confidentiality statement read', m.statements.confidentialityReadAt),
    p(m.statements.equality),
    field('Equality statement read', m.statements.equalityReadAt),
    heading(L('attendance')),
    table(
      ['Name', 'Agency', 'Role', 'Attendance', 'Acknowledged'],
      m.attendance.map((a) => [
        a.person.name,
        agencyLabel(a.person.agency),
        a.person.role ?? '',
        attendanceLabels[a.attendance],
        acknowledged(a, settings.timeZone),
      ]),
    ),
    heading(L('nominal')),
    table(
      ['Item', 'Detail'],
      [
        ['Name', m.nominal.name],
        ['Date of birth', m.nominal.dateOfBirth ?? ''],
        ['Aliases', m.nominal.aliases.join(', ')],
        ['PNC', m.nominal.identifiers.pnc ?? ''],
        ['ViSOR reference', m.nominal.identifiers.visor ?? ''],
        ['Agency reference', m.nominal.identifiers.agencyRef ?? ''],
        ['Address', m.nominal.address],
        ['Lead agency', m.nominal.leadAgency ? agencyLabel(m.nominal.leadAgency) : ''],
        ['Offender manager', person(m.nominal.offenderManager) ?? ''],
      ],
    ),
    heading(L('purpose')),
    field('Reason for the meeting', m.purpose.reason),
    field('What has changed since the last meeting', m.purpose.changesSinceLast),
    ...(m.purpose.carriedItems.length
      ? [
          p('Adjourned items on the agenda', { bold: true }),
          table(
            ['Item', 'Adjourned on', 'Why', 'Awaiting', 'What came of it'],
            m.purpose.carriedItems.map((c) => [c.item, c.fromDate, c.reason, c.awaiting, c.outcome]),
          ),
        ]
      : []),
    heading(L('previousActions')),
    table(
      ['Action', 'Pillar', 'Owner', 'Due', 'Outcome', 'Note'],
      m.previousActions.map((a) => [
        a.text,
        pillars[a.pillar],
        person(a.owner) ?? '',
        a.dueDate,
        a.outcome ? reviewOutcomes[a.outcome] : 'Not reviewed',
        a.note,
      ]),
    ),
    heading(L('agencyInformation')),
    table(
      ['Agency', 'From', 'Information', 'Minimum-necessary check'],
      m.agencyInformation.map((i) => [
        agencyLabel(i.agency),
        `${i.from}${i.source === 'written' ? ' (written update)' : ''}`,
        i.text,
        agencyCheckLine(i),
      ]),
    ),
    p('Onward sharing', { bold: true }),
    table(
      ['What may be passed on', 'Supplied by', 'Passed on by', 'To whom', 'Permission'],
      m.onwardSharing.map((o) => [
        `${o.what}${o.aboutVictim ? ' (victim information)' : ''}`,
        o.suppliedBy ? agencyLabel(o.suppliedBy) : 'Not recorded',
        o.passedOnBy,
        o.recipient,
        o.permission
          ? `${o.permission.by === 'chair' ? 'Chair' : 'Supplying agency'}: ${o.permission.person.name}, ${o.permission.at}`
          : 'Not permitted: it goes no further',
      ]),
    ),
    heading(L('informationRequests')),
    ...informationRequests(m),
    heading(L('riskAssessment')),
    table(
      ['Risk of serious harm to', 'In the community', 'In custody'],
      (Object.keys(roshGroups) as RoshGroup[]).map((g) => [
        roshGroups[g],
        m.riskAssessment.community[g] ? roshLabels[m.riskAssessment.community[g]] : '',
        m.riskAssessment.custody[g] ? roshLabels[m.riskAssessment.custody[g]] : '',
      ]),
    ),
    field('Who is at risk', m.riskAssessment.whoIsAtRisk),
    field('Nature of the risk', m.riskAssessment.nature),
    field('When the risk is greatest', m.riskAssessment.whenGreatest),
    field('What increases the risk', m.riskAssessment.increases),
    field('Protective factors', m.riskAssessment.protectiveFactors),
    field('Differing views', m.riskAssessment.dissent),
    heading(L('safeguarding')),
    field('Children', m.safeguarding.children),
    field('Vulnerable adults', m.safeguarding.vulnerableAdults),
    heading(L('victimIssues')),
    p(m.victimIssues.text || 'Not recorded'),
    heading(L('equality')),
    p(m.equality.text || 'Not recorded'),
    heading(L('disclosure')),
    field('Disclosure considered', m.disclosure.considered ? 'Yes' : 'No'),
    ...m.disclosure.decisions.flatMap((x) => [
      field(x.outcome === 'disclose' ? 'Decision: disclose' : 'Decision: not needed', x.reasons),
      ...(x.outcome === 'disclose' && x.urgent.outsideMeeting
        ? [
            field(
              'Urgent disclosure outside a meeting',
              `Authorised by ${x.urgent.authorisedBy || 'not recorded'} on ${x.urgent.authorisedOn ?? 'a day not recorded'}: ${x.urgent.whyCouldNotWait || 'no reason recorded'}`,
            ),
          ]
        : []),
      ...(x.outcome === 'disclose' && x.health.includesHealthInformation === 'yes'
        ? [
            field(
              'Health information',
              x.health.consent === 'obtained'
                ? 'Included, with consent'
                : `Included; ${x.health.consent ? healthConsentLabels[x.health.consent].toLowerCase() : 'consent not recorded'}. ${x.health.reasonWithoutConsent} (Caldicott Guardian or senior clinician consulted: ${x.health.caldicottGuardian || 'not recorded'})`,
            ),
          ]
        : []),
      // Alternatives are part of every decision's reasoning, whichever the outcome.
      table(
        ['Alternative considered', 'Result', 'Why'],
        x.alternatives
          .filter((a) => a.alternative.trim() || a.whyRejected.trim())
          .map((a) => [a.alternative, alternativeResults[a.result], a.whyRejected]),
      ),
    ]),
    ...(m.disclosure.notes ? [p(m.disclosure.notes)] : []),
    heading(L('plan')),
    table(
      ['Pillar', 'Plan', 'Actions'],
      [
        ...planPillars.map((pl) => [
          pillarLabel(pl),
          m.plan[pl].text || (m.plan[pl].noneNeededReason ? `No actions needed: ${m.plan[pl].noneNeededReason}` : ''),
          m.actions
            .filter((a) => a.pillar === pl)
            .map((a) => a.text)
            .join('; '),
        ]),
        ['Contingency', m.plan.contingency.text, ''],
      ],
    ),
    heading(L('actions')),
    table(
      ['No.', 'Action', 'Pillar', 'Owner', 'Agency', 'Due', 'Status'],
      m.actions.map((a, i) => [
        String(i + 1),
        a.text,
        pillars[a.pillar],
        a.owner?.name ?? '',
        a.owner ? agencyLabel(a.owner.agency) : '',
        a.dueDate ?? '',
        actionStatuses[a.status],
      ]),
    ),
    heading(L('decisions')),
    field('Level', m.decisions.level ? `Level ${m.decisions.level}` : undefined),
    field('Rationale for the level', m.decisions.levelRationale),
    field('Category', m.decisions.category ? categoryLabels[m.decisions.category] : undefined),
    field('Rationale for the category', m.decisions.categoryRationale),
    ...(m.decisions.exitMappa ? [p('The panel decided the case exits MAPPA.', { bold: true })] : []),
    table(
      ['Agency', 'View on level', 'View on category', 'Comment'],
      m.decisions.agencyViews.map((v) => [
        agencyLabel(v.agency),
        v.level ? `Level ${v.level}` : '',
        v.category ? `Category ${v.category}` : '',
        v.view,
      ]),
    ),
    heading(L('offenderInvolvement')),
    field(
      'Offender told of MAPPA management',
      m.offenderInvolvement.informed === 'yes' ? 'Yes' : m.offenderInvolvement.informed === 'no' ? 'No' : undefined,
    ),
    ...(m.offenderInvolvement.informed === 'no' ? [field('Reason', m.offenderInvolvement.reasonNotInformed)] : []),
    field('Written representations', m.offenderInvolvement.representations),
    heading(L('media')),
    field('Who speaks to the media', m.media.spokesperson),
    field('Lines agreed for any enquiry', m.media.agreedLines),
    field('Community disclosure', m.media.communityDisclosure),
    field('Media plan', m.media.plan),
    field('Public interest', m.media.publicInterest),
    heading(L('nextReview')),
    ...m.adjournments.map((a) =>
      field(
        a.scope === 'meeting' ? 'Meeting adjourned' : `Discussion adjourned: ${a.item}`,
        `${a.reason || 'No reason recorded'}. Awaiting: ${a.awaiting || 'not recorded'}.`,
      ),
    ),
    field('Next review', m.nextReview.date),
    ...(m.nextReview.changeReason ? [field('Reason for changing the proposed date', m.nextReview.changeReason)] : []),
    field('Reconvene early if', m.nextReview.reconveneCriteria),
    heading(L('executiveSummary')),
    p(m.executiveSummary.text || 'Not recorded'),
    heading(L('distribution')),
    table(
      ['Name', 'Secure e-mail'],
      m.distribution.recipients.map((r) => [r.name, r.email]),
    ),
    heading(L('signOff')),
    field('Signed by', m.signOff.signed ? `${m.signOff.signed.person.name}, ${m.signOff.signed.at}` : undefined),
    ...versionHistory(m, settings),
  ];
  const doc = new Document({
    creator: 'MAPPA Panel',
    title: draft ? `DRAFT ${title}` : title,
    sections: [{ ...frame(title, draft), children: body }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}

/** The executive summary, built only from the projection, which holds nothing restricted. */
export async function executiveSummaryDocx(s: ExecutiveSummary): Promise<Uint8Array> {
  const title = `${s.formName}: executive summary, ${s.caseReference}`;
  const body: (Paragraph | Table)[] = [
    new Paragraph({
      text: `${s.draft ? 'DRAFT: ' : ''}Executive summary of MAPPA meeting minutes`,
      heading: HeadingLevel.TITLE,
    }),
    ...(s.draft
      ? [
          p(
            `${DRAFT_NOTICE}. The minutes this summary comes from have not been signed by the chair and may still change.`,
          ),
        ]
      : []),
    table(
      ['Item', 'Detail'],
      [
        ['MAPPA area', s.areaName],
        ['Case reference', s.caseReference],
        ['Meeting', `${s.meetingKind}, ${s.meetingDate}`],
        ['Level', s.level ? `Level ${s.level}` : ''],
        ['Category', s.categoryLabel ?? ''],
        ['Next review', s.exitMappa ? 'The case exits MAPPA' : (s.nextReviewDate ?? '')],
      ],
    ),
    heading('Summary'),
    p(s.summary || 'Not recorded'),
    heading('Rationale for the level'),
    p(s.levelRationale || 'Not recorded'),
    heading('Risk Management Plan'),
    table(
      ['Pillar', 'Summary', 'Actions agreed'],
      s.plan.map((x) => [x.label, x.summary, String(x.actionCount)]),
    ),
  ];
  const doc = new Document({
    creator: 'MAPPA Panel',
    title: s.draft ? `DRAFT ${title}` : title,
    sections: [{ ...frame(title, s.draft), children: body }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}

/**
 * The written disclosure record (D15) as Word: only what the meeting agreed to disclose, the notes
 * for the recipient and both signature lines, marked at the top and bottom of every page.
 */
export async function disclosureRecordDocx(r: DisclosureRecord): Promise<Uint8Array> {
  const title = `${r.title}, ${r.caseReference}`;
  const body: (Paragraph | Table)[] = [
    new Paragraph({ text: r.title, heading: HeadingLevel.TITLE }),
    table(
      ['Item', 'Detail'],
      r.rows.map((x) => [x.label, x.value]),
    ),
    ...r.recipientNotes.map((n) => p(n)),
    ...r.signatures.flatMap((sig) => [p(sig, { bold: true }), p('Signature: ____________________   Date: __________')]),
  ];
  const doc = new Document({ creator: 'MAPPA Panel', title, sections: [{ ...frame(title), children: body }] });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}

export const docxContentType = DOCX_TYPE;
