import { csvRow } from '../actions/coordinator';
import { msg, type Message } from '../../i18n/message';
import type { AuditEvent, AuditVerb } from './audit.schema';

/** The audit page's filter: by case, by person (name or id, any part), by kind of event. */
export type AuditFilter = { caseId?: string; person?: string; verb?: AuditVerb };

/** The events that match, newest first. */
export function filterAudit(events: readonly AuditEvent[], filter: AuditFilter): AuditEvent[] {
  const person = filter.person?.trim().toLowerCase();
  return events
    .filter(
      (e) =>
        (!filter.caseId || e.caseId === filter.caseId) &&
        (!filter.verb || e.verb === filter.verb) &&
        (!person || e.actor.name.toLowerCase().includes(person) || e.actor.id.toLowerCase() === person),
    )
    .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : a.id < b.id ? 1 : -1));
}

/** One page of a long list: 100,000 events never render at once. */
export function pageOf<T>(
  rows: readonly T[],
  page: number,
  size: number,
): { rows: T[]; page: number; pageCount: number } {
  const pageCount = Math.max(1, Math.ceil(rows.length / size));
  const at = Math.min(Math.max(0, page), pageCount - 1);
  return { rows: rows.slice(at * size, (at + 1) * size), page: at, pageCount };
}

/** What an event was about, in a line: its detail labels (identifiers and labels only). */
export const describeDetail = (e: AuditEvent): string =>
  Object.entries(e.detail)
    .map(([k, v]) => `${k}: ${v}`)
    .join('; ');

/**
 * The events as CSV for a spreadsheet. Every cell is formula-safe: one starting with = + - @, a tab
 * or a carriage return gets a leading apostrophe, so a reason typed as a formula never runs. The
 * headers and kinds are said by `say`, in the reader's language.
 */
export function auditToCsv(
  events: readonly AuditEvent[],
  caseReference: (caseId: string) => string,
  say: (m: Message) => string,
): string {
  const header = [
    say(msg('audit.csv.when')),
    say(msg('audit.csv.who')),
    say(msg('audit.csv.whoId')),
    say(msg('audit.csv.what')),
    say(msg('audit.csv.case')),
    say(msg('audit.csv.subject')),
    say(msg('audit.csv.why')),
    say(msg('audit.csv.detail')),
  ];
  const rows = events.map((e) => [
    e.at,
    e.actor.name,
    e.actor.id,
    say(msg(`audit.verb.${e.verb}`)),
    e.caseId ? caseReference(e.caseId) : '',
    `${e.subject.kind} ${e.subject.id}`,
    e.reason ?? '',
    describeDetail(e),
  ]);
  return [header, ...rows].map(csvRow).join('\r\n');
}
