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
  'caseTeam.team.open': 'Cadeirydd ac aelodau',
  'caseTeam.team.title': 'Cadeirydd ac aelodau’r panel: {reference}',
  'caseTeam.team.intro':
    'Gwahoddir y cadeirydd a’r aelodau i baneli’r achos ac, ynghyd â chydlynwyr yr ardal, nhw yw’r unig bobl sy’n gallu agor yr achos.',
  'caseTeam.team.chair': 'Cadeirydd',
  'caseTeam.team.chair.choose': 'Dewiswch y cadeirydd',
  'caseTeam.team.chair.level1': 'Nid oes cyfarfodydd MAPPA ar Lefel 1, felly nid oes angen cadeirydd ar yr achos.',
  'caseTeam.team.chair.notEligible': '{name} (ddim yn gymwys ar Lefel {level})',
  'caseTeam.team.members': 'Aelodau’r panel fesul asiantaeth',
  'caseTeam.team.members.none': 'Dim aelodau eto.',
  'caseTeam.team.member.standing': 'aelod sefydlog',
  'caseTeam.team.member.involved': 'yn ymwneud â’r achos',
  'caseTeam.team.member.remove': 'Tynnu {name}',
  'caseTeam.team.addStanding': 'Aelodau sefydlog yr ardal',
  'caseTeam.team.addStanding.one': 'Ychwanegu {name} ({agency})',
  'caseTeam.team.addInvolved': 'Rhywun sy’n ymwneud â’r achos',
  'caseTeam.team.addInvolved.action': 'Ychwanegu at yr aelodau',
  'caseTeam.team.addInvolved.invalid': 'Rhowch enw’r unigolyn a chyfeiriad e-bost diogel dilys cyn eu hychwanegu.',
  'caseTeam.team.added': 'Mae {name} wedi’i ychwanegu at yr aelodau.',
  'caseTeam.team.removed': 'Mae {name} wedi’i dynnu o’r aelodau.',
  'caseTeam.team.rationale': 'Y rhesymeg dros y newid',
  'caseTeam.team.action': 'Cadw’r cadeirydd a’r aelodau',
  'caseTeam.team.done':
    'Wedi’i gadw. Cadeirydd ac aelodau {reference} sydd bellach yn penderfynu pwy a wahoddir i’w baneli a phwy sy’n gallu ei agor.',
  'caseTeam.team.done.series': 'Mae cyfres bresennol y panel yn eu henwi hefyd.',
  'caseTeam.team.problem.exited': 'Mae’r achos wedi gadael MAPPA; nid yw ei gadeirydd a’i aelodau’n newid mwyach.',
  'caseTeam.team.problem.noChair': 'Dewiswch gadeirydd: mae angen un ar banel Lefel {level}.',
  'caseTeam.team.problem.notEligible':
    'Nid yw {name} yn gadeirydd cymwys ar gyfer Lefel {level}; dewiswch un o gadeiryddion cymwys yr ardal.',
  'caseTeam.team.problem.twice': 'Mae {name} wedi’i restru ddwywaith.',
  'caseTeam.team.problem.noMembers': 'Enwch o leiaf un aelod o’r panel.',
  'caseTeam.team.problem.unchanged': 'Nid oes dim wedi newid eto.',
  'caseTeam.team.problem.rationale': 'Rhowch y rhesymeg dros y newid.',
  'caseTeam.correction.decisionsProblem':
    'Mae’r cywiriad wedi’i lofnodi. {problem} Gofynnwch i gydlynydd MAPPA newid y lefel, y categori neu’r adolygiad nesaf o’r gofrestr achosion.',
};
