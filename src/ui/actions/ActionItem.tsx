import { Button, Field, mergeClasses, MessageBar, MessageBarBody, Select, Textarea } from '@fluentui/react-components';
import { memo, useEffect, useId, useRef, useState, type FormEvent } from 'react';

import { postActionChange } from '../../app/actions/actionOperations';
import { useServices } from '../../app/ServicesProvider';
import type { Action, ActionStatus } from '../../core/actions/action.schema';
import { latestUpdate } from '../../core/actions/applyUpdate';
import { needsNote, type DueState } from '../../core/actions/dueState';
import type { MyActionView } from '../../core/actions/myActions';
import { useT } from '../i18n/I18nProvider';
import { ListButton, sayDay, sayInstant, useListClasses } from './parts';
import { DueBadge, StatusBadge, StatusOptions } from './statusBadges';

/**
 * One action the owner can update: post an update, change the status, or mark it done with a note.
 * "Mark done" then "Save" is two clicks; everything is a native control, so it works by keyboard.
 * A save that fails leaves the editor open with the typed text and says it is not saved. Plain
 * markup with the list's classes (`ListStyles`); the editor, one card at a time, keeps Fluent's form
 * controls. Memoised: saving one action re-renders that card, not the list.
 */
export const ActionItem = memo(function ActionItem({
  action,
  due,
  onSaved,
}: {
  action: MyActionView;
  due: DueState;
  onSaved: (action: Action) => void;
}) {
  const styles = useListClasses();
  const t = useT();
  const { settings } = useServices();
  const titleId = useId();
  // The status the editor opened with, while it is open.
  const [editing, setEditing] = useState<ActionStatus>();
  const [saved, setSaved] = useState<string>();
  const openerRef = useRef<HTMLButtonElement>(null);
  const last = latestUpdate(action);

  // Focus returns to "Post update" when the editor closes (the editor takes it when it opens).
  const returnFocus = useRef(false);
  useEffect(() => {
    if (editing === undefined && returnFocus.current) {
      returnFocus.current = false;
      openerRef.current?.focus();
    }
  }, [editing]);

  const open = (status: ActionStatus) => {
    setEditing(status);
    setSaved(undefined);
  };
  const close = (message?: string) => {
    setEditing(undefined);
    setSaved(message);
    returnFocus.current = true;
  };

  return (
    <article aria-labelledby={titleId} className={mergeClasses(styles.card, due === 'overdue' && styles.overdue)}>
      <p id={titleId} className={styles.title}>
        {action.text}
      </p>
      <div className={styles.meta}>
        <StatusBadge status={action.status} />
        <DueBadge state={due} />
        <span className={styles.small}>{t('actions.item.due', { date: sayDay(t, action.dueDate) })}</span>
        <span className={mergeClasses(styles.small, styles.muted)}>{t(`actions.pillar.${action.pillar}`)}</span>
      </div>
      {last && (
        <p className={mergeClasses(styles.small, styles.muted, styles.text)}>
          {last.text
            ? t('actions.item.latestUpdate', {
                at: sayInstant(t, last.at, settings.timeZone),
                name: last.by.name,
                text: last.text,
              })
            : t('actions.item.latestStatus', {
                at: sayInstant(t, last.at, settings.timeZone),
                name: last.by.name,
                status: t(`actions.status.${last.status ?? action.status}`).toLowerCase(),
              })}
        </p>
      )}
      {saved && (
        <p className={styles.small} role="status">
          {saved}
        </p>
      )}
      {editing === undefined ? (
        <div className={styles.buttons}>
          <ListButton ref={openerRef} onClick={() => open(action.status)}>
            {t('actions.item.postUpdate')}
          </ListButton>
          {action.status !== 'done' && (
            <ListButton appearance="primary" onClick={() => open('done')}>
              {t('actions.item.markDone')}
            </ListButton>
          )}
        </div>
      ) : (
        <ActionEditor action={action} initialStatus={editing} onSaved={onSaved} onClose={close} />
      )}
    </article>
  );
});

/** The open editor of one action: status, note, save or cancel. Its text stays while a save fails. */
function ActionEditor({
  action,
  initialStatus,
  onSaved,
  onClose,
}: {
  action: MyActionView;
  initialStatus: ActionStatus;
  onSaved: (action: Action) => void;
  /** Closes the editor, with what to say on the card (a save) or nothing (cancelled). */
  onClose: (message?: string) => void;
}) {
  const styles = useListClasses();
  const t = useT();
  const services = useServices();
  const [status, setStatus] = useState(initialStatus);
  const [text, setText] = useState('');
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<{ intent: 'error' | 'warning'; message: string }>();
  const noteRef = useRef<HTMLTextAreaElement>(null);

  // Focus moves into the note as the editor opens.
  useEffect(() => noteRef.current?.focus(), []);

  const save = async (e?: Pick<FormEvent, 'preventDefault'>) => {
    e?.preventDefault();
    if (saving) return;
    setSaving(true);
    setProblem(undefined);
    try {
      const result = await postActionChange(services, action, { text, status });
      if (result.status === 'applied') {
        onSaved(result.stored.doc);
        onClose(
          status === 'done' && action.status !== 'done' ? t('actions.item.markedDone') : t('actions.item.updateSaved'),
        );
        return;
      }
      if (result.status === 'conflict') {
        if (result.current) onSaved(result.current.doc);
        setProblem({ intent: 'warning', message: t('actions.item.notSaved', { reason: t(result.message) }) });
      } else {
        setProblem({ intent: 'error', message: t('actions.item.notSaved', { reason: t(result.message) }) });
      }
    } catch {
      setProblem({ intent: 'error', message: t('actions.item.offline') });
    }
    setSaving(false);
  };

  const noteRequired = needsNote(status);
  const noteLabel =
    status === 'done'
      ? t('actions.item.noteDone')
      : noteRequired
        ? t('actions.item.noteWhyNot')
        : t('actions.item.noteUpdate');

  return (
    <form
      noValidate
      className={styles.form}
      onSubmit={save}
      aria-label={t('actions.item.formLabel', { text: action.text })}
    >
      <Field label={t('actions.item.status')}>
        <Select value={status} onChange={(_, d) => setStatus(d.value as ActionStatus)}>
          <StatusOptions />
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
            if (e.key === 'Escape') onClose();
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
        <Button size="small" onClick={() => onClose()} disabled={saving}>
          {t('actions.item.cancel')}
        </Button>
      </div>
    </form>
  );
}
