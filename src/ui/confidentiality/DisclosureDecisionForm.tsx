import {
  Button,
  Checkbox,
  Field,
  Input,
  makeStyles,
  shorthands,
  Radio,
  RadioGroup,
  Select,
  Text,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useRef, useState, type ReactNode } from 'react';

import { reportDisclosure } from '../../app/confidentiality/operations';
import { useServices } from '../../app/ServicesProvider';
import {
  disclosureMethods,
  disclosurePurposes,
  DisclosureDecisionSchema,
  emptyDisclosureDecision,
  alternativeResults,
  healthConsentLabels,
  lawfulBases,
  type AlternativeResult,
  representationExceptions,
  type DisclosureDecision,
} from '../../core/disclosure/disclosureDecision.schema';
import { ageOn, validateDisclosure, type DisclosureContext } from '../../core/disclosure/validateDisclosure';
import { agencies, agencyMessage, type Agency } from '../../core/people/agency';
import { useT } from '../i18n/I18nProvider';

const useStyles = makeStyles({
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    minWidth: '0',
    overflowWrap: 'anywhere',
  },
  group: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    ...shorthands.borderStyle('none'),
    padding: '0',
    margin: '0',
    minWidth: '0',
  },
  prompt: {
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorPaletteYellowBackground1,
    borderRadius: tokens.borderRadiusMedium,
  },
  missing: { color: tokens.colorPaletteRedForeground1 },
  list: { margin: '0', paddingLeft: tokens.spacingHorizontalL },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export type DisclosureDecisionFormProps = {
  value?: DisclosureDecision;
  /** A new decision's id, used when `value` is absent. */
  decisionId: string;
  context: DisclosureContext;
  caseId: string;
  caseReference: string;
  /** The area coordinator, told of every disclosure (D16). */
  coordinatorEmail?: string;
  /** Stores the decision (in the minutes' disclosure section); called only with a complete decision. */
  onSave: (decision: DisclosureDecision) => Promise<void> | void;
};

function Group({ title, children }: { title: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <fieldset className={styles.group}>
      <legend>
        <Text weight="semibold">{title}</Text>
      </legend>
      {children}
    </fieldset>
  );
}

/**
 * The disclosure decision, considered in every meeting. Saving is blocked, with the missing items
 * listed, until the decision is complete under the checklist and the domain's rules.
 */
