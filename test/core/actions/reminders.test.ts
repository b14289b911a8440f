import { composeReminders } from '../../../src/core/actions/reminders';
import { aPerson, anAction } from '../../builders';

const now = new Date('2026-11-20T10:00:00.000Z');
const ann = aPerson({ id: 'u_ann', name: 'Ann Example', email: 'ann@police.example.gov.uk', agency: 'police' });
const bob = aPerson({ id: 'u_bob', name: 'Bob Example', email: 'bob@housing.example.gov.uk', agency: 'housing' });
const link = 'https://mappa.example.gov.uk/personal.html#/my-actions';

const actions = [
  anAction({
    id: 'a1',
    owner: ann,
    dueDate: '2026-11-10',
    text: 'Check the address of Jordan Testcase',
    caseReference: 'MP-2026-0042',
  }),
  anAction({ id: 'a2', owner: ann, dueDate: '2026-11-22' }),
  anAction({ id: 'a3', owner: ann, dueDate: '2026-11-01', status: 'done' }),
  anAction({ id: 'b1', owner: bob, dueDate: '2027-01-10' }),
  anAction({ id: 'b2', owner: bob, dueDate: '2026-11-25', status: 'inProgress' }),
];

describe('reminders', () => {
  it('sends one message per owner with due or overdue actions, counting them', () => {
    const mails = composeReminders(actions, { withinDays: 7, now, link });
    expect(mails.map((m) => m.to)).toEqual([['ann@police.example.gov.uk'], ['bob@housing.example.gov.uk']]);
    expect(mails[0]!.body).toContain('1 action is overdue');
    expect(mails[0]!.body).toContain('1 action is due within 7 days');
    expect(mails[1]!.body).not.toContain('overdue');
    expect(mails.every((m) => m.purpose === 'reminder' && m.body.includes(link))).toBe(true);
  });

  it('names no case details: no reference, action text or case name', () => {
    for (const mail of composeReminders(actions, { withinDays: 7, now, link })) {
      const all = `${mail.subject}\n${mail.body}`;
      expect(all).not.toMatch(/MP-\d{4}-\d+/);
      expect(all).not.toContain('Jordan');
      expect(all).not.toContain('home visit');
    }
  });

  it('sends nothing to owners with nothing due within the window', () => {
    expect(composeReminders(actions, { withinDays: 1, now, link }).map((m) => m.to[0])).toEqual([
      'ann@police.example.gov.uk',
    ]);
  });

  it('gives a retry on the same day the same idempotency keys, and a new day new ones', () => {
    const first = composeReminders(actions, { withinDays: 7, now, link });
    const again = composeReminders([...actions].reverse(), { withinDays: 7, now, link });
    expect(again.map((m) => m.idempotencyKey)).toEqual(first.map((m) => m.idempotencyKey));
    expect(new Set(first.map((m) => m.idempotencyKey)).size).toBe(first.length);
    expect(first.every((m) => m.idempotencyKey.length <= 120)).toBe(true);
    const tomorrow = composeReminders(actions, { withinDays: 7, now: new Date('2026-11-21T10:00:00.000Z'), link });
    expect(tomorrow[0]!.idempotencyKey).not.toBe(first[0]!.idempotencyKey);
  });
});
