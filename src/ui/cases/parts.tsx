import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  makeStyles,
  tokens,
  useModalAttributes,
} from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';

import { agencyMessage, agencies, type Agency, type Person } from '../../core/people/agency';
import { problemMessage } from '../../core/shared/errors';
import type { Message } from '../../i18n/message';
import type { Translator } from '../../i18n/translator';
import { useT } from '../i18n/I18nProvider';
import { useModalSupportHold } from './modalSupport';

export const useCaseFormStyles = makeStyles({
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, overflowWrap: 'anywhere' },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'end' },
  group: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    margin: 0,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  surface: { maxWidth: '48rem', width: '100%' },
});

/** What a lifecycle step returns: its problems, none when it is done. */
export type StepProblems = readonly Message[] | void;

/**
 * The one way a lifecycle dialog submits: busy while the step works, its problems those the step
 * returns (none once it is done), and a failure said in the reader's language. The form keeps what
 * was typed whatever happens, so nothing is lost.
 */
export function useCaseStep() {
  const [problems, setProblems] = useState<readonly Message[]>([]);
  const [busy, setBusy] = useState(false);
  const run = useCallback(async (step: () => Promise<StepProblems>) => {
    setBusy(true);
    try {
      setProblems((await step()) ?? []);
    } catch (e) {
      setProblems([problemMessage(e)]);
    } finally {
      setBusy(false);
    }
  }, []);
  return { problems, setProblems, busy, run };
}

/** Each problem once, as a step may find the same one twice. */
export const distinctProblems = (problems: readonly Message[]): Message[] =>
  problems.filter((p, i) => problems.findIndex((q) => JSON.stringify(q) === JSON.stringify(p)) === i);

/** Holds tabster's modal support while mounted: `ModalSupportScope` renders it once a dialog has shown. */
function ModalSupportHolder() {
  useModalAttributes();
  return null;
}

/** Longest a closing dialog waits for its exit motion before it says it has closed. */
const CLOSE_FALLBACK_MS = 1_000;

/**
 * A modal dialog for one lifecycle step: its problems listed, its action disabled while working.
 *
 * It closes itself first and tells its parent only once the exit motion is over, so the parent's
 * unmounting never removes a dialog that is still open: a Fluent Dialog unmounted while open leaves
 * tabster's `aria-hidden` on the rest of the page, hiding it from screen readers
 * (https://github.com/microsoft/fluentui/issues/35139). A parent that moves on to another step sets
 * `open` false itself and hears `onExited`.
 */
