import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';

import type { MinutesSession } from '../../app/minutes/minutesSession';
import { saveStatusText, type AutosaveState } from '../../app/autosave/autosaveState';
import type { Minutes } from '../../core/minutes/minutes.schema';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  value: { fontFamily: tokens.fontFamilyBase, whiteSpace: 'pre-wrap', wordBreak: 'break-word' },
});

const show = (v: unknown): string =>
  v === undefined ? '(removed)' : typeof v === 'string' ? v || '(empty)' : JSON.stringify(v);

/** Where the person's work is: saved, kept on this device, or waiting for them to choose between two edits. */
export function SaveStatus({ state, session }: { state: AutosaveState<Minutes>; session: MinutesSession }) {
  const s = useStyles();
  return (
    <div aria-live="polite">
      {state.status === 'failed' || state.status === 'conflict' ? (
        <MessageBar intent="warning">
          <MessageBarBody>
            {state.status === 'failed' ? (state.message ?? saveStatusText.failed) : saveStatusText.conflict}
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
      {state.conflicts.map((c) => (
        <section key={c.path} aria-label={`Conflict in ${c.path}`}>
          <Text weight="semibold">Two people changed {c.path}</Text>
          <p className={s.value}>Yours: {show(c.mine)}</p>
          <p className={s.value}>Theirs: {show(c.theirs)}</p>
          <div className={s.row}>
            <Button size="small" onClick={() => session.autosave.resolve(c, 'mine')}>
              Keep mine
            </Button>
            <Button size="small" onClick={() => session.autosave.resolve(c, 'theirs')}>
              Keep theirs
            </Button>
          </div>
        </section>
      ))}
    </div>
  );
}
