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
import { formatInstant } from '../actions/parts';

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

const show = (v: unknown): string =>
  v === undefined ? '(removed)' : typeof v === 'string' ? v || '(empty)' : JSON.stringify(v, null, 1);

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
  const { timeZone } = useServices().settings;
  const signed = state.status === 'signed' ? state.doc?.versions.at(-1) : undefined;
  return (
    <div aria-live="polite">
      {session.autosave.unreadableDraft && (
        <MessageBar intent="warning">
          <MessageBarBody>
            Work kept on this device could not be read, so the saved minutes are shown. It has been set aside, not
            deleted; ask the MAPPA coordinator if something you typed is missing.
          </MessageBarBody>
        </MessageBar>
      )}
      {state.orphans.map((o) => (
        <MessageBar key={o.key} intent="warning">
          <MessageBarBody>
            Unsaved work from another tab, last changed {formatInstant(o.at, timeZone)}, was left on this device when
            that tab closed. Bring it in to merge it with these minutes (you choose where both changed the same part),
            or discard it.
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" appearance="primary" onClick={() => void session.autosave.adoptOrphan(o.key)}>
              Bring it in
            </Button>
            <Button size="small" onClick={() => void session.autosave.discardOrphan(o.key)}>
              Discard it
            </Button>
          </MessageBarActions>
        </MessageBar>
      ))}
      {state.status === 'failed' || state.status === 'conflict' || state.status === 'signed' ? (
        <MessageBar intent="warning">
          <MessageBarBody>
            {state.status === 'failed' ? (state.message ?? saveStatusText.failed) : saveStatusText[state.status]}
            {signed ? ` Signed by ${signed.signedBy.name} at ${signed.at}, version ${signed.number}.` : ''}
          </MessageBarBody>
        </MessageBar>
      ) : (
        <Text size={200} data-save-status={state.status}>
          {saveStatusText[state.status]}
          {state.restored && state.status === 'unsaved' ? ' (restored from this device)' : ''}
        </Text>
      )}
      {state.status === 'failed' && (
        <Button size="small" onClick={() => void session.autosave.flush()}>
          Try saving again
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
              Offer my change as a correction
            </Button>
          ) : (
            <Text size={200}>Open the minutes in the meeting tab to offer your change as a correction.</Text>
          )}
          <Button size="small" onClick={() => void session.autosave.dropRefused()}>
            Discard my change
          </Button>
        </div>
      )}
      {state.conflicts.map((c) => (
        <section key={c.id ?? c.path} aria-label={`Conflict in ${c.path}`}>
          <Text weight="semibold">
            Two people changed {c.path}. The saved version stands and the other is kept aside until someone chooses.
          </Text>
          <div className={s.sides}>
            <div className={s.side}>
              <Text weight="semibold">{c.by ? `${c.by}’s version (not saved)` : 'Your version'}</Text>
              <p className={s.value}>{show(c.mine)}</p>
            </div>
            <div className={s.side}>
              <Text weight="semibold">Their version (saved)</Text>
              <p className={s.value}>{show(c.theirs)}</p>
            </div>
          </div>
          <div className={s.row}>
            <Button size="small" onClick={() => session.autosave.resolve(c, 'mine')}>
              {c.by ? `Keep ${c.by}’s version` : 'Keep mine'}
            </Button>
            <Button size="small" onClick={() => session.autosave.resolve(c, 'theirs')}>
              {c.by ? 'Keep the saved version' : 'Keep theirs'}
            </Button>
          </div>
        </section>
      ))}
    </div>
  );
}
