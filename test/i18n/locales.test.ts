import { chooseLocale, htmlLang, localeFromHost } from '../../src/i18n/locales';

describe('the language the app speaks', () => {
  it.each([
    ['cy-GB', 'cy-GB'],
    ['cy', 'cy-GB'],
    ['CY-gb', 'cy-GB'],
    ['en-GB', 'en-GB'],
    ['en-US', 'en-GB'],
    ['fr-FR', 'en-GB'],
    ['', 'en-GB'],
    [undefined, 'en-GB'],
    ['qps-ploc', 'qps-ploc'],
  ])('follows the host locale %p as %p', (host, expected) => {
    expect(localeFromHost(host)).toBe(expected);
  });

  it('lets a choice made in the app win over the host, and ignores a choice it does not know', () => {
    expect(chooseLocale('en-GB', 'cy-GB')).toBe('cy-GB');
    expect(chooseLocale('cy-GB', 'en-GB')).toBe('en-GB');
    expect(chooseLocale('cy-GB', 'de-DE')).toBe('cy-GB');
    expect(chooseLocale('en-GB', null)).toBe('en-GB');
  });

  it('marks pages in a real language tag, the pseudo-locale as English', () => {
    expect(htmlLang('cy-GB')).toBe('cy-GB');
    expect(htmlLang('qps-ploc')).toBe('en-GB');
  });
});
