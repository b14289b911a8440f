import { cy } from '../../../src/i18n/messages/cy';
import { createTranslator, english } from '../../../src/i18n/translator';
import { actionsToCsv, csvCell, filterActions } from '../../../src/core/actions/coordinator';
import { aPerson, anAction } from '../../builders';

const now = new Date('2026-11-20T10:00:00.000Z');
const opts = { now, withinDays: 7 };
const ann = aPerson({ id: 'u_ann', name: 'Ann Example', email: 'ann@police.example.gov.uk', agency: 'police' });
const bob = aPerson({ id: 'u_bob', name: 'Bob Example', email: 'bob@housing.example.gov.uk', agency: 'housing' });
const actions = [
  anAction({ id: 'a1', owner: ann, caseId: 'c1', dueDate: '2026-11-10' }),
  anAction({ id: 'a2', owner: ann, caseId: 'c2', dueDate: '2026-12-10', status: 'inProgress' }),
  anAction({ id: 'b1', owner: bob, caseId: 'c1', dueDate: '2026-11-01', status: 'done' }),
];

describe('coordinator filters', () => {
  it.each([
    [{}, ['a1', 'a2', 'b1']],
    [{ agency: 'police' as const }, ['a1', 'a2']],
    [{ ownerId: 'u_bob' }, ['b1']],
    [{ caseId: 'c1' }, ['a1', 'b1']],
    [{ status: 'inProgress' as const }, ['a2']],
    [{ overdueOnly: true }, ['a1']],
    [{ agency: 'police' as const, caseId: 'c1' }, ['a1']],
  ])('filter %j gives %j', (filter, ids) => {
    expect(filterActions(actions, filter, opts).map((a) => a.id)).toEqual(ids);
  });
});

describe('CSV export', () => {
  it('quotes cells as RFC 4180 asks', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hello"')).toBe('"say ""hello"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });

  it.each(['=1+1', '+44 1632', '-2', '@SUM(A1)', '\t=cmd'])('guards %j against running as a formula', (v) => {
    expect(csvCell(v).replace(/^"/, '')).toMatch(/^'/);
  });

  it('writes a header and one CRLF-terminated row per action, with labels not codes', () => {
    const csv = actionsToCsv(
      [actions[0]!, anAction({ id: 'x', text: '=HYPERLINK("http://evil.example")', owner: bob })],
      opts,
      english(),
    );
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(
      'Case reference,Action,Pillar,Owner,Owner e-mail,Agency,Due date,Status,Due state,Latest update,Latest update on',
    );
    expect(lines[1]).toContain('Supervision,Ann Example,ann@police.example.gov.uk,Police,2026-11-10,Open,Overdue');
    expect(lines[2]).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('');
  });

  it('the CSV carries a Victim Safety Planning action without its text or notes', () => {
    const restricted = anAction({
      id: 'v1',
      owner: ann,
      pillar: 'victimSafety',
      text: 'RESTRICTED-MARKER safe room',
      updates: [
        {
          id: 'u1',
          at: now.toISOString(),
          by: { id: ann.id, name: ann.name, agency: ann.agency },
          text: 'RESTRICTED-MARKER note',
        },
      ],
    });
    const csv = actionsToCsv([restricted], opts, english());
    expect(csv).not.toContain('RESTRICTED-MARKER');
    expect(csv).toContain('Victim safety action (details are restricted)');
    expect(csv).toContain('Update recorded (details are restricted)');
    expect(csv).toContain(ann.name);
  });

  it('heads and labels the CSV in Welsh for a Welsh reader, keeping names and addresses as they are', () => {
    const csv = actionsToCsv([actions[0]!], opts, createTranslator('cy-GB', cy));
    const [head, row] = csv.split('\r\n');
    expect(head).toBe(
      'Cyfeirnod yr achos,Cam gweithredu,Colofn,Perchennog,E-bost y perchennog,Asiantaeth,Dyddiad dyledus,Statws,Cyflwr dyledus,Diweddariad diweddaraf,Dyddiad y diweddariad diweddaraf',
    );
    expect(row).toContain('Goruchwylio,Ann Example,ann@police.example.gov.uk,Heddlu,2026-11-10');
    expect(row).toContain('Yn hwyr');
  });
});
