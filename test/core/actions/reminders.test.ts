import { composeReminders } from '../../../src/core/actions/reminders';
import { loadCatalogue } from '../../../src/i18n/catalogues';
import { createTranslator, english, type Translator } from '../../../src/i18n/translator';
import { aPerson, anAction } from '../../builders';

const now = new Date('2026-11-20T10:00:00.000Z');
const ann = aPerson({ id: 'u_ann', name: 'Ann Example', email: 'ann@police.example.gov.uk', agency: 'police' });
const bob = aPerson({ id: 'u_bob', name: 'Bob Example', email: 'bob@housing.example.gov.uk', agency: 'housing' });
const link = 'https://mappa.example.gov.uk/personal.html#/my-actions';
const languages = [english()];

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
    const mails = composeReminders(actions, { withinDays: 7, now, link, languages });
    expect(mails.map((m) => m.to)).toEqual([['ann@police.example.gov.uk'], ['bob@housing.example.gov.uk']]);
    expect(mails[0]!.body).toContain('1 action is overdue');
    expect(mails[0]!.body).toContain('1 action is due within 7 days');
    expect(mails[1]!.body).not.toContain('overdue');
    expect(mails.every((m) => m.purpose === 'reminder' && m.body.includes(link))).toBe(true);
  });

  it('names no case details: no reference, action text or case name', () => {
    for (const mail of composeReminders(actions, { withinDays: 7, now, link, languages })) {
      const all = `${mail.subject}\n${mail.body}`;
      expect(all).not.toMatch(/MP-\d{4}-\d+/);
      expect(all).not.toContain('Jordan');
      expect(all).not.toContain('home visit');
    }
  });

  it('sends nothing to owners with nothing due within the window', () => {
    expect(composeReminders(actions, { withinDays: 1, now, link, languages }).map((m) => m.to[0])).toEqual([
      'ann@police.example.gov.uk',
    ]);
  });

  it('gives a retry on the same day the same idempotency keys, and a new day new ones', () => {
    const first = composeReminders(actions, { withinDays: 7, now, link, languages });
    const again = composeReminders([...actions].reverse(), { withinDays: 7, now, link, languages });
    expect(again.map((m) => m.idempotencyKey)).toEqual(first.map((m) => m.idempotencyKey));
    expect(new Set(first.map((m) => m.idempotencyKey)).size).toBe(first.length);
    expect(first.every((m) => m.idempotencyKey.length <= 120)).toBe(true);
    const tomorrow = composeReminders(actions, {
      withinDays: 7,
      now: new Date('2026-11-21T10:00:00.000Z'),
      link,
      languages,
    });
    expect(tomorrow[0]!.idempotencyKey).not.toBe(first[0]!.idempotencyKey);
  });

  describe('in Welsh and English, as the owner’s language is not known', () => {
    let welsh: Translator;
    beforeAll(async () => {
      welsh = createTranslator('cy-GB', await loadCatalogue('cy-GB'));
    });

    it('gives the subject and the whole message in Welsh first, then in English', () => {
      const [ann] = composeReminders(actions, { withinDays: 7, now, link, languages: [welsh, english()] });
      expect(ann!.subject).toBe('Camau gweithredu MAPPA sy’n ddyledus / MAPPA actions due');
      const [cymraeg, englishPart] = ann!.body.split(/\n-{10}\n/);
      expect(cymraeg).toContain('Annwyl Ann Example,');
      expect(cymraeg).toContain('- Mae 1 cam gweithredu yn hwyr');
      expect(cymraeg).toContain('- Mae 1 cam gweithredu yn ddyledus o fewn 7 diwrnod');
      expect(cymraeg).toContain(`i bostio diweddariad: ${link}`);
      expect(englishPart).toContain('Dear Ann Example,');
      expect(englishPart).toContain('- 1 action is overdue');
      expect(englishPart).toContain('- 1 action is due within 7 days');
      expect(englishPart).toContain(`Open your actions to post an update: ${link}`);
      expect(englishPart).toContain('This message contains no case details. Sign in to see them.');
    });

    it('uses the Welsh plural forms that mutate the noun', () => {
      const two = [
        anAction({ id: 'c1', owner: ann, dueDate: '2026-11-01' }),
        anAction({ id: 'c2', owner: ann, dueDate: '2026-11-02' }),
      ];
      const [mail] = composeReminders(two, { withinDays: 2, now, link, languages: [welsh] });
      expect(mail!.body).toContain('- Mae 2 gam gweithredu yn hwyr');
    });

    it('keeps the same idempotency key whatever the languages, so a retry never mails twice', () => {
      const both = composeReminders(actions, { withinDays: 7, now, link, languages: [welsh, english()] });
      const one = composeReminders(actions, { withinDays: 7, now, link, languages });
      expect(both.map((m) => m.idempotencyKey)).toEqual(one.map((m) => m.idempotencyKey));
    });
  });
});
