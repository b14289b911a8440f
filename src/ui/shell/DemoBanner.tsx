import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';

import type { DemoControls } from '../../app/services';

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

export const demoBannerText =
  'Demonstration data only: fictional people and cases. Do not enter real case information.';

type Phase = 'idle' | 'confirming' | 'resetting' | 'failed';

/** The permanent local-mode banner, with the control that puts the demo data back as it started. */
export function DemoBanner({ demo, onReset }: { demo?: DemoControls; onReset: () => void }) {
  const styles = useStyles();
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
    <div className={styles.root} role="region" aria-label="Demonstration mode">
      <Text className={styles.message} weight="semibold">
        {demoBannerText}
      </Text>
      {demo && (
        <div className={styles.controls}>
          {phase === 'confirming' ? (
            <>
              <Text role="status">Replace all demo data with a fresh copy?</Text>
              <Button size="small" appearance="primary" onClick={() => void reset()}>
                Reset now
              </Button>
              <Button size="small" onClick={() => setPhase('idle')}>
                Cancel
              </Button>
            </>
          ) : (
            <Button size="small" disabled={phase === 'resetting'} onClick={() => setPhase('confirming')}>
              {phase === 'resetting' ? 'Resetting demo data…' : 'Reset demo data'}
            </Button>
          )}
          {phase === 'failed' && (
            <Text role="alert">The demo data could not be reset. Reload the page and try again.</Text>
          )}
        </div>
      )}
    </div>
  );
}
