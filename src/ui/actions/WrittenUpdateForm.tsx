import {
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Text,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';

import { findNextMeeting, sendWrittenUpdate } from '../../app/actions/actionOperations';
import { useServices } from '../../app/ServicesProvider';
import type { Meeting } from '../../core/panels/series.schema';
import { agencyLabel } from '../../core/people/agency';
import { formatInstant } from './parts';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

type State =
  | { kind: 'closed' }
  | { kind: 'finding' }
  | { kind: 'noMeeting' }
  | { kind: 'writing'; meeting: Meeting }
  | { kind: 'sent'; meeting: Meeting };

/**
 * An agency's written update for the panel's next meeting, for an attendee who cannot attend. The
 * chair sees it in the agency information section, marked as a written update.
 */
export function WrittenUpdateForm({ caseId, caseReference }: { caseId: string; caseReference: string }) {
  const styles = useStyles();
  const services = useServices();
  const [state, setState] = useState<State>({ kind: 'closed' });
  const [text, setText] = useState('');
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<string>();

  const start = async () => {
    setState({ kind: 'finding' });
    setProblem(undefined);
    try {
      const meeting = await findNextMeeting(services, caseId);
      setState(meeting ? { kind: 'writing', meeting } : { kind: 'noMeeting' });
    } catch {
      setState({ kind: 'closed' });
      setProblem('The next meeting could not be found. Check your connection and try again.');
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
        setProblem(`Not sent. ${result.error}`);
      }
    } catch {
      setProblem('Not sent: the written update could not be saved. Your text is kept here; try again.');
    } finally {
      setSending(false);
    }
  };

  const when = (m: Meeting) => formatInstant(m.start, services.settings.timeZone);

  return (
    <div>
      {(state.kind === 'closed' || state.kind === 'finding') && (
        <Button size="small" appearance="subtle" disabled={state.kind === 'finding'} onClick={() => void start()}>
          Send a written update for the next meeting
        </Button>
      )}
      {state.kind === 'noMeeting' && (
        <Text role="status">
          No meeting is scheduled for this panel yet, so there is nothing to send a written update to.
        </Text>
      )}
      {state.kind === 'sent' && (
        <Text role="status">Written update sent for the meeting on {when(state.meeting)}.</Text>
      )}
      {state.kind === 'writing' && (
        <form noValidate className={styles.form} onSubmit={send} aria-label={`Written update for ${caseReference}`}>
          <Field
            label={`${agencyLabel(services.me.agency)} written update for the meeting on ${when(state.meeting)}`}
            hint="Shown to the chair in the agency information section, marked as a written update."
            required
          >
            <Textarea value={text} maxLength={8000} resize="vertical" onChange={(_, d) => setText(d.value)} autoFocus />
          </Field>
          <div className={styles.buttons}>
            <Button type="submit" appearance="primary" size="small" disabled={sending}>
              {sending ? 'Sending…' : 'Send written update'}
            </Button>
            <Button size="small" disabled={sending} onClick={() => setState({ kind: 'closed' })}>
              Cancel
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
}
