import JSZip from 'jszip';

import { disclosureRecordDocx, executiveSummaryDocx, minutesDocx } from '../../../src/adapters/docx/minutesDocx';
import { emptyMinimumNecessaryAnswers } from '../../../src/core/confidentiality/minimumNecessary';
import { disclosureRecord } from '../../../src/core/disclosure/disclosureRecord';
import { executiveSummary } from '../../../src/core/minutes/projections';
import { contentOf } from '../../../src/core/minutes/minutes.schema';
import { correct, finalise } from '../../../src/core/minutes/signOff';
import { completeDisclosure } from '../../core/confidentiality/fixtures';
import { aCompleteDraft, aRequest, chair, NOW, officer, settings } from '../../core/minutes/fixtures';
import { MARKER, markedMinutes } from '../../core/minutes/restricted';
import { actionStatuses, pillars } from '../../../src/core/actions/action.schema';
import { categoryLabels } from '../../../src/core/cases/case.schema';
import {
  alternativeResults,
  disclosureMethods,
  disclosurePurposes,
  healthConsentLabels,
  lawfulBases,
  representationExceptions,
} from '../../../src/core/disclosure/disclosureDecision.schema';
import { classifyHealthText } from '../../../src/core/confidentiality/minimumNecessary';
import { requestDecisions, reviewOutcomes, roshGroups, roshLabels } from '../../../src/core/minutes/minutes.schema';
import { sectionById, sectionIds } from '../../../src/core/minutes/sections';
import { agencies } from '../../../src/core/people/agency';
import { cy } from '../../../src/i18n/messages/cy';
import { createTranslator, english } from '../../../src/i18n/translator';

/** The text of every part of the package: body, headers and footers. */
async function parts(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const read = async (re: RegExp) =>
    Promise.all(
      Object.keys(zip.files)
        .filter((n) => re.test(n))
        .sort()
        .map((n) => zip.file(n)!.async('string')),
    );
  const text = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((x) => x[1]).join(' ');
  const body = (await read(/^word\/document\.xml$/))[0]!;
  const headers = await read(/^word\/header\d*\.xml$/);
  const footers = await read(/^word\/footer\d*\.xml$/);
  const all = (await read(/\.xml$/)).join('\n');
  return { body, bodyText: text(body), headers, footers, all };
}

