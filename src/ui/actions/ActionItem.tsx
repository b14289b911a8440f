import {
  Button,
  Field,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';

import { postActionChange } from '../../app/actions/actionOperations';
import { useServices } from '../../app/ServicesProvider';
import { actionStatuses, pillars, type Action, type ActionStatus } from '../../core/actions/action.schema';
import { latestUpdate } from '../../core/actions/applyUpdate';
import { needsNote, type DueState } from '../../core/actions/dueState';
import type { MyActionView } from '../../core/actions/myActions';
import { DueBadge, formatDay, formatInstant, StatusBadge } from './parts';

const useStyles = makeStyles({
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS + ' ' + tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  overdue: { borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorPaletteRedBorder2}` },
  meta: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  muted: { color: tokens.colorNeutralForeground3 },
  text: { overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

type Mode = { kind: 'closed' } | { kind: 'edit'; status: ActionStatus };

/**
 * One action the owner can update: post an update, change the status, or mark it done with a note.
 * "Mark done" then "Save" is two clicks; everything is a native control, so it works by keyboard.
 * A save that fails leaves the editor open with the typed text and says it is not saved.
 */
export function ActionItem({
  action,
  due,
  onSaved,
}: {
  action: MyActionView;
  due: DueState;
  onSaved: (action: Action) => void;
}) {
  const styles = useStyles();
  const services = useServices();
  const titleId = useId();
  const [mode, setMode] = useState<Mode>({ kind: 'closed' });
  const [text, setText] = useState('');
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<{ intent: 'error' | 'warning'; message: string }>();
  const [saved, setSaved] = useState<string>();
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const last = latestUpdate(action);

  // Focus follows the editor: into the note when it opens, back to "Post update" when it closes.
  const returnFocus = useRef(false);
  useEffect(() => {
    if (mode.kind === 'edit') noteRef.current?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      openerRef.current?.focus();
    }
  }, [mode.kind]);

  const open = (status: ActionStatus) => {
    setMode({ kind: 'edit', status });
    setProblem(undefined);
    setSaved(undefined);
  };
  const close = () => {
    setMode({ kind: 'closed' });
    setProblem(undefined);
    returnFocus.current = true;
  };

  const save = async (e?: Pick<FormEvent, 'preventDefault'>) => {
    e?.preventDefault();
    if (mode.kind !== 'edit' || saving) return;
    setSaving(true);
    setProblem(undefined);
    try {
      const result = await postActionChange(services, action, { text, status: mode.status });
      if (result.status === 'applied') {
        onSaved(result.stored.doc);
        setText('');
        setMode({ kind: 'closed' });
        setSaved(mode.status === 'done' && action.status !== 'done' ? 'Marked done.' : 'Update saved.');
        returnFocus.current = true;
      } else if (result.status === 'conflict') {
        if (result.current) onSaved(result.current.doc);
        setProblem({ intent: 'warning', message: `Not saved. ${result.message}` });
      } else {
        setProblem({ intent: 'error', message: `Not saved. ${result.message}` });
      }
    } catch {
      setProblem({
        intent: 'error',
        message:
          'Not saved: the update could not reach the store. Your text is kept here; try again when you are back online.',
      });
    } finally {
      setSaving(false);
    }
  };

  const editing = mode.kind === 'edit' ? mode : undefined;
  const noteRequired = editing ? needsNote(editing.status) : false;
  const noteLabel =
    editing?.status === 'done' ? 'Note (what was done)' : noteRequired ? 'Why it was not done' : 'Update';

  return (
    <article aria-labelledby={titleId} className={mergeClasses(styles.item, due === 'overdue' && styles.overdue)}>
      <Text id={titleId} weight="semibold" className={styles.text}>
        {action.text}
      </Text>
      <div className={styles.meta}>
        <StatusBadge status={action.status} />
        <DueBadge state={due} />
        <Text size={200}>Due {formatDay(action.dueDate)}</Text>
        <Text size={200} className={styles.muted}>
          {pillars[action.pillar]}
        </Text>
      </div>
      {last && (
        <Text size={200} className={mergeClasses(styles.muted, styles.text)}>
          Latest update, {formatInstant(last.at, services.settings.timeZone)} by {last.by.name}:{' '}
          {last.text || `status set to ${actionStatuses[last.status ?? action.status].toLowerCase()}`}
        </Text>
      )}
      {saved && (
        <Text size={200} role="status">
          {saved}
        </Text>
      )}
      {!editing && (
        <div className={styles.buttons}>
          <Button ref={openerRef} size="small" onClick={() => open(action.status)}>
            Post update
          </Button>
          {action.status !== 'done' && (
            <Button size="small" appearance="primary" onClick={() => open('done')}>
              Mark done
            </Button>
          )}
        </div>
      )}
      {editing && (
        <form noValidate className={styles.form} onSubmit={save} aria-label={`Update action: ${action.text}`}>
          <Field label="Status">
            <Select
              value={editing.status}
              onChange={(_, d) => setMode({ kind: 'edit', status: d.value as ActionStatus })}
            >
              {Object.entries(actionStatuses).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={noteLabel} required={noteRequired}>
            <Textarea
              ref={noteRef}
              value={text}
              maxLength={2000}
              resize="vertical"
              onChange={(_, d) => setText(d.value)}
              onKeyDown={(e) => {
                if (e.key === 'Escape') close();
                // Ctrl+Enter saves from the text box, as in Teams.
                if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void save(e);
              }}
            />
          </Field>
          {problem && (
            <MessageBar intent={problem.intent} role="alert">
              <MessageBarBody>{problem.message}</MessageBarBody>
            </MessageBar>
          )}
          <div className={styles.buttons}>
            <Button type="submit" appearance="primary" size="small" disabled={saving}>
              {saving ? 'Saving…' : 'Save'}
            </Button>
            <Button size="small" onClick={close} disabled={saving}>
              Cancel
            </Button>
          </div>
        </form>
      )}
    </article>
  );
}
