import type * as CataloguesModule from '../../src/i18n/catalogues';
import { cy } from '../../src/i18n/messages/cy';
import { en } from '../../src/i18n/messages/en';
import type * as TranslatorModule from '../../src/i18n/translator';

type Catalogues = typeof CataloguesModule;
type Translators = typeof TranslatorModule;

/** A page's catalogues as they stand when it starts: the registry and translator modules loaded afresh. */
function freshPage(): Catalogues & Translators {
  let modules!: Catalogues & Translators;
  jest.isolateModules(() => {
    modules = {
      ...(jest.requireActual('../../src/i18n/catalogues') as Catalogues),
      ...(jest.requireActual('../../src/i18n/translator') as Translators),
    };
  });
  return modules;
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('catalogue areas', () => {
  it('starts a page with only the areas every page carries', () => {
    const page = freshPage();
    const english = page.loadedCatalogue('en-GB');
    expect(english['errors.general']).toBe(en['errors.general']);
    expect(english['shell.boundCase']).toBe(en['shell.boundCase']);
    expect(english['audit.verb.view']).toBeUndefined();
    expect(english['minutes.completeness.disclosureIncomplete']).toBeUndefined();
  });

  it('loads the areas a view names in English and, once the page has its language, in that language too', async () => {
    const page = freshPage();
    await page.loadAreas(['audit']);
    expect(page.loadedCatalogue('en-GB')['audit.verb.view']).toBe(en['audit.verb.view']);
    const welsh = await page.loadPageCatalogue('cy-GB');
    expect(welsh['audit.verb.view']).toBe(cy['audit.verb.view']);
    expect(welsh['errors.general']).toBe(cy['errors.general']);
    expect(welsh['minutes.completeness.disclosureIncomplete']).toBeUndefined();
    // A view loaded after the language is known comes in both languages: English is kept for records.
    await page.loadAreas(['register']);
    expect(welsh['register.flag.under18']).toBe(cy['register.flag.under18']);
    expect(page.loadedCatalogue('en-GB')['register.flag.under18']).toBe(en['register.flag.under18']);
  });

  it('pseudo-localises an area from its English', async () => {
    const page = freshPage();
    const pseudo = await page.loadCatalogue('qps-ploc', ['audit']);
    expect(pseudo['audit.verb.view']).toMatch(/^⟦.*⟧$/u);
    expect(pseudo['register.flag.under18']).toBeUndefined();
  });

  it('reports a message said before its area loaded, loads the area, and tells the screen to say it again', async () => {
    const page = freshPage();
    const reports = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const changed = jest.fn();
    page.onCatalogueChange(changed);
    const t = page.english();
    expect(t('audit.verb.view')).toBe('audit.verb.view');
    expect(reports).toHaveBeenCalledWith(expect.stringContaining('"audit.verb.view"'));
    expect(reports.mock.calls.flat().join(' ')).toContain('(audit)');
    await page.loadCatalogue('en-GB', ['audit']);
    await settled();
    expect(changed).toHaveBeenCalled();
    expect(t('audit.verb.view')).toBe(en['audit.verb.view']);
  });

  it('says text a thrower wrote instead of a key as it is, without reporting it', () => {
    const page = freshPage();
    const reports = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const t = page.english();
    const written = 'Microsoft 365 did not answer (GET /sites/site-1/drive). Nothing is lost; try again in a moment.';
    expect(t({ key: written as never })).toBe(written);
    expect(reports).not.toHaveBeenCalled();
  });

  it('loads every area when none is named, for work that may say anything (Word documents, mail)', async () => {
    const page = freshPage();
    const all = await page.loadCatalogue('cy-GB');
    expect(Object.keys(all).sort()).toEqual(Object.keys(cy).sort());
    expect(Object.keys(page.loadedCatalogue('en-GB')).sort()).toEqual(Object.keys(en).sort());
  });
});
