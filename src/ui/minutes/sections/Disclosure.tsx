import { Button, Checkbox, Text } from '@fluentui/react-components';
import { memo, useMemo, useState } from 'react';

import type { MinutesSession } from '../../../app/minutes/minutesSession';
import { useServices } from '../../../app/ServicesProvider';
import { alternativeResults, type DisclosureDecision } from '../../../core/disclosure/disclosureDecision.schema';
import type { Minutes } from '../../../core/minutes/minutes.schema';
import { disclosureContextOf } from '../../../core/minutes/disclosureContext';
import { DisclosureDecisionForm } from '../../confidentiality/DisclosureDecisionForm';
import { DisclosureRecordView } from '../../confidentiality/DisclosureRecordView';
import { TextFields, usePatch } from '../fields';
import { useDateTime, useSectionStyles, type SectionProps } from './parts';

const outcomeLabels = { disclose: 'Disclose', notNeeded: 'Considered: not needed' } as const;

/** Every alternative recorded with a decision, whichever the outcome: nothing entered stays out of view. */
function AlternativesConsidered({ decision, number }: { decision: DisclosureDecision; number: number }) {
  const recorded = decision.alternatives.filter((a) => a.alternative.trim() || a.whyRejected.trim());
  if (recorded.length === 0) return <Text size={200}>No alternatives recorded.</Text>;
  return (
    <ul aria-label={`Alternatives considered for decision ${number}`}>
      {recorded.map((a, i) => (
        <li key={i}>
          <Text>
            {a.alternative || 'Alternative not named'}: {alternativeResults[a.result].toLowerCase()}
            {a.whyRejected ? `. ${a.whyRejected}` : ''}
          </Text>
        </li>
      ))}
    </ul>
  );
}

export const Disclosure = memo(function Disclosure({
  value,
  edit,
  disabled,
  session,
  caseId,
  caseReference,
  nominal,
  meetingDetails,
  attendance,
}: SectionProps<'disclosure'> & { session?: MinutesSession; caseId: string; caseReference: string } & Pick<
    Minutes,
    'nominal' | 'meetingDetails' | 'attendance'
  >) {
  const s = useSectionStyles();
  const { ids, settings } = useServices();
  const [editing, setEditing] = useState<string>();
  const [record, setRecord] = useState<string>();
  const context = useMemo(
    () => disclosureContextOf({ nominal, meetingDetails, attendance }, settings.timeZone),
    [nominal, meetingDetails, attendance, settings.timeZone],
  );
  const when = useDateTime(settings.timeZone);
  const set = usePatch(edit, 'disclosure');
  // The form hands over only a complete decision; it is stored (sent, not just kept on the device) before the coordinator is told.
  const save = async (decision: DisclosureDecision) => {
    edit((m) => ({
      ...m,
      disclosure: {
        ...m.disclosure,
        considered: true,
        decisions: m.disclosure.decisions.some((d) => d.id === decision.id)
          ? m.disclosure.decisions.map((d) => (d.id === decision.id ? decision : d))
          : [...m.disclosure.decisions, decision],
      },
    }));
    await session?.autosave.flush();
  };
  return (
    <div className={s.stack}>
      <Text size={200}>
        Disclosure is considered at every meeting. Record the decision: “not needed” with its reasons, or a decision to
        disclose with every checklist item answered.
      </Text>
      <Checkbox
        label="Disclosure has been considered"
        checked={value.considered}
        disabled={disabled}
        onChange={(_, d) => set({ considered: Boolean(d.checked) })}
      />
      {value.decisions.map((d, i) => (
        <section key={d.id} className={s.item} aria-label={`Disclosure decision ${i + 1}`}>
          <Text weight="semibold">
            Decision {i + 1}: {outcomeLabels[d.outcome]}
          </Text>
          <Text size={200}>
            {d.recordedAt ? `Recorded on ${when.format(new Date(d.recordedAt))}.` : ''}
            {d.outcome === 'disclose'
              ? d.reportedToCoordinatorAt
                ? ` Reported to the MAPPA coordinator on ${when.format(new Date(d.reportedToCoordinatorAt))}.`
                : ' Not yet reported to the MAPPA coordinator.'
              : ''}
          </Text>
          <p className={s.statement}>{d.reasons}</p>
          <AlternativesConsidered decision={d} number={i + 1} />
          <div className={s.row}>
            {!disabled && editing !== d.id && (
              <Button size="small" onClick={() => setEditing(d.id)}>
                Change decision {i + 1}
              </Button>
            )}
            {d.outcome === 'disclose' && (
              <Button
                size="small"
                aria-expanded={record === d.id}
                onClick={() => setRecord((r) => (r === d.id ? undefined : d.id))}
              >
                {record === d.id ? 'Hide' : 'Show'} the disclosure record for decision {i + 1}
              </Button>
            )}
          </div>
          {record === d.id && <DisclosureRecordView decision={d} caseId={caseId} caseReference={caseReference} />}
        </section>
      ))}
      {editing !== undefined && !disabled ? (
        <div className={s.item}>
          <DisclosureDecisionForm
            key={editing}
            decisionId={editing}
            value={value.decisions.find((d) => d.id === editing)}
            context={context}
            caseId={caseId}
            caseReference={caseReference}
            coordinatorEmail={meetingDetails.coordinator?.email}
            onSave={save}
          />
          <div>
            <Button onClick={() => setEditing(undefined)}>Close the decision form</Button>
          </div>
        </div>
      ) : (
        !disabled && <Button onClick={() => setEditing(ids.newId('dis'))}>Record a disclosure decision</Button>
      )}
      <TextFields
        specs={[{ name: 'notes', label: 'Notes', restricted: true }]}
        at="disclosure"
        value={value}
        set={set}
        disabled={disabled}
      />
    </div>
  );
});
