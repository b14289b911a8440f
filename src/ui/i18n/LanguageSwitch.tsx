import { Button } from '@fluentui/react-components';

import { useChooseLanguage, useT } from './I18nProvider';

/**
 * Switches between English and Welsh for people whose Teams is in the other language. The button
 * names the other language in that language, marked with its `lang` (WCAG 3.1.2 Language of Parts), as
 * bilingual public services in Wales do.
 */
export function LanguageSwitch() {
  const t = useT();
  const choose = useChooseLanguage();
  const other = t.locale === 'cy-GB' ? 'en-GB' : 'cy-GB';
  return (
    <Button
      appearance="subtle"
      size="small"
      lang={other === 'cy-GB' ? 'cy' : 'en'}
      data-testid="language-switch"
      onClick={() => void choose(other)}
    >
      {t('common.language.switchTo')}
    </Button>
  );
}
