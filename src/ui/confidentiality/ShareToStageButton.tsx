import { Button } from '@fluentui/react-components';
import { Suspense, useEffect, useRef, useState } from 'react';

import { useServices } from '../../app/ServicesProvider';
import { useT } from '../i18n/I18nProvider';
import { preloadable } from '../surfaces/preloadable';
import type { ShareToStageDialogProps } from './ShareToStageDialog';

// Its messages are the side panel's own (the confidentiality area), loaded with the runner.
const ShareToStageDialog = preloadable<ShareToStageDialogProps>(() => import('./ShareToStageDialog'), []);
/** Starts loading the dialog's code; a failure is reported when the dialog renders. */
const warm = () => void ShareToStageDialog.preload().catch(() => undefined);

/**
 * The chair's "share to stage" in the side panel. Before anything is shared, says what everyone in
 * the meeting will see and what the stage never shows.
 */
export function ShareToStageButton({ url }: { url: string }) {
  const { host } = useServices();
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
        onPointerEnter={warm}
        onFocus={warm}
        disabledFocusable={!available}
        title={available ? undefined : t('confidentiality.stage.unavailable')}
      >
        {t('confidentiality.stage.share')}
      </Button>
      {/*
        Mounted from the first opening only (its code loads when the button is first pointed at,
        focused or pressed): a mounted Fluent Dialog starts tabster's modalizer,
        which puts focusable, aria-hidden "dummy" elements round the whole page for as long as it
        lives (microsoft/tabster#288; docs/accessibility.md). Never unmounted while open, which
        would leave the rest of the page aria-hidden.
      */}
      {(mounted || open) && (
        <Suspense fallback={null}>
          <ShareToStageDialog
            open={open}
            onOpenChange={setOpen}
            busy={busy}
            error={error}
            onShare={() => void share()}
          />
        </Suspense>
      )}
    </>
  );
}

export default ShareToStageButton;
