/** `sendMail`: accepted (202) and kept, so tests can count what was sent. */
import { json } from '../http';
import type { Route } from '../router';

export const mailRoutes: Route[] = [
  {
    method: 'POST',
    template: '/me/sendMail',
    name: 'sendMail',
    handle: ({ state, req }) => {
      state.sentMail.push((req.body as { message: Record<string, unknown> }).message);
      return json(202);
    },
  },
];
