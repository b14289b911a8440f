import type { meeting as en } from '../en/meeting';
import type { Translations } from '../../message';

export const meeting: Translations<typeof en> = {
  'meeting.sidePanel.opening': 'Yn agor y cofnodion…',
  'meeting.sidePanel.chairCheckFailed':
    'Nid oedd modd gwirio pwy sy’n cadeirio’r cyfarfod hwn. Ail-lwythwch i roi cynnig arall arni.',
  'meeting.sidePanel.formAndCase': '{form}, {reference}',
  'meeting.sidePanel.timer': 'Amser ar yr achos hwn {time}',
  'meeting.sidePanel.step': 'Cam {number} o {total}',
  'meeting.sidePanel.stepFinal': 'Cam {number} o {total}. Terfynol: darllen yn unig',
  'meeting.sidePanel.stepReadOnly': 'Cam {number} o {total}. Darllen yn unig',
  'meeting.sidePanel.chairRecords': '{name} sy’n cadeirio ac yn cofnodi’r cyfarfod hwn.',
  'meeting.sidePanel.theChairRecords': 'Y cadeirydd sy’n cofnodi’r cyfarfod hwn.',
  'meeting.sidePanel.goToSection': 'Ewch i adran',
  'meeting.sidePanel.sectionOption': '{number}. {label}',
  'meeting.sidePanel.loading': 'Yn llwytho…',
  'meeting.sidePanel.restricted':
    'Mae’r adran hon yn gyfyngedig ac nid yw’n cael ei dangos i’ch rôl chi ar yr achos hwn.',
  'meeting.sidePanel.previous': 'Cam blaenorol',
  'meeting.sidePanel.next': 'Cam nesaf',
  'meeting.stage.loading': 'Yn llwytho…',
  'meeting.stage.notStarted': 'Nid yw’r cofnodion ar gyfer y cyfarfod hwn wedi’u dechrau.',
  'meeting.stage.region': 'Llwyfan y cyfarfod',
  'meeting.stage.formAndCase': '{form}, {reference}',
  'meeting.stage.now': 'Nawr: {label}',
  'meeting.stage.step': 'Cam {number} o {total}',
  'meeting.stage.plan': 'Cynllun Rheoli Risg',
  'meeting.stage.restricted': 'Mae’r manylion yn gyfyngedig ac nid ydynt yn cael eu dangos yma.',
  'meeting.stage.notWritten': 'Heb ei ysgrifennu eto.',
  'meeting.stage.actionCount':
    '{count, plural, zero {# cam gweithredu} one {# cam gweithredu} two {# gam gweithredu} few {# cham gweithredu} many {# cham gweithredu} other {# cam gweithredu}}',
  'meeting.stage.noneNeeded':
    '{count, plural, zero {# cam gweithredu} one {# cam gweithredu} two {# gam gweithredu} few {# cham gweithredu} many {# cham gweithredu} other {# cam gweithredu}}; dim angen rhai',
  'meeting.stage.contingency': 'Mae cynllun wrth gefn wedi’i gofnodi.',
  'meeting.stage.noContingency': 'Dim cynllun wrth gefn eto.',
  'meeting.stage.actionsAgreed': 'Camau gweithredu sy’n cael eu cytuno',
  'meeting.stage.noActions': 'Dim eto.',
  'meeting.stage.victimSafetyAction': 'Cam gweithredu diogelwch dioddefwyr (mae’r manylion yn gyfyngedig)',
  'meeting.stage.action':
    '{pillar}: {text}{owner, select, yes {. Perchennog: {name}, {agency}} other {}}{due, select, yes {. Dyddiad dyledus: {date}} other {}}',
};
