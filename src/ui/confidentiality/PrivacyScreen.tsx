import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useLayoutEffect, useRef, type ReactNode } from 'react';

import { usePrivacyScreen } from '../../app/confidentiality/usePrivacyScreen';
import { privacyShortcut } from '../../core/confidentiality/privacy';
import { useT } from '../i18n/I18nProvider';

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'flex-end',
    gap: tokens.spacingHorizontalS,
  },
  screen: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
  },
});

/**
 * Hides all case content at once (button or Ctrl+Shift+H) and after a period without activity.
 * Content stays mounted but hidden, so nothing being typed is lost; showing it again takes a click.
 */
export function PrivacyScreen({ timeoutMinutes, children }: { timeoutMinutes: number; children: ReactNode }) {
  const styles = useStyles();
  const t = useT();
  const hideLabel = t('confidentiality.privacy.hide', { shortcut: privacyShortcut.label });
  const { hidden, hide, show } = usePrivacyScreen(timeoutMinutes);
  const showButton = useRef<HTMLButtonElement>(null);
  const content = useRef<HTMLDivElement>(null);
  const focusedBefore = useRef<HTMLElement | null>(null);
  // Hiding takes focus out of the content (a hidden element cannot keep it), so keyboard and screen
  // reader users land on the one control that brings it back, and return to where they were after.
  // A layout effect: the browser moves focus off a hidden element at its next rendering update.
  useLayoutEffect(() => {
    if (hidden) {
      const active = document.activeElement;
      focusedBefore.current = active instanceof HTMLElement && content.current?.contains(active) ? active : null;
      showButton.current?.focus();
    } else if (focusedBefore.current?.isConnected) {
      focusedBefore.current.focus();
      focusedBefore.current = null;
    }
  }, [hidden]);
  return (
    <>
      {hidden ? (
        <section className={styles.screen} aria-labelledby="privacy-screen-title">
          <Text as="h2" id="privacy-screen-title" weight="semibold" size={400}>
            {t('confidentiality.privacy.title')}
          </Text>
          <Text>{t('confidentiality.privacy.explanation')}</Text>
          <Button appearance="primary" onClick={show} ref={showButton}>
            {t('confidentiality.privacy.show')}
          </Button>
        </section>
      ) : (
        <div className={styles.bar}>
          <Button size="small" onClick={hide} aria-keyshortcuts="Control+Shift+H" title={hideLabel}>
            {hideLabel}
          </Button>
        </div>
      )}
      <div hidden={hidden} aria-hidden={hidden} data-testid="case-content" ref={content}>
        {children}
      </div>
    </>
  );
}
