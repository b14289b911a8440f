import type { caseTeam as en } from '../en/caseTeam';
import type { Translations } from '../../message';

export const caseTeam: Translations<typeof en> = {
  'caseTeam.charge.murder': 'Llofruddiaeth',
  'caseTeam.charge.manslaughter': 'Dynladdiad',
  'caseTeam.charge.rape': 'Trais rhywiol',
  'caseTeam.charge.attemptedMurder': 'Ceisio llofruddio',
  'caseTeam.charge.attemptedManslaughter': 'Ceisio dynladdiad',
  'caseTeam.charge.attemptedRape': 'Ceisio treisio',
  'caseTeam.charge.other': 'Trosedd arall',
  'caseTeam.furtherOffence.open': 'Cofnodi trosedd bellach',
  'caseTeam.furtherOffence.title': 'Cofnodi trosedd bellach: {reference}',
  'caseTeam.furtherOffence.rule':
    'Mae Adolygiad Achos Difrifol llawn yn orfodol pan fydd rhywun a reolwyd ar Lefel 2 neu 3 ar unrhyw adeg yn ystod y {days} diwrnod cynt yn cael ei gyhuddo o lofruddiaeth, dynladdiad, trais rhywiol neu ymgais i gyflawni un o’r rhain.',
  'caseTeam.furtherOffence.charge': 'Y drosedd a gyhuddwyd',
  'caseTeam.furtherOffence.chargedOn': 'Dyddiad y cyhuddiad',
  'caseTeam.furtherOffence.rationale': 'Y rhesymeg ac o ble y daeth yr wybodaeth',
  'caseTeam.furtherOffence.confirm':
    'Rwy’n cadarnhau bod y cyhuddiad a’i ddyddiad fel y’u hadroddwyd; cedwir y cofnod hwn yn hanes yr achos yn barhaol',
  'caseTeam.furtherOffence.action': 'Cofnodi’r drosedd bellach',
  'caseTeam.furtherOffence.periodsFailed':
    'Nid oedd modd darllen hanes lefelau’r achos, felly nid yw’n dangos eto a oes angen adolygiad. Gallwch gofnodi’r drosedd o hyd.',
  'caseTeam.furtherOffence.finding.required':
    'Bydd cofnodi hyn yn nodi Adolygiad Achos Difrifol gorfodol ar y gofrestr.',
  'caseTeam.furtherOffence.finding.notASeriousCharge':
    'Nid yw’r drosedd hon ynddi’i hun yn gofyn am Adolygiad Achos Difrifol.',
  'caseTeam.furtherOffence.finding.notManaged':
    'Nid oes angen Adolygiad Achos Difrifol: ni reolwyd yr unigolyn ar Lefel 2 neu 3 yn ystod y {days} diwrnod cyn y cyhuddiad.',
  'caseTeam.furtherOffence.done.review':
    'Wedi’i gofnodi. Mae Adolygiad Achos Difrifol gorfodol wedi’i nodi ar gyfer {reference} ar y gofrestr.',
  'caseTeam.furtherOffence.done.noReview':
    'Wedi’i gofnodi yn hanes {reference}. Nid oes angen Adolygiad Achos Difrifol.',
  'caseTeam.furtherOffence.problem.chargedOn': 'Rhowch y dyddiad y gwnaed y cyhuddiad.',
  'caseTeam.furtherOffence.problem.future': 'Ni all dyddiad y cyhuddiad fod ar ôl heddiw.',
  'caseTeam.furtherOffence.problem.rationale': 'Rhowch y rhesymeg ac o ble y daeth yr wybodaeth.',
  'caseTeam.furtherOffence.problem.confirm': 'Cadarnhewch y cyhuddiad a’i ddyddiad cyn eu cofnodi.',
};
