import { msg, type Message, type MessageKey } from '../../i18n/message';
import { exportSafe } from '../shared/exportText';
import type { Agency } from '../people/agency';
import type { Action, ActionStatus } from './action.schema';
import { latestUpdate } from './applyUpdate';
import { dueState, dueStateFor, localDate, type DueOptions } from './dueState';

/** The coordinator's filters; each one given narrows the list. */
export type ActionFilter = {
  agency?: Agency;
  /** Owner's person id. */
  ownerId?: string;
  /** The panel, by case id. */
  caseId?: string;
  status?: ActionStatus;
  overdueOnly?: boolean;
};

export function filterActions<A extends Pick<Action, 'owner' | 'caseId' | 'status' | 'dueDate'>>(
  actions: readonly A[],
  filter: ActionFilter,
  opts: DueOptions,
): A[] {
  const stateOf = dueStateFor(localDate(opts.now, opts.timeZone), opts.withinDays);
  return actions.filter(
    (a) =>
      (filter.agency === undefined || a.owner.agency === filter.agency) &&
      (filter.ownerId === undefined || a.owner.id === filter.ownerId) &&
      (filter.caseId === undefined || a.caseId === filter.caseId) &&
      (filter.status === undefined || a.status === filter.status) &&
      (!filter.overdueOnly || stateOf(a) === 'overdue'),
  );
}

/** What lists and exports outside the panel show in place of a restricted action's text and notes. */
export const RESTRICTED_ACTION_TEXT = 'Victim safety action (details are restricted)';

/**
 * An action as the coordinator's lists and exports may show it: a Victim Safety Planning action
 * (restricted, as on the stage) keeps its owner, dates and status but not its text or notes.
 */
export function listableAction<A extends Pick<Action, 'pillar' | 'text' | 'updates'>>(a: A): A {
  if (a.pillar !== 'victimSafety') return a;
  return {
    ...a,
    text: RESTRICTED_ACTION_TEXT,
    updates: a.updates.map((u) => ({ ...u, text: u.text ? 'Update recorded (details are restricted)' : '' })),
  };
}

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break, with quotes doubled.
 * A cell that a spreadsheet would read as a formula (= + - @, or a tab or carriage return before
 * one) gets a leading apostrophe, so an exported action text can never run as a formula.
 */
export function csvCell(raw: string): string {
  const value = exportSafe(raw);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const csvRow = (cells: readonly string[]): string => cells.map(csvCell).join(',');

const header: readonly MessageKey[] = [
  'documents.csv.actions.caseReference',
  'documents.csv.actions.action',
  'documents.csv.actions.pillar',
  'documents.csv.actions.owner',
  'documents.csv.actions.ownerEmail',
  'documents.csv.actions.agency',
  'documents.csv.actions.dueDate',
  'documents.csv.actions.status',
  'documents.csv.actions.dueState',
  'documents.csv.actions.latestUpdate',
  'documents.csv.actions.latestUpdateOn',
];

/**
 * The coordinator's export for the strategic board: one row per action, case named only by its
 * reference. Headers and labels are said by `say` in the reader's language; what people typed is
 * kept as they typed it. Lines end in CRLF as RFC 4180 asks; the caller adds a byte-order mark if
 * it wants one.
 */
export function actionsToCsv(actions: readonly Action[], opts: DueOptions, say: (m: Message) => string): string {
  const rows = [csvRow(header.map((key) => say(msg(key))))];
  for (const original of actions) {
    const restricted = original.pillar === 'victimSafety';
    const a = listableAction(original);
    const last = latestUpdate(a);
    rows.push(
      csvRow([
        a.caseReference,
        restricted ? say(msg('documents.csv.actions.restrictedText')) : a.text,
        say(msg('documents.pillar', { pillar: a.pillar })),
        a.owner.name,
        a.owner.email,
        say(msg('documents.agency', { agency: a.owner.agency })),
        a.dueDate,
        say(msg('documents.actionStatus', { status: a.status })),
        say(msg('documents.csv.actions.dueStateLabel', { state: dueState(a, opts) })),
        last?.text ? (restricted ? say(msg('documents.csv.actions.restrictedUpdate')) : last.text) : '',
        last?.at ?? '',
      ]),
    );
  }
  return rows.join('\r\n') + '\r\n';
}
