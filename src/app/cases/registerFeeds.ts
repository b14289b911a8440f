import { noFeeds, type RegisterFeeds } from '../../core/cases/register';
import type { Services } from '../services';

/**
 * What a case's other records tell the register: referrals awaiting a decision, screenings and
 * identifications recorded, next reviews decided in finalised minutes. Each comes from its own
 * documents as those are kept; until then the register derives what the case record gives.
 */
export function loadRegisterFeeds(_services: Pick<Services, 'storage'>): Promise<RegisterFeeds> {
  return Promise.resolve(noFeeds);
}
