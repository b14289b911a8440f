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
import { actionStatuses, type Action, type ActionStatus } from '../../core/actions/action.schema';
import { latestUpdate } from '../../core/actions/applyUpdate';
import { needsNote, type DueState } from '../../core/actions/dueState';
import type { MyActionView } from '../../core/actions/myActions';
import { useT } from '../i18n/I18nProvider';
import { DueBadge, sayDay, sayInstant, StatusBadge } from './parts';

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
  const t = useT();
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
        setSaved(
          mode.status === 'done' && action.status !== 'done'
            ? t('actions.item.markedDone')
            : t('actions.item.updateSaved'),
        );
        returnFocus.current = true;
      } else if (result.status === 'conflict') {
        if (result.current) onSaved(result.current.doc);
        setProblem({ intent: 'warning', message: t('actions.item.notSaved', { reason: t(result.message) }) });
      } else {
        setProblem({ intent: 'error', message: t('actions.item.notSaved', { reason: t(result.message) }) });
      }
    } catch {
      setProblem({
        intent: 'error',
        message: t('actions.item.offline'),
      });
    } finally {
      setSaving(false);
    }
  };

  const editing = mode.kind === 'edit' ? mode : undefined;
  const noteRequired = editing ? needsNote(editing.status) : false;
  const noteLabel =
    editing?.status === 'done'
      ? t('actions.item.noteDone')
      : noteRequired
        ? t('actions.item.noteWhyNot')
        : t('actions.item.noteUpdate');

  return (
    <article aria-labelledby={titleId} className={mergeClasses(styles.item, due === 'overdue' && styles.overdue)}>
      <Text id={titleId} weight="semibold" className={styles.text}>
        {action.text}
      </Text>
      <div className={styles.meta}>
        <StatusBadge status={action.status} />
        <DueBadge state={due} />
        <Text size={200}>{t('actions.item.due', { date: sayDay(t, action.dueDate) })}</Text>
        <Text size={200} className={styles.muted}>
          {t(`actions.pillar.${action.pillar}`)}
        </Text>
      </div>
      {last && (
        <Text size={200} className={mergeClasses(styles.muted, styles.text)}>
          {last.text
            ? t('actions.item.latestUpdate', {
                at: sayInstant(t, last.at, services.settings.timeZone),
                name: last.by.name,
                text: last.text,
              })
            : t('actions.item.latestStatus', {
                at: sayInstant(t, last.at, services.settings.timeZone),
                name: last.by.name,
                status: t(`actions.status.${last.status ?? action.status}`).toLowerCase(),
              })}
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
            {t('actions.item.postUpdate')}
          </Button>
          {action.status !== 'done' && (
            <Button size="small" appearance="primary" onClick={() => open('done')}>
              {t('actions.item.markDone')}
            </Button>
          )}
        </div>
      )}
      {editing && (
        <form
          noValidate
          className={styles.form}
          onSubmit={save}
          aria-label={t('actions.item.formLabel', { text: action.text })}
        >
          <Field label={t('actions.item.status')}>
            <Select
              value={editing.status}
              onChange={(_, d) => setMode({ kind: 'edit', status: d.value as ActionStatus })}
            >
              {(Object.keys(actionStatuses) as ActionStatus[]).map((value) => (
                <option key={value} value={value}>
                  {t(`actions.status.${value}`)}
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
              {saving ? t('actions.item.saving') : t('actions.item.save')}
            </Button>
            <Button size="small" onClick={close} disabled={saving}>
              {t('actions.item.cancel')}
            </Button>
          </div>
        </form>
      )}
    </article>
  );
}
