import type { Case, Disposal } from '../case.schema';
import type { IsoDate } from '../../shared/dates';
import { msg, type Message } from '../../../i18n/message';
import { addMonths } from './identification';

/**
 * The notification period of a registered sexual offender (Sexual Offences Act 2003 s.82), from
 * the relevant date (conviction or caution):
 * custody over 30 months, indefinite; over 6 and up to 30 months, 10 years; 6 months or less,
 * 7 years; community order, 5 years; caution, 2 years; conditional discharge, its length.
 * Under 18 on the relevant date, the 10, 7, 5 and 2 year periods are halved (s.82(2)); a conditional
 * discharge keeps its own length and an indefinite period stays indefinite. An indefinite registrant
 * may seek a review after 15 years from release, 8 when under 18 (s.91B).
 */
export type NotificationPeriod =
  | { kind: 'fixed'; months: number; ends: IsoDate }
  | { kind: 'indefinite'; reviewFrom: IsoDate }
  /** The law fixes no period from these facts alone (e.g. a hospital order, whose restriction decides). */
  | { kind: 'unknown'; why: Message };

/** Whole years of age on a date. */
export function ageOn(dateOfBirth: IsoDate, on: IsoDate): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

export function notificationPeriod(disposal: Disposal, dateOfBirth: IsoDate): NotificationPeriod {
  const under18 = ageOn(dateOfBirth, disposal.from) < 18;
  const fixed = (years: number): NotificationPeriod => {
    const months = under18 ? years * 6 : years * 12;
    return { kind: 'fixed', months, ends: addMonths(disposal.from, months) };
  };
  switch (disposal.kind) {
    case 'custody': {
      if (disposal.termMonths === undefined) return { kind: 'unknown', why: msg('cases.exitBasis.termMissing') };
      if (disposal.termMonths > 30) {
        // The review runs from release; before a release date is known, from sentence.
        const start = disposal.until ?? disposal.from;
        return { kind: 'indefinite', reviewFrom: addMonths(start, (under18 ? 8 : 15) * 12) };
      }
      return fixed(disposal.termMonths > 6 ? 10 : 7);
    }
    case 'community':
      return fixed(5);
    case 'caution':
      return fixed(2);
    case 'conditionalDischarge':
      return disposal.until
        ? {
            kind: 'fixed',
            months: monthsBetween(disposal.from, disposal.until),
            ends: disposal.until,
          }
        : { kind: 'unknown', why: msg('cases.exitBasis.dischargeEndMissing') };
    case 'hospital':
    case 'guardianship':
      return { kind: 'unknown', why: msg('cases.exitBasis.orderRestrictions') };
  }
}

const monthsBetween = (from: IsoDate, to: IsoDate): number => {
  const [fy, fm] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  return (ty - fy) * 12 + (tm - fm);
};

export type ExitDue =
  | { kind: 'date'; date: IsoDate; basis: Message }
  | { kind: 'indefinite'; reviewFrom: IsoDate; basis: Message }
  | { kind: 'none'; basis: Message };

/**
 * When the case leaves MAPPA where the law fixes it: Category 1 when notification ends, Category 2
 * when the licence, hospital order or guardianship order ends. Categories 3 and 4 leave when a
 * Level 2 or 3 panel decides, so no date is computed.
 */
export function exitDueFor(c: Pick<Case, 'category' | 'disposal' | 'nominal'>): ExitDue {
  const d = c.disposal;
  if (c.category === 3) return { kind: 'none', basis: msg('cases.exitBasis.category3') };
  if (c.category === 4) return { kind: 'none', basis: msg('cases.exitBasis.category4') };
  if (!d) return { kind: 'none', basis: msg('cases.exitBasis.noDisposal') };
  if (c.category === 2) {
    // Category 2 leaves when the hospital or guardianship order ends, else when the licence does.
    const order = d.kind === 'hospital' || d.kind === 'guardianship' ? d.kind : 'licence';
    return d.until
      ? { kind: 'date', date: d.until, basis: msg('cases.exitBasis.orderEnds', { order }) }
      : { kind: 'none', basis: msg('cases.exitBasis.orderEndMissing', { order }) };
  }
  const period = notificationPeriod(d, c.nominal.dateOfBirth);
  if (period.kind === 'fixed') {
    return { kind: 'date', date: period.ends, basis: msg('cases.exitBasis.notificationEnds') };
  }
  if (period.kind === 'indefinite') {
    return { kind: 'indefinite', reviewFrom: period.reviewFrom, basis: msg('cases.exitBasis.indefinite') };
  }
  return { kind: 'none', basis: period.why };
}

/** The date to store on the case as `exitDue`, when there is one. */
export const exitDueDate = (c: Pick<Case, 'category' | 'disposal' | 'nominal'>): IsoDate | undefined => {
  const due = exitDueFor(c);
  return due.kind === 'date' ? due.date : undefined;
};
