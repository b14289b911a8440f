import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';

import { IdentifyNominalDialog } from './IdentifyNominalDialog';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

type Open = 'identify' | undefined;

/**
 * Where a case's life starts, on the Panels page: identify a new nominal, refer one for Level 2 or
 * 3, screen one. `onChanged` reloads the register once something is recorded.
 */
export function CaseLifecycleActions(props: { onChanged?: () => void }) {
  const styles = useStyles();
  const [open, setOpen] = useState<Open>();
  const close = () => setOpen(undefined);
  return (
    <div className={styles.bar} role="group" aria-label="Add a case">
      <Button appearance="primary" onClick={() => setOpen('identify')}>
        Identify a new nominal
      </Button>
      {open === 'identify' && <IdentifyNominalDialog open onClose={close} onIdentified={() => props.onChanged?.()} />}
    </div>
  );
}
