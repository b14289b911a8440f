/** The signed-in user, people search, the directory, and free/busy (`getSchedule`). */
import { err, json } from '../http';
import { applySelect } from '../odata';
import type { Route } from '../router';
import type { FakeUser } from '../state';

const userJson = (u: FakeUser) => ({
  id: u.id,
  displayName: u.displayName,
  mail: u.mail,
  userPrincipalName: u.userPrincipalName,
  userType: u.userType,
  jobTitle: u.jobTitle ?? null,
  department: u.department ?? null,
});

export const directoryRoutes: Route[] = [
  {
    method: 'GET',
    template: '/me',
    name: 'me',
    handle: ({ state, opts }) => json(200, applySelect(userJson(state.me), opts.select)),
  },
  {
    method: 'GET',
    template: '/me/people',
    name: 'people',
    handle: ({ state, opts }) => {
      const s = (opts.search ?? '').toLowerCase();
      return json(200, {
        value: state.users
          .filter((x) => x.displayName.toLowerCase().includes(s) || x.mail.includes(s))
          .slice(0, opts.top ?? 10)
          .map((x) => ({
            id: x.id,
            displayName: x.displayName,
            jobTitle: x.jobTitle ?? null,
            department: x.department ?? null,
            userPrincipalName: x.userPrincipalName,
            scoredEmailAddresses: [{ address: x.mail, relevanceScore: 1 }],
          })),
      });
    },
  },
  {
    method: 'GET',
    template: '/users',
    name: 'users-search',
    // $search on directory objects needs the eventual-consistency header:
    // https://learn.microsoft.com/graph/aad-advanced-queries
    handle: ({ state, opts, req }) => {
      if (opts.search !== undefined && req.headers['consistencylevel'] !== 'eventual') {
        return err(400, 'Request_UnsupportedQuery', 'Search needs ConsistencyLevel: eventual');
      }
      const s = (opts.search ?? '').replace(/^displayName:/, '').toLowerCase();
      return json(200, {
        value: state.users
          .filter((x) => !x.external && x.displayName.toLowerCase().includes(s))
          .slice(0, opts.top ?? 100)
          .map((x) => applySelect(userJson(x), opts.select)),
      });
    },
  },
  {
    method: 'POST',
    template: '/me/calendar/getSchedule',
    name: 'getSchedule',
    handle: ({ state, req }) => {
      const b = req.body as { schedules: string[] };
      return json(200, {
        value: b.schedules.map((address) => {
          const u = state.users.find((x) => x.mail === address);
          if (!u || u.external) {
            return {
              scheduleId: address,
              error: { message: 'The user is outside your organisation', responseCode: 'ErrorProxyRequestNotAllowed' },
            };
          }
          return {
            scheduleId: address,
            availabilityView: '',
            scheduleItems: (state.busy.get(address) ?? []).map((x) => ({
              status: 'busy',
              isPrivate: true,
              start: { dateTime: x.start, timeZone: 'UTC' },
              end: { dateTime: x.end, timeZone: 'UTC' },
            })),
          };
        }),
      });
    },
  },
];
