import { Button, Checkbox, Text } from '@fluentui/react-components';
import { memo, useMemo, useState } from 'react';

import type { MinutesSession } from '../../../app/minutes/minutesSession';
import { useServices } from '../../../app/ServicesProvider';
import type { DisclosureDecision } from '../../../core/disclosure/disclosureDecision.schema';
import type { Minutes } from '../../../core/minutes/minutes.schema';
import { disclosureContextOf } from '../../../core/minutes/disclosureContext';
import { DisclosureDecisionForm } from '../../confidentiality/DisclosureDecisionForm';
import { DisclosureRecordView } from '../../confidentiality/DisclosureRecordView';
import { TextFields, usePatch } from '../fields';
import { useT } from '../../i18n/I18nProvider';
import { useDateTime, useSectionStyles, type SectionProps } from './parts';

/** Every alternative recorded with a decision, whichever the outcome: nothing entered stays out of view. */
function AlternativesConsidered({ decision, number }: { decision: DisclosureDecision; number: number }) {
  const t = useT();
  const recorded = decision.alternatives.filter((a) => a.alternative.trim() || a.whyRejected.trim());
  if (recorded.length === 0) return <Text size={200}>{t('sections.disclosure.noAlternatives')}</Text>;
  return (
    <ul aria-label={t('sections.disclosure.alternatives', { number })}>
      {recorded.map((a, i) => (
        <li key={i}>
          <Text>
            {t(a.whyRejected ? 'sections.disclosure.alternativeWhy' : 'sections.disclosure.alternative', {
              alternative: a.alternative || t('sections.disclosure.alternativeUnnamed'),
              result: a.result,
              why: a.whyRejected,
            })}
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
  const t = useT();
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
      <Text size={200}>{t('sections.disclosure.intro')}</Text>
      <Checkbox
        label={t('sections.disclosure.considered')}
        checked={value.considered}
        disabled={disabled}
        onChange={(_, d) => set({ considered: Boolean(d.checked) })}
      />
      {value.decisions.map((d, i) => (
        <section key={d.id} className={s.item} aria-label={t('sections.disclosure.decision', { number: i + 1 })}>
          <Text weight="semibold">
            {t('sections.disclosure.decisionOutcome', { number: i + 1, outcome: d.outcome })}
          </Text>
          <Text size={200}>
            {d.recordedAt ? t('sections.disclosure.recorded', { at: when.format(new Date(d.recordedAt)) }) : ''}
            {d.outcome === 'disclose'
              ? ` ${
                  d.reportedToCoordinatorAt
                    ? t('sections.disclosure.reported', { at: when.format(new Date(d.reportedToCoordinatorAt)) })
                    : t('sections.disclosure.notReported')
                }`
              : ''}
          </Text>
          <p className={s.statement}>{d.reasons}</p>
          <AlternativesConsidered decision={d} number={i + 1} />
          <div className={s.row}>
            {!disabled && editing !== d.id && (
              <Button size="small" onClick={() => setEditing(d.id)}>
                {t('sections.disclosure.change', { number: i + 1 })}
              </Button>
            )}
            {d.outcome === 'disclose' && (
              <Button
                size="small"
                aria-expanded={record === d.id}
                onClick={() => setRecord((r) => (r === d.id ? undefined : d.id))}
              >
                {t(record === d.id ? 'sections.disclosure.hideRecord' : 'sections.disclosure.showRecord', {
                  number: i + 1,
                })}
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
            <Button onClick={() => setEditing(undefined)}>{t('sections.disclosure.closeForm')}</Button>
          </div>
        </div>
      ) : (
        !disabled && <Button onClick={() => setEditing(ids.newId('dis'))}>{t('sections.disclosure.record')}</Button>
      )}
      <TextFields
        specs={[{ name: 'notes', label: 'sections.disclosure.notes', restricted: true }]}
        at="disclosure"
        value={value}
        set={set}
        disabled={disabled}
      />
    </div>
  );
});
