import { loadCatalogue } from '../../src/i18n/catalogues';
import { msg } from '../../src/i18n/message';
import { PSEUDO_CLOSE, PSEUDO_OPEN } from '../../src/i18n/pseudo';
import { createTranslator, english } from '../../src/i18n/translator';

describe('translator', () => {
  it('says a message by key with its values, and a Message the core returned', () => {
    const t = english();
    expect(t('shell.boundCase', { reference: 'MP-2026-0102' })).toBe('Case MP-2026-0102');
    expect(t(msg('shell.boundCase', { reference: 'MP-1' }))).toBe('Case MP-1');
  });

  it('speaks Welsh from the Welsh catalogue', async () => {
    const t = createTranslator('cy-GB', await loadCatalogue('cy-GB'));
    expect(t('shell.boundCase', { reference: 'MP-1' })).toBe('Achos MP-1');
  });

  it('formats dates and numbers the way the language does', async () => {
    const cy = createTranslator('cy-GB', await loadCatalogue('cy-GB'));
    const when = new Date('2026-03-05T12:00:00Z');
    expect(english().date(when, { month: 'long', timeZone: 'UTC' })).toBe('March');
    expect(cy.date(when, { month: 'long', timeZone: 'UTC' })).toBe('Mawrth');
    expect(english().number(12345)).toBe('12,345');
    expect(english().list(['police', 'probation', 'health'])).toBe('police, probation and health');
    // CLDR's Welsh list pattern leaves the choice of a or ac to the reader.
    expect(cy.list(['heddlu', 'prawf'])).toBe('heddlu a(c) prawf');
  });

  it('chooses Welsh plural forms (zero, one, two, few, many, other) from the count', () => {
    const message =
      '{n, plural, zero {dim gweithredoedd} one {# weithred} two {# weithred} few {# gweithred} many {# gweithred} other {# gweithred}}';
    const t = createTranslator('cy-GB', { 'shell.noCase': message } as never);
    expect(t('shell.noCase', { n: 0 })).toBe('dim gweithredoedd');
    expect(t('shell.noCase', { n: 2 })).toBe('2 weithred');
    expect(t('shell.noCase', { n: 3 })).toBe('3 gweithred');
  });

  it('pseudo-localises every message, keeping its placeholders', async () => {
    const t = createTranslator('qps-ploc', await loadCatalogue('qps-ploc'));
    const said = t('shell.boundCase', { reference: 'MP-1' });
    expect(said.startsWith(PSEUDO_OPEN)).toBe(true);
    expect(said.endsWith(PSEUDO_CLOSE)).toBe(true);
    expect(said).toContain('MP-1');
    expect(said).not.toContain('Case');
    expect(said).toContain('Çášé');
  });
});

describe('a message inside a message', () => {
  it('says the inner message in the same language first', async () => {
    const inner = msg('shell.noCase');
    const outer = msg('minutes.completeness.disclosureIncomplete', { number: 2, problem: inner });
    expect(english()(outer)).toBe('Disclosure decision 2 is incomplete: No case chosen');
    const cy = createTranslator('cy-GB', await loadCatalogue('cy-GB'));
    expect(cy(outer)).toBe('Mae penderfyniad datgelu 2 yn anghyflawn: Dim achos wedi’i ddewis');
  });
});
