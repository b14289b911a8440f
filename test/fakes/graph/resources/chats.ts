/** A meeting chat's installed apps and tabs. */
import { err, json } from '../http';
import type { Route } from '../router';

export const chatRoutes: Route[] = [
  {
    method: 'POST',
    template: '/chats/{id}/installedApps',
    name: 'installedApps-create',
    handle: ({ state, ids, req }) => {
      const chat = state.chats.get(ids[0]!);
      if (!chat) return err(404, 'NotFound', 'Chat not found');
      if (state.opts.appInstallBlocked) {
        return err(403, 'Forbidden', 'The tenant does not allow apps to be added to this chat');
      }
      chat.installAttempts++;
      if (chat.installAttempts <= (state.opts.chatNotReadyFor ?? 0)) return err(404, 'NotFound', 'Chat not ready');
      const app = String((req.body as Record<string, unknown>)['teamsApp@odata.bind']);
      if (chat.apps.has(app)) return err(409, 'Conflict', 'App is already installed');
      chat.apps.add(app);
      return json(201);
    },
  },
  {
    method: 'GET',
    template: '/chats/{id}/tabs',
    name: 'tabs-list',
    handle: ({ state, ids }) => {
      const chat = state.chats.get(ids[0]!);
      return chat ? json(200, { value: chat.tabs }) : err(404, 'NotFound', 'Chat not found');
    },
  },
  {
    method: 'POST',
    template: '/chats/{id}/tabs',
    name: 'teamsTab-create',
    handle: ({ state, ids, req }) => {
      const chat = state.chats.get(ids[0]!);
      if (!chat) return err(404, 'NotFound', 'Chat not found');
      const b = req.body as Record<string, unknown>;
      if (!chat.apps.has(String(b['teamsApp@odata.bind']))) return err(400, 'BadRequest', 'Install the app first');
      const tab = { id: state.newId('tab-'), ...b };
      chat.tabs.push(tab);
      return json(201, tab);
    },
  },
];
