import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';

import type { DemoControls } from '../../app/services';
import { useT } from '../i18n/I18nProvider';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorPaletteYellowBackground1,
    color: tokens.colorNeutralForeground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteYellowBorder2}`,
  },
  message: { flex: '1 1 12rem' },
  controls: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

type Phase = 'idle' | 'confirming' | 'resetting' | 'failed';

/** The permanent local-mode banner, with the control that puts the demo data back as it started. */
export function DemoBanner({ demo, onReset }: { demo?: DemoControls; onReset: () => void }) {
  const styles = useStyles();
  const t = useT();
  const [phase, setPhase] = useState<Phase>('idle');

  const reset = async () => {
    if (!demo) return;
    setPhase('resetting');
    try {
      await demo.reset();
      setPhase('idle');
      onReset();
    } catch {
      setPhase('failed');
    }
  };

  return (
    <div className={styles.root} role="region" aria-label={t('surfaces.demo.region')}>
      <Text className={styles.message} weight="semibold">
        {t('surfaces.demo.banner')}
      </Text>
      {demo && (
        <div className={styles.controls}>
          {phase === 'confirming' ? (
            <>
              <Text role="status">{t('surfaces.demo.confirm')}</Text>
              <Button size="small" appearance="primary" onClick={() => void reset()}>
                {t('surfaces.demo.resetNow')}
              </Button>
              <Button size="small" onClick={() => setPhase('idle')}>
                {t('surfaces.demo.cancel')}
              </Button>
            </>
          ) : (
            <Button size="small" disabled={phase === 'resetting'} onClick={() => setPhase('confirming')}>
              {phase === 'resetting' ? t('surfaces.demo.resetting') : t('surfaces.demo.reset')}
            </Button>
          )}
          {phase === 'failed' && <Text role="alert">{t('surfaces.demo.resetFailed')}</Text>}
        </div>
      )}
    </div>
  );
}
