import type { OnwardSharing } from '../../../src/core/minutes/minutes.schema';
import { editOnwardSharing, onwardSharingDecision, recordPermission } from '../../../src/core/minutes/onwardSharing';
import { aPerson } from '../../builders';
import { NOW } from './fixtures';

const item = (over: Partial<OnwardSharing> = {}): OnwardSharing => ({
  id: 'onw_1',
  what: 'Discharge date',
  suppliedBy: 'health',
  aboutVictim: false,
  passedOnBy: 'Offender manager',
  recipient: 'Approved premises manager, to plan the arrival',
  ...over,
});
const chair = aPerson({ id: 'u_chair', name: 'Cara Chair', agency: 'probation' });
const vlo = aPerson({ id: 'u_vlo', name: 'Val Liaison', agency: 'victimLiaison' });
const member = aPerson({ id: 'u_mem', name: 'Mo Member', agency: 'housing' });

describe('onward sharing', () => {
  it('goes no further until the chair permits it, and says what is missing first', () => {
    expect(onwardSharingDecision(item({ recipient: '' }))).toEqual({
      allowed: false,
      reason: 'Before it can go further: say to whom.',
    });
    expect(onwardSharingDecision(item())).toMatchObject({ allowed: false, reason: expect.stringMatching(/chair/) });
    expect(recordPermission(item(), member, { chair: false }, NOW)).toEqual({
      refused: 'Only the chair can permit information to go beyond the panel.',
    });
    const permitted = recordPermission(item(), chair, { chair: true }, NOW);
    if ('refused' in permitted) throw new Error('expected permission');
    expect(permitted.permission).toEqual({
      by: 'chair',
      person: { id: 'u_chair', name: 'Cara Chair' },
      at: NOW.toISOString(),
    });
    expect(onwardSharingDecision(permitted)).toEqual({ allowed: true });
    // A change to what it says withdraws the permission given for the old wording.
    const changed = editOnwardSharing(permitted, { recipient: 'Anyone who asks' });
    expect(changed.permission).toBeUndefined();
    expect(onwardSharingDecision(changed).allowed).toBe(false);
  });

  it('victim information needs the supplying agency’s agreement, not the chair’s', () => {
    const victim = item({ aboutVictim: true, suppliedBy: 'victimLiaison' });
    expect(recordPermission(victim, chair, { chair: true }, NOW)).toMatchObject({
      refused: expect.stringMatching(/agency that supplied/),
    });
    const agreed = recordPermission(victim, vlo, { chair: false }, NOW);
    if ('refused' in agreed) throw new Error('expected agreement');
    expect(agreed.permission?.by).toBe('supplyingAgency');
    expect(onwardSharingDecision(agreed)).toEqual({ allowed: true });
  });
});
