import type { minutes as en } from '../en/minutes';
import type { Translations } from '../../message';

const minutesCy =
  '{count, plural, zero {# munud} one {# munud} two {# funud} few {# munud} many {# munud} other {# munud}}';
const secondsCy =
  '{count, plural, zero {# eiliad} one {# eiliad} two {# eiliad} few {# eiliad} many {# eiliad} other {# eiliad}}';

export const minutes: Translations<typeof en> = {
  'minutes.editor.openFailed': 'Nid oedd modd agor y cofnodion.',
  'minutes.saveStatus.saved': 'Pob newid wedi’i gadw',
  'minutes.saveStatus.unsaved': 'Heb ei gadw eto',
  'minutes.saveStatus.unsavedRestored': 'Heb ei gadw eto (wedi’i adfer o’r ddyfais hon)',
  'minutes.saveStatus.saving': 'Yn cadw…',
  'minutes.saveStatus.failed':
    'Heb ei gadw eto: methodd y cadw diwethaf. Mae eich gwaith yn cael ei gadw ar y ddyfais hon.',
  'minutes.saveStatus.conflict':
    'Heb ei gadw eto: mae rhywun arall wedi newid yr un rhan. Dewiswch pa fersiwn i’w chadw.',
  'minutes.saveStatus.signed':
    'Heb ei gadw: cafodd y cofnodion hyn eu llofnodi tra oeddech chi’n golygu, felly ni chafodd eich newid ei roi ynddynt. Mae’n cael ei gadw ar y ddyfais hon: cynigiwch ef fel cywiriad neu ei ddileu.',
  'minutes.saveStatus.invalid':
    'Heb ei gadw: {issues}. Mae eich gwaith yn cael ei gadw ar y ddyfais hon; cywirwch ef a bydd yn cael ei gadw.',
  'minutes.saveStatus.notStarted': 'Nid yw’r cofnodion hyn wedi’u dechrau eto.',
  'minutes.saveStatus.unreadable':
    'Nid oedd modd darllen y cofnodion a gadwyd. Nid oes dim wedi’i newid; gofynnwch i gydlynydd MAPPA eu gwirio.',
  'minutes.saveStatus.openFailed':
    'Nid oedd modd agor y cofnodion. Gwiriwch eich cysylltiad a rhowch gynnig arall arni.',
  'minutes.saveStatus.removed':
    'Cafodd y cofnodion hyn eu tynnu o’r storfa. Mae eich gwaith yn cael ei gadw ar y ddyfais hon.',
  'minutes.saveStatus.retrying': `Methodd y cadw diwethaf. Mae eich gwaith yn cael ei gadw ar y ddyfais hon a bydd yn cael ei anfon eto ymhen {unit, select, minutes {${minutesCy}} other {${secondsCy}}}.`,
  'minutes.saveStatus.busy': `Mae eraill yn cadw ar yr un pryd. Mae eich gwaith yn cael ei gadw ar y ddyfais hon a bydd yn cael ei anfon eto ymhen {unit, select, minutes {${minutesCy}} other {${secondsCy}}}.`,
  'minutes.saveStatus.unreadableDraft':
    'Nid oedd modd darllen gwaith a gadwyd ar y ddyfais hon, felly dangosir y cofnodion a gadwyd. Mae wedi’i roi o’r neilltu, nid wedi’i ddileu; gofynnwch i gydlynydd MAPPA os oes rhywbeth a deipiwyd gennych ar goll.',
  'minutes.saveStatus.orphan':
    'Gadawyd gwaith heb ei gadw o dab arall, a newidiwyd ddiwethaf {at}, ar y ddyfais hon pan gaewyd y tab hwnnw. Dewch ag ef i mewn i’w gyfuno â’r cofnodion hyn (chi sy’n dewis lle newidiodd y ddau yr un rhan), neu ei ddileu.',
  'minutes.saveStatus.bringIn': 'Dewch ag ef i mewn',
  'minutes.saveStatus.discardOrphan': 'Ei ddileu',
  'minutes.saveStatus.signedBy': 'Wedi’i lofnodi gan {name} am {at}, fersiwn {number}.',
  'minutes.saveStatus.retry': 'Rhowch gynnig arall ar gadw',
  'minutes.saveStatus.offerCorrection': 'Cynnig fy newid fel cywiriad',
  'minutes.saveStatus.correctInTab': 'Agorwch y cofnodion yn nhab y cyfarfod i gynnig eich newid fel cywiriad.',
  'minutes.saveStatus.discardChange': 'Dileu fy newid',
  'minutes.saveStatus.conflictIn': 'Gwrthdaro yn {path}',
  'minutes.saveStatus.twoChanged':
    'Newidiodd dau unigolyn {path}. Mae’r fersiwn a gadwyd yn sefyll ac mae’r llall yn cael ei chadw o’r neilltu nes i rywun ddewis.',
  'minutes.saveStatus.theirUnsaved': 'Fersiwn {name} (heb ei chadw)',
  'minutes.saveStatus.yours': 'Eich fersiwn chi',
  'minutes.saveStatus.theirsSaved': 'Eu fersiwn nhw (wedi’i chadw)',
  'minutes.saveStatus.keepTheirs': 'Cadw fersiwn {name}',
  'minutes.saveStatus.keepMine': 'Cadw fy un i',
  'minutes.saveStatus.keepSaved': 'Cadw’r fersiwn a gadwyd',
  'minutes.saveStatus.keepOther': 'Cadw eu hun nhw',
  'minutes.saveStatus.removedValue': '(wedi’i dynnu)',
  'minutes.saveStatus.emptyValue': '(gwag)',
  'minutes.editor.opening': 'Yn agor y cofnodion…',
  'minutes.editor.heading': '{form}: {reference}, cyfarfod {sequence}',
  'minutes.editor.statusFinal': 'Terfynol, fersiwn {version}. SWYDDOGOL-SENSITIF (OFFICIAL-SENSITIVE).',
  'minutes.editor.statusDraft': 'Drafft. SWYDDOGOL-SENSITIF (OFFICIAL-SENSITIVE).',
  'minutes.editor.sent': 'Anfonwyd fersiwn {version} ar {at}.',
  'minutes.editor.sections': 'Adrannau',
  'minutes.editor.sectionLink': '{number}. {label}',
  'minutes.editor.readingVersion':
    "Rydych chi'n darllen fersiwn {number}, a lofnodwyd gan {name} ar {at}. Darllen yn unig yw hi.",
  'minutes.editor.correct': "Cywiro'r cofnodion hyn",
  'minutes.editor.correction': 'Cywiriad',
  'minutes.editor.correcting':
    "Rydych chi'n cywiro cofnodion terfynol. Mae'r fersiwn a lofnodwyd yn aros fel y mae; bydd eich cywiriad yn dod yn fersiwn newydd.",
  'minutes.editor.correctionReason': 'Rheswm dros y cywiriad',
  'minutes.editor.signCorrection': "Llofnodi'r cywiriad",
  'minutes.editor.discardCorrection': "Dileu'r cywiriad",
  'minutes.editor.loadingSections': "Yn llwytho'r adrannau…",
  'minutes.editor.onwardSharing': 'Rhannu ymlaen',
  'minutes.editor.mappaJ': "Hysbysiad i'r Ganolfan Byd Gwaith (MAPPA J)",
  'minutes.session.noMeeting': 'Ni chafwyd hyd i gyfarfod panel ar gyfer yr achos hwn.',
  'minutes.session.notOpen': "Nid yw'r cofnodion ar agor.",
  'minutes.session.caseNotUpdated':
    "Mae'r cofnodion wedi'u llofnodi, ond ni chafodd yr achos ei ddiweddaru: {problems}",
  'minutes.session.caseNotUpdatedYet':
    "Mae'r cofnodion wedi'u llofnodi, ond nid oedd modd diweddaru lefel, categori nac adolygiad nesaf yr achos eto.",
  'minutes.session.signedNotSaved': "Cafodd y cofnodion eu llofnodi ar y ddyfais hon ond nid ydynt wedi'u cadw eto.",
  'minutes.session.notFiled':
    "Mae'r cofnodion a lofnodwyd wedi'u cadw, ond nid oedd modd ffeilio'r copi Word yng nghofnodion yr ardal eto.",
  'minutes.finalise.signed':
    "Mae'r cofnodion yn derfynol ac wedi'u llofnodi. Mae'r camau gweithredu a gytunwyd bellach yn rhestrau eu perchnogion.",
  'minutes.finalise.signedNotFiled':
    "Mae'r cofnodion yn derfynol ac wedi'u llofnodi. Mae'r camau gweithredu a gytunwyd bellach yn rhestrau eu perchnogion. {problem}",
  'minutes.finalise.stillMissing': 'Mae rhai rhannau ar goll o hyd.',
  'minutes.finalise.final':
    "Terfynol. Wedi'i lofnodi gan {name} ar {date}; {count, plural, zero {# fersiwn} one {# fersiwn} two {# fersiwn} few {# fersiwn} many {# fersiwn} other {# fersiwn}}.",
  'minutes.finalise.missingHeading': "Yn dal ar goll cyn y gellir cwblhau'r cofnodion ({count}):",
  'minutes.finalise.missingList': 'Ar goll cyn cwblhau',
  'minutes.finalise.missingItem': '{section}: {problem}',
  'minutes.finalise.nothingMissing':
    "Does dim ar goll. Mae cwblhau yn llofnodi'r cofnodion yn eich enw chi ac yn eu cloi.",
  'minutes.finalise.sign': 'Cwblhau a llofnodi',
  'minutes.finalise.decisionsProblem':
    "{problem} Newidiwch y lefel, y categori neu'r adolygiad nesaf o'r gofrestr achosion.",
  'minutes.export.failed': "Nid oedd modd creu'r ddogfen Word. Rhowch gynnig arall arni.",
  'minutes.export.full': "Allforio'r cofnodion (.docx)",
  'minutes.export.summary': "Allforio'r crynodeb gweithredol (.docx)",
  'minutes.export.reasonNeeded': "Dywedwch pam rydych chi'n allforio: mae'n cael ei gadw yn y cofnod archwilio.",
  'minutes.export.reason': "Pam rydych chi'n allforio?",
  'minutes.export.reasonHint':
    "Yn cael ei gadw yn y cofnod archwilio gyda'ch enw a'r amser. Mae'r ffeil yn SWYDDOGOL-SENSITIF (OFFICIAL-SENSITIVE).",
  'minutes.export.cancel': 'Canslo',
  'minutes.export.export': 'Allforio',
  'minutes.versions.heading': "Fersiynau wedi'u llofnodi",
  'minutes.versions.first': 'Fersiwn {number}, a lofnodwyd gan {name} ar {at}. Y fersiwn gyntaf a lofnodwyd.',
  'minutes.versions.correction': 'Fersiwn {number}, a lofnodwyd gan {name} ar {at}. Cywiriad: {reason}',
  'minutes.versions.open': 'Agor fersiwn {number} (darllen yn unig)',
  'minutes.versions.close': 'Cau fersiwn {number}',
  'minutes.versions.changes': 'Beth a newidiodd fersiwn {to} o fersiwn {from}',
  'minutes.versions.section': 'Adran',
  'minutes.versions.field': 'Maes',
  'minutes.versions.version': 'Fersiwn {number}',
  'minutes.versions.noChange': 'Ni newidiodd unrhyw faes.',
  'minutes.completeness.disclosureIncomplete': 'Mae penderfyniad datgelu {number} yn anghyflawn: {problem}',
  'minutes.problems.noChair': 'Nid yw’r cadeirydd wedi’i gofnodi.',
  'minutes.problems.noMinuteTaker': 'Nid yw’r sawl sy’n cymryd y cofnodion wedi’i gofnodi.',
  'minutes.problems.confidentialityNotRead': 'Nid yw’r datganiad cyfrinachedd wedi’i gofnodi fel un a ddarllenwyd.',
  'minutes.problems.equalityNotRead':
    'Nid yw’r datganiad cydraddoldeb ac amrywiaeth wedi’i gofnodi fel un a ddarllenwyd.',
  'minutes.problems.nobodyPresent': 'Nid oes neb wedi’i gofnodi’n bresennol.',
  'minutes.problems.acknowledgementsNeeded':
    'Cyn cwblhau, rhaid i bob mynychwr sy’n bresennol gydnabod y datganiad cyfrinachedd, neu rhaid i chi gofnodi pam na wnaethant. Angen o hyd: {names}.',
  'minutes.problems.noNominalName': 'Mae enw’r unigolyn ar goll.',
  'minutes.problems.noPurpose': 'Nid yw diben y cyfarfod wedi’i gofnodi.',
  'minutes.problems.noOutcome': 'Nid oes canlyniad ar gyfer y cam gweithredu blaenorol “{text}”.',
  'minutes.problems.outcomeWithoutNote':
    'Ni chafodd y cam gweithredu blaenorol “{text}” ei gyflawni, ond nid oes nodyn ganddo.',
  'minutes.problems.noRosh': 'Nid oes lefel RoSH wedi’i chofnodi ar gyfer y gymuned.',
  'minutes.problems.noWhoIsAtRisk': 'Nid yw wedi’i gofnodi pwy sydd mewn perygl.',
  'minutes.problems.agencyInformationUnchecked':
    'Nid yw’r wybodaeth gan {named, select, yes {{from}} other {cofnod {number}}} ({source, select, written {diweddariad ysgrifenedig} other {ar lafar}}) wedi pasio’r gwiriad isafswm angenrheidiol.',
  'minutes.problems.named': '{name}: {problem}',
  'minutes.problems.noNature': 'Nid yw natur y risg wedi’i chofnodi.',
  'minutes.problems.disclosureNotConsidered': 'Nid yw datgelu wedi’i ystyried.',
  'minutes.problems.noDisclosureDecision':
    'Nid oes penderfyniad datgelu wedi’i gofnodi: cofnodwch “dim angen” gyda’r rhesymau, neu benderfyniad i ddatgelu.',
  'minutes.problems.disclosureNotReported': 'Nid yw penderfyniad datgelu {number} wedi’i adrodd i gydlynydd MAPPA.',
  'minutes.problems.pillarWithoutActions': 'Nid oes gan {pillar} gamau gweithredu na rheswm pam nad oes angen rhai.',
  'minutes.problems.noContingency': 'Nid oes cynllun wrth gefn.',
  'minutes.problems.actionNoDescription': 'Nid oes disgrifiad gan gam gweithredu rhif {number}.',
  'minutes.problems.actionNoOwner':
    'Nid oes perchennog gan gam gweithredu {named, select, yes {“{text}”} other {rhif {number}}}.',
  'minutes.problems.actionNoDueDate':
    'Nid oes dyddiad dyledus gan gam gweithredu {named, select, yes {“{text}”} other {rhif {number}}}.',
  'minutes.problems.noLevel': 'Nid oes penderfyniad ar lefel y rheoli.',
  'minutes.problems.noLevelRationale': 'Nid oes rhesymeg gan y penderfyniad ar y lefel.',
  'minutes.problems.noCategory': 'Nid oes penderfyniad ar y categori.',
  'minutes.problems.noCategoryRationale': 'Nid oes rhesymeg gan y penderfyniad ar y categori.',
  'minutes.problems.offenderInformedNotRecorded':
    'Nid yw wedi’i gofnodi a gafodd y troseddwr wybod ei fod yn cael ei reoli dan MAPPA.',
  'minutes.problems.noReasonNotInformed': 'Nid yw’r rheswm na chafodd y troseddwr wybod wedi’i gofnodi.',
  'minutes.problems.noNextReview': 'Nid yw dyddiad yr adolygiad nesaf wedi’i osod.',
  'minutes.problems.nextReviewNoReason':
    'Mae dyddiad yr adolygiad nesaf yn wahanol i amserlen yr ardal, ond nid oes rheswm wedi’i roi.',
  'minutes.problems.noExecutiveSummary': 'Mae’r crynodeb gweithredol yn wag.',
  'minutes.problems.category3AtLevel1': 'Dim ond ar Lefel 2 neu Lefel 3 y gellir rheoli achosion Categori 3.',
  'minutes.problems.giveLevelRationale': 'Rhowch y rhesymeg dros y lefel.',
  'minutes.problems.giveCategoryRationale': 'Rhowch y rhesymeg dros y categori.',
  'minutes.problems.adjournmentName':
    '{scope, select, meeting {Gohirio’r cyfarfod} other {Y drafodaeth a ohiriwyd “{item}”}}',
  'minutes.problems.carriedItemOutcome': 'Cofnodwch beth a ddaeth o’r eitem a ohiriwyd ar {date}: “{item}”.',
  'minutes.problems.requestName': 'Cais {number} ({agency}{described, select, yes {: {what}} other {}})',
  'minutes.problems.reviewNotAfterMeeting':
    'Nid yw dyddiad yr adolygiad nesaf ({review}) ar ôl y cyfarfod hwn ({meeting}).',
  'minutes.problems.reviewTooFar':
    'Mae dyddiad yr adolygiad nesaf ({review}) dros ddwy flynedd i ffwrdd: gwiriwch y flwyddyn.',
  'minutes.problems.actionDueBeforeMeeting':
    'Mae cam gweithredu {named, select, yes {“{text}”} other {rhif {number}}} yn ddyledus ({due}) cyn y cyfarfod hwn ({meeting}).',
  'minutes.problems.actionDueTooFar':
    'Mae cam gweithredu {named, select, yes {“{text}”} other {rhif {number}}} yn ddyledus dros ddwy flynedd i ffwrdd ({due}): gwiriwch y flwyddyn.',
  'minutes.problems.alreadyFinal': 'Mae’r cofnodion hyn eisoes yn derfynol; cofnodwch gywiriad yn lle hynny.',
  'minutes.problems.onlyFinalCorrected': 'Dim ond cofnodion terfynol y gellir eu cywiro.',
  'minutes.problems.correctionReason': 'Rhowch y rheswm dros y cywiriad.',
  'minutes.problems.nextReviewFormat': 'Rhowch ddyddiad yr adolygiad nesaf ar y ffurf bbbb-mm-dd.',
  'minutes.problems.nextReviewChangeReason':
    'Rhowch reswm dros newid dyddiad yr adolygiad nesaf o’r un y mae amserlen yr ardal yn ei gynnig.',
  'minutes.problems.actionNotInReview': 'Nid yw’r cam gweithredu hwnnw yn yr adolygiad hwn.',
  'minutes.problems.reviewNoteNeeded': 'Ychwanegwch nodyn yn dweud pam na chafodd y cam gweithredu ei gyflawni.',
  'minutes.onwardSharing.beforeFurther': 'Cyn y gall fynd ymhellach: {missing}.',
  'minutes.onwardSharing.andAlso': '{first}; {rest}',
  'minutes.onwardSharing.sayWhat': 'dywedwch beth y gellir ei drosglwyddo',
  'minutes.onwardSharing.sayWho': 'dywedwch pwy all ei drosglwyddo',
  'minutes.onwardSharing.sayToWhom': 'dywedwch i bwy',
  'minutes.onwardSharing.nameSupplier': 'enwch yr asiantaeth a’i darparodd',
  'minutes.onwardSharing.victimNeedsSupplier':
    'Dim ond gyda chytundeb yr asiantaeth a’i darparodd y caiff gwybodaeth am ddioddefwr fynd ymhellach.',
  'minutes.onwardSharing.onlyChair': 'Dim ond y cadeirydd all ganiatáu i wybodaeth fynd y tu hwnt i’r panel.',
  'minutes.versions.wholeSection': '(yr adran gyfan)',
  'minutes.versions.empty': '(gwag)',
  'minutes.onwardSharing.supplierAgreementNeeded':
    'Gwybodaeth am ddioddefwr yw hon. Ni all fynd y tu hwnt i’r panel heb gytundeb wedi’i gofnodi gan yr asiantaeth a’i darparodd.',
  'minutes.onwardSharing.chairAgreementNeeded':
    'Nid yw gwybodaeth o’r panel yn mynd ymhellach heb gytundeb wedi’i gofnodi gan y cadeirydd.',
  'minutes.problems.describeAction': 'Disgrifiwch y cam gweithredu.',
  'minutes.problems.chooseActionOwner': 'Dewiswch pwy sy’n berchen ar y cam gweithredu.',
  'minutes.problems.actionDueDateFormat': 'Rhowch ddyddiad dyledus ar y ffurf bbbb-mm-dd.',
  'minutes.signed.onlyByCorrection':
    'Dim ond drwy gywiriad wedi’i lofnodi, gyda’i reswm, y mae cofnodion wedi’u llofnodi yn newid.',
  'minutes.signed.notBackToDraft': 'Ni ellir troi cofnodion wedi’u llofnodi yn ôl yn ddrafft.',
  'minutes.signed.notMoved': 'Ni ellir symud cofnodion wedi’u llofnodi i gyfarfod neu achos arall.',
  'minutes.signed.versionKept': 'Ni ellir newid na dileu fersiwn o’r cofnodion sydd wedi’i llofnodi.',
};
