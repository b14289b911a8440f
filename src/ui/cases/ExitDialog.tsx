import { Checkbox, Field, Input, Text, Textarea } from '@fluentui/react-components';
import { useState } from 'react';

import { exitCase } from '../../app/cases/recordCaseLevel';
import { useServices } from '../../app/ServicesProvider';
import type { Case } from '../../core/cases/case.schema';
import { exitDueFor } from '../../core/cases/lifecycle/exitDate';
import { localDate } from '../../core/shared/dates';
import { userMessage } from '../../core/shared/errors';
import { CaseStepDialog, formatDate } from './parts';

export type ExitDialogProps = {
  open: boolean;
  onClose: () => void;
  case: Case;
  onExited?: (c: Case) => void;
};

/** Exit from MAPPA from the register: the rationale, the date the law fixes (if any), and confirmation. */
export function ExitDialog(props: ExitDialogProps) {
  const services = useServices();
  const c = props.case;
  const [rationale, setRationale] = useState('');
  const [lastHeld, setLastHeld] = useState(localDate(services.clock.now(), services.settings.timeZone));
  const [confirmed, setConfirmed] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const due = exitDueFor(c);

  const act = async () => {
    setBusy(true);
    try {
      const r = await exitCase(services, c.id, { rationale, confirmed, lastHeld });
      if (!r.ok) return setProblems(r.error);
      setProblems([]);
      setDone(true);
      props.onExited?.(r.value);
    } catch (e) {
      setProblems([userMessage(e)]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <CaseStepDialog
      open={props.open}
      title={`Exit ${c.reference} from MAPPA`}
      onClose={props.onClose}
      problems={problems}
      busy={busy}
      actionLabel="Exit from MAPPA"
      actionDisabled={!confirmed}
      onAction={() => void act()}
      done={
        done && (
          <Text role="status">
            {c.reference} has exited MAPPA. The series has ended; the case and its history are kept.
          </Text>
        )
      }
    >
      <Text>
        {due.kind === 'date'
          ? `The law fixes the exit on ${formatDate(due.date)} (${due.basis}).`
          : due.kind === 'indefinite'
            ? `Notification is indefinite; a review is possible from ${formatDate(due.reviewFrom)}.`
            : due.basis}
      </Text>
      <Field label="Last meeting held">
        <Input type="date" value={lastHeld} onChange={(_, d) => setLastHeld(d.value)} />
      </Field>
      <Field label="Rationale for the exit" required>
        <Textarea value={rationale} onChange={(_, d) => setRationale(d.value)} />
      </Field>
      <Checkbox
        checked={confirmed}
        onChange={(_, d) => setConfirmed(Boolean(d.checked))}
        label="I confirm: the panel series ends and the case leaves the active register"
      />
    </CaseStepDialog>
  );
}

export default ExitDialog;
