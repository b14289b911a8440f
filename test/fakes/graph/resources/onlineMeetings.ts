/** The organiser's online meetings: found by join URL, and their options updated. */
import { err, json } from '../http';
import { evaluate, pathsIn } from '../odata';
import type { Route } from '../router';

/**
 * The properties Graph lets a PATCH change, from the request-body table of
 * https://learn.microsoft.com/graph/api/onlinemeeting-update (v1.0). Anything else is refused.
 */
export const updatableOnlineMeetingProperties: readonly string[] = [
  'allowAttendeeToEnableCamera',
  'allowAttendeeToEnableMic',
  'allowBreakoutRooms',
  'allowCopyingAndSharingMeetingContent',
  'allowedLobbyAdmitters',
  'allowedPresenters',
  'allowLiveShare',
  'allowMeetingChat',
  'allowPowerPointSharing',
  'allowRecording',
  'allowTeamworkReactions',
  'allowTranscription',
  'allowWhiteboard',
  'anonymizeIdentityForRoles',
  'endDateTime',
  'isEntryExitAnnounced',
  'lobbyBypassSettings',
  'participants',
  'recordAutomatically',
  'startDateTime',
  'subject',
  'watermarkProtection',
  'broadcastSettings',
];

/** Options that need the organiser to hold Teams Premium. */
const PREMIUM = ['watermarkProtection', 'allowCopyingAndSharingMeetingContent'];

export const onlineMeetingRoutes: Route[] = [
  {
    method: 'GET',
    template: '/me/onlineMeetings',
    name: 'onlineMeetings-list',
    // Listing needs a filter on the join URL: https://learn.microsoft.com/graph/api/onlinemeeting-get
    handle: ({ state, opts }) => {
      const f = opts.filter;
      if (!f || !pathsIn(f).some((p) => p.join('/').toLowerCase() === 'joinweburl')) {
        return err(400, 'BadRequest', 'Filter on JoinWebUrl is required');
      }
      return json(200, { value: [...state.meetings.values()].filter((m) => evaluate(f, m)) });
    },
  },
  {
    method: 'PATCH',
    template: '/me/onlineMeetings/{id}',
    name: 'onlineMeeting-update',
    handle: ({ state, ids, req }) => {
      const m = state.meetings.get(ids[0]!);
      if (!m) return err(404, 'NotFound', 'The meeting was not found');
      const b = req.body as Record<string, unknown>;
      const notUpdatable = Object.keys(b).filter((k) => !updatableOnlineMeetingProperties.includes(k));
      if (notUpdatable.length) {
        return err(400, 'BadRequest', `Properties cannot be updated: ${notUpdatable.join(', ')}`);
      }
      if (!state.opts.premium && PREMIUM.some((k) => k in b)) {
        return err(403, 'Forbidden', 'This feature needs Teams Premium');
      }
      Object.assign(m, b);
      return json(200, m);
    },
  },
];
