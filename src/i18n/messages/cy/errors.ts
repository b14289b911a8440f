import type { errors as en } from '../en/errors';
import type { Translations } from '../../message';

const operation =
  '{operation, select, readMinutes {ddarllen y cofnodion} writeMinutes {ysgrifennu’r cofnodion} finalise {gwblhau neu gywiro’r cofnodion} recordDisclosure {gofnodi penderfyniad datgelu} export {allforio’r cofnodion} distribute {ddosbarthu’r cofnodion} schedule {drefnu’r panel} changeLevel {newid y lefel neu’r categori} exit {ddod â’r panel i ben neu dynnu’r achos o MAPPA} readAudit {ddarllen y cofnod archwilio} submitWrittenUpdate {anfon diweddariad ysgrifenedig} other {{action}}}';
const whom = '{part, select, coordinator {{name}, cydlynydd MAPPA} chair {{name}, y cadeirydd} other {{name}}}';

export const errors: Translations<typeof en> = {
  'errors.general': 'Aeth rhywbeth o’i le. Ni chollwyd dim; rhowch gynnig arall arni.',
  'errors.conflict.stale':
    'Mae rhywun arall wedi cadw’r cofnod hwn yn gyntaf. Mae eich newidiadau wedi’u cadw; cymharwch nhw â’r fersiwn ddiweddaraf.',
  'errors.conflict.exists': 'Mae cofnod gyda’r dynodydd hwn eisoes yn bodoli gyda chynnwys gwahanol.',
  'errors.conflict.signed':
    'Mae’r cofnod hwn wedi’i lofnodi ac ni ellir ei newid mwyach; cofnodwch gywiriad yn lle hynny.',
  'errors.conflict.missing': 'Nid yw’r cofnod yn bodoli mwyach.',
  'errors.invalidDocument': 'Nid yw’r cofnod {kind} sydd wedi’i storio yn ddilys: {issues}',
  'errors.permission':
    'Nid oes gan Banel MAPPA ganiatâd i {action}: mae angen caniatâd Microsoft 365 {permission} arno. Gofynnwch i’ch gweinyddwr Microsoft 365; nid oes dim wedi’i golli.',
  'errors.permission.withStep':
    'Nid oes gan Banel MAPPA ganiatâd i {action}: mae angen caniatâd Microsoft 365 {permission} arno ({adminStep}). Gofynnwch i’ch gweinyddwr Microsoft 365; nid oes dim wedi’i golli.',
  'errors.notOnCase.noRole': 'Nid ydych ar yr achos hwn; gofynnwch i gydlynydd MAPPA os oes angen i chi fod arno.',
  'errors.notOnCase.noRole.ask': `Nid ydych ar yr achos hwn; gofynnwch i ${whom} os oes angen i chi fod arno.`,
  'errors.notOnCase.notAllowed': `Nid yw eich rhan yn yr achos hwn yn caniatáu i chi ${operation}.`,
  'errors.notOnCase.notAllowed.ask': `Nid yw eich rhan yn yr achos hwn yn caniatáu i chi ${operation}; gofynnwch i ${whom}.`,
  'errors.records.notFinal': 'Dim ond cofnodion terfynol sy’n cael eu ffeilio yn llyfrgell y cofnodion.',
  'errors.host.noContext': 'Ni ddywedodd y gwesteiwr ble mae’r ap yn rhedeg: {reason}',
  'errors.host.unsupportedFrame': 'Agorodd y gwesteiwr yr ap mewn ffrâm nad yw’n ei chefnogi (“{frameContext}”).',
  'errors.host.unreadableContext': 'Nid oedd modd darllen disgrifiad y gwesteiwr o’r ffrâm hon: {reasons}.',
  'errors.minutes.caseNotFound': 'Ni chafwyd hyd i’r achos ar gyfer y cyfarfod hwn.',
  'errors.minutes.exportReason': 'Nodwch pam rydych yn allforio’r cofnodion.',
  'errors.scheduling.seriesExists':
    'Mae gan yr achos hwn gyfres o baneli eisoes. Newidiwch ei lefel neu dewch â hi i ben yn gyntaf.',
  'errors.scheduling.seriesEnded': 'Mae’r gyfres hon wedi dod i ben; dechreuwch un newydd.',
  'errors.field.tooLong': 'Cadwch hwn o dan {max, number} nod.',
  'errors.field.tooMany': 'Rhowch ddim mwy na {max, number}.',
  'errors.field.required': 'Llenwch hwn.',
  'errors.field.tooShort': 'Ysgrifennwch o leiaf {min, number} nod.',
  'errors.field.tooFew':
    '{min, plural, zero {Rhowch o leiaf #.} one {Rhowch o leiaf un.} two {Rhowch o leiaf ddau.} few {Rhowch o leiaf #.} many {Rhowch o leiaf #.} other {Rhowch o leiaf #.}}',
  'errors.field.email': 'Rhowch gyfeiriad e-bost dilys.',
  'errors.field.dateFormat': 'Defnyddiwch ddyddiad ar y ffurf bbbb-mm-dd.',
  'errors.field.format': 'Nid yw hwn ar y ffurf ddisgwyliedig.',
  'errors.field.choose': 'Dewiswch un o’r opsiynau a roddir.',
  'errors.field.unexpected': 'Mae hwn yn cynnwys rhywbeth nad yw’r cofnod yn ei dderbyn.',
  'errors.field.notValid': 'Nid yw hwn yn ddilys; gwiriwch ef a rhowch gynnig arall arni.',
  'errors.person.name': 'Rhowch enw',
  'errors.person.email': 'Rhowch gyfeiriad e-bost dilys',
};
