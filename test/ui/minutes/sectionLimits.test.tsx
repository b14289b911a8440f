/** @jest-environment jsdom */
import { fireEvent, screen } from '@testing-library/react';

import { MinutesSchema, type Minutes } from '../../../src/core/minutes/minutes.schema';
import { sectionIds } from '../../../src/core/minutes/sections';
import { SectionForm } from '../../../src/ui/minutes/SectionForm';
import { aCompleteDraft } from '../../core/minutes/fixtures';
import { renderWith } from '../../support/renderWith';
import { TestApp } from '../../support/testApp';
import { SectionHarness } from './sections/harness';

/**
 * Every text field of every section form keeps to the same limit the minutes' schema sets for what
 * it edits: its maxlength is the schema's maximum (found by asking the schema, not by reading the
 * form's own table), and typing past it keeps only what fits.
 */

/** Minutes in which every section shows all its fields: each list holds an item, each condition is met. */
function everyFieldShowing(): Minutes {
  const m = aCompleteDraft();
  const healthAnswers = {
    neededForRisk: 'yes',
    howItBearsOnRisk: 'Bears on relapse',
    leastThatServes: 'yes',
    consent: 'notObtained',
    reasonWithoutConsent: 'Risk to others',
    onwardUse: 'Not beyond the panel',
    aboutVictim: false,
    beyondMinimumJustification: '',
  };
  const [first, ...rest] = m.attendance;
  return MinutesSchema.parse({
    ...m,
    attendance: [
      {
        ...first!,
        attendance: 'present',
        acknowledgedAt: undefined,
        acknowledgementWaiver: {
          reason: '',
          recordedBy: { id: first!.person.id, name: first!.person.name },
          at: '2026-11-20T10:00:00.000Z',
        },
      },
      ...rest,
    ],
    nominal: { ...m.nominal, aliases: ['J Doe'] },
    purpose: {
      ...m.purpose,
      carriedItems: [
        { id: 'ci_1', fromMeetingId: 'mtg_1', fromDate: '2026-09-01', item: 'Tribunal', reason: 'r', awaiting: 'a' },
      ],
    },
    // Health text naming a medication shows the "why the risk needs this detail" question too.
    agencyInformation: [
      { id: 'ai_1', agency: 'health', text: 'Prescribed olanzapine', minimumNecessary: healthAnswers },
    ],
    informationRequests: [
      {
        id: 'ir_1',
        requestingAgency: 'police',
        holdingAgency: 'health',
        decision: 'sharedInPart',
        shared: 'Prescribed olanzapine',
        minimumNecessary: healthAnswers,
      },
    ],
    decisions: { ...m.decisions, agencyViews: [{ id: 'av_1', agency: 'police', view: 'Agrees' }] },
    offenderInvolvement: { ...m.offenderInvolvement, informed: 'no' },
    adjournments: [{ id: 'adj_1', scope: 'discussion', item: 'Leave', reason: 'r', awaiting: 'a' }],
    nextReview: { ...m.nextReview, proposedDate: '2027-01-15', date: '2027-02-01', changeReason: 'Holidays' },
    victimIssues: { ...m.victimIssues, flaggedVictims: [{ id: 'fv_1', name: 'A Person', email: 'a@example.org' }] },
    distribution: { ...m.distribution, recipients: [{ id: 'rc_1', name: 'B Person', email: 'b@example.org' }] },
  });
}

/** Sets the value at a dot path, `*` being the first item of a list. */
function setAt(node: unknown, parts: readonly string[], value: string): unknown {
  const [head, ...rest] = parts;
  if (head === undefined) return value;
  if (Array.isArray(node)) {
    if (head !== '*') throw new Error(`Expected * for a list item, got ${head}`);
    if (!node.length) throw new Error(`The test document needs an item in the list before ${parts.join('.')}`);
    return [setAt(node[0], rest, value), ...node.slice(1)];
  }
  const obj = (node ?? {}) as Record<string, unknown>;
  return { ...obj, [head]: setAt(obj[head], rest, value) };
}

const textOf = (n: number, email: boolean) => (email ? `${'a'.repeat(n - 12)}@example.org` : 'a'.repeat(n));
const accepts = (doc: Minutes, path: string, n: number, email: boolean) =>
  MinutesSchema.safeParse(setAt(doc, path.split('.'), textOf(n, email))).success;

describe('section forms keep to the schema’s text limits', () => {
  it('every text field in every section has the schema’s maximum for what it edits, and refuses more', () => {
    const doc = everyFieldShowing();
    expect(MinutesSchema.safeParse(doc).success).toBe(true);
    const app = TestApp.create();
    const seen = new Set<string>();
    for (const section of sectionIds) {
      const view = renderWith(
        app.services,
        <SectionHarness initial={doc} onChange={() => undefined}>
          {(d, edit) => <SectionForm section={section} doc={d} edit={edit} />}
        </SectionHarness>,
      );
      const boxes = screen.queryAllByRole('textbox') as (HTMLInputElement | HTMLTextAreaElement)[];
      for (const box of boxes) {
        const field = box.getAttribute('data-field');
        const name = box.getAttribute('aria-label') ?? box.id;
        expect({ section, name, field }).toEqual({ section, name, field: expect.any(String) });
        const max = box.maxLength;
        const email = box.getAttribute('type') === 'email';
        // The schema takes exactly `max` characters there and refuses one more.
        expect({ field, max, atMax: accepts(doc, field!, max, email) }).toEqual({ field, max, atMax: true });
        expect({ field, max, overMax: accepts(doc, field!, max + 1, email) }).toEqual({
          field,
          max,
          overMax: false,
        });
        fireEvent.change(box, { target: { value: textOf(max + 25, email) } });
        if (box.isConnected) expect(box.value.length).toBe(max);
        seen.add(field!);
      }
      view.unmount();
    }
    // The walk reached the fields that only show in some states.
    for (const field of [
      'attendance.*.acknowledgementWaiver.reason',
      'purpose.carriedItems.*.outcome',
      'agencyInformation.*.minimumNecessary.beyondMinimumJustification',
      'informationRequests.*.shared',
      'offenderInvolvement.reasonNotInformed',
      'adjournments.*.item',
      'nextReview.changeReason',
      'plan.monitoringControl.noneNeededReason',
      'distribution.recipients.*.email',
      'victimIssues.flaggedVictims.*.name',
    ]) {
      expect(seen).toContain(field);
    }
  });
});
