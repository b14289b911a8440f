import { Checkbox, Field, Input, Text, Textarea } from '@fluentui/react-components';
import { useState } from 'react';

import { exitCase } from '../../app/cases/recordCaseLevel';
import { useServices } from '../../app/ServicesProvider';
import type { Case } from '../../core/cases/case.schema';
import { exitDueFor } from '../../core/cases/lifecycle/exitDate';
import { localDate } from '../../core/shared/dates';
import { useT } from '../i18n/I18nProvider';
import { CaseStepDialog, sayDate, useCaseStep } from './parts';

export type ExitDialogProps = {
  open: boolean;
  onClose: () => void;
  case: Case;
  onExited?: (c: Case) => void;
};

/** Exit from MAPPA from the register: the rationale, the date the law fixes (if any), and confirmation. */
export function ExitDialog(props: ExitDialogProps) {
  const t = useT();
  const services = useServices();
  const c = props.case;
  const [rationale, setRationale] = useState('');
  const [lastHeld, setLastHeld] = useState(localDate(services.clock.now(), services.settings.timeZone));
  const [confirmed, setConfirmed] = useState(false);
  const { problems, busy, run } = useCaseStep();
  const [done, setDone] = useState(false);
  const due = exitDueFor(c);

  const act = () =>
    run(async () => {
      const r = await exitCase(services, c.id, { rationale, confirmed, lastHeld });
      if (!r.ok) return r.error;
      setDone(true);
      props.onExited?.(r.value);
      return [];
    });

  return (
    <CaseStepDialog
      open={props.open}
      title={t('cases.exit.title', { reference: c.reference })}
      onClose={props.onClose}
      problems={problems}
      busy={busy}
      actionLabel={t('cases.exit.action')}
      actionDisabled={!confirmed}
      onAction={() => void act()}
      done={done && <Text role="status">{t('cases.exit.done', { reference: c.reference })}</Text>}
    >
      <Text>
        {due.kind === 'date'
          ? t('cases.exit.fixed', { date: sayDate(t, due.date), basis: due.basis })
          : due.kind === 'indefinite'
            ? t('cases.exit.indefinite', { date: sayDate(t, due.reviewFrom) })
            : t(due.basis)}
      </Text>
      <Field label={t('cases.exit.lastHeld')}>
        <Input type="date" value={lastHeld} onChange={(_, d) => setLastHeld(d.value)} />
      </Field>
      <Field label={t('cases.exit.rationale')} required>
        <Textarea value={rationale} onChange={(_, d) => setRationale(d.value)} />
      </Field>
      <Checkbox
        checked={confirmed}
        onChange={(_, d) => setConfirmed(Boolean(d.checked))}
        label={t('cases.exit.confirm')}
      />
    </CaseStepDialog>
  );
}

export default ExitDialog;
