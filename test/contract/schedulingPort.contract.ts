/**
 * What every scheduling adapter promises (src/core/scheduling/schedulingPort.ts): each method is
 * safe to repeat with the same arguments, a retried create never makes a second meeting, and
 * free/busy answers for every person asked about. Run against the local and the Graph adapter.
 */
import { planFor } from '../../src/app/scheduling/scheduleSeries';
import type { MeetingPlan, SchedulingPort } from '../../src/core/scheduling/schedulingPort';
import { aPerson } from '../builders';
import { aSeries } from '../fakes/graph/scenario';

export type SchedulingWorld = {
  port: SchedulingPort;
  /** How many calendar events exist for a plan's key (series or urgent meeting). */
  eventsFor(key: string): number;
  /** The addresses the calendar's event for a plan's key invites, in lower case. */
  invitedTo(key: string): readonly string[];
};

export function schedulingPortContract(name: string, makeWorld: () => Promise<SchedulingWorld>): void {
  describe(`scheduling port contract: ${name}`, () => {
    const plan = (): MeetingPlan => planFor(aSeries());

    it('creates a series once, however often it is asked', async () => {
      const w = await makeWorld();
      const p = plan();
      const first = await w.port.createSeries(p);
      const again = await w.port.createSeries(p);
      expect(again.eventId).toBe(first.eventId);
      expect(w.eventsFor(p.key)).toBe(1);
    });

    it('creates an urgent meeting once, however often it is asked', async () => {
      const w = await makeWorld();
      const { cadenceWeeks: _weekly, ...single } = plan();
      const urgent = { ...single, key: 'urg_case_test_2026-02-03' };
      const first = await w.port.createUrgentMeeting(urgent);
      const again = await w.port.createUrgentMeeting(urgent);
      expect(again.eventId).toBe(first.eventId);
      expect(w.eventsFor(urgent.key)).toBe(1);
    });

    it('locks a meeting down, names what it applied, and can do it again', async () => {
      const w = await makeWorld();
      const link = await w.port.createSeries(plan());
      const first = await w.port.lockMeetingOptions(link);
      expect(first.applied).toEqual(expect.arrayContaining([expect.stringMatching(/lobby/)]));
      expect(first.applied.join(' ')).toMatch(/recording/);
      await expect(w.port.lockMeetingOptions(link)).resolves.toEqual(first);
    });

    it('adds the app to the meeting chat, and a repeat changes nothing', async () => {
      const w = await makeWorld();
      const p = plan();
      const link = await w.port.createSeries(p);
      const binding = { caseId: p.caseId, seriesId: p.key, reference: 'MP-2026-0001' };
      const first = await w.port.addAppToMeetingChat(link, binding);
      expect(['added', 'pending']).toContain(first);
      await expect(w.port.addAppToMeetingChat(link, binding)).resolves.toBe(first);
    });

    it('moves an occurrence and ends a series, each safe to repeat', async () => {
      const w = await makeWorld();
      const p = plan();
      const link = await w.port.createSeries(p);
      const move = { planned: '2026-08-31', date: '2026-09-01' };
      await w.port.moveOccurrence(link, p, move);
      await expect(w.port.moveOccurrence(link, p, move)).resolves.toBeUndefined();
      await w.port.endSeries(link, p, '2026-12-14');
      await expect(w.port.endSeries(link, p, '2026-12-14')).resolves.toBeUndefined();
      expect(w.eventsFor(p.key)).toBe(1);
    });

    it('invites exactly the people asked to a series, and a repeat changes nothing', async () => {
      const w = await makeWorld();
      const p = plan();
      const link = await w.port.createSeries(p);
      expect(w.invitedTo(p.key)).toEqual(p.attendees.map((a) => a.email.toLowerCase()));
      const [chair] = p.attendees;
      const newcomer = aPerson({ id: 'u_new', name: 'Nia Newcomer', email: 'Nia.Newcomer@housing.example.gov.uk' });
      const next = [chair!, newcomer];
      await w.port.updateAttendees(link, next);
      await expect(w.port.updateAttendees(link, next)).resolves.toBeUndefined();
      expect(w.invitedTo(p.key)).toEqual([chair!.email.toLowerCase(), 'nia.newcomer@housing.example.gov.uk']);
      expect(w.eventsFor(p.key)).toBe(1);
    });

    it('answers free/busy for every person asked about', async () => {
      const w = await makeWorld();
      const people = [
        aPerson({ id: 'u_a', email: 'a@police.example.gov.uk' }),
        aPerson({ id: 'u_b', email: 'b@nhs.example.uk' }),
      ];
      const answer = await w.port.freeBusy(people, '2026-02-02', '2026-02-09', 'Europe/London');
      expect(answer.map((f) => f.person.id)).toEqual(['u_a', 'u_b']);
      for (const f of answer) expect(['known', 'unknown']).toContain(f.availability);
    });
  });
}
