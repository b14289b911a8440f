import { Button, Field, MessageBar, MessageBarBody, Text, Textarea } from '@fluentui/react-components';
import { memo, useEffect, useRef, useState, type FormEvent } from 'react';

import { findNextMeeting, sendWrittenUpdate } from '../../app/actions/actionOperations';
import { useServices } from '../../app/ServicesProvider';
import type { Meeting } from '../../core/panels/series.schema';
import { agencyMessage } from '../../core/people/agency';
import { useT } from '../i18n/I18nProvider';
import { ListButton, sayInstant, useListClasses } from './parts';

type State =
  | { kind: 'closed' }
  | { kind: 'finding' }
  | { kind: 'noMeeting' }
  | { kind: 'writing'; meeting: Meeting }
  | { kind: 'sent'; meeting: Meeting };

/**
 * An agency's written update for the panel's next meeting, for an attendee who cannot attend. The
 * chair sees it in the agency information section, marked as a written update. Until the person asks
 * for it, it is one button: the form (and the look-up of the next meeting) comes when it is pressed,
 * focus moves into the text box, and Cancel or Escape puts focus back on the button.
 */
export const WrittenUpdateForm = memo(function WrittenUpdateForm({
  caseId,
  caseReference,
}: {
  caseId: string;
  caseReference: string;
}) {
  const styles = useListClasses();
  const t = useT();
  const services = useServices();
  const [state, setState] = useState<State>({ kind: 'closed' });
  const [text, setText] = useState('');
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<string>();
  const startRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  useEffect(() => {
    if (state.kind === 'closed' && returnFocus.current) {
      returnFocus.current = false;
      startRef.current?.focus();
    }
  }, [state.kind]);

  const cancel = () => {
    returnFocus.current = true;
    setState({ kind: 'closed' });
  };

  const start = async () => {
    setState({ kind: 'finding' });
    setProblem(undefined);
    try {
      const meeting = await findNextMeeting(services, caseId);
      setState(meeting ? { kind: 'writing', meeting } : { kind: 'noMeeting' });
    } catch {
      setState({ kind: 'closed' });
      setProblem(t('actions.written.findFailed'));
    }
  };

  const send = async (e: FormEvent) => {
    e.preventDefault();
    if (state.kind !== 'writing' || sending) return;
    setSending(true);
    setProblem(undefined);
    try {
      const result = await sendWrittenUpdate(services, state.meeting, text);
      if (result.ok) {
        setText('');
        setState({ kind: 'sent', meeting: state.meeting });
      } else {
        setProblem(t('actions.written.notSent', { reason: t(result.error) }));
      }
    } catch {
      setProblem(t('actions.written.saveFailed'));
    } finally {
      setSending(false);
    }
  };

  const when = (m: Meeting) => sayInstant(t, m.start, services.settings.timeZone);

  return (
    <div>
      {(state.kind === 'closed' || state.kind === 'finding') && (
        <ListButton ref={startRef} appearance="subtle" disabled={state.kind === 'finding'} onClick={() => void start()}>
          {t('actions.written.start')}
        </ListButton>
      )}
      {state.kind === 'noMeeting' && <Text role="status">{t('actions.written.noMeeting')}</Text>}
      {state.kind === 'sent' && <Text role="status">{t('actions.written.sent', { when: when(state.meeting) })}</Text>}
      {state.kind === 'writing' && (
        <form
          noValidate
          className={styles.form}
          onSubmit={send}
          aria-label={t('actions.written.formLabel', { reference: caseReference })}
        >
          <Field
            label={t('actions.written.label', {
              agency: t(agencyMessage(services.me.agency)),
              when: when(state.meeting),
            })}
            hint={t('actions.written.hint')}
            required
          >
            <Textarea
              value={text}
              maxLength={8000}
              resize="vertical"
              onChange={(_, d) => setText(d.value)}
              onKeyDown={(e) => {
                if (e.key === 'Escape' && !sending) cancel();
              }}
              autoFocus
            />
          </Field>
          <div className={styles.buttons}>
            <Button type="submit" appearance="primary" size="small" disabled={sending}>
              {sending ? t('actions.written.sending') : t('actions.written.send')}
            </Button>
            <Button size="small" disabled={sending} onClick={cancel}>
              {t('actions.written.cancel')}
            </Button>
          </div>
        </form>
      )}
      {problem && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
});