export function DisclosureDecisionForm(props: DisclosureDecisionFormProps) {
  const { context } = props;
  const services = useServices();
  const t = useT();
  const styles = useStyles();
  const [d, setD] = useState<DisclosureDecision>(() => props.value ?? emptyDisclosureDecision(props.decisionId));
  const [status, setStatus] = useState<string>();
  const [saving, setSaving] = useState(false);
  // A second click before the first save finishes must not save or report twice.
  const inFlight = useRef(false);
  const set = (patch: Partial<DisclosureDecision>) => setD((old) => ({ ...old, ...patch }));
  const validation = validateDisclosure(d, context);
  const under18 = ageOn(context.nominal.dateOfBirth, context.meetingDate) < 18;
  const disclose = d.outcome === 'disclose';
  const presentOf = (agency: Agency) => context.attendeesPresent.filter((p) => p.agency === agency);

  const text = (label: string, value: string, onChange: (v: string) => void, required = true) => (
    <Field label={label} required={required}>
      <Textarea value={value} onChange={(_, e) => onChange(e.value)} resize="vertical" />
    </Field>
  );
  const line = (
    label: string,
    value: string,
    onChange: (v: string) => void,
    type: 'text' | 'tel' | 'email' | 'date' = 'text',
  ) => (
    <Field label={label}>
      <Input type={type} value={value} onChange={(_, e) => onChange(e.value)} />
    </Field>
  );

  const choice = <K extends string>(
    label: string,
    options: Readonly<Record<K, string>>,
    sayOption: (option: K) => string,
    value: K | undefined,
    onChange: (v: K | undefined) => void,
    required = true,
  ) => (
    <Field label={label} required={required}>
      <Select value={value ?? ''} onChange={(_, e) => onChange((e.value || undefined) as K | undefined)}>
        <option value="">{t('disclosure.form.choose')}</option>
        {(Object.keys(options) as K[]).map((k) => (
          <option key={k} value={k}>
            {sayOption(k)}
          </option>
        ))}
      </Select>
    </Field>
  );

  // D16: a disclosure cannot be recorded without someone to report it to.
  const missing = [
    ...validation.missing.map((m) => t(m.message)),
    ...(disclose && !props.coordinatorEmail?.trim() ? [t('disclosure.form.noCoordinator')] : []),
  ];
  const complete = missing.length === 0;

  const save = async () => {
    if (!complete || inFlight.current) return;
    inFlight.current = true;
    setSaving(true);
    setStatus(undefined);
    let saved = false;
    try {
      const decision = DisclosureDecisionSchema.parse({
        ...d,
        recordedAt: d.recordedAt ?? services.clock.now().toISOString(),
      });
      await props.onSave(decision);
      saved = true;
      if (decision.outcome === 'disclose' && props.coordinatorEmail) {
        await reportDisclosure(services, {
          decision,
          caseId: props.caseId,
          caseReference: props.caseReference,
          coordinatorEmail: props.coordinatorEmail,
        });
        const reported = { ...decision, reportedToCoordinatorAt: services.clock.now().toISOString() };
        await props.onSave(reported);
        setD(reported);
        setStatus(t('disclosure.form.status.savedAndReported'));
      } else {
        setD(decision);
        setStatus(t('disclosure.form.status.saved'));
      }
    } catch {
      setStatus(saved ? t('disclosure.form.status.reportFailed') : t('disclosure.form.status.saveFailed'));
    } finally {
      inFlight.current = false;
      setSaving(false);
    }
  };

  return (
    <form
      className={styles.form}
      aria-label={t('disclosure.form.form')}
      onSubmit={(e) => (e.preventDefault(), void save())}
    >
      <Field label={t('disclosure.form.decision')} required>
        <RadioGroup value={d.outcome} onChange={(_, e) => set({ outcome: e.value as DisclosureDecision['outcome'] })}>
          <Radio value="notNeeded" label={t('disclosure.form.outcome.notNeeded')} />
          <Radio value="disclose" label={t('disclosure.form.outcome.disclose')} />
        </RadioGroup>
      </Field>
      {text(t('disclosure.form.reasons'), d.reasons, (reasons) => set({ reasons }))}

      {context.nominal.childSexOffender && (
        <Group title={t('disclosure.form.cso.title')}>
          <Text as="p" className={styles.prompt} role="note">
            {validation.prompts[0] && t(validation.prompts[0])}
          </Text>
          <Field label={t('disclosure.form.cso.applies')} required>
            <RadioGroup
              layout="horizontal"
              value={d.childSexOffenderPresumption.applies ?? ''}
              onChange={(_, e) =>
                set({
                  childSexOffenderPresumption: { ...d.childSexOffenderPresumption, applies: e.value as 'yes' | 'no' },
                })
              }
            >
              <Radio value="yes" label={t('disclosure.form.yes')} />
              <Radio value="no" label={t('disclosure.form.no')} />
            </RadioGroup>
          </Field>
          {text(
            t('disclosure.form.cso.whyNot'),
            d.childSexOffenderPresumption.note,
            (note) => set({ childSexOffenderPresumption: { ...d.childSexOffenderPresumption, note } }),
            false,
          )}
        </Group>
      )}

      {under18 && (
        <Group title={t('disclosure.form.under18.title')}>
          {(['youthJustice', 'childrensServices'] as const).map((agency) => (
            <Field key={agency} label={t('disclosure.form.under18.senior', { agency })} required>
              <Select
                value={d.seniorRepresentatives[agency] ?? ''}
                onChange={(_, e) =>
                  set({ seniorRepresentatives: { ...d.seniorRepresentatives, [agency]: e.value || undefined } })
                }
              >
                <option value="">{t('disclosure.form.notPresent')}</option>
                {presentOf(agency).map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                    {p.role ? `, ${p.role}` : ''}
                  </option>
                ))}
              </Select>
            </Field>
          ))}
        </Group>
      )}

      <Group title={t('disclosure.form.alternatives.title')}>
        <Text as="p" size={200}>
          {t('disclosure.form.alternatives.hint')}
        </Text>
        {d.alternatives.map((a, i) => {
          const setAlt = (patch: Partial<DisclosureDecision['alternatives'][number]>) =>
            set({ alternatives: d.alternatives.map((x, j) => (j === i ? { ...x, ...patch } : x)) });
          return (
            <div
              key={i}
              className={styles.group}
              role="group"
              aria-label={t('disclosure.form.alternatives.alternative', { number: i + 1 })}
            >
              {text(t('disclosure.form.alternatives.alternative', { number: i + 1 }), a.alternative, (alternative) =>
                setAlt({ alternative }),
              )}
              <Field label={t('disclosure.form.alternatives.result', { number: i + 1 })} required>
                <RadioGroup value={a.result} onChange={(_, e) => setAlt({ result: e.value as AlternativeResult })}>
                  {(Object.keys(alternativeResults) as AlternativeResult[]).map((k) => (
                    <Radio key={k} value={k} label={t('documents.alternativeResult', { result: k })} />
                  ))}
                </RadioGroup>
              </Field>
              {text(
                a.result === 'preferred'
                  ? t('disclosure.form.alternatives.whyPreferred', { number: i + 1 })
                  : t('disclosure.form.alternatives.whyRejected', { number: i + 1 }),
                a.whyRejected,
                (whyRejected) => setAlt({ whyRejected }),
              )}
              <div>
                <Button size="small" onClick={() => set({ alternatives: d.alternatives.filter((_, j) => j !== i) })}>
                  {t('disclosure.form.alternatives.remove', { number: i + 1 })}
                </Button>
              </div>
            </div>
          );
        })}
        <div>
          <Button
            onClick={() =>
              set({ alternatives: [...d.alternatives, { alternative: '', result: 'rejected', whyRejected: '' }] })
            }
          >
            {t('disclosure.form.addAlternative')}
          </Button>
        </div>
      </Group>

      {disclose && (
        <>
          <Group title={t('disclosure.form.purposeTitle')}>
            {choice(
              t('disclosure.form.purpose'),
              disclosurePurposes,
              (purpose) => t('disclosure.form.purposeOption', { purpose }),
              d.purpose,
              (purpose) => set({ purpose }),
            )}
            {choice(
              t('disclosure.form.lawfulBasis'),
              lawfulBases,
              (basis) => t('disclosure.record.lawfulBasisName', { basis }),
              d.lawfulBasis,
              (lawfulBasis) => set({ lawfulBasis }),
            )}
            {text(
              t('disclosure.form.lawfulBasisNote'),
              d.lawfulBasisNote,
              (lawfulBasisNote) => set({ lawfulBasisNote }),
              false,
            )}
            {text(t('disclosure.form.necessity'), d.necessity, (necessity) => set({ necessity }))}
            {text(t('disclosure.form.proportionality'), d.proportionality, (proportionality) =>
              set({ proportionality }),
            )}
          </Group>

          <Group title={t('disclosure.form.accuracy.title')}>
            {(
              [
                ['factsChecked', t('disclosure.form.accuracy.factsChecked')],
                ['offenderIdentified', t('disclosure.form.accuracy.offenderIdentified')],
                ['recipientIdentified', t('disclosure.form.accuracy.recipientIdentified')],
              ] as const
            ).map(([k, label]) => (
              <Checkbox
                key={k}
                label={label}
                checked={d.accuracy[k]}
                onChange={(_, e) => set({ accuracy: { ...d.accuracy, [k]: e.checked === true } })}
              />
            ))}
            {text(
              t('disclosure.form.howVerified'),
              d.accuracy.howVerified,
              (howVerified) => set({ accuracy: { ...d.accuracy, howVerified } }),
              false,
            )}
          </Group>

          <Group title={t('disclosure.form.riskTitle')}>
            {text(t('disclosure.form.riskToOffender'), d.riskToOffender, (riskToOffender) => set({ riskToOffender }))}
          </Group>

          <Group title={t('disclosure.form.representations.title')}>
            <Field label={t('disclosure.form.representations.sought')} required>
              <RadioGroup
                layout="horizontal"
                value={d.representations.sought ?? ''}
                onChange={(_, e) => set({ representations: { ...d.representations, sought: e.value as 'yes' | 'no' } })}
              >
                <Radio value="yes" label={t('disclosure.form.yes')} />
                <Radio value="no" label={t('disclosure.form.no')} />
              </RadioGroup>
            </Field>
            {d.representations.sought === 'yes' &&
              text(t('disclosure.form.representationsSummary'), d.representations.summary, (summary) =>
                set({ representations: { ...d.representations, summary } }),
              )}
            {d.representations.sought === 'no' &&
              choice(
                t('disclosure.form.representationException'),
                representationExceptions,
                (exception) => t('disclosure.record.representationException', { exception }),
                d.representations.exception,
                (exception) => set({ representations: { ...d.representations, exception } }),
              )}
            <Field label={t('disclosure.form.offenderTold')} required>
              <RadioGroup
                layout="horizontal"
                value={d.offenderTold.told ?? ''}
                onChange={(_, e) => set({ offenderTold: { ...d.offenderTold, told: e.value as 'yes' | 'no' } })}
              >
                <Radio value="yes" label={t('disclosure.form.yes')} />
                <Radio value="no" label={t('disclosure.form.no')} />
              </RadioGroup>
            </Field>
            {d.offenderTold.told === 'no' && (
              <>
                {text(t('disclosure.form.whyNotTold'), d.offenderTold.reasonNotTold, (reasonNotTold) =>
                  set({ offenderTold: { ...d.offenderTold, reasonNotTold } }),
                )}
                <Checkbox
                  label={t('disclosure.form.recipientInformed')}
                  checked={d.offenderTold.recipientInformedOffenderNotTold}
                  onChange={(_, e) =>
                    set({ offenderTold: { ...d.offenderTold, recipientInformedOffenderNotTold: e.checked === true } })
                  }
                />
              </>
            )}
          </Group>

          <Group title={t('disclosure.form.whatTitle')}>
            {text(t('disclosure.form.information'), d.information, (information) => set({ information }))}
            {text(
              t('disclosure.form.conditions'),
              d.conditionsOnRecipient,
              (conditionsOnRecipient) => set({ conditionsOnRecipient }),
              false,
            )}
            {d.additionalInformation.map((a, i) => (
              <div key={i} className={styles.group}>
                {text(t('disclosure.form.further.information', { number: i + 1 }), a.information, (information) =>
                  set({
                    additionalInformation: d.additionalInformation.map((x, j) => (j === i ? { ...x, information } : x)),
                  }),
                )}
                {line(t('disclosure.form.further.chair', { number: i + 1 }), a.chairPermission?.by ?? '', (by) =>
                  set({
                    additionalInformation: d.additionalInformation.map((x, j) =>
                      j === i
                        ? {
                            ...x,
                            chairPermission: by.trim() ? { by, at: services.clock.now().toISOString() } : undefined,
                          }
                        : x,
                    ),
                  }),
                )}
              </div>
            ))}
            <div>
              <Button onClick={() => set({ additionalInformation: [...d.additionalInformation, { information: '' }] })}>
                {t('disclosure.form.addInformation')}
              </Button>
            </div>
          </Group>

          <Group title={t('disclosure.form.whoTitle')}>
            <div className={styles.row}>
              {line(t('disclosure.form.discloserName'), d.discloser.name, (name) =>
                set({ discloser: { ...d.discloser, name } }),
              )}
              {line(t('disclosure.form.discloserRole'), d.discloser.role, (role) =>
                set({ discloser: { ...d.discloser, role } }),
              )}
              {choice(
                t('disclosure.form.discloserAgency'),
                agencies,
                (agency) => t(agencyMessage(agency)),
                d.discloser.agency,
                (agency) => set({ discloser: { ...d.discloser, agency } }),
                false,
              )}
            </div>
            <div className={styles.row}>
              {line(t('disclosure.form.recipientName'), d.recipient.name, (name) =>
                set({ recipient: { ...d.recipient, name } }),
              )}
              {line(t('disclosure.form.recipientRole'), d.recipient.role, (role) =>
                set({ recipient: { ...d.recipient, role } }),
              )}
            </div>
            <div className={styles.row}>
              {line(t('disclosure.form.when'), d.when ?? '', (when) => set({ when: when || undefined }), 'date')}
              {choice(
                t('disclosure.form.how'),
                disclosureMethods,
                (method) => t('disclosure.record.method', { method }),
                d.method,
                (method) => set({ method }),
                false,
              )}
            </div>
            <div className={styles.row}>
              {line(t('disclosure.form.recipientContact'), d.recipientContact.name, (name) =>
                set({ recipientContact: { ...d.recipientContact, name } }),
              )}
              {line(
                t('disclosure.form.contactTelephone'),
                d.recipientContact.telephone,
                (telephone) => set({ recipientContact: { ...d.recipientContact, telephone } }),
                'tel',
              )}
              {line(
                t('disclosure.form.contactEmail'),
                d.recipientContact.email,
                (email) => set({ recipientContact: { ...d.recipientContact, email } }),
                'email',
              )}
            </div>
          </Group>

          <Group title={t('disclosure.form.urgent.title')}>
            <Checkbox
              label={t('disclosure.form.urgent.couldNotWait')}
              checked={d.urgent.outsideMeeting}
              onChange={(_, e) => set({ urgent: { ...d.urgent, outsideMeeting: e.checked === true } })}
            />
            {d.urgent.outsideMeeting && (
              <>
                {line(t('disclosure.form.authorisedBy'), d.urgent.authorisedBy, (authorisedBy) =>
                  set({ urgent: { ...d.urgent, authorisedBy } }),
                )}
                {line(
                  t('disclosure.form.authorisedOn'),
                  d.urgent.authorisedOn ?? '',
                  (authorisedOn) => set({ urgent: { ...d.urgent, authorisedOn: authorisedOn || undefined } }),
                  'date',
                )}
                {text(t('disclosure.form.whyCouldNotWait'), d.urgent.whyCouldNotWait, (whyCouldNotWait) =>
                  set({ urgent: { ...d.urgent, whyCouldNotWait } }),
                )}
              </>
            )}
          </Group>

          <Group title={t('disclosure.form.health.title')}>
            <Field label={t('disclosure.form.health.includes')} required>
              <RadioGroup
                layout="horizontal"
                value={d.health.includesHealthInformation ?? ''}
                onChange={(_, e) =>
                  set({ health: { ...d.health, includesHealthInformation: e.value as 'yes' | 'no' } })
                }
              >
                <Radio value="yes" label={t('disclosure.form.yes')} />
                <Radio value="no" label={t('disclosure.form.no')} />
              </RadioGroup>
            </Field>
            {d.health.includesHealthInformation === 'yes' && (
              <>
                <Field label={t('disclosure.form.health.consent')} required>
                  <RadioGroup
                    value={d.health.consent ?? ''}
                    onChange={(_, e) =>
                      set({ health: { ...d.health, consent: e.value as DisclosureDecision['health']['consent'] } })
                    }
                  >
                    {Object.keys(healthConsentLabels).map((k) => (
                      <Radio key={k} value={k} label={t('disclosure.form.healthConsentOption', { consent: k })} />
                    ))}
                  </RadioGroup>
                </Field>
                {d.health.consent && d.health.consent !== 'obtained' && (
                  <>
                    {text(
                      t('disclosure.form.reasonWithoutConsent'),
                      d.health.reasonWithoutConsent,
                      (reasonWithoutConsent) => set({ health: { ...d.health, reasonWithoutConsent } }),
                    )}
                    {line(t('disclosure.form.caldicott'), d.health.caldicottGuardian, (caldicottGuardian) =>
                      set({ health: { ...d.health, caldicottGuardian } }),
                    )}
                  </>
                )}
              </>
            )}
          </Group>
        </>
      )}

      {text(t('disclosure.form.dissent'), d.dissent, (dissent) => set({ dissent }), false)}

      {!complete && (
        <section aria-labelledby="disclosure-missing-title">
          <Text as="h4" id="disclosure-missing-title" weight="semibold" className={styles.missing}>
            {t('disclosure.form.missing.title')}
          </Text>
          <ul className={styles.list} aria-label={t('disclosure.form.missing.list')}>
            {missing.map((m, i) => (
              <li key={`${i}-${m}`}>
                <Text>{m}</Text>
              </li>
            ))}
          </ul>
        </section>
      )}
      <div>
        <Button appearance="primary" type="submit" disabledFocusable={!complete || saving}>
          {t('disclosure.form.save')}
        </Button>
      </div>
      {status && (
        <Text as="p" role="status">
          {status}
        </Text>
      )}
    </form>
  );
}

export default DisclosureDecisionForm;
