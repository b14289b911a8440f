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
      setError('The stage could not be shared. Try again, or share from the meeting controls.');
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
        title={available ? undefined : 'Sharing to the stage is available in the meeting side panel only'}
      >
        Share to stage
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
              <DialogTitle>Share to the meeting stage?</DialogTitle>
              <DialogContent>
                <Text as="p" weight="semibold">
                  Everyone in the meeting will see:
                </Text>
                <ul className={styles.list} aria-label="The stage shows">
                  {stageShows.map((s) => (
                    <li key={s}>{s}</li>
                  ))}
                </ul>
                <Text as="p" weight="semibold">
                  The stage never shows:
                </Text>
                <ul className={styles.list} aria-label="The stage never shows">
                  {stageNeverShows.map((s) => (
                    <li key={s}>{s}</li>
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
                  Cancel
                </Button>
                <Button appearance="primary" disabled={busy} onClick={() => void share()}>
                  Share to stage
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
