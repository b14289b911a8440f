import type { statement as en } from '../en/statement';
import type { Translations } from '../../message';

export const statement: Translations<typeof en> = {
  'statement.title': 'Datganiad hygyrchedd ar gyfer Panel MAPPA',
  'statement.appliesTo':
    'Mae’r datganiad hygyrchedd hwn yn berthnasol i Banel MAPPA, yr ap y mae {area} yn ei ddefnyddio yn Microsoft Teams, Outlook ac ap Microsoft 365 i gynnal paneli Trefniadau Amlasiantaethol Diogelu’r Cyhoedd (MAPPA): panel ochr y cyfarfod, llwyfan y cyfarfod, y cofnodion yn nhab y cyfarfod, tudalen ffurfweddu’r tab, a’r tabiau personol Fy nghamau gweithredu a Paneli.',
  'statement.runBy':
    '{area} sy’n rhedeg yr ap hwn. Rydym am i gynifer o bobl â phosibl allu ei ddefnyddio. Er enghraifft, mae hynny’n golygu y dylech allu:',
  'statement.able.themes':
    'ei ddefnyddio yn themâu golau, tywyll a chyferbyniad uchel Teams, y mae’n eu dilyn wrth i chi eu newid',
  'statement.able.narrow':
    'defnyddio panel ochr y cyfarfod ar 280 picsel o led, mor gul ag y mae Teams yn ei wneud, heb sgrolio i’r ochr',
  'statement.able.keyboard': 'gwneud popeth ynddo gan ddefnyddio bysellfwrdd yn unig, gyda dangosydd ffocws gweladwy',
  'statement.able.hide':
    'cuddio holl gynnwys yr achos ar unwaith gyda Ctrl+Shift+H, a’i ddangos eto pan na all neb weld eich sgrin',
  'statement.able.screenReader':
    'defnyddio’r rhan fwyaf ohono gyda darllenydd sgrin: caiff penawdau, labeli, gwallau a negeseuon cadw eu cyhoeddi',
  'statement.abilityNet':
    'Rydym hefyd wedi gwneud y testun mor syml â phosibl. Mae gan AbilityNet <link>gyngor ar wneud eich dyfais yn haws i’w defnyddio</link> os oes gennych anabledd.',

  'statement.howAccessible.title': 'Pa mor hygyrch yw’r ap hwn',
  'statement.howAccessible.intro': 'Rydym yn gwybod nad yw rhai rhannau o’r ap hwn yn gwbl hygyrch:',
  'statement.howAccessible.word':
    'nid yw’r dogfennau Word y mae’r ap yn eu hallforio (y cofnodion a’r crynodeb gweithredol) wedi cael eu gwirio o ran hygyrchedd',
  'statement.howAccessible.zoom':
    'nid yw golygydd y cofnodion a’r dudalen Paneli wedi cael eu gwirio ar chwyddo 400% (320 picsel o led)',
  'statement.howAccessible.users':
    'nid yw’r ap wedi cael ei brofi eto gyda defnyddwyr darllenwyr sgrin na phobl anabl eraill',

  'statement.feedback.title': 'Adborth a gwybodaeth gyswllt',
  'statement.feedback.body':
    'Os oes angen gwybodaeth o’r ap hwn arnoch mewn fformat gwahanol, neu os oes gennych gwestiwn am y datganiad hwn, cysylltwch â {known, select, yes {{name}, cydlynydd MAPPA ({email})} other {eich cydlynydd MAPPA}}. Byddwn yn ystyried eich cais ac yn ymateb i chi o fewn 5 diwrnod gwaith.',

  'statement.reporting.title': 'Rhoi gwybod am broblemau hygyrchedd gyda’r ap hwn',
  'statement.reporting.body':
    'Rydym bob amser yn ceisio gwella hygyrchedd yr ap hwn. Os byddwch yn dod o hyd i unrhyw broblemau nad ydynt wedi’u rhestru ar y dudalen hon, neu os ydych yn credu nad ydym yn bodloni gofynion hygyrchedd, cysylltwch â {known, select, yes {{name} ({email})} other {eich cydlynydd MAPPA}}.',

  'statement.enforcement.title': 'Gweithdrefn orfodi',
  'statement.enforcement.body':
    'Y Comisiwn Cydraddoldeb a Hawliau Dynol (EHRC) sy’n gyfrifol am orfodi Rheoliadau Hygyrchedd Cyrff y Sector Cyhoeddus (Gwefannau a Chymwysiadau Symudol) (Rhif 2) 2018 (y “rheoliadau hygyrchedd”). Os nad ydych yn fodlon â’r ffordd yr ydym yn ymateb i’ch cwyn, <link>cysylltwch â’r Gwasanaeth Cynghori a Chymorth Cydraddoldeb (EASS)</link>.',

  'statement.technical.title': 'Gwybodaeth dechnegol am hygyrchedd yr ap hwn',
  'statement.technical.body':
    'Mae {area} wedi ymrwymo i wneud ei apiau yn hygyrch, yn unol â Rheoliadau Hygyrchedd Cyrff y Sector Cyhoeddus (Gwefannau a Chymwysiadau Symudol) (Rhif 2) 2018.',
  'statement.compliance.title': 'Statws cydymffurfio',
  'statement.compliance.body':
    'Mae’r ap hwn yn cydymffurfio’n rhannol â safon AA <link>Canllawiau Hygyrchedd Cynnwys y We fersiwn 2.2</link>, oherwydd y diffyg cydymffurfio a restrir isod.',

  'statement.nonAccessible.title': 'Cynnwys nad yw’n hygyrch',
  'statement.nonAccessible.intro': 'Nid yw’r cynnwys a restrir isod yn hygyrch am y rhesymau canlynol.',
  'statement.nonCompliance.title': 'Diffyg cydymffurfio â’r rheoliadau hygyrchedd',
  'statement.nonCompliance.word':
    'Nid yw’r cofnodion Word a’r crynodeb gweithredol a allforir wedi cael eu gwirio yn erbyn WCAG 2.2. Efallai na fyddant yn bodloni meini prawf llwyddiant 1.3.1 (gwybodaeth a pherthnasoedd) a 2.4.6 (penawdau a labeli). Rydym yn bwriadu eu gwirio a thrwsio’r hyn a ddarganfyddwn.',
  'statement.outOfScope.title': 'Cynnwys nad yw o fewn cwmpas y rheoliadau hygyrchedd',
  'statement.outOfScope.body':
    'Nid ni sy’n rhedeg Microsoft Teams, Outlook ac ap Microsoft 365, sy’n dangos yr ap hwn: Microsoft biau rheolyddion y cyfarfod, y sgwrs a’r ffrâm o amgylch yr ap.',

  'statement.improving.title': 'Beth rydym yn ei wneud i wella hygyrchedd',
  'statement.improving.body':
    'Caiff pob newid i’r ap ei brofi’n awtomatig fel y disgrifir isod, ac ni ellir cyfuno newid sy’n ychwanegu nam hygyrchedd difrifol neu gritigol. Rydym yn bwriadu trwsio’r problemau a restrir uchod a phrofi’r ap gyda defnyddwyr darllenwyr sgrin.',

  'statement.preparation.title': 'Paratoi’r datganiad hygyrchedd hwn',
  'statement.preparation.prepared': 'Paratowyd y datganiad hwn ar {date}. Cafodd ei adolygu ddiwethaf ar {date}.',
  'statement.preparation.tested':
    'Cafodd yr ap hwn ei brofi ddiwethaf ar {date} yn erbyn safon AA WCAG 2.2. Cynhaliwyd y prawf gan ddatblygwyr yr ap, gyda phrofion awtomatig a phrofion wedi’u sgriptio ym mhorwr Chromium:',
  'statement.preparation.axe':
    'axe-core (WCAG 2.0, 2.1 a 2.2, lefelau A ac AA) ar bob arwyneb yn y themâu golau, tywyll a chyferbyniad uchel, ym mhob cyflwr y mae person yn ei gyrraedd: y datganiad cyfrinachedd, pob cam o’r panel ochr (fel cadeirydd ac fel darllen yn unig), pob adran o olygydd y cofnodion, ffurflenni a deialogau ar agor, gwallau’n cael eu dangos, rhestrau’n wag ac yn llawn, y cofnodion terfynol gyda’u hallforio a’u dosbarthu, cywiriad ar waith ac wedi’i lofnodi, a gosod safle Microsoft 365. Nid oes unrhyw nam difrifol neu gritigol ar ôl.',
  'statement.preparation.keyboard':
    'y prif dasgau wedi’u gwneud gyda bysellfwrdd yn unig: y drefn y mae’r ffocws yn symud ynddi, dangosydd ffocws gweladwy ar bob rheolydd a gyrhaeddir, Escape yn cau deialogau a ffurflenni, a’r llwybr byr Ctrl+Shift+H',
  'statement.preparation.liveRegions':
    'gwiriadau bod cadw, gwrthdaro a gwallau’n cael eu cyhoeddi i ddarllenwyr sgrin drwy ranbarthau byw',
};
