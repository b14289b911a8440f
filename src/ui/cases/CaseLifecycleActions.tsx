import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { Suspense, useState } from 'react';

import { isAreaCoordinator } from '../../app/cases/caseDecisions';
import { useServices } from '../../app/ServicesProvider';
import { useT } from '../i18n/I18nProvider';
import type { IdentifyNominalDialogProps } from './IdentifyNominalDialog';
import type { ReferralDialogProps } from './ReferralDialog';
import type { ScreeningDialogProps } from './ScreeningDialog';
import { preloadable } from '../surfaces/preloadable';
import { viewAreas } from '../surfaces/viewAreas';

// The dialogs load when first wanted (their code starts on the button's hover or focus), not with the register.
const IdentifyNominalDialog = preloadable<IdentifyNominalDialogProps>(
  async () => ({
    default: (await import('./IdentifyNominalDialog')).IdentifyNominalDialog,
  }),
  viewAreas.caseDialogs,
);
const ReferralDialog = preloadable<ReferralDialogProps>(
  async () => ({
    default: (await import('./ReferralDialog')).ReferralDialog,
  }),
  viewAreas.caseDialogs,
);
const ScreeningDialog = preloadable<ScreeningDialogProps>(
  async () => ({
    default: (await import('./ScreeningDialog')).ScreeningDialog,
  }),
  viewAreas.caseDialogs,
);

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

type Open = 'identify' | 'refer' | 'screen' | undefined;

/**
 * Where a case's life starts, on the register: identify a new nominal (coordinators), refer one for
 * Level 2 or 3 or screen one (any agency). The referrals awaiting a decision are the register's
 * own queue. `onChanged` reloads the register once something is recorded.
 */
export function CaseLifecycleActions(props: { onChanged?: () => void }) {
  const styles = useStyles();
  const t = useT();
  const services = useServices();
  const coordinator = isAreaCoordinator(services);
  const [open, setOpen] = useState<Open>();
  const close = () => setOpen(undefined);
  const changed = () => props.onChanged?.();
  return (
    <>
      <div className={styles.bar} role="group" aria-label={t('cases.actions.group')}>
        {coordinator && (
          <Button
            appearance="primary"
            onClick={() => setOpen('identify')}
            onPointerEnter={IdentifyNominalDialog.warm}
            onFocus={IdentifyNominalDialog.warm}
          >
            {t('cases.actions.identify')}
          </Button>
        )}
        <Button onClick={() => setOpen('refer')} onPointerEnter={ReferralDialog.warm} onFocus={ReferralDialog.warm}>
          {t('cases.actions.refer')}
        </Button>
        <Button onClick={() => setOpen('screen')} onPointerEnter={ScreeningDialog.warm} onFocus={ScreeningDialog.warm}>
          {t('cases.actions.screen')}
        </Button>
      </div>
      <Suspense fallback={null}>
        {open === 'identify' && <IdentifyNominalDialog open onClose={close} onIdentified={changed} />}
        {open === 'refer' && <ReferralDialog open onClose={close} onSubmitted={changed} />}
        {open === 'screen' && <ScreeningDialog open onClose={close} onRecorded={changed} onNextStepDone={changed} />}
      </Suspense>
    </>
  );
}
