/** @jest-environment jsdom */
import { HostContextError, mapHostName, mapTeamsContext } from '../../../src/adapters/host/mapContext';

const none = { stageSharing: false, tabConfiguration: false, nestedAppAuth: false };
const valid = {
  app: { locale: 'en-GB', theme: 'default', host: { name: 'Teams' } },
  page: { id: 'case-ashdown', frameContext: 'content' },
  user: {
    id: '',
    loginHint: 'sam.okafor@council.example.gov.uk',
    tenant: { id: 'f1c7a0de-0000-4000-8000-00000000aaaa' },
  },
};

describe('mapping a host context', () => {
  it('maps the Microsoft 365 hosts', () => {
    expect(mapHostName('OutlookWin32')).toBe('outlook');
    expect(mapHostName('TeamsModern')).toBe('teams');
    expect(mapHostName('Office')).toBe('office');
  });

  it('leaves out what the host did not give (an empty user id is no id)', () => {
    const context = mapTeamsContext(valid, none);
    expect(context.user).toEqual({
      name: 'sam.okafor@council.example.gov.uk',
      loginHint: 'sam.okafor@council.example.gov.uk',
      tenantId: 'f1c7a0de-0000-4000-8000-00000000aaaa',
    });
    expect(context.meeting).toBeUndefined();
    expect(context.surface).toBe('meetingTab');
  });

  it('refuses a frame it cannot place, saying which', () => {
    const task = { ...valid, page: { frameContext: 'task' } };
    expect(() => mapTeamsContext(task, none)).toThrow(HostContextError);
    expect(() => mapTeamsContext(task, none)).toThrow('does not support (“task”)');
  });

  it('refuses a context that is not shaped like one', () => {
    expect(() => mapTeamsContext({ app: {}, page: {} }, none)).toThrow(/could not be read: .*which application/);
    expect(() => mapTeamsContext('Teams', none)).toThrow(HostContextError);
  });
});
