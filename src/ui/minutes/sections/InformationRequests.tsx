import { Button, Field, Radio, RadioGroup, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { memo, useId } from 'react';

import { useServices } from '../../../app/ServicesProvider';
import { informationRequestProblems } from '../../../core/minutes/informationRequests';
import { requestDecisions, type InformationRequest, type RequestDecision } from '../../../core/minutes/minutes.schema';
import { MinimumNecessaryCheck } from '../../confidentiality/MinimumNecessaryCheck';
import { Choice, TextArea, TextInput, useListEdits, type ListLens } from '../fields';
import { agencyOptions, useSectionStyles, type SectionProps } from './parts';

const useStyles = makeStyles({
  entry: { contentVisibility: 'auto', containIntrinsicSize: 'auto 640px' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

const requestsList: ListLens<InformationRequest> = {
  get: (m) => m.informationRequests,
  put: (m, informationRequests) => ({ ...m, informationRequests }),
};

const decisionOptions = Object.entries(requestDecisions) as [RequestDecision, string][];

/** One request: who asked the holding agency for what and why, its decision, and the check of what went. */
const RequestForm = memo(function RequestForm({
  request: r,
  number,
  setItem,
  disabled,
}: {
  request: InformationRequest;
  number: number;
  setItem: (id: string, patch: Partial<InformationRequest>) => void;
  disabled?: boolean;
}) {
  const s = useSectionStyles();
  const own = useStyles();
  const stillId = useId();
  const set = (patch: Partial<InformationRequest>) => setItem(r.id, patch);
  const name = `Request ${number}`;
  const problems = informationRequestProblems(r);
  const shares = r.decision === 'sharedInFull' || r.decision === 'sharedInPart';
  return (
    <section className={mergeClasses(s.item, own.entry)} aria-label={name}>
      <Text weight="semibold">{name}</Text>
      <Choice
        label={`${name}: agency asking`}
        value={r.requestingAgency}
        options={agencyOptions}
        disabled={disabled}
        onChange={(requestingAgency) => requestingAgency && set({ requestingAgency })}
      />
      <TextInput
        label={`${name}: asked by (name and role)`}
        field="informationRequests.*.requestedBy"
        value={r.requestedBy}
        disabled={disabled}
        onChange={(requestedBy) => set({ requestedBy })}
      />
      <Choice
        label={`${name}: agency holding it`}
        value={r.holdingAgency}
        options={agencyOptions}
        disabled={disabled}
        onChange={(holdingAgency) => holdingAgency && set({ holdingAgency })}
      />
      <TextArea
        label={`${name}: document or information asked for`}
        field="informationRequests.*.requested"
        hint="For example, the responsible clinician’s tribunal report"
        restricted
        rows={2}
        value={r.requested}
        disabled={disabled}
        onChange={(requested) => set({ requested })}
      />
      <TextArea
        label={`${name}: what it is needed for`}
        field="informationRequests.*.purpose"
        restricted
        rows={2}
        value={r.purpose}
        disabled={disabled}
        onChange={(purpose) => set({ purpose })}
      />
      <Field label={`${name}: decision`}>
        <RadioGroup
          value={r.decision ?? ''}
          disabled={disabled}
          onChange={(_, d) => set({ decision: d.value as RequestDecision })}
        >
          {decisionOptions.map(([v, l]) => (
            <Radio key={v} value={v} label={l} />
          ))}
        </RadioGroup>
      </Field>
      <TextArea
        label={`${name}: reason for the decision`}
        field="informationRequests.*.reason"
        restricted
        rows={2}
        value={r.reason}
        disabled={disabled}
        onChange={(reason) => set({ reason })}
      />
      {shares && (
        <>
          <TextArea
            label={`${name}: exactly what was shared`}
            field="informationRequests.*.shared"
            restricted
            value={r.shared}
            disabled={disabled}
            onChange={(shared) => set({ shared })}
          />
          <MinimumNecessaryCheck
            title={`Minimum necessary: request ${number}`}
            at="informationRequests.*.minimumNecessary"
            agency={r.holdingAgency}
            text={r.shared}
            value={r.minimumNecessary}
            disabled={disabled}
            onChange={(minimumNecessary) => set({ minimumNecessary })}
          />
        </>
      )}
      {problems.length > 0 && (
        <div role="group" aria-labelledby={stillId}>
          <Text id={stillId} size={200} weight="semibold">
            {name} still needs
          </Text>
          <ul className={own.list}>
            {problems.map((p) => (
              <li key={p}>
                <Text size={200}>{p}</Text>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
});

/**
 * Requests between agencies for each other's documents or information, each recorded as its own
 * decision by the agency that holds it.
 */
export const InformationRequests = memo(function InformationRequests({
  value,
  edit,
  disabled,
}: SectionProps<'informationRequests'>) {
  const s = useSectionStyles();
  const { ids } = useServices();
  const requests = useListEdits(edit, requestsList);
  return (
    <div className={s.stack}>
      <Text size={200}>
        Record each request one agency makes for another’s document or information: the holding agency decides, and
        shares no more than the risk needs.
      </Text>
      {value.length === 0 && <Text>No requests recorded.</Text>}
      {value.map((r, n) => (
        <RequestForm key={r.id} request={r} number={n + 1} setItem={requests.update} disabled={disabled} />
      ))}
      {!disabled && (
        <Button
          onClick={() =>
            requests.add({
              id: ids.newId('req'),
              requestingAgency: 'police',
              requestedBy: '',
              holdingAgency: 'health',
              requested: '',
              purpose: '',
              reason: '',
              shared: '',
            })
          }
        >
          Record an information-sharing request
        </Button>
      )}
    </div>
  );
});
