import { LocalScheduling } from '../../src/adapters/local/localScheduling';
import { MemoryStore } from '../../src/adapters/memory/memoryStore';
import { schedulingPortContract } from './schedulingPort.contract';

// Local mode has no calendar: a series lives only in the store, so there is one "event" per key by
// construction, and it invites whom it was last asked to.
schedulingPortContract('local', async () => {
  const port = new LocalScheduling(new MemoryStore(), { now: () => new Date('2026-01-20T09:00:00Z') });
  const created = new Set<string>();
  const eventOf = new Map<string, string>();
  const invited = new Map<string, string[]>();
  const addresses = (people: readonly { email: string }[]) => people.map((p) => p.email.toLowerCase());
  return {
    port: {
      ...port,
      freeBusy: port.freeBusy.bind(port),
      moveOccurrence: port.moveOccurrence.bind(port),
      endSeries: port.endSeries.bind(port),
      lockMeetingOptions: port.lockMeetingOptions.bind(port),
      addAppToMeetingChat: port.addAppToMeetingChat.bind(port),
      createSeries: async (p) => {
        created.add(p.key);
        const link = await port.createSeries(p);
        eventOf.set(p.key, link.eventId);
        if (!invited.has(link.eventId)) invited.set(link.eventId, addresses(p.attendees));
        return link;
      },
      updateAttendees: async (link, attendees) => {
        await port.updateAttendees(link, attendees);
        invited.set(link.eventId, addresses(attendees));
      },
      createUrgentMeeting: async (p) => {
        created.add(p.key);
        return port.createUrgentMeeting(p);
      },
    },
    eventsFor: (key) => (created.has(key) ? 1 : 0),
    invitedTo: (key) => invited.get(eventOf.get(key) ?? '') ?? [],
  };
});
