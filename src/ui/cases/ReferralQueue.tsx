import { Button, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { Suspense, useState } from 'react';

import { useReferralsAwaiting } from '../../app/cases/useReferrals';
import { clockLabel } from '../../core/cases/lifecycle/referralQueue';
import { agencyMessage } from '../../core/people/agency';
import { sayDay, useListClasses } from '../actions/parts';
import { useT } from '../i18n/I18nProvider';
import type { ReferralDecisionDialogProps } from './ReferralDecisionDialog';
import { preloadable } from '../surfaces/preloadable';
import { viewAreas } from '../surfaces/viewAreas';

/** The decision dialog loads when first wanted (its code starts on the button's hover or focus), not with the register. */
const ReferralDecisionDialog = preloadable<ReferralDecisionDialogProps>(
  async () => ({
    default: (await import('./ReferralDecisionDialog')).ReferralDecisionDialog,
  }),
  viewAreas.caseDialogs,
);

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingLeft: 0,
    listStyleType: 'none',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  item: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

/**
 * Referrals awaiting the coordinator's decision, each with its clock and a way to decide it. Drawn
 * within the register's `ListStyles`.
 */
export function ReferralQueue(props: { onDecided?: () => void }) {
  const styles = useStyles();
  const badge = useListClasses();
  const t = useT();
  const [loaded, reload] = useReferralsAwaiting();
  const [openId, setOpenId] = useState<string>();
  if (loaded.state !== 'ready') {
    return loaded.state === 'error' ? <Text role="alert">{t('cases.queue.loadFailed')}</Text> : null;
  }
  const { clocks, byId } = loaded.value;
  const open = openId ? byId.get(openId) : undefined;
  const openClock = clocks.find((c) => c.id === openId);
  return (
    <section aria-labelledby="referrals-heading">
      <Text as="h2" size={400} weight="semibold" id="referrals-heading">
        {t('cases.queue.heading', { count: clocks.length })}
      </Text>
      {clocks.length > 0 && (
        <ul className={styles.list}>
          {clocks.map((c) => (
            <li key={c.id} className={styles.item}>
              <Text>
                {t('cases.queue.item', {
                  level: c.level,
                  agency: t(agencyMessage(c.referrerAgency)),
                  received: sayDay(t, c.receivedOn),
                })}
              </Text>
              <span
                className={mergeClasses(badge.badge, badge.circular, c.overdue ? badge.dangerTint : badge.informative)}
              >
                {t(clockLabel(c))}
              </span>
              <Button
                size="small"
                onClick={() => setOpenId(c.id)}
                onPointerEnter={ReferralDecisionDialog.warm}
                onFocus={ReferralDecisionDialog.warm}
              >
                {t('cases.queue.decide')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <Suspense fallback={null}>
        {open && openClock && (
          <ReferralDecisionDialog
            open
            referral={open}
            clock={openClock}
            onClose={() => {
              setOpenId(undefined);
              void reload();
            }}
            onDecided={() => props.onDecided?.()}
          />
        )}
      </Suspense>
    </section>
  );
}
