import type { confidentiality as en } from '../en/confidentiality';
import type { Translations } from '../../message';

export const confidentiality: Translations<typeof en> = {
  'confidentiality.gate.checking': 'Wrthi’n gwirio eich cydnabyddiaeth o gyfrinachedd',
  'confidentiality.gate.saveFailed':
    'Nid oedd modd cadw eich cydnabyddiaeth, felly mae cynnwys yr achos yn parhau’n guddiedig. Rhowch gynnig arall arni.',
  'confidentiality.gate.title': 'Datganiad cyfrinachedd',
  'confidentiality.gate.confirmIntro': 'Cyn i chi weld unrhyw wybodaeth am yr achos, cadarnhewch:',
  'confidentiality.gate.agree': 'Rwyf wedi darllen y datganiad ac rwy’n gwneud yr ymrwymiadau hyn',
  'confidentiality.gate.saving': 'Wrthi’n cadw…',
  'confidentiality.gate.acknowledge': 'Cydnabod a pharhau',
  'confidentiality.commitments.privateSpace': 'Rwyf mewn man preifat.',
  'confidentiality.commitments.notOverheard': 'Ni all neb fy nghlywed.',
  'confidentiality.commitments.noNotes': 'Ni fyddaf yn cadw nodiadau personol o’r cyfarfod hwn.',
  'confidentiality.commitments.noOnwardSharing':
    'Ni fyddaf yn rhannu dim o’r cyfarfod hwn ymlaen heb gytundeb y cadeirydd.',

  'confidentiality.status.title': 'Cydnabyddiaethau cyfrinachedd',
  'confidentiality.status.loadFailed': 'Nid oedd modd llwytho’r cydnabyddiaethau.',
  'confidentiality.status.loading': 'Wrthi’n llwytho…',
  'confidentiality.status.everyone': 'Mae pawb sy’n bresennol wedi cydnabod.',
  'confidentiality.status.notYetCount': 'Heb gydnabod eto ({count}):',
  'confidentiality.status.notYetLabel': 'Heb gydnabod eto',
  'confidentiality.status.person': '{name}, {agency}',
  'confidentiality.status.refresh': 'Adnewyddu',

  'confidentiality.privacy.title': 'Cynnwys yr achos wedi’i guddio',
  'confidentiality.privacy.explanation':
    'Mae’r cynnwys wedi’i guddio er mwyn preifatrwydd. Gwnewch yn siŵr na all neb weld eich sgrin na’ch clywed cyn i chi ei ddangos eto.',
  'confidentiality.privacy.show': 'Dangos cynnwys yr achos',
  'confidentiality.privacy.hide': 'Cuddio cynnwys yr achos ({shortcut})',

  'confidentiality.stage.failed':
    'Nid oedd modd rhannu i’r llwyfan. Rhowch gynnig arall arni, neu rhannwch o reolyddion y cyfarfod.',
  'confidentiality.stage.unavailable': 'Dim ond ym mhanel ochr y cyfarfod y gellir rhannu i’r llwyfan',
  'confidentiality.stage.share': 'Rhannu i’r llwyfan',
  'confidentiality.stage.title': 'Rhannu i lwyfan y cyfarfod?',
  'confidentiality.stage.everyoneSees': 'Bydd pawb yn y cyfarfod yn gweld:',
  'confidentiality.stage.showsLabel': 'Mae’r llwyfan yn dangos',
  'confidentiality.stage.neverShowsIntro': 'Nid yw’r llwyfan byth yn dangos:',
  'confidentiality.stage.neverShowsLabel': 'Nid yw’r llwyfan byth yn dangos',
  'confidentiality.stage.cancel': 'Canslo',
  'confidentiality.stage.shows.caseAndStep': 'Cyfeirnod yr achos a cham presennol yr agenda',
  'confidentiality.stage.shows.pillars': 'Pedair colofn y cynllun rheoli risg',
  'confidentiality.stage.shows.actions': 'Y camau gweithredu sy’n cael eu cytuno, gyda’u perchnogion a’u dyddiadau',
  'confidentiality.stage.never.victims': 'Manylion dioddefwyr neu ble maen nhw',
  'confidentiality.stage.never.thirdParties': 'Manylion plant a thrydydd partïon eraill',
  'confidentiality.stage.never.agencyInformation': 'Cofnodion gwybodaeth asiantaethau, gan gynnwys gwybodaeth iechyd',
  'confidentiality.stage.never.disclosure': 'Penderfyniadau datgelu a’u rhesymau',
  'confidentiality.stage.never.nominal': 'Cyfeiriad a dynodwyr yr unigolyn',

  'confidentiality.minimum.title': 'Yr isafswm angenrheidiol',
  'confidentiality.minimum.guidanceLabel': 'Canllawiau ar wybodaeth iechyd',
  'confidentiality.minimum.guidance.share':
    'Rhannwch: pwy yw’r unigolyn, natur y drosedd, dechrau absenoldeb heb hebrwng, y cyfeiriad wrth ryddhau a manylion cyswllt y clinigydd cyfrifol.',
  'confidentiality.minimum.guidance.whenNeeded':
    'Gwybodaeth glinigol sy’n berthnasol i’r risg, fel arwyddion ailwaelu a ffactorau risg ac amddiffynnol, dim ond pan fo’r risg yn gofyn amdani.',
  'confidentiality.minimum.guidance.never': 'Byth adroddiadau seiciatrig llawn na chofnodion meddygol.',
  'confidentiality.minimum.guidance.usuallyNot': 'Fel arfer, nid meddyginiaeth na hanes datblygiadol.',
  'confidentiality.minimum.needed': 'A yw’n angenrheidiol er mwyn asesu neu reoli’r risg?',
  'confidentiality.minimum.yes': 'Ydy',
  'confidentiality.minimum.no': 'Nac ydy',
  'confidentiality.minimum.how': 'Sut mae’n effeithio ar y risg?',
  'confidentiality.minimum.least': 'Ai dyma’r isafswm o wybodaeth sy’n ddigonol?',
  'confidentiality.minimum.consent': 'Cydsyniad',
  'confidentiality.minimum.consentObtained': 'Cafwyd cydsyniad',
  'confidentiality.minimum.withoutConsent': 'Rhannwyd heb gydsyniad',
  'confidentiality.minimum.reasonWithoutConsent': 'Rheswm dros rannu heb gydsyniad',
  'confidentiality.minimum.onwardUse': 'Amod ar ddefnydd pellach (i ble y gall fynd nesaf)',
  'confidentiality.minimum.onwardUseHint': 'Er enghraifft: dim y tu hwnt i’r panel',
  'confidentiality.minimum.aboutVictim':
    'Gwybodaeth am ddioddefwr yw hon: nid yw’n mynd ddim pellach heb gytundeb fy asiantaeth',
  'confidentiality.minimum.overSharingLabel': 'Gorrannu posibl',
  'confidentiality.minimum.mayGoBeyond': 'Gall hyn fynd y tu hwnt i’r isafswm angenrheidiol:',
  'confidentiality.minimum.flag': '{label} (“{matched}”)',
  'confidentiality.minimum.why': 'Pam mae’r risg yn gofyn am y manylion hyn',
  'confidentiality.minimum.whyHint': 'Neu tynnwch y manylion o’r cofnod',
  'confidentiality.minimum.stillToAnswer': 'I’w ateb o hyd',
  'confidentiality.minimum.missing.needed': 'Dywedwch a yw’n angenrheidiol er mwyn asesu neu reoli’r risg.',
  'confidentiality.minimum.missing.notNeeded':
    'Ni ddylid rhannu gwybodaeth nad oes ei hangen ar gyfer y risg: tynnwch hi o’r cofnodion.',
  'confidentiality.minimum.missing.how': 'Dywedwch yn fyr sut mae’n effeithio ar y risg.',
  'confidentiality.minimum.missing.least': 'Dywedwch ai dyma’r isafswm o wybodaeth sy’n ddigonol.',
  'confidentiality.minimum.missing.reduce': 'Cwtogwch hi i’r isafswm o wybodaeth sy’n ddigonol i’r diben.',
  'confidentiality.minimum.missing.consent': 'Dywedwch a gafwyd cydsyniad.',
  'confidentiality.minimum.missing.reasonWithoutConsent': 'Rhowch y rheswm dros rannu heb gydsyniad.',
  'confidentiality.minimum.missing.onwardUse':
    'Nodwch unrhyw amod ar ddefnydd pellach (er enghraifft, dim y tu hwnt i’r panel).',
  'confidentiality.minimum.missing.beyondMinimum':
    'Mae’n ymddangos bod hyn y tu hwnt i’r isafswm ar gyfer gwybodaeth iechyd: tynnwch y manylion neu dywedwch pam mae’r risg yn gofyn amdanynt.',
  'confidentiality.healthFlag.fullRecords.1':
    'Nid yw adroddiadau seiciatrig llawn a chofnodion meddygol byth yn cael eu rhannu â’r panel.',
  'confidentiality.healthFlag.fullRecords.2': 'Crynhowch yr hyn sy’n effeithio ar y risg yn unig.',
  'confidentiality.healthFlag.medication.1': 'Fel arfer, nid yw meddyginiaeth a dosau’n cael eu rhannu.',
  'confidentiality.healthFlag.medication.2':
    'Yn hytrach, dywedwch beth sy’n bwysig i’r risg, er enghraifft fod rhoi’r gorau i driniaeth yn arwydd o ailwaelu.',
  'confidentiality.healthFlag.diagnosis.1': 'Rhannwch ddiagnosis dim ond i’r graddau y mae’n effeithio ar y risg.',
  'confidentiality.healthFlag.diagnosis.2':
    'Disgrifiwch yr arwyddion ailwaelu a’r ffactorau risg ac amddiffynnol yn hytrach na’r manylion clinigol.',
  'confidentiality.healthFlag.abuseOrTrauma.1': 'Fel arfer, nid yw hanes o gam-drin neu drawma’n cael ei rannu.',
  'confidentiality.healthFlag.abuseOrTrauma.2':
    'Os yw’n effeithio ar y risg, dywedwch sut (er enghraifft sbardun i’w osgoi) yn hytrach na beth ddigwyddodd.',
  'confidentiality.healthFlag.developmentalOrFamilyHistory.1':
    'Fel arfer, nid yw hanes datblygiadol, plentyndod a theuluol yn cael ei rannu.',
  'confidentiality.healthFlag.developmentalOrFamilyHistory.2':
    'Mae arwyddion ailwaelu a ffactorau amddiffynnol yn fwy defnyddiol i’r panel na hanes.',
  'confidentiality.healthFlag.thirdPartyHealth.1':
    'Mater i’r unigolyn arall yw rhannu ei iechyd ei hun (perthynas, partner, dioddefwr), nid mater i’r panel.',
  'confidentiality.healthFlag.thirdPartyHealth.2': 'Cofnodwch ef dim ond os yw’r risg yn gofyn amdano, a dywedwch pam.',
  'confidentiality.healthFlag.therapyContent.1': 'Nid yw’r hyn y mae claf yn ei ddweud mewn therapi’n cael ei rannu.',
  'confidentiality.healthFlag.therapyContent.2':
    'Yr eithriad yw datgeliad penodol sy’n effeithio’n uniongyrchol ar y risg.',

  'confidentiality.distribute.title': 'Dosbarthu’r cofnodion',
  'confidentiality.distribute.defaultWhy': 'Cofnodion terfynol i fynychwyr y panel',
  'confidentiality.distribute.sentTo':
    '{count, plural, zero {Anfonwyd y cofnodion at # o bobl.} one {Anfonwyd y cofnodion at # person.} two {Anfonwyd y cofnodion at # berson.} few {Anfonwyd y cofnodion at # pherson.} many {Anfonwyd y cofnodion at # pherson.} other {Anfonwyd y cofnodion at # o bobl.}}',
  'confidentiality.distribute.failed':
    'Nid oedd modd anfon y cofnodion. Does dim wedi’i golli; rhowch gynnig arall arni.',
  'confidentiality.distribute.rule':
    'Dim ond i gyfeiriadau e-bost diogel cymeradwy yr anfonir y cofnodion, a byth at unrhyw un sydd wedi’i nodi’n ddioddefwr neu’n unigolyn a ddiogelir yn yr achos hwn.',
  'confidentiality.distribute.willReceiveCount': 'Bydd yn cael y cofnodion ({count})',
  'confidentiality.distribute.willReceive': 'Bydd yn cael y cofnodion',
  'confidentiality.distribute.willNotReceiveCount': 'Ni fydd yn cael y cofnodion ({count})',
  'confidentiality.distribute.willNotReceive': 'Ni fydd yn cael y cofnodion',
  'confidentiality.distribute.recipient': '{name} ({email})',
  'confidentiality.distribute.refusedRecipient': '{name} ({email}): {why}',
  'confidentiality.distribute.refused':
    '{reason, select, victim {Mae’r unigolyn hwn wedi’i nodi’n ddioddefwr. Ni anfonir cofnodion byth at ddioddefwyr; gall y cydlynydd ddarparu’r crynodeb gweithredol.} notApprovedDomain {Nid yw’r cyfeiriad hwn ar barthau diogel cymeradwy’r ardal. Ni ellir anfon cofnodion ato; gall y cydlynydd ddarparu’r crynodeb gweithredol.} invalidAddress {Nid yw hwn yn gyfeiriad e-bost dilys. Ni ellir anfon cofnodion ato.} other {Mae hwn yn unigolyn a ddiogelir yn yr achos hwn. Ni anfonir cofnodion byth at unigolion a ddiogelir; gall y cydlynydd ddarparu’r crynodeb gweithredol.}}',
  'confidentiality.distribute.refusedProtected':
    '{by, select, directoryId {Mae hwn yn unigolyn a ddiogelir yn yr achos hwn, a adwaenir drwy ei gofnod yn y cyfeiriadur.} address {Mae hwn yn unigolyn a ddiogelir yn yr achos hwn, a adwaenir drwy un o’i gyfeiriadau hysbys.} other {Mae hwn yn unigolyn a ddiogelir yn yr achos hwn, a adwaenir drwy ei enw.}} Ni anfonir cofnodion byth at unigolion a ddiogelir; gall y cydlynydd ddarparu’r crynodeb gweithredol.',
  'confidentiality.distribute.addAddress': 'Ychwanegu cyfeiriad',
  'confidentiality.distribute.add': 'Ychwanegu',
  'confidentiality.distribute.why': 'Pam maen nhw’n cael eu hanfon?',
  'confidentiality.distribute.whyMissing': 'Dywedwch pam mae’r cofnodion yn cael eu hanfon.',
  'confidentiality.distribute.close': 'Cau',
  'confidentiality.distribute.sendToCoordinator': 'Anfon at y cydlynydd',
  'confidentiality.distribute.send': 'Anfon y cofnodion',
  'confidentiality.distribute.sentCurrent':
    'Anfonwyd ar {when} (fersiwn {version}). Ni chânt eu hanfon eto oni bai bod cywiriad yn cael ei lofnodi.',
  'confidentiality.distribute.sentOlder':
    'Anfonwyd fersiwn {version} ar {when}. Nid yw fersiwn {latest}, y cywiriad, wedi’i hanfon eto.',

  'confidentiality.jobcentrePlus.problem.name': 'Rhowch enw’r unigolyn',
  'confidentiality.jobcentrePlus.problem.dateFormat': 'Defnyddiwch ddyddiad ar y ffurf bbbb-mm-dd',
  'confidentiality.jobcentrePlus.problem.dateNotReal': 'Nid yw’n ddyddiad go iawn',
  'confidentiality.jobcentrePlus.problem.nationalInsuranceNumber': 'Rhowch rif Yswiriant Gwladol fel QQ123456C',
  'confidentiality.jobcentrePlus.problem.restrictions':
    'Rhowch o leiaf un math o waith neu hyfforddiant sydd wedi’i gyfyngu',
  'confidentiality.jobcentrePlus.problem.description': 'Disgrifiwch y math o waith neu hyfforddiant',
  'confidentiality.jobcentrePlus.problem.riskToStaff': 'Dywedwch a yw staff y Ganolfan Byd Gwaith mewn perygl',
  'confidentiality.jobcentrePlus.problem.other':
    'Gwiriwch yr hysbysiad: nid yw rhan ohono ar y ffurf y mae MAPPA J yn ei derbyn',
  'confidentiality.jobcentrePlus.problem.namesProtected':
    'Mae cyfyngiad {number} yn enwi unigolyn a ddiogelir. Ni ddywedir byth wrth y Ganolfan Byd Gwaith pwy y mae’r achos yn eu diogelu: ailysgrifennwch ef heb eu henw na’u cyfeiriad.',
  'confidentiality.jobcentrePlus.problem.smuggled':
    'Mae cyfyngiad {number} yn sôn am {detail, select, conviction {euogfarn, cyhuddiad neu ddedfryd} offence {drosedd} harm {yr hyn a wnaed i rywun} other {ddioddefwr}} (“{matched}”). Dim ond y math o waith a phryd y daw’r cyfyngiad i ben a ddywedir wrth y Ganolfan Byd Gwaith: ailysgrifennwch ef heb fanylion y drosedd.',
  'confidentiality.jobcentrePlus.detail':
    '{detail, select, conviction {euogfarn, cyhuddiad neu ddedfryd} offence {drosedd} harm {yr hyn a wnaed i rywun} other {ddioddefwr}} (“{matched}”)',
  'confidentiality.jobcentrePlus.mentions':
    'Mae hyn yn sôn am {details}. Ailysgrifennwch ef fel y math o waith yn unig: ni ddywedir wrth y Ganolfan Byd Gwaith am droseddau.',
  'confidentiality.jobcentrePlus.loadFailed':
    'Nid oedd modd llwytho’r hysbysiad MAPPA J. Gwiriwch eich cysylltiad a rhowch gynnig arall arni.',
  'confidentiality.jobcentrePlus.loading': 'Wrthi’n llwytho’r hysbysiad MAPPA J…',
  'confidentiality.jobcentrePlus.saved': 'Mae’r hysbysiad MAPPA J wedi’i gadw.',
  'confidentiality.jobcentrePlus.saveFailed': 'Nid oedd modd cadw’r hysbysiad.',
  'confidentiality.jobcentrePlus.stillHere': '{problem} Mae’r hyn a roesoch chi yma o hyd.',
  'confidentiality.jobcentrePlus.change': 'Newid yr hysbysiad MAPPA J',
  'confidentiality.jobcentrePlus.form': 'Hysbysiad MAPPA J',
  'confidentiality.jobcentrePlus.intro':
    'Dim ond pwy yw’r unigolyn, y mathau o waith neu hyfforddiant na chaiff eu gwneud a hyd pryd, ac a yw ei staff mewn perygl a ddywedir wrth y Ganolfan Byd Gwaith. Byth y drosedd, dioddefwr nac unrhyw beth am iechyd.',
  'confidentiality.jobcentrePlus.name': 'Enw',
  'confidentiality.jobcentrePlus.dateOfBirth': 'Dyddiad geni',
  'confidentiality.jobcentrePlus.nationalInsuranceNumber': 'Rhif Yswiriant Gwladol',
  'confidentiality.jobcentrePlus.nationalInsuranceNumberHint': 'Os yw’n hysbys, er enghraifft QQ123456C',
  'confidentiality.jobcentrePlus.restriction': 'Cyfyngiad {number}',
  'confidentiality.jobcentrePlus.restrictionKind': 'Cyfyngiad {number}: gwaith neu hyfforddiant',
  'confidentiality.jobcentrePlus.work': 'Gwaith',
  'confidentiality.jobcentrePlus.training': 'Hyfforddiant',
  'confidentiality.jobcentrePlus.restrictionDescription': 'Cyfyngiad {number}: y math o waith neu hyfforddiant',
  'confidentiality.jobcentrePlus.restrictionDescriptionHint':
    'Er enghraifft: gwaith gyda phlant dan 18 oed; gwaith yng nghartrefi pobl',
  'confidentiality.jobcentrePlus.restrictionUntil': 'Cyfyngiad {number}: yn dod i ben ar',
  'confidentiality.jobcentrePlus.removeRestriction': 'Tynnu cyfyngiad {number}',
  'confidentiality.jobcentrePlus.addRestriction': 'Ychwanegu math o waith neu hyfforddiant sydd wedi’i gyfyngu',
  'confidentiality.jobcentrePlus.riskToStaff': 'A yw staff y Ganolfan Byd Gwaith mewn perygl?',
  'confidentiality.jobcentrePlus.yes': 'Ydyn',
  'confidentiality.jobcentrePlus.no': 'Nac ydyn',
  'confidentiality.jobcentrePlus.beforeSaving': 'Cyn cadw',
  'confidentiality.jobcentrePlus.save': 'Cadw’r hysbysiad MAPPA J',
  'confidentiality.jobcentrePlus.cancel': 'Canslo',
  'confidentiality.jobcentrePlus.exportFailed': 'Nid oedd modd allforio’r hysbysiad. Rhowch gynnig arall arni.',
  'confidentiality.jobcentrePlus.print': 'Argraffu’r hysbysiad MAPPA J',
  'confidentiality.jobcentrePlus.download': 'Lawrlwytho’r hysbysiad MAPPA J (Word)',
};
