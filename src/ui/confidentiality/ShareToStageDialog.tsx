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

import { stageNeverShows, stageShows } from '../../core/confidentiality/privacy';
import { useT } from '../i18n/I18nProvider';

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalXS} 0 ${tokens.spacingVerticalM}`, paddingLeft: tokens.spacingHorizontalXL },
  error: { color: tokens.colorPaletteRedForeground1 },
});

export type ShareToStageDialogProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  busy: boolean;
  error: string | undefined;
  onShare: () => void;
};

/**
 * What everyone in the meeting will see and what the stage never shows, before anything is shared.
 * Loaded when its button is first pointed at, focused or pressed (`ShareToStageButton`).
 */
export default function ShareToStageDialog({ open, onOpenChange, busy, error, onShare }: ShareToStageDialogProps) {
  const styles = useStyles();
  const t = useT();
  return (
    <Dialog open={open} onOpenChange={(_, d) => onOpenChange(d.open)}>
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
            <Button appearance="secondary" onClick={() => onOpenChange(false)}>
              {t('confidentiality.stage.cancel')}
            </Button>
            <Button appearance="primary" disabled={busy} onClick={onShare}>
              {t('confidentiality.stage.share')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
