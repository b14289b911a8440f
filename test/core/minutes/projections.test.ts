import { executiveSummary, stageProjection } from '../../../src/core/minutes/projections';
import { MinutesSchema } from '../../../src/core/minutes/minutes.schema';
import { sectionIds } from '../../../src/core/minutes/sections';
import { settings } from './fixtures';
import { MARKER, markedMinutes } from './restricted';
import { protectedIndexFor } from '../../../src/core/minutes/protectedPeople';
import { WITHHELD } from '../../../src/core/protection/matcher';
import { aCompleteDraft } from './fixtures';

describe('projections withhold protected people typed into unrestricted text', () => {
  const base = aCompleteDraft();
  const m = {
    ...base,
    victimIssues: { ...base.victimIssues, flaggedVictims: [{ id: 'v1', name: 'Kerry Example', email: '' }] },
    plan: {
      ...base.plan,
      supervision: { text: 'Weekly visits; no contact with Kerry Example’s children', noneNeededReason: '' },
    },
    actions: [
      ...base.actions,
      {
        id: 'a-x',
        text: 'Tell K. Example about the curfew',
        pillar: 'supervision' as const,
        carriedOver: false,
        status: 'open' as const,
      },
    ],
    executiveSummary: { text: 'Ms Example has moved; 12 Quiet Close is an exclusion zone.' },
    decisions: { ...base.decisions, levelRationale: 'Risk to kerry example remains high.' },
  };
  const casePeople = [
    {
      id: 'pp',
      kind: 'victim' as const,
      name: 'Kerry Example',
      aliases: [],
      addresses: ['12 Quiet Close, Sometown'],
      emails: [],
    },
  ];

  it('the stage shows neither the flagged victim nor the case’s protected people', () => {
    const out = JSON.stringify(stageProjection(m, settings, protectedIndexFor(m, casePeople)));
    expect(out).not.toMatch(/kerry|k\. example/i);
    expect(out).toContain(WITHHELD);
  });

  it('the executive summary neither, by name, title or address', () => {
    const out = JSON.stringify(executiveSummary(m, settings, protectedIndexFor(m, casePeople)));
    expect(out).not.toMatch(/kerry|ms example|quiet close/i);
    expect(out).toContain(WITHHELD);
  });

  it('the minutes’ own flagged victims are withheld even without the case’s list', () => {
    expect(JSON.stringify(stageProjection(m, settings))).not.toMatch(/kerry/i);
  });
});

describe('projections never carry restricted content', () => {
  const m = markedMinutes();

  it('the marked document is valid and the marker really is in it', () => {
    expect(() => MinutesSchema.parse(m)).not.toThrow();
    const json = JSON.stringify(m);
    // every restricted field path was reached
    expect(json.split(MARKER).length - 1).toBeGreaterThanOrEqual(15);
    expect(m.victimIssues.text).toContain(MARKER);
    expect(m.riskAssessment.whoIsAtRisk).toContain(MARKER);
    expect(m.plan.victimSafety.text).toContain(MARKER);
    expect(m.nominal.address).toContain(MARKER);
    expect(m.informationRequests[0]!.shared).toContain(MARKER);
  });

  it.each(sectionIds)('stage projection at step %s has no marker', (step) => {
    const out = stageProjection({ ...m, currentStep: step }, settings);
    expect(JSON.stringify(out)).not.toContain(MARKER);
    expect(out.step.id).toBe(step);
  });

  it('executive summary has no marker', () => {
    expect(JSON.stringify(executiveSummary(m, settings))).not.toContain(MARKER);
  });

  it('stage shows non-restricted pillars, actions being agreed and the victim safety action only as restricted', () => {
    const out = stageProjection(m, settings);
    expect(out.pillars.find((p) => p.pillar === 'supervision')?.summary).toBe('Weekly office visits');
    expect(out.pillars.find((p) => p.pillar === 'victimSafety')?.summary).toBeNull();
    expect(out.actions.map((a) => a.text)).toEqual(['Home visit', 'Victim safety action (details are restricted)']);
    expect(out.hasContingency).toBe(true);
  });

  it('uses the area’s section labels', () => {
    const out = stageProjection({ ...m, currentStep: 'plan' }, { sectionLabels: { plan: 'RMP' } });
    expect(out.step).toEqual({ id: 'plan', label: 'RMP', number: 14, total: sectionIds.length });
  });
});
