import type { Person } from '../people/agency';
import type { Action } from './action.schema';

/**
 * What an owner sees of an action: the case only by its reference (the minimum an owner needs),
 * never the nominal, victim or risk detail. Built field by field so that anything added to the
 * action or case later stays out until someone decides it belongs here.
 */
export type MyActionView = Pick<
  Action,
  | 'id'
  | 'caseId'
  | 'caseReference'
  | 'seriesId'
  | 'meetingId'
  | 'text'
  | 'pillar'
  | 'owner'
  | 'dueDate'
  | 'status'
  | 'updates'
  | 'createdAt'
>;

export const toMyActionView = (a: Action): MyActionView => ({
  id: a.id,
  caseId: a.caseId,
  caseReference: a.caseReference,
  ...(a.seriesId !== undefined ? { seriesId: a.seriesId } : {}),
  meetingId: a.meetingId,
  text: a.text,
  pillar: a.pillar,
  owner: a.owner,
  dueDate: a.dueDate,
  status: a.status,
  updates: a.updates,
  createdAt: a.createdAt,
});

/** The same person across tenants may reach us by a different object id; the e-mail still matches. */
export const ownedBy = (a: Pick<Action, 'owner'>, me: Pick<Person, 'id' | 'email'>): boolean =>
  a.owner.id === me.id || a.owner.email.toLowerCase() === me.email.toLowerCase();

/** Every action the person owns, across all panels, as the owner may see it. */
export const myActionsView = (actions: readonly Action[], me: Pick<Person, 'id' | 'email'>): MyActionView[] =>
  actions.filter((a) => ownedBy(a, me)).map(toMyActionView);
