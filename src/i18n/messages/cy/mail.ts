import type { mail as en } from '../en/mail';
import type { Translations } from '../../message';

export const mail: Translations<typeof en> = {
  'mail.disclosureReport.subject': 'Datgeliad wedi’i gofnodi: {reference}',
  'mail.disclosureReport.body':
    'Mae penderfyniad datgelu wedi’i gofnodi ar gyfer achos {reference}. Agorwch yr achos yn MAPPA Panel i’w adolygu. Nid oes unrhyw wybodaeth am yr achos yn y neges hon.',
  'mail.reminder.subject': 'Camau gweithredu MAPPA sy’n ddyledus',
  'mail.reminder.greeting': 'Annwyl {name},',
  'mail.reminder.intro': 'Mae gennych gamau gweithredu MAPPA sydd angen eich sylw:',
  'mail.reminder.overdue':
    '{count, plural, zero {Does dim cam gweithredu yn hwyr} one {Mae # cam gweithredu yn hwyr} two {Mae # gam gweithredu yn hwyr} few {Mae # cham gweithredu yn hwyr} many {Mae # cham gweithredu yn hwyr} other {Mae # cam gweithredu yn hwyr}}',
  'mail.reminder.dueSoon':
    '{count, plural, zero {Does dim cam gweithredu} one {Mae # cam gweithredu} two {Mae # gam gweithredu} few {Mae # cham gweithredu} many {Mae # cham gweithredu} other {Mae # cam gweithredu}} yn ddyledus o fewn {days, plural, zero {# diwrnod} one {# diwrnod} two {# ddiwrnod} few {# diwrnod} many {# diwrnod} other {# diwrnod}}',
  'mail.reminder.open': 'Agorwch eich camau gweithredu i bostio diweddariad: {link}',
  'mail.reminder.noCaseDetails': 'Nid oes unrhyw fanylion achos yn y neges hon. Mewngofnodwch i’w gweld.',
  'mail.referralDeclined.subject': 'Atgyfeiriad MAPPA a dderbyniwyd {received}: heb ei dderbyn',
  'mail.referralDeclined.bodySecure':
    'Nid yw eich atgyfeiriad ar gyfer MAPPA Lefel {level}, a dderbyniwyd ar {received}, wedi’i dderbyn.\n\nRhesymeg y cydlynydd MAPPA:\n{rationale}\n\nCysylltwch â {name} ({email}) i’w drafod.',
  'mail.referralDeclined.bodyOpen':
    'Mae penderfyniad wedi’i wneud ar eich atgyfeiriad ar gyfer MAPPA Lefel {level}, a dderbyniwyd ar {received}. Cysylltwch â {name} ({email}) drwy e-bost diogel i gael y penderfyniad a’i resymeg. Nid oes unrhyw wybodaeth am achos yn y neges hon.',
};
