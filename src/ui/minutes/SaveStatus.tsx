import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';

import { useServices } from '../../app/ServicesProvider';
import type { MinutesSession } from '../../app/minutes/minutesSession';
import { saveStatusText, type AutosaveState } from '../../app/autosave/autosaveState';
import type { Minutes } from '../../core/minutes/minutes.schema';
import { fieldName, fieldPathIn } from '../../core/minutes/fieldNames';
import { useT } from '../i18n/I18nProvider';
import { say } from './labels';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  value: { fontFamily: tokens.fontFamilyBase, whiteSpace: 'pre-wrap', wordBreak: 'break-word', margin: 0 },
  // Both versions side by side where there is room, one above the other in the narrow side panel.
  sides: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(200px, 1fr))',
    gap: tokens.spacingHorizontalM,
  },
  side: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
  },
});

const show = (v: unknown, t: ReturnType<typeof useT>): string =>
  v === undefined
    ? t('minutes.saveStatus.removedValue')
    : typeof v === 'string'
      ? v || t('minutes.saveStatus.emptyValue')
      : JSON.stringify(v, null, 1);

/**
 * Where the person's work is: saved, kept on this device, waiting for them to choose between two
 * edits, or refused because the minutes were signed meanwhile.
 */
export function SaveStatus({
  state,
  session,
  onOfferCorrection,
}: {
  state: AutosaveState<Minutes>;
  session: MinutesSession;
  /** Where corrections are made (the meeting tab): takes the refused edit into a correction. */
  onOfferCorrection?: (correction: Minutes) => void;
}) {
  const s = useStyles();
  const t = useT();
  const { timeZone } = useServices().settings;
  const signed = state.status === 'signed' ? state.doc?.versions.at(-1) : undefined;
  return (
    <div aria-live="polite">
      {session.autosave.unreadableDraft && (
        <MessageBar intent="warning">
          <MessageBarBody>{t('minutes.saveStatus.unreadableDraft')}</MessageBarBody>
        </MessageBar>
      )}
      {state.orphans.map((o) => (
        <MessageBar key={o.key} intent="warning">
          <MessageBarBody>
            {t('minutes.saveStatus.orphan', {
              at: t.date(o.at, { dateStyle: 'medium', timeStyle: 'short', timeZone }),
            })}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" appearance="primary" onClick={() => void session.autosave.adoptOrphan(o.key)}>
              {t('minutes.saveStatus.bringIn')}
            </Button>
            <Button size="small" onClick={() => void session.autosave.discardOrphan(o.key)}>
              {t('minutes.saveStatus.discardOrphan')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ))}
      {state.status === 'failed' || state.status === 'conflict' || state.status === 'signed' ? (
        <MessageBar intent="warning">
          <MessageBarBody>
            {say(
              t,
              state.status === 'failed' ? (state.message ?? saveStatusText.failed) : saveStatusText[state.status],
            )}
            {signed
              ? ` ${t('minutes.saveStatus.signedBy', {
                  name: signed.signedBy.name,
                  at: t.date(signed.at, { dateStyle: 'medium', timeStyle: 'short', timeZone }),
                  number: signed.number,
                })}`
              : ''}
          </MessageBarBody>
        </MessageBar>
      ) : (
        <Text size={200} data-save-status={state.status}>
          {t(
            state.restored && state.status === 'unsaved'
              ? 'minutes.saveStatus.unsavedRestored'
              : saveStatusText[state.status].key,
          )}
        </Text>
      )}
      {state.status === 'failed' && (
        <Button size="small" onClick={() => void session.autosave.flush()}>
          {t('minutes.saveStatus.retry')}
        </Button>
      )}
      {state.status === 'signed' && (
        <div className={s.row}>
          {onOfferCorrection ? (
            <Button
              size="small"
              appearance="primary"
              onClick={() => {
                const correction = session.autosave.refusedAsCorrection();
                if (correction) onOfferCorrection(correction);
              }}
            >
              {t('minutes.saveStatus.offerCorrection')}
            </Button>
          ) : (
            <Text size={200}>{t('minutes.saveStatus.correctInTab')}</Text>
          )}
          <Button size="small" onClick={() => void session.autosave.dropRefused()}>
            {t('minutes.saveStatus.discardChange')}
          </Button>
        </div>
      )}
      {state.conflicts.map((c) => {
        const field = t(fieldName(fieldPathIn(state.doc, c.path)));
        return (
          <section key={c.id ?? c.path} aria-label={t('minutes.saveStatus.conflictIn', { field })}>
            <Text weight="semibold">{t('minutes.saveStatus.twoChanged', { field })}</Text>
            <div className={s.sides}>
              <div className={s.side}>
                <Text weight="semibold">
                  {c.by ? t('minutes.saveStatus.theirUnsaved', { name: c.by }) : t('minutes.saveStatus.yours')}
                </Text>
                <p className={s.value}>{show(c.mine, t)}</p>
              </div>
              <div className={s.side}>
                <Text weight="semibold">{t('minutes.saveStatus.theirsSaved')}</Text>
                <p className={s.value}>{show(c.theirs, t)}</p>
              </div>
            </div>
            <div className={s.row}>
              <Button size="small" onClick={() => session.autosave.resolve(c, 'mine')}>
                {c.by ? t('minutes.saveStatus.keepTheirs', { name: c.by }) : t('minutes.saveStatus.keepMine')}
              </Button>
              <Button size="small" onClick={() => session.autosave.resolve(c, 'theirs')}>
                {c.by ? t('minutes.saveStatus.keepSaved') : t('minutes.saveStatus.keepOther')}
              </Button>
            </div>
          </section>
        );
      })}
    </div>
  );
}