export function CaseStepDialog(props: {
  open: boolean;
  title: string;
  /** The person closed the dialog (Cancel, Close, Escape), and it has finished closing. */
  onClose: () => void;
  /** The parent closed the dialog (`open` false), and it has finished closing. */
  onExited?: () => void;
  children: ReactNode;
  problems: readonly Message[];
  busy: boolean;
  actionLabel: string;
  onAction: () => void;
  actionDisabled?: boolean;
  /** Shown instead of the form once the step is done. */
  done?: ReactNode;
}) {
  const styles = useCaseFormStyles();
  const t = useT();
  const [closing, setClosing] = useState(false);
  const closed = useRef(false);
  const wasShown = useRef(false);
  const { onClose, onExited } = props;
  const finish = useCallback(
    (byPerson: boolean) => {
      if (closed.current) return;
      closed.current = true;
      if (byPerson) onClose();
      else onExited?.();
    },
    [onClose, onExited],
  );
  const shown = props.open && !closing;
  useEffect(() => {
    if (shown) {
      wasShown.current = true;
      closed.current = false;
      return undefined;
    }
    if (!wasShown.current) return undefined;
    // Should the exit motion never report its end, the parent still hears of the close.
    const timer = setTimeout(() => finish(closing), CLOSE_FALLBACK_MS);
    return () => clearTimeout(timer);
  }, [shown, closing, finish]);
  const hold = useModalSupportHold();
  useEffect(() => hold(ModalSupportHolder), [hold]);
  const close = () => setClosing(true);
  return (
    <Dialog
      modalType="modal"
      open={shown}
      onOpenChange={(_, d) => !d.open && close()}
      surfaceMotion={{ onMotionFinish: (_, { direction }) => direction === 'exit' && finish(closing) }}
    >
      <DialogSurface className={styles.surface} aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>{props.title}</DialogTitle>
          <DialogContent className={styles.body}>
            {props.done ? props.done : props.children}
            {!props.done && props.problems.length > 0 && (
              <MessageBar intent="error" role="alert">
                <MessageBarBody>
                  <ul className={styles.list}>
                    {props.problems.map((p) => (
                      <li key={JSON.stringify(p)}>{t(p)}</li>
                    ))}
                  </ul>
                </MessageBarBody>
              </MessageBar>
            )}
            {props.busy && <Spinner size="tiny" label={t('cases.dialog.saving')} />}
          </DialogContent>
          <DialogActions>
            <Button onClick={close}>{props.done ? t('cases.dialog.close') : t('cases.dialog.cancel')}</Button>
            {!props.done && (
              <Button appearance="primary" disabled={props.busy || props.actionDisabled} onClick={props.onAction}>
                {props.actionLabel}
              </Button>
            )}
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

export type PersonDraft = { name: string; email: string; agency: Agency };
export const emptyPerson = (agency: Agency = 'probation'): PersonDraft => ({ name: '', email: '', agency });

/** A person typed in: id from the address, as local mode and Graph mode both name people by address. */
export const personFrom = (p: PersonDraft): Person | undefined =>
  p.name.trim() && /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(p.email.trim())
    ? { id: p.email.trim().toLowerCase(), name: p.name.trim(), email: p.email.trim().toLowerCase(), agency: p.agency }
    : undefined;

export function AgencySelect(props: { label: string; value: Agency; onChange: (a: Agency) => void }) {
  const t = useT();
  return (
    <Field label={props.label}>
      <Select value={props.value} onChange={(_, d) => props.onChange(d.value as Agency)}>
        {(Object.keys(agencies) as Agency[]).map((a) => (
          <option key={a} value={a}>
            {t(agencyMessage(a))}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/** Name, secure address and agency of someone named on a form (notifier, line manager). */
export function PersonFields(props: { legend: string; value: PersonDraft; onChange: (p: PersonDraft) => void }) {
  const styles = useCaseFormStyles();
  const t = useT();
  const { value, onChange } = props;
  return (
    <fieldset className={styles.group}>
      <legend>{props.legend}</legend>
      <div className={styles.row}>
        <Field label={t('cases.person.name')}>
          <Input value={value.name} onChange={(_, d) => onChange({ ...value, name: d.value })} />
        </Field>
        <Field label={t('cases.person.email')}>
          <Input type="email" value={value.email} onChange={(_, d) => onChange({ ...value, email: d.value })} />
        </Field>
        <AgencySelect
          label={t('cases.person.agency')}
          value={value.agency}
          onChange={(agency) => onChange({ ...value, agency })}
        />
      </div>
    </fieldset>
  );
}

type Held = readonly [string, (value: string) => void];

/**
 * Who the person is, as identification, a referral and a screening all ask it: name, date of birth,
 * agency reference; `extraFields` join the same row and `children` follow it (identification's PNC ID
 * and its child sex offender question).
 */
export function NominalIdentityFields(props: {
  name: Held;
  dateOfBirth: Held;
  agencyRef: Held;
  extraFields?: ReactNode;
  children?: ReactNode;
}) {
  const styles = useCaseFormStyles();
  const t = useT();
  const [name, setName] = props.name;
  const [dateOfBirth, setDateOfBirth] = props.dateOfBirth;
  const [agencyRef, setAgencyRef] = props.agencyRef;
  return (
    <fieldset className={styles.group}>
      <legend>{t('cases.nominal.legend')}</legend>
      <div className={styles.row}>
        <Field label={t('cases.nominal.name')} required>
          <Input value={name} onChange={(_, d) => setName(d.value)} />
        </Field>
        <Field label={t('cases.nominal.dateOfBirth')} required>
          <Input type="date" value={dateOfBirth} onChange={(_, d) => setDateOfBirth(d.value)} />
        </Field>
        <Field label={t('cases.nominal.agencyRef')}>
          <Input value={agencyRef} onChange={(_, d) => setAgencyRef(d.value)} />
        </Field>
        {props.extraFields}
      </div>
      {props.children}
    </fieldset>
  );
}

/** A calendar day (yyyy-mm-dd) in the reader's language, e.g. "1 Dec 2026" or "1 Rhag 2026". */
export const sayDate = (t: Translator, d: string) =>
  t.date(`${d}T00:00:00Z`, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
