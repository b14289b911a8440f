import { Button, Field, Radio, RadioGroup, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { memo, useId } from 'react';

import { useServices } from '../../../app/ServicesProvider';
import { informationRequestGaps } from '../../../core/minutes/informationRequests';
import { requestDecisions, type InformationRequest, type RequestDecision } from '../../../core/minutes/minutes.schema';
import { useT } from '../../i18n/I18nProvider';
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

const decisions = Object.keys(requestDecisions) as RequestDecision[];

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
  const t = useT();
  const stillId = useId();
  const set = (patch: Partial<InformationRequest>) => setItem(r.id, patch);
  const name = t('sections.informationRequests.name', { number });
  const problems = informationRequestGaps(r).map((gap) => t(`sections.informationRequests.gap.${gap}`));
  const shares = r.decision === 'sharedInFull' || r.decision === 'sharedInPart';
  return (
    <section className={mergeClasses(s.item, own.entry)} aria-label={name}>
      <Text weight="semibold">{name}</Text>
      <Choice
        label={t('sections.informationRequests.requestingAgency', { number })}
        value={r.requestingAgency}
        options={agencyOptions}
        disabled={disabled}
        onChange={(requestingAgency) => requestingAgency && set({ requestingAgency })}
      />
      <TextInput
        label={t('sections.informationRequests.requestedBy', { number })}
        field="informationRequests.*.requestedBy"
        value={r.requestedBy}
        disabled={disabled}
        onChange={(requestedBy) => set({ requestedBy })}
      />
      <Choice
        label={t('sections.informationRequests.holdingAgency', { number })}
        value={r.holdingAgency}
        options={agencyOptions}
        disabled={disabled}
        onChange={(holdingAgency) => holdingAgency && set({ holdingAgency })}
      />
      <TextArea
        label={t('sections.informationRequests.requested', { number })}
        field="informationRequests.*.requested"
        hint={t('sections.informationRequests.requestedHint')}
        restricted
        rows={2}
        value={r.requested}
        disabled={disabled}
        onChange={(requested) => set({ requested })}
      />
      <TextArea
        label={t('sections.informationRequests.purpose', { number })}
        field="informationRequests.*.purpose"
        restricted
        rows={2}
        value={r.purpose}
        disabled={disabled}
        onChange={(purpose) => set({ purpose })}
      />
      <Field label={t('sections.informationRequests.decision', { number })}>
        <RadioGroup
          value={r.decision ?? ''}
          disabled={disabled}
          onChange={(_, d) => set({ decision: d.value as RequestDecision })}
        >
          {decisions.map((v) => (
            <Radio key={v} value={v} label={t(`sections.informationRequests.decision.${v}`)} />
          ))}
        </RadioGroup>
      </Field>
      <TextArea
        label={t('sections.informationRequests.reason', { number })}
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
            label={t('sections.informationRequests.shared', { number })}
            field="informationRequests.*.shared"
            restricted
            value={r.shared}
            disabled={disabled}
            onChange={(shared) => set({ shared })}
          />
          <MinimumNecessaryCheck
            title={t('sections.informationRequests.minimumNecessary', { number })}
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
            {t('sections.informationRequests.stillNeeds', { number })}
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
  const t = useT();
  const { ids } = useServices();
  const requests = useListEdits(edit, requestsList);
  return (
    <div className={s.stack}>
      <Text size={200}>{t('sections.informationRequests.intro')}</Text>
      {value.length === 0 && <Text>{t('sections.informationRequests.none')}</Text>}
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
          {t('sections.informationRequests.add')}
        </Button>
      )}
    </div>
  );
});
