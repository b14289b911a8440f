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
} from '@fluentui/react-components';
import type { ReactNode } from 'react';

import { agencies, type Agency, type Person } from '../../core/people/agency';
import type { Translator } from '../../i18n/translator';
import { useT } from '../i18n/I18nProvider';

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

/** A modal dialog for one lifecycle step: its problems listed, its action disabled while working. */
export function CaseStepDialog(props: {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
  problems: readonly string[];
  busy: boolean;
  actionLabel: string;
  onAction: () => void;
  actionDisabled?: boolean;
  /** Shown instead of the form once the step is done. */
  done?: ReactNode;
}) {
  const styles = useCaseFormStyles();
  const t = useT();
  return (
    <Dialog modalType="modal" open={props.open} onOpenChange={(_, d) => !d.open && props.onClose()}>
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
                      <li key={p}>{p}</li>
                    ))}
                  </ul>
                </MessageBarBody>
              </MessageBar>
            )}
            {props.busy && <Spinner size="tiny" label={t('cases.dialog.saving')} />}
          </DialogContent>
          <DialogActions>
            <Button onClick={props.onClose}>{props.done ? t('cases.dialog.close') : t('cases.dialog.cancel')}</Button>
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
  return (
    <Field label={props.label}>
      <Select value={props.value} onChange={(_, d) => props.onChange(d.value as Agency)}>
        {(Object.keys(agencies) as Agency[]).map((a) => (
          <option key={a} value={a}>
            {agencies[a]}
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

/** Who the person is, as a referral and a screening both ask it: name, date of birth, agency reference. */
export function NominalIdentityFields(props: { name: Held; dateOfBirth: Held; agencyRef: Held }) {
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
      </div>
    </fieldset>
  );
}

/** A calendar day (yyyy-mm-dd) in the reader's language, e.g. "1 Dec 2026" or "1 Rhag 2026". */
export const sayDate = (t: Translator, d: string) =>
  t.date(`${d}T00:00:00Z`, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

export const formatDate = (d: string) =>
  new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${d}T00:00:00Z`),
  );
