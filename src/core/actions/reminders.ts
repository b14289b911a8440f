import { msg, type Message } from '../../i18n/message';
import type { OutgoingMail } from '../ports';
import type { Action } from './action.schema';
import { dueState, localDate } from './dueState';

export type ReminderOptions = {
  /** Actions due within this many days (and all overdue ones) are reminded. */
  withinDays: number;
  now: Date;
  /** Where the owner sees their actions: the My actions tab or its web link. Never carries case content. */
  link: string;
  timeZone?: string;
  /**
   * The languages the reminder is written in, in order, each saying a message: the owner's language
   * is not known, so the app sends every reminder in Welsh and English (see `mailLanguages`).
   */
  languages: readonly Say[];
};

/** Says a message in one language. */
export type Say = (message: Message) => string;

/** A line of a reminder: blank, a paragraph, or an item of its list. */
type Line = '' | Message | { bullet: Message };

/** Between one language's text and the next, so a reader sees where their language starts. */
export const LANGUAGE_BREAK = '\n\n----------\n\n';

/** Small stable hash (FNV-1a) so the same reminder on the same day always has the same key. */
function fnv1a(text: string, seed = 0x811c9dc5): string {
  let h = seed;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/**
 * One reminder per owner with open actions that are overdue or due within `withinDays`. The
 * message names no case, action text or agency detail: only how many actions are due and where to
 * look, because e-mail leaves the area's control. Sending the same reminders again on the same day
 * reuses the idempotency keys, so a retry never mails anyone twice.
 */
export function composeReminders(actions: readonly Action[], opts: ReminderOptions): OutgoingMail[] {
  const due = { now: opts.now, withinDays: opts.withinDays, timeZone: opts.timeZone };
  const byOwner = new Map<string, { name: string; overdue: string[]; soon: string[] }>();
  for (const a of actions) {
    const state = dueState(a, due);
    if (state !== 'overdue' && state !== 'dueSoon') continue;
    const email = a.owner.email.toLowerCase();
    let entry = byOwner.get(email);
    if (!entry) byOwner.set(email, (entry = { name: a.owner.name, overdue: [], soon: [] }));
    (state === 'overdue' ? entry.overdue : entry.soon).push(a.id);
  }
  const today = localDate(opts.now, opts.timeZone);
  return [...byOwner.entries()]
    .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
    .map(([email, { name, overdue, soon }]) => {
      const ids = [...overdue.map((id) => `o:${id}`), ...soon.map((id) => `s:${id}`)].sort().join(',');
      const lines: Line[] = [
        msg('mail.reminder.greeting', { name }),
        '',
        msg('mail.reminder.intro'),
        ...(overdue.length ? [{ bullet: msg('mail.reminder.overdue', { count: overdue.length }) }] : []),
        ...(soon.length
          ? [{ bullet: msg('mail.reminder.dueSoon', { count: soon.length, days: opts.withinDays }) }]
          : []),
        '',
        msg('mail.reminder.open', { link: opts.link }),
        '',
        msg('mail.reminder.noCaseDetails'),
      ];
      const inOne = (say: Say) =>
        lines
          .map((line) => (typeof line === 'string' ? line : 'bullet' in line ? `- ${say(line.bullet)}` : say(line)))
          .join('\n');
      return {
        // Bounded length (outboxes and mail APIs cap keys) and no address in the key itself.
        idempotencyKey: `reminder:${today}:${fnv1a(email)}${fnv1a(email, 0x01000193)}:${fnv1a(ids)}`,
        to: [email],
        subject: opts.languages.map((say) => say(msg('mail.reminder.subject'))).join(' / '),
        body: opts.languages.map(inOne).join(LANGUAGE_BREAK),
        purpose: 'reminder' as const,
      };
    });
}
