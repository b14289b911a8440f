import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';

import { useServices } from '../../app/ServicesProvider';
import { stageNeverShows, stageShows } from '../../core/confidentiality/privacy';
import { useT } from '../i18n/I18nProvider';

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalXS} 0 ${tokens.spacingVerticalM}`, paddingLeft: tokens.spacingHorizontalXL },
  error: { color: tokens.colorPaletteRedForeground1 },
});

/**
 * The chair's "share to stage" in the side panel. Before anything is shared, says what everyone in
 * the meeting will see and what the stage never shows.
 */
export function ShareToStageButton({ url }: { url: string }) {
  const { host } = useServices();
  const styles = useStyles();
  const t = useT();
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  const [mounted, setMounted] = useState(false);
  // The dialog has no trigger (see below), so focus goes back to its button by hand.
  useEffect(() => {
    if (open) setMounted(true);
    if (wasOpen.current && !open) opener.current?.focus();
    wasOpen.current = open;
  }, [open]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const available = host.context.capabilities.stageSharing;

  const share = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await host.shareToStage(url);
      setOpen(false);
    } catch {
      setError(t('confidentiality.stage.failed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button
        ref={opener}
        onClick={() => setOpen(true)}
        disabledFocusable={!available}
        title={available ? undefined : t('confidentiality.stage.unavailable')}
      >
        {t('confidentiality.stage.share')}
      </Button>
      {/*
        Mounted from the first opening only: a mounted Fluent Dialog starts tabster's modalizer,
        which puts focusable, aria-hidden "dummy" elements round the whole page for as long as it
        lives (microsoft/tabster#288; docs/accessibility.md). Never unmounted while open, which
        would leave the rest of the page aria-hidden.
      */}
      {(mounted || open) && (
        <Dialog open={open} onOpenChange={(_, d) => setOpen(d.open)}>
          <DialogSurface aria-describedby={undefined}>
            <DialogBody>
              <DialogTitle>{t('confidentiality.stage.title')}</DialogTitle>
              <DialogContent>
                <Text as="p" weight="semibold">
                  {t('confidentiality.stage.everyoneSees')}
                </Text>
                <ul className={styles.list} aria-label={t('confidentiality.stage.showsLabel')}>
                  {stageShows.map((s) => (
                    <li key={s.key}>{t(s)}</li>
                  ))}
                </ul>
                <Text as="p" weight="semibold">
                  {t('confidentiality.stage.neverShowsIntro')}
                </Text>
                <ul className={styles.list} aria-label={t('confidentiality.stage.neverShowsLabel')}>
                  {stageNeverShows.map((s) => (
                    <li key={s.key}>{t(s)}</li>
                  ))}
                </ul>
                {error && (
                  <Text as="p" role="alert" className={styles.error}>
                    {error}
                  </Text>
                )}
              </DialogContent>
              <DialogActions>
                <Button appearance="secondary" onClick={() => setOpen(false)}>
                  {t('confidentiality.stage.cancel')}
                </Button>
                <Button appearance="primary" disabled={busy} onClick={() => void share()}>
                  {t('confidentiality.stage.share')}
                </Button>
              </DialogActions>
            </DialogBody>
          </DialogSurface>
        </Dialog>
      )}
    </>
  );
}

export default ShareToStageButton;
