import type { surfaces as en } from '../en/surfaces';
import type { Translations } from '../../message';
import { surfacesStartup } from './surfacesStartup';

export const surfaces: Translations<typeof en> = {
  'surfaces.loading': 'Wrthi’n llwytho…',
  'surfaces.noCaseBound':
    'Nid yw’r tab hwn wedi’i gysylltu ag achos MAPPA. Gofynnwch i gydlynydd y panel ei osod o’r cyfarfod.',
  'surfaces.noMeetingBound': 'Nid oes cyfarfod panel wedi’i gysylltu â’r cyfarfod Teams hwn eto.',
  'surfaces.notOnCase.title': 'Nid ydych ar yr achos hwn',

  'surfaces.demo.region': 'Modd arddangos',
  'surfaces.demo.banner':
    'Data arddangos yn unig: pobl ac achosion ffug. Peidiwch â rhoi gwybodaeth go iawn am achosion.',
  'surfaces.demo.confirm': 'Rhoi copi newydd yn lle’r holl ddata arddangos?',
  'surfaces.demo.resetNow': 'Ailosod nawr',
  'surfaces.demo.cancel': 'Canslo',
  'surfaces.demo.reset': 'Ailosod y data arddangos',
  'surfaces.demo.resetting': 'Wrthi’n ailosod y data arddangos…',
  'surfaces.demo.resetFailed':
    'Nid oedd modd ailosod y data arddangos. Ail-lwythwch y dudalen a rhowch gynnig arall arni.',

  'surfaces.configuration.loadFailed':
    'Nid oedd modd llwytho’r achosion. Caewch y ffenestr hon a rhowch gynnig arall arni.',
  'surfaces.configuration.loading': 'Wrthi’n llwytho achosion…',
  'surfaces.configuration.question': 'Ar gyfer pa achos y mae’r panel hwn?',
  'surfaces.configuration.noCases':
    'Nid oes unrhyw achosion gweithredol. Mae cydlynydd MAPPA yn ychwanegu achos o’r tab Paneli: “Nodi unigolyn newydd”, neu drwy dderbyn atgyfeiriad.',
  'surfaces.configuration.case': '{reference}, Lefel {level}',
  'surfaces.configuration.thenSave': 'Yna dewiswch Cadw. Dim ond cyfeirnod yr achos y mae’r tab yn ei ddangos.',

  'surfaces.personal.nav': 'Tudalennau Panel MAPPA',
  'surfaces.personal.myActions': 'Fy nghamau gweithredu',
  'surfaces.personal.panels': 'Paneli',
  'surfaces.personal.allActions': 'Pob cam gweithredu',
  'surfaces.personal.audit': 'Archwilio',
  'surfaces.personal.outbox': 'Blwch anfon',
  'surfaces.personal.accessibility': 'Datganiad hygyrchedd',

  'surfaces.landing.intro':
    'Mae pob arwyneb yn agor yn harnais y gwesteiwr, sy’n ei fframio fel y byddai Teams neu Outlook, neu ar ei ben ei hun fel tudalen we gyffredin.',
  'surfaces.landing.list': 'Arwynebau',
  'surfaces.landing.inHarness': 'Yn harnais y gwesteiwr',
  'surfaces.landing.inHarness.name': '{surface} yn harnais y gwesteiwr',
  'surfaces.landing.asPage': 'Fel tudalen we gyffredin',
  'surfaces.landing.asPage.name': '{surface} fel tudalen we gyffredin',
  'surfaces.landing.accessibility': 'Datganiad hygyrchedd',
  'surfaces.landing.sidePanel.label': 'Panel ochr y cyfarfod',
  'surfaces.landing.sidePanel.description': 'Taith y cadeirydd drwy’r cofnodion, 280 i 320 px o led.',
  'surfaces.landing.stage.label': 'Llwyfan y cyfarfod',
  'surfaces.landing.stage.description': 'Yr hyn y mae pawb yn y cyfarfod yn ei weld pan fydd y cadeirydd yn rhannu.',
  'surfaces.landing.meetingTab.label': 'Tab y cyfarfod',
  'surfaces.landing.meetingTab.description': 'Y cofnodion llawn cyn, yn ystod ac ar ôl y panel.',
  'surfaces.landing.configuration.label': 'Tudalen ffurfweddu',
  'surfaces.landing.configuration.description': 'Yn cysylltu tab cyfarfod ag un achos.',
  'surfaces.landing.myActionsTeams.label': 'Fy nghamau gweithredu yn Teams',
  'surfaces.landing.myActionsTeams.description': 'Pob cam gweithredu sy’n eiddo i chi, ar draws paneli.',
  'surfaces.landing.myActionsOutlook.label': 'Fy nghamau gweithredu yn Outlook',
  'surfaces.landing.myActionsOutlook.description': 'Yr un ap personol, yn Outlook.',
  'surfaces.landing.panelsTeams.label': 'Paneli yn Teams',
  'surfaces.landing.panelsTeams.description': 'Cofrestr achosion a chyfresi paneli’r cydlynydd.',
  'surfaces.landing.panelsOutlook.label': 'Paneli yn Outlook',
  'surfaces.landing.panelsOutlook.description': 'Golwg y cydlynydd, yn Outlook.',

  ...surfacesStartup,
};