describe('Word export', () => {
  it('has the MAPPA B layout, tables, marking in every header and footer, and page numbers', async () => {
    const f = finalise(aCompleteDraft(), chair, NOW);
    if (!f.ok) throw new Error('expected final');
    const x = await parts(await minutesDocx(f.value, settings));
    expect(x.bodyText).toContain('MAPPA B: MAPPA meeting minutes');
    for (const label of [
      'Meeting details',
      'Attendance',
      'Risk assessment',
      'Risk Management Plan',
      'Action log',
      'Sign-off',
    ]) {
      expect(x.bodyText).toContain(label);
    }
    // attendance, RoSH, plan and action tables
    expect(x.bodyText).toMatch(
      /Name\s+Agency\s+Role\s+Attendance\s+Acknowledged\s+Priya Chairwoman\s+Probation.*?Present\s+20 Nov 2026, 10:00/,
    );
    expect(x.bodyText).toMatch(/Risk of serious harm to\s+In the community\s+In custody\s+Children\s+Medium/);
    expect(x.bodyText).toMatch(/Supervision\s+Weekly office visits\s+Home visit/);
    expect(x.bodyText).toMatch(
      /No\.\s+Action\s+Pillar\s+Owner\s+Agency\s+Due\s+Status\s+1\s+Home visit\s+Supervision\s+Sam Constable\s+Police\s+2026-12-01\s+Open/,
    );
    expect((x.body.match(/<w:tbl>/g) ?? []).length).toBeGreaterThanOrEqual(7);
    expect(x.headers.length).toBeGreaterThan(0);
    expect(x.footers.length).toBeGreaterThan(0);
    for (const h of x.headers) expect(h).toContain('OFFICIAL-SENSITIVE');
    for (const ft of x.footers) {
      expect(ft).toContain('OFFICIAL-SENSITIVE');
      expect(ft).toContain('PAGE');
      expect(ft).toContain('NUMPAGES');
    }
    expect(x.bodyText).toContain('Final, version 1');
  });

  it('the attendance records each acknowledgement: when it was given, or the reason recorded instead', async () => {
    const m = aCompleteDraft();
    const [first, second] = m.attendance;
    if (!first || !second) throw new Error('expected two attendees');
    const attendance = [
      first,
      {
        ...second,
        attendance: 'present' as const,
        acknowledgedAt: undefined,
        acknowledgementWaiver: {
          reason: 'Joined by telephone',
          recordedBy: { id: chair.id, name: chair.name },
          at: NOW.toISOString(),
        },
      },
      {
        id: 'att_absent',
        person: {
          id: 'person_absent',
          name: 'Alex Apologies',
          email: 'alex.apologies@example.gov.uk',
          agency: 'housing' as const,
        },
        attendance: 'apologies' as const,
      },
    ];
    const x = await parts(await minutesDocx({ ...m, attendance }, settings));
    expect(x.bodyText).toMatch(new RegExp(`${first.person.name}\\s.*?Present\\s+20 Nov 2026, 10:00`));
    expect(x.bodyText).toMatch(
      new RegExp(
        `${second.person.name}\\s.*?Present\\s+Not acknowledged: Joined by telephone \\(recorded by ${chair.name}\\)`,
      ),
    );
    expect(x.bodyText).toMatch(/Alex Apologies\s.*?Apologies\s+Not present/);
  });

  it('records each information-sharing request: who asked, for what and why, the decision, reason and check', async () => {
    const m = {
      ...aCompleteDraft(),
      informationRequests: [
        aRequest(),
        aRequest({ id: 'req_2', decision: 'declined', reason: 'Held by the tribunal', shared: '' }),
      ],
    };
    const x = await parts(await minutesDocx(m, settings));
    expect(x.bodyText).toMatch(
      /Information-sharing requests\s+Request 1\s+Item\s+Detail\s+Requested by\s+DS Lee Example \(Police\)\s+Held by\s+Health\s+Requested\s+The responsible clinician’s tribunal report\s+Purpose\s+To plan police support for unescorted leave\s+Decision\s+Shared in part\s+Reason\s+Only the risk summary bears on the leave plan\s+Shared\s+The risk summary and the relapse indicators/,
    );
    expect(x.bodyText).toMatch(
      /Minimum-necessary check\s+Needed for the risk: The tribunal date sets when leave may start\. The least that serves\. Consent obtained\. Onward use: Not beyond the panel\./,
    );
    expect(x.bodyText).toMatch(
      /Request 2\s.*?Decision\s+Declined\s+Reason\s+Held by the tribunal\s+Shared\s+Nothing\s+Risk assessment/,
    );
  });

  it('shows an adjourned meeting, why and what is awaited, and the items carried onto the next agenda', async () => {
    const m = aCompleteDraft();
    const doc = {
      ...m,
      adjournments: [
        {
          id: 'adj_1',
          scope: 'meeting' as const,
          item: '',
          reason: 'Leave decision pending',
          awaiting: 'The clinician’s decision',
        },
      ],
      purpose: {
        ...m.purpose,
        carriedItems: [
          {
            id: 'car_1',
            fromMeetingId: 'mtg_1',
            fromDate: '2026-09-10',
            item: 'Move-on plan',
            reason: 'Report late',
            awaiting: 'Housing report',
            outcome: 'Report received; plan agreed',
          },
        ],
      },
    };
    const x = await parts(await minutesDocx(doc, settings));
    expect(x.bodyText).toMatch(/Status\s*:?\s*Draft, not signed\s+This meeting was adjourned\./);
    expect(x.bodyText).toMatch(
      /Adjourned items on the agenda\s+Item\s+Adjourned on\s+Why\s+Awaiting\s+What came of it\s+Move-on plan\s+2026-09-10\s+Report late\s+Housing report\s+Report received; plan agreed/,
    );
    expect(x.bodyText).toMatch(
      /Next review\s+Meeting adjourned:\s+Leave decision pending\. Awaiting: The clinician’s decision\.\s+Next review:\s+2027-01-29/,
    );
  });

  it('shows the alternatives considered for every disclosure outcome', async () => {
    const m = aCompleteDraft();
    const decision = {
      ...m.disclosure.decisions[0]!,
      alternatives: [
        {
          alternative: 'He tells his employer himself',
          result: 'preferred' as const,
          whyRejected: 'Confirmed by his offender manager',
        },
        {
          alternative: 'Police visit the employer',
          result: 'rejected' as const,
          whyRejected: 'Not needed once he has told them',
        },
      ],
    };
    const x = await parts(
      await minutesDocx({ ...m, disclosure: { ...m.disclosure, decisions: [decision] } }, settings),
    );
    expect(x.bodyText).toMatch(
      /Decision: not needed:\s+No third party.*?\s+Alternative considered\s+Result\s+Why\s+He tells his employer himself\s+Considered and preferred: it makes a disclosure by the panel unnecessary\s+Confirmed by his offender manager\s+Police visit the employer\s+Considered and rejected\s+Not needed once he has told them/,
    );
  });

  it('records an urgent disclosure made outside a meeting and health information shared without consent', async () => {
    const m = aCompleteDraft();
    const decision = completeDisclosure({
      urgent: {
        outsideMeeting: true,
        authorisedBy: 'Rowan Example, Head of Public Protection',
        authorisedOn: '2026-11-18',
        whyCouldNotWait: 'He moves in on Saturday',
      },
      health: {
        includesHealthInformation: 'yes',
        consent: 'refused',
        reasonWithoutConsent: 'The children’s safety outweighs it',
        caldicottGuardian: 'Dr Example',
      },
    });
    const x = await parts(
      await minutesDocx({ ...m, disclosure: { ...m.disclosure, decisions: [decision] } }, settings),
    );
    expect(x.bodyText).toMatch(
      /Urgent disclosure outside a meeting:\s+Authorised by Rowan Example, Head of Public Protection on 2026-11-18: He moves in on Saturday/,
    );
    expect(x.bodyText).toMatch(
      /Health information:\s+Included; consent refused\. The children’s safety outweighs it \(Caldicott Guardian or senior clinician consulted: Dr Example\)/,
    );
  });

  it('records, beside a health entry, what it was prompted about and why the detail was kept', async () => {
    const m = aCompleteDraft();
    const doc = {
      ...m,
      agencyInformation: [
        {
          id: 'inf_h',
          agency: 'health' as const,
          from: 'Dr Ada Example',
          source: 'verbal' as const,
          text: 'He is on 20mg olanzapine; stopping it preceded both offences.',
          minimumNecessary: {
            ...emptyMinimumNecessaryAnswers(),
            neededForRisk: 'yes' as const,
            howItBearsOnRisk: 'Relapse indicator',
            leastThatServes: 'yes' as const,
            consent: 'obtained' as const,
            onwardUse: 'Not beyond the panel',
            beyondMinimumJustification: 'The dose change is what the police must watch for',
          },
        },
      ],
    };
    const x = await parts(await minutesDocx(doc, settings));
    expect(x.bodyText).toMatch(
      /Agency\s+From\s+Information\s+Minimum-necessary check\s+Health\s+Dr Ada Example\s+He is on 20mg olanzapine/,
    );
    expect(x.bodyText).toContain('Beyond the minimum prompted: Medication and doses.');
    expect(x.bodyText).toContain(
      'Detail beyond the minimum justified: The dose change is what the police must watch for',
    );
  });

  it('a draft says DRAFT on every page and that it is not the signed record', async () => {
    const x = await parts(await minutesDocx(aCompleteDraft(), settings));
    expect(x.bodyText).toContain('DRAFT: MAPPA B: MAPPA meeting minutes');
    expect(x.bodyText).toMatch(/DRAFT: not the signed record\. These minutes have not been signed/);
    expect(x.bodyText).toContain('Draft, not signed');
    for (const h of x.headers) expect(h).toContain('DRAFT: NOT THE SIGNED RECORD');
    const f = finalise(aCompleteDraft(), chair, NOW);
    if (!f.ok) throw new Error('expected final');
    const signed = await parts(await minutesDocx(f.value, settings));
    expect(signed.all).not.toContain('DRAFT');
  });

  it('a summary of draft minutes says DRAFT on every page; a summary of signed minutes does not', async () => {
    const draft = await parts(await executiveSummaryDocx(executiveSummary(aCompleteDraft(), settings)));
    expect(draft.bodyText).toContain('DRAFT: Executive summary of MAPPA meeting minutes');
    expect(draft.bodyText).toMatch(
      /DRAFT: not the signed record\. The minutes this summary comes from have not been signed/,
    );
    for (const h of draft.headers) expect(h).toContain('DRAFT: NOT THE SIGNED RECORD');
    const f = finalise(aCompleteDraft(), chair, NOW);
    if (!f.ok) throw new Error('expected final');
    const signed = await parts(await executiveSummaryDocx(executiveSummary(f.value, settings)));
    expect(signed.all).not.toContain('DRAFT');
    expect(signed.all).toContain('OFFICIAL-SENSITIVE');
  });

  it('lists every signed version and what each correction changed, by whom and why', async () => {
    const f = finalise(aCompleteDraft(), chair, NOW);
    if (!f.ok) throw new Error('expected final');
    const content = contentOf(f.value);
    const c = correct(
      f.value,
      { ...content, media: { ...content.media, plan: 'Police press office only' } },
      'Media plan left out',
      officer,
      NOW,
    );
    if (!c.ok) throw new Error('expected corrected');
    const x = await parts(await minutesDocx(c.value, settings));
    expect(x.bodyText).toMatch(/Version\s+Signed by\s+When\s+Reason for the correction\s+1\s+Priya Chairwoman/);
    expect(x.bodyText).toMatch(/2\s+\S+ \S+\s+20 Nov 2026, 10:00\s+Media plan left out/);
    expect(x.bodyText).toMatch(
      /Section\s+Field\s+Version 1\s+Version 2\s+Media and community\s+Media plan\s+.*?Police press office only/,
    );
  });

  it('says the correction table in Welsh in a Welsh document, the section by its Welsh heading', async () => {
    const f = finalise(aCompleteDraft(), chair, NOW);
    if (!f.ok) throw new Error('expected final');
    const content = contentOf(f.value);
    const c = correct(
      f.value,
      { ...content, media: { ...content.media, plan: 'Police press office only' } },
      'Media plan left out',
      officer,
      NOW,
    );
    if (!c.ok) throw new Error('expected corrected');
    const x = await parts(await minutesDocx(c.value, settings, createTranslator('cy-GB', cy)));
    expect(x.bodyText).toMatch(
      /Adran\s+Maes\s+Fersiwn 1\s+Fersiwn 2\s+Y cyfryngau a’r gymuned\s+Cynllun y cyfryngau\s+.*?Police press office only/,
    );
    expect(x.bodyText).not.toContain('Media and community');
  });

  it('records the media and community decisions and who may pass what on, with the permission', async () => {
    const m = aCompleteDraft();
    const doc = {
      ...m,
      media: {
        ...m.media,
        spokesperson: 'Police press office only',
        agreedLines: 'The agencies are working together to manage the risk',
        communityDisclosure: 'None needed: no identifiable group at risk',
      },
      onwardSharing: [
        {
          id: 'onw_1',
          what: 'Discharge date',
          suppliedBy: 'health' as const,
          aboutVictim: false,
          passedOnBy: 'Offender manager',
          recipient: 'Approved premises manager',
          permission: { by: 'chair' as const, person: { id: chair.id, name: chair.name }, at: NOW.toISOString() },
        },
      ],
    };
    const x = await parts(await minutesDocx(doc, settings));
    expect(x.bodyText).toContain('Who speaks to the media:  Police press office only');
    expect(x.bodyText).toContain('Lines agreed for any enquiry:  The agencies are working together to manage the risk');
    expect(x.bodyText).toContain('Community disclosure:  None needed: no identifiable group at risk');
    expect(x.bodyText).toMatch(
      /What may be passed on\s+Supplied by\s+Passed on by\s+To whom\s+Permission\s+Discharge date\s+Health\s+Offender manager\s+Approved premises manager\s+Chair: Priya Chairwoman/,
    );
  });

  it('exports the disclosure record with only the agreed content, the signatures and the marking on every page', async () => {
    const decision = completeDisclosure();
    const x = await parts(await disclosureRecordDocx(disclosureRecord(decision, 'MP-2026-0001')));
    expect(x.bodyText).toContain('MAPPA disclosure record');
    expect(x.bodyText).toMatch(/Information disclosed\s+Convicted in 2019 of a sexual offence against a child/);
    expect(x.bodyText).toContain('Signed by the recipient, confirming they understand their responsibilities');
    // The minutes' reasoning stays in the minutes.
    expect(x.all).not.toContain(decision.necessity);
    expect(x.all).not.toContain(decision.riskToOffender);
    for (const h of [...x.headers, ...x.footers]) expect(h).toContain('OFFICIAL-SENSITIVE');
  });

  it('the full minutes do carry restricted content (they are the restricted record)', async () => {
    const x = await parts(await minutesDocx(markedMinutes(), settings));
    expect(x.all).toContain(MARKER);
  });

  it('the executive summary export has no restricted content and keeps the markings', async () => {
    const x = await parts(await executiveSummaryDocx(executiveSummary(markedMinutes(), settings)));
    expect(x.all).not.toContain(MARKER);
    expect(x.bodyText).toContain('The panel reviewed the plan and kept Level 2 management.');
    expect(x.bodyText).toContain('MP-2026-0001');
    for (const h of [...x.headers, ...x.footers]) expect(h).toContain('OFFICIAL-SENSITIVE');
  });

  describe('in Welsh', () => {
    const welsh = createTranslator('cy-GB', cy);

    it('the minutes are in Welsh, marked SWYDDOGOL-SENSITIF beside OFFICIAL-SENSITIVE on every page', async () => {
      const f = finalise(aCompleteDraft(), chair, NOW);
      if (!f.ok) throw new Error('expected final');
      const x = await parts(await minutesDocx(f.value, settings, welsh));
      expect(x.bodyText).toContain('MAPPA B: cofnodion cyfarfod MAPPA');
      for (const label of ['Manylion y cyfarfod', 'Presenoldeb', 'Asesiad risg', 'Cynllun Rheoli Risg', 'Llofnodi']) {
        expect(x.bodyText).toContain(label);
      }
      expect(x.bodyText).toMatch(
        /Enw\s+Asiantaeth\s+Rôl\s+Presenoldeb\s+Cydnabuwyd\s+Priya Chairwoman\s+Gwasanaeth prawf/,
      );
      expect(x.bodyText).toMatch(/Goruchwylio\s+Weekly office visits\s+Home visit/);
      expect(x.bodyText).toContain('Terfynol, fersiwn 1');
      // What people typed stays as they typed it.
      expect(x.bodyText).toContain('Weekly office visits');
      expect(x.bodyText).not.toContain('Meeting details');
      for (const part of [...x.headers, ...x.footers]) {
        expect(part).toContain('SWYDDOGOL-SENSITIF / OFFICIAL-SENSITIVE');
      }
      for (const ft of x.footers) {
        expect(ft).toContain('Tudalen');
        expect(ft).toContain('PAGE');
        expect(ft).toContain('NUMPAGES');
      }
    });

    it('a Welsh draft says DRAFFT and, beside it, the English DRAFT on every page', async () => {
      const x = await parts(await minutesDocx(aCompleteDraft(), settings, welsh));
      expect(x.bodyText).toContain('DRAFFT / DRAFT: MAPPA B: cofnodion cyfarfod MAPPA');
      expect(x.bodyText).toContain('Drafft, heb ei lofnodi');
      for (const h of x.headers) {
        expect(h).toContain('DRAFFT: NID Y COFNOD WEDI’I LOFNODI / DRAFT: NOT THE SIGNED RECORD');
      }
    });

    it('the executive summary is in Welsh, with the pillars and meeting kind in Welsh and the markings kept', async () => {
      const x = await parts(await executiveSummaryDocx(executiveSummary(markedMinutes(), settings), welsh));
      expect(x.all).not.toContain(MARKER);
      expect(x.bodyText).toContain('Crynodeb gweithredol o gofnodion cyfarfod MAPPA');
      expect(x.bodyText).toMatch(/Colofn\s+Crynodeb\s+Camau gweithredu a gytunwyd\s+Goruchwylio/);
      expect(x.bodyText).toMatch(/Cyfarfod (cychwynnol|adolygu|brys), /);
      expect(x.bodyText).toContain('The panel reviewed the plan and kept Level 2 management.');
      // What the document itself says of the victim safety plan is Welsh too; the meeting's day is written in Welsh.
      expect(x.bodyText).toContain('Mae cynllun diogelwch dioddefwyr yn y cofnodion llawn.');
      expect(x.bodyText).not.toContain('A victim safety plan is held');
      expect(x.bodyText).not.toMatch(/\d{4}-\d{2}-\d{2}/);
      for (const h of [...x.headers, ...x.footers]) expect(h).toContain('SWYDDOGOL-SENSITIF / OFFICIAL-SENSITIVE');
    });

    it('the disclosure record is in Welsh, with only the agreed content and both markings on every page', async () => {
      const decision = completeDisclosure();
      const x = await parts(await disclosureRecordDocx(disclosureRecord(decision, 'MP-2026-0001'), welsh));
      expect(x.bodyText).toContain('Cofnod datgelu MAPPA');
      expect(x.bodyText).toMatch(/Y wybodaeth a ddatgelwyd\s+Convicted in 2019 of a sexual offence against a child/);
      expect(x.bodyText).toContain('Llofnod y derbynnydd');
      expect(x.bodyText).not.toContain('Signed by the recipient');
      expect(x.all).not.toContain(decision.necessity);
      for (const h of [...x.headers, ...x.footers]) expect(h).toContain('SWYDDOGOL-SENSITIF / OFFICIAL-SENSITIVE');
    });
  });

  it('the English document says every stored value exactly as the rest of the app labels it', () => {
    const t = english();
    const same = (labels: Record<string, string>, key: Parameters<typeof t>[0], name: string) => {
      for (const [id, label] of Object.entries(labels)) expect(t(key, { [name]: id })).toBe(label);
    };
    same(agencies, 'documents.agency', 'agency');
    same(pillars, 'documents.pillar', 'pillar');
    same(actionStatuses, 'documents.actionStatus', 'status');
    same(reviewOutcomes, 'documents.reviewOutcome', 'outcome');
    same(requestDecisions, 'documents.requestDecision', 'decision');
    same(roshLabels, 'documents.rosh', 'level');
    same(roshGroups, 'documents.roshGroup', 'group');
    same(alternativeResults, 'documents.alternativeResult', 'result');
    same(lawfulBases, 'disclosure.record.lawfulBasisName', 'basis');
    same(disclosureMethods, 'disclosure.record.method', 'method');
    same(representationExceptions, 'disclosure.record.representationException', 'exception');
    same(disclosurePurposes, 'disclosure.form.purposeOption', 'purpose');
    same(healthConsentLabels, 'disclosure.form.healthConsentOption', 'consent');
    same(categoryLabels, 'documents.category', 'category');
    same(Object.fromEntries(sectionIds.map((id) => [id, sectionById(id).label])), 'documents.section', 'id');
    const flag = classifyHealthText('He takes 20mg of olanzapine and was diagnosed with schizophrenia.');
    expect(flag.length).toBeGreaterThan(0);
    for (const f of flag) expect(t('documents.minutes.healthFlag', { kind: f.kind })).toBe(f.label);
  });
});
