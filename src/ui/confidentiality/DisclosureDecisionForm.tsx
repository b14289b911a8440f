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
import { agencies, agencyLabel, type Agency } from '../../core/people/agency';

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
    value: K | undefined,
    onChange: (v: K | undefined) => void,
    required = true,
  ) => (
    <Field label={label} required={required}>
      <Select value={value ?? ''} onChange={(_, e) => onChange((e.value || undefined) as K | undefined)}>
        <option value="">Choose…</option>
        {(Object.entries(options) as [K, string][]).map(([k, v]) => (
          <option key={k} value={k}>
            {v}
          </option>
        ))}
      </Select>
    </Field>
  );

  // D16: a disclosure cannot be recorded without someone to report it to.
  const missing = [
    ...validation.missing.map((m) => m.message),
    ...(disclose && !props.coordinatorEmail?.trim()
      ? [
          'No MAPPA coordinator is recorded for this meeting, so the disclosure could not be reported. Record the coordinator in the meeting details.',
        ]
      : []),
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
        setStatus('Decision saved and reported to the MAPPA coordinator.');
      } else {
        setD(decision);
        setStatus('Decision saved.');
      }
    } catch {
      setStatus(
        saved
          ? 'The decision is saved, but the MAPPA coordinator could not be told. Save again to retry; nothing is sent twice.'
          : 'The decision could not be saved. Nothing you entered has been lost; try again.',
      );
    } finally {
      inFlight.current = false;
      setSaving(false);
    }
  };

  return (
    <form className={styles.form} aria-label="Disclosure decision" onSubmit={(e) => (e.preventDefault(), void save())}>
      <Field label="Decision" required>
        <RadioGroup value={d.outcome} onChange={(_, e) => set({ outcome: e.value as DisclosureDecision['outcome'] })}>
          <Radio value="notNeeded" label="Disclosure considered: not needed" />
          <Radio value="disclose" label="Disclose" />
        </RadioGroup>
      </Field>
      {text('Reasons for the decision', d.reasons, (reasons) => set({ reasons }))}

      {context.nominal.childSexOffender && (
        <Group title="Child sex offender: presumption of disclosure">
          <Text as="p" className={styles.prompt} role="note">
            {validation.prompts[0]}
          </Text>
          <Field label="Does the presumption apply?" required>
            <RadioGroup
              layout="horizontal"
              value={d.childSexOffenderPresumption.applies ?? ''}
              onChange={(_, e) =>
                set({
                  childSexOffenderPresumption: { ...d.childSexOffenderPresumption, applies: e.value as 'yes' | 'no' },
                })
              }
            >
              <Radio value="yes" label="Yes" />
              <Radio value="no" label="No" />
            </RadioGroup>
          </Field>
          {text(
            'Why it does not apply, or the defensible reason not to disclose',
            d.childSexOffenderPresumption.note,
            (note) => set({ childSexOffenderPresumption: { ...d.childSexOffenderPresumption, note } }),
            false,
          )}
        </Group>
      )}

      {under18 && (
        <Group title="Nominal under 18: senior representatives present">
          {(['youthJustice', 'childrensServices'] as const).map((agency) => (
            <Field key={agency} label={`Senior ${agencyLabel(agency).toLowerCase()} representative`} required>
              <Select
                value={d.seniorRepresentatives[agency] ?? ''}
                onChange={(_, e) =>
                  set({ seniorRepresentatives: { ...d.seniorRepresentatives, [agency]: e.value || undefined } })
                }
              >
                <option value="">Not present</option>
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

      <Group title="Alternatives considered">
        <Text as="p" size={200}>
          For either decision: what else was considered, such as the nominal telling the person himself under
          supervision, or choosing other work, and what became of it.
        </Text>
        {d.alternatives.map((a, i) => {
          const setAlt = (patch: Partial<DisclosureDecision['alternatives'][number]>) =>
            set({ alternatives: d.alternatives.map((x, j) => (j === i ? { ...x, ...patch } : x)) });
          return (
            <div key={i} className={styles.group} role="group" aria-label={`Alternative ${i + 1}`}>
              {text(`Alternative ${i + 1}`, a.alternative, (alternative) => setAlt({ alternative }))}
              <Field label={`What became of alternative ${i + 1}`} required>
                <RadioGroup value={a.result} onChange={(_, e) => setAlt({ result: e.value as AlternativeResult })}>
                  {(Object.entries(alternativeResults) as [AlternativeResult, string][]).map(([k, v]) => (
                    <Radio key={k} value={k} label={v} />
                  ))}
                </RadioGroup>
              </Field>
              {text(
                a.result === 'preferred'
                  ? `Why alternative ${i + 1} makes a disclosure by the panel unnecessary`
                  : `Why alternative ${i + 1} was rejected`,
                a.whyRejected,
                (whyRejected) => setAlt({ whyRejected }),
              )}
              <div>
                <Button size="small" onClick={() => set({ alternatives: d.alternatives.filter((_, j) => j !== i) })}>
                  Remove alternative {i + 1}
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
            Add an alternative
          </Button>
        </div>
      </Group>

      {disclose && (
        <>
          <Group title="Purpose and lawful basis">
            {choice('Whom does it protect?', disclosurePurposes, d.purpose, (purpose) => set({ purpose }))}
            {choice('Lawful basis', lawfulBases, d.lawfulBasis, (lawfulBasis) => set({ lawfulBasis }))}
            {text('Notes on the lawful basis', d.lawfulBasisNote, (lawfulBasisNote) => set({ lawfulBasisNote }), false)}
            {text('Necessity: the risk of serious harm disclosure would reduce', d.necessity, (necessity) =>
              set({ necessity }),
            )}
            {text('Proportionality: why this content, to these recipients', d.proportionality, (proportionality) =>
              set({ proportionality }),
            )}
          </Group>

          <Group title="Accuracy and identification">
            {(
              [
                ['factsChecked', 'The facts have been checked'],
                ['offenderIdentified', 'The offender is correctly identified'],
                ['recipientIdentified', 'The recipient is correctly identified'],
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
              'How they were verified',
              d.accuracy.howVerified,
              (howVerified) => set({ accuracy: { ...d.accuracy, howVerified } }),
              false,
            )}
          </Group>

          <Group title="Risk to the offender">
            {text(
              'How the risk to the offender was weighed (it never outweighs the risk to others)',
              d.riskToOffender,
              (riskToOffender) => set({ riskToOffender }),
            )}
          </Group>

          <Group title="The offender’s representations">
            <Field label="Were the offender’s representations sought?" required>
              <RadioGroup
                layout="horizontal"
                value={d.representations.sought ?? ''}
                onChange={(_, e) => set({ representations: { ...d.representations, sought: e.value as 'yes' | 'no' } })}
              >
                <Radio value="yes" label="Yes" />
                <Radio value="no" label="No" />
              </RadioGroup>
            </Field>
            {d.representations.sought === 'yes' &&
              text('Summary of the representations', d.representations.summary, (summary) =>
                set({ representations: { ...d.representations, summary } }),
              )}
            {d.representations.sought === 'no' &&
              choice('Which exception applies?', representationExceptions, d.representations.exception, (exception) =>
                set({ representations: { ...d.representations, exception } }),
              )}
            <Field label="Will the offender be told of the disclosure?" required>
              <RadioGroup
                layout="horizontal"
                value={d.offenderTold.told ?? ''}
                onChange={(_, e) => set({ offenderTold: { ...d.offenderTold, told: e.value as 'yes' | 'no' } })}
              >
                <Radio value="yes" label="Yes" />
                <Radio value="no" label="No" />
              </RadioGroup>
            </Field>
            {d.offenderTold.told === 'no' && (
              <>
                {text('Why the offender will not be told', d.offenderTold.reasonNotTold, (reasonNotTold) =>
                  set({ offenderTold: { ...d.offenderTold, reasonNotTold } }),
                )}
                <Checkbox
                  label="The recipient will be told that the offender has not been told"
                  checked={d.offenderTold.recipientInformedOffenderNotTold}
                  onChange={(_, e) =>
                    set({ offenderTold: { ...d.offenderTold, recipientInformedOffenderNotTold: e.checked === true } })
                  }
                />
              </>
            )}
          </Group>

          <Group title="What is disclosed">
            {text('Exactly what will be disclosed (agreed in this meeting)', d.information, (information) =>
              set({ information }),
            )}
            {text(
              'Conditions on the recipient (e.g. no onward disclosure)',
              d.conditionsOnRecipient,
              (conditionsOnRecipient) => set({ conditionsOnRecipient }),
              false,
            )}
            {d.additionalInformation.map((a, i) => (
              <div key={i} className={styles.group}>
                {text(`Further information ${i + 1}`, a.information, (information) =>
                  set({
                    additionalInformation: d.additionalInformation.map((x, j) => (j === i ? { ...x, information } : x)),
                  }),
                )}
                {line(`Chair who gave permission for further information ${i + 1}`, a.chairPermission?.by ?? '', (by) =>
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
                Add information beyond the agreed content
              </Button>
            </div>
          </Group>

          <Group title="Who, to whom, when and how">
            <div className={styles.row}>
              {line('Discloser’s name', d.discloser.name, (name) => set({ discloser: { ...d.discloser, name } }))}
              {line('Discloser’s role', d.discloser.role, (role) => set({ discloser: { ...d.discloser, role } }))}
              {choice(
                'Discloser’s agency',
                agencies,
                d.discloser.agency,
                (agency) => set({ discloser: { ...d.discloser, agency } }),
                false,
              )}
            </div>
            <div className={styles.row}>
              {line('Recipient’s name', d.recipient.name, (name) => set({ recipient: { ...d.recipient, name } }))}
              {line('Recipient’s role or relationship', d.recipient.role, (role) =>
                set({ recipient: { ...d.recipient, role } }),
              )}
            </div>
            <div className={styles.row}>
              {line('When', d.when ?? '', (when) => set({ when: when || undefined }), 'date')}
              {choice('How', disclosureMethods, d.method, (method) => set({ method }), false)}
            </div>
            <div className={styles.row}>
              {line('Recipient’s point of contact', d.recipientContact.name, (name) =>
                set({ recipientContact: { ...d.recipientContact, name } }),
              )}
              {line(
                'Contact’s telephone',
                d.recipientContact.telephone,
                (telephone) => set({ recipientContact: { ...d.recipientContact, telephone } }),
                'tel',
              )}
              {line(
                'Contact’s e-mail',
                d.recipientContact.email,
                (email) => set({ recipientContact: { ...d.recipientContact, email } }),
                'email',
              )}
            </div>
          </Group>

          <Group title="Urgent disclosure outside a meeting (D19)">
            <Checkbox
              label="This disclosure could not wait for a meeting"
              checked={d.urgent.outsideMeeting}
              onChange={(_, e) => set({ urgent: { ...d.urgent, outsideMeeting: e.checked === true } })}
            />
            {d.urgent.outsideMeeting && (
              <>
                {line('Authorised by (senior manager, name and role)', d.urgent.authorisedBy, (authorisedBy) =>
                  set({ urgent: { ...d.urgent, authorisedBy } }),
                )}
                {line(
                  'Authorised on',
                  d.urgent.authorisedOn ?? '',
                  (authorisedOn) => set({ urgent: { ...d.urgent, authorisedOn: authorisedOn || undefined } }),
                  'date',
                )}
                {text('Why it could not wait for a meeting', d.urgent.whyCouldNotWait, (whyCouldNotWait) =>
                  set({ urgent: { ...d.urgent, whyCouldNotWait } }),
                )}
              </>
            )}
          </Group>

          <Group title="Health information and consent (D20, Caldicott principles)">
            <Field label="Does the disclosure include health information?" required>
              <RadioGroup
                layout="horizontal"
                value={d.health.includesHealthInformation ?? ''}
                onChange={(_, e) =>
                  set({ health: { ...d.health, includesHealthInformation: e.value as 'yes' | 'no' } })
                }
              >
                <Radio value="yes" label="Yes" />
                <Radio value="no" label="No" />
              </RadioGroup>
            </Field>
            {d.health.includesHealthInformation === 'yes' && (
              <>
                <Field label="The patient’s consent" required>
                  <RadioGroup
                    value={d.health.consent ?? ''}
                    onChange={(_, e) =>
                      set({ health: { ...d.health, consent: e.value as DisclosureDecision['health']['consent'] } })
                    }
                  >
                    {(Object.entries(healthConsentLabels) as [string, string][]).map(([k, v]) => (
                      <Radio key={k} value={k} label={v} />
                    ))}
                  </RadioGroup>
                </Field>
                {d.health.consent && d.health.consent !== 'obtained' && (
                  <>
                    {text(
                      'Public-interest reason for disclosing without consent',
                      d.health.reasonWithoutConsent,
                      (reasonWithoutConsent) => set({ health: { ...d.health, reasonWithoutConsent } }),
                    )}
                    {line(
                      'Caldicott Guardian or senior clinician consulted',
                      d.health.caldicottGuardian,
                      (caldicottGuardian) => set({ health: { ...d.health, caldicottGuardian } }),
                    )}
                  </>
                )}
              </>
            )}
          </Group>
        </>
      )}

      {text('Dissent and its rationale, if any', d.dissent, (dissent) => set({ dissent }), false)}

      {!complete && (
        <section aria-labelledby="disclosure-missing-title">
          <Text as="h4" id="disclosure-missing-title" weight="semibold" className={styles.missing}>
            Still to answer before this can be saved
          </Text>
          <ul className={styles.list} aria-label="Still to answer">
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
          Save decision
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
