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
};
