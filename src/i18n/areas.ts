/**
 * The catalogue's areas: one file per area of the app in each language (`messages/en/<area>.ts`,
 * `messages/cy/<area>.ts`), every key in an area starting with the area's name. A page loads the
 * areas its views show (see `catalogues.ts`); each area below is its own chunk, so the side panel
 * never downloads the register's messages nor the Panels page the minutes'.
 */
import type { Catalogue, MessageKey } from './messages/en';

/** Every area, in the order the catalogue lists them. */
export const AREAS = [
  'common',
  'shell',
  'errors',
  'surfaces',
  'people',
  'minutes',
  'sections',
  'meeting',
  'confidentiality',
  'disclosure',
  'documents',
  'actions',
  'scheduling',
  'audit',
  'register',
  'cases',
  'mail',
  'statement',
  'caseTeam',
] as const;
export type Area = (typeof AREAS)[number];

/**
 * The areas every page carries in English from its first script: what the shell, the start-up and any
 * error say, and the agencies' names, which the core's messages may name on any surface.
 */
export const ALWAYS_LOADED = ['common', 'shell', 'errors', 'surfaces', 'people'] as const satisfies readonly Area[];

export type Messages = Readonly<Partial<Catalogue>>;

/** The area a key belongs to: its first segment. */
export function areaOfKey(key: string): Area | undefined {
  const head = key.slice(0, key.indexOf('.'));
  return (AREAS as readonly string[]).includes(head) ? (head as Area) : undefined;
}

type LazyArea = Exclude<Area, (typeof ALWAYS_LOADED)[number]>;

/**
 * The English areas not in every first script, each its own chunk, but for those every minutes view
 * shows together (the minutes and their sections; confidentiality, disclosure and the documents),
 * which share one: fewer requests, and one compressed file says them in fewer bytes.
 */
export const englishAreas: Record<LazyArea, () => Promise<Messages>> = {
  minutes: () => import(/* webpackChunkName: "messages-en-minutes" */ './messages/en/minutes').then((m) => m.minutes),
  sections: () =>
    import(/* webpackChunkName: "messages-en-minutes" */ './messages/en/sections').then((m) => m.sections),
  meeting: () => import(/* webpackChunkName: "messages-en-meeting" */ './messages/en/meeting').then((m) => m.meeting),
  confidentiality: () =>
    import(/* webpackChunkName: "messages-en-records" */ './messages/en/confidentiality').then(
      (m) => m.confidentiality,
    ),
  disclosure: () =>
    import(/* webpackChunkName: "messages-en-records" */ './messages/en/disclosure').then((m) => m.disclosure),
  documents: () =>
    import(/* webpackChunkName: "messages-en-records" */ './messages/en/documents').then((m) => m.documents),
  actions: () => import(/* webpackChunkName: "messages-en-actions" */ './messages/en/actions').then((m) => m.actions),
  scheduling: () =>
    import(/* webpackChunkName: "messages-en-scheduling" */ './messages/en/scheduling').then((m) => m.scheduling),
  audit: () => import(/* webpackChunkName: "messages-en-audit" */ './messages/en/audit').then((m) => m.audit),
  register: () =>
    import(/* webpackChunkName: "messages-en-register" */ './messages/en/register').then((m) => m.register),
  cases: () => import(/* webpackChunkName: "messages-en-cases" */ './messages/en/cases').then((m) => m.cases),
  mail: () => import(/* webpackChunkName: "messages-en-mail" */ './messages/en/mail').then((m) => m.mail),
  statement: () =>
    import(/* webpackChunkName: "messages-en-statement" */ './messages/en/statement').then((m) => m.statement),
  caseTeam: () =>
    import(/* webpackChunkName: "messages-en-caseTeam" */ './messages/en/caseTeam').then((m) => m.caseTeam),
};

/** The Welsh areas, each its own chunk; those every page carries share one. */
export const welshAreas: Record<Area, () => Promise<Messages>> = {
  common: () => import(/* webpackChunkName: "messages-cy-always" */ './messages/cy/common').then((m) => m.common),
  shell: () => import(/* webpackChunkName: "messages-cy-always" */ './messages/cy/shell').then((m) => m.shell),
  errors: () => import(/* webpackChunkName: "messages-cy-always" */ './messages/cy/errors').then((m) => m.errors),
  surfaces: () => import(/* webpackChunkName: "messages-cy-always" */ './messages/cy/surfaces').then((m) => m.surfaces),
  people: () => import(/* webpackChunkName: "messages-cy-always" */ './messages/cy/people').then((m) => m.people),
  minutes: () => import(/* webpackChunkName: "messages-cy-minutes" */ './messages/cy/minutes').then((m) => m.minutes),
  sections: () =>
    import(/* webpackChunkName: "messages-cy-minutes" */ './messages/cy/sections').then((m) => m.sections),
  meeting: () => import(/* webpackChunkName: "messages-cy-meeting" */ './messages/cy/meeting').then((m) => m.meeting),
  confidentiality: () =>
    import(/* webpackChunkName: "messages-cy-records" */ './messages/cy/confidentiality').then(
      (m) => m.confidentiality,
    ),
  disclosure: () =>
    import(/* webpackChunkName: "messages-cy-records" */ './messages/cy/disclosure').then((m) => m.disclosure),
  documents: () =>
    import(/* webpackChunkName: "messages-cy-records" */ './messages/cy/documents').then((m) => m.documents),
  actions: () => import(/* webpackChunkName: "messages-cy-actions" */ './messages/cy/actions').then((m) => m.actions),
  scheduling: () =>
    import(/* webpackChunkName: "messages-cy-scheduling" */ './messages/cy/scheduling').then((m) => m.scheduling),
  audit: () => import(/* webpackChunkName: "messages-cy-audit" */ './messages/cy/audit').then((m) => m.audit),
  register: () =>
    import(/* webpackChunkName: "messages-cy-register" */ './messages/cy/register').then((m) => m.register),
  cases: () => import(/* webpackChunkName: "messages-cy-cases" */ './messages/cy/cases').then((m) => m.cases),
  mail: () => import(/* webpackChunkName: "messages-cy-mail" */ './messages/cy/mail').then((m) => m.mail),
  statement: () =>
    import(/* webpackChunkName: "messages-cy-statement" */ './messages/cy/statement').then((m) => m.statement),
  caseTeam: () =>
    import(/* webpackChunkName: "messages-cy-caseTeam" */ './messages/cy/caseTeam').then((m) => m.caseTeam),
};

export type { MessageKey };
