import type { OnwardSharing } from '../../../src/core/minutes/minutes.schema';
import { editOnwardSharing, onwardSharingDecision, recordPermission } from '../../../src/core/minutes/onwardSharing';
import { english } from '../../../src/i18n/translator';
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

/** What a decision or refusal says, in English. */
const said = (x: { allowed: true } | { allowed: false; reason: Parameters<ReturnType<typeof english>>[0] }) =>
  x.allowed ? { allowed: true } : { allowed: false, reason: english()(x.reason) };
const refusal = (x: ReturnType<typeof recordPermission>) => ('refused' in x ? english()(x.refused) : undefined);

describe('onward sharing', () => {
  it('goes no further until the chair permits it, and says what is missing first', () => {
    expect(said(onwardSharingDecision(item({ recipient: '' })))).toEqual({
      allowed: false,
      reason: 'Before it can go further: say to whom.',
    });
    expect(said(onwardSharingDecision(item({ what: ' ', passedOnBy: '', suppliedBy: undefined })))).toEqual({
      allowed: false,
      reason:
        'Before it can go further: say what may be passed on; say who may pass it on; name the agency that supplied it.',
    });
    expect(said(onwardSharingDecision(item()))).toEqual({
      allowed: false,
      reason: 'Information from the panel goes no further without the chair’s recorded agreement.',
    });
    expect(refusal(recordPermission(item(), member, { chair: false }, NOW))).toBe(
      'Only the chair can permit information to go beyond the panel.',
    );
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
    expect(refusal(recordPermission(victim, chair, { chair: true }, NOW))).toMatch(/agency that supplied/);
    expect(said(onwardSharingDecision(victim))).toEqual({
      allowed: false,
      reason:
        'This is victim information. It cannot go beyond the panel without the recorded agreement of the agency that supplied it.',
    });
    const agreed = recordPermission(victim, vlo, { chair: false }, NOW);
    if ('refused' in agreed) throw new Error('expected agreement');
    expect(agreed.permission?.by).toBe('supplyingAgency');
    expect(onwardSharingDecision(agreed)).toEqual({ allowed: true });
  });
});
