import { Button } from '@fluentui/react-components';
import { Suspense, useState } from 'react';

import { useServices } from '../../app/ServicesProvider';
import { useT } from '../i18n/I18nProvider';
import { preloadable } from '../surfaces/preloadable';
import { useDialogOnDemand } from '../surfaces/useDialogOnDemand';
import type { ShareToStageDialogProps } from './ShareToStageDialog';

// Its messages are the side panel's own (the confidentiality area), loaded with the runner.
const ShareToStageDialog = preloadable<ShareToStageDialogProps>(() => import('./ShareToStageDialog'), []);

/**
 * The chair's "share to stage" in the side panel. Before anything is shared, says what everyone in
 * the meeting will see and what the stage never shows.
 */
export function ShareToStageButton({ url }: { url: string }) {
  const { host } = useServices();
  const t = useT();
  const { open, setOpen, shown, opener } = useDialogOnDemand();
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
        onPointerEnter={ShareToStageDialog.warm}
        onFocus={ShareToStageDialog.warm}
        disabledFocusable={!available}
        title={available ? undefined : t('confidentiality.stage.unavailable')}
      >
        {t('confidentiality.stage.share')}
      </Button>
      {/* Its code loads when the button is first pointed at, focused or pressed. */}
      {shown && (
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
