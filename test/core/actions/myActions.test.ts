import { myActionsView, ownedBy } from '../../../src/core/actions/myActions';
import type { Action } from '../../../src/core/actions/action.schema';
import { aPerson, anAction } from '../../builders';

const me = aPerson({ id: 'u_me', email: 'me@probation.example.gov.uk' });

describe('my actions view', () => {
  it('keeps only the actions the person owns, by id or by e-mail', () => {
    const actions = [
      anAction({ id: 'mine', owner: me }),
      anAction({ id: 'guest', owner: aPerson({ id: 'other-tenant-id', email: 'ME@probation.example.gov.uk' }) }),
      anAction({ id: 'theirs', owner: aPerson({ id: 'u_other', email: 'other@police.example.gov.uk' }) }),
    ];
    expect(myActionsView(actions, me).map((a) => a.id)).toEqual(['mine', 'guest']);
    expect(ownedBy(actions[2]!, me)).toBe(false);
  });

  it('exposes the case only by its reference and nothing beyond the action fields', () => {
    // A stored action carrying extra case content (e.g. from a later release) must not leak it.
    const withExtra = { ...anAction({ owner: me }), nominalName: 'Jordan Testcase', victim: 'A person' } as Action;
    const [view] = myActionsView([withExtra], me);
    expect(Object.keys(view!).sort()).toEqual(
      [
        'caseId',
        'caseReference',
        'createdAt',
        'dueDate',
        'id',
        'meetingId',
        'owner',
        'pillar',
        'status',
        'text',
        'updates',
      ].sort(),
    );
    expect(JSON.stringify(view)).not.toContain('Jordan');
  });
});
