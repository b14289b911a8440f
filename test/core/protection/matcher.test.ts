import {
  PROTECTED_WARNING,
  WITHHELD,
  findProtected,
  namesProtectedPerson,
  protectedIndex,
  protectedRecipient,
  withholdProtected,
  type ProtectedLike,
} from '../../../src/core/protection/matcher';

/** A fictional case's protected people, as a chair would record them. */
const people: ProtectedLike[] = [
  {
    id: 'pp-1',
    kind: 'victim',
    name: 'Jane Alice Doe',
    aliases: ['Janie Roe'],
    addresses: ['Flat 2, 14 Elm Road, Anytown, AN1 2CD'],
    emails: ['jane.doe@example.org'],
    directoryId: 'dir-jane',
  },
  { id: 'pp-2', kind: 'child', name: 'Lily Carter', addresses: ['7 The Maltings, Othertown'] },
  { id: 'pp-3', kind: 'partner', name: 'Siobhán O’Brien-Kelly', emails: [] },
];
/** The nominal and the attendees may be named. */
const index = protectedIndex(people, { notProtected: ['Mark Carter', 'Jane Smith', 'Tom Reed'] });

/** How names and addresses really appear in minutes' prose: each must be found. */
const mustMatch: [string, string][] = [
  ['full name', 'Jane Alice Doe attended the clinic.'],
  ['first and surname', 'He was seen outside Jane Doe’s workplace.'],
  ['lower case', 'contact with jane doe is prohibited'],
  ['upper case', 'NO CONTACT WITH JANE DOE'],
  ['straight possessive', "Jane Doe's mother called the police."],
  ['plural-style possessive', 'near Janie Roe’ house'],
  ['initial with surname', 'J. Doe has moved.'],
  ['initial without a stop', 'J Doe has moved.'],
  ['initials with stops', 'J.A. Doe reported a breach.'],
  ['run-together initials', 'JA Doe reported a breach.'],
  ['surname first', 'Doe, Jane: contact via the VLO.'],
  ['title and surname', 'Ms Doe asked for an update.'],
  ['title with a stop', 'Mrs. Doe asked for an update.'],
  ['an alias', 'Also known as Janie Roe.'],
  ['an alias possessive', "Janie Roe's flat"],
  ['a line break inside the name', 'He followed Jane\nDoe home.'],
  ['a non-breaking space', 'He followed Jane\u00A0Doe home.'],
  ['street with number', 'He was seen at 14 Elm Road on Friday.'],
  ['street with a comma after the number', 'Seen at 14, Elm Road.'],
  ['abbreviated street', 'Parked on Elm Rd. again.'],
  ['street without number', 'Exclusion zone: Elm Road and surrounding streets.'],
  ['postcode with a space', 'Exclusion zone covers AN1 2CD.'],
  ['postcode without a space', 'Exclusion zone covers an12cd.'],
  ['house name line with number', 'Visits to 7 The Maltings stop.'],
  ['a child by first name', 'Lily is at school and was told nothing.'],
  ['a child by full name possessive', "Lily Carter's school has been informed."],
  ['accents dropped', 'Siobhan O’Brien-Kelly moved.'],
  ['apostrophe dropped', 'Siobhan OBrien-Kelly moved.'],
  ['hyphen as space', 'Siobhán O’Brien Kelly moved.'],
  ['curly and straight apostrophes mixed', "Siobhán O'Brien-Kelly's car"],
  ['a mail address', 'Write to jane.doe@example.org for the VLO.'],
  ['a sub-addressed mail address', 'Copy to Jane.Doe+vlo@example.org please.'],
];

/** Prose that must be left alone: other people, the nominal, places in general. */
const mustNotMatch: [string, string][] = [
  ['another Jane (the officer)', 'Jane Smith (probation) will visit.'],
  ['a first name alone for an adult', 'Jane from housing will call.'],
  ['a word containing the surname', 'Doesn’t attend; Doel will; Does he? Doesnt matter'],
  ['the nominal shares the child’s surname', 'Mr Carter must not contact the school.'],
  ['the nominal by name', 'Mark Carter reports weekly.'],
  ['another initial with the surname', 'K. Doe is a different person.'],
  ['the town alone', 'He lives in Anytown.'],
  ['a different road', 'He lives on Elm Grove; 14 Oak Road is the hostel.'],
  ['a different postcode', 'Approved premises at AN1 2CE.'],
  ['a word containing the child’s name', 'Lilywhite Court is the hostel.'],
  ['a different mail address', 'Write to jane.smith@example.org.'],
];

describe('protected people: the ways names appear in real prose', () => {
  it.each(mustMatch)('finds %s', (_label, text) => {
    expect(findProtected(text, index).length).toBeGreaterThan(0);
    const out = withholdProtected(text, index);
    expect(out.withheld).toBeGreaterThan(0);
    expect(out.text).toContain(WITHHELD);
  });

  it.each(mustNotMatch)('leaves alone %s', (_label, text) => {
    expect(findProtected(text, index)).toEqual([]);
    expect(withholdProtected(text, index).text).toBe(text);
  });

  it('withholds the whole mention, possessive included, and keeps the rest', () => {
    expect(withholdProtected("Jane Doe's mother called; Ms Doe was out.", index).text).toBe(
      `${WITHHELD} mother called; ${WITHHELD} was out.`,
    );
    expect(withholdProtected('Seen at Flat 2, 14 Elm Road, Anytown.', index).text).toBe(
      `Seen at Flat 2, ${WITHHELD}, Anytown.`,
    );
  });

  it('says nothing when nobody is protected', () => {
    expect(namesProtectedPerson('Jane Doe', protectedIndex([]))).toBe(false);
    expect(PROTECTED_WARNING).toMatch(/will not be shown on the stage or in the summary/);
  });
});

describe('a protected person as a recipient', () => {
  it('is known by directory id, any address form and by name', () => {
    expect(protectedRecipient({ id: 'dir-jane', name: 'Someone', email: 'x@pnn.police.uk' }, index)).toMatchObject({
      personId: 'pp-1',
      by: 'directoryId',
    });
    expect(protectedRecipient({ name: 'Anyone', email: 'JANE.DOE+minutes@example.org' }, index)?.by).toBe('address');
    expect(protectedRecipient({ name: 'Jane Doe', email: 'jd1@probation.gov.uk' }, index)?.by).toBe('name');
    expect(protectedRecipient({ name: 'x', email: 'janie.roe@probation.gov.uk' }, index)?.by).toBe('name');
  });

  it('leaves others alone', () => {
    expect(protectedRecipient({ id: 'dir-tom', name: 'Tom Reed', email: 'tom.reed@pnn.police.uk' }, index)).toBe(
      undefined,
    );
  });
});
