import { Text } from '@fluentui/react-components';
import { memo } from 'react';

import type { CarriedItem, Minutes } from '../../../core/minutes/minutes.schema';
import { TextArea, TextFields, usePatch, type TextSpec } from '../fields';
import { useSectionStyles, type SectionProps } from './parts';

const specs: readonly TextSpec<Minutes['purpose']>[] = [
  { name: 'reason', label: 'Purpose of the meeting or reason for referral' },
  { name: 'changesSinceLast', label: 'What has changed since the last meeting' },
];

/** The meeting's purpose, and the items an earlier meeting adjourned to it, each with what came of it. */
export const Purpose = memo(function Purpose({ value, edit, disabled }: SectionProps<'purpose'>) {
  const s = useSectionStyles();
  const set = usePatch(edit, 'purpose');
  const setOutcome = (id: string, outcome: string) =>
    edit((m) => ({
      ...m,
      purpose: {
        ...m.purpose,
        carriedItems: m.purpose.carriedItems.map((c) => (c.id === id ? { ...c, outcome } : c)),
      },
    }));
  return (
    <div className={s.stack}>
      <TextFields specs={specs} at="purpose" value={value} set={set} disabled={disabled} />
      {value.carriedItems.length > 0 && (
        <section aria-label="Adjourned items on the agenda" className={s.stack}>
          <Text weight="semibold">Adjourned items on the agenda</Text>
          {value.carriedItems.map((c, i) => (
            <CarriedItemForm key={c.id} item={c} number={i + 1} disabled={disabled} setOutcome={setOutcome} />
          ))}
        </section>
      )}
    </div>
  );
});

function CarriedItemForm({
  item: c,
  number,
  disabled,
  setOutcome,
}: {
  item: CarriedItem;
  number: number;
  disabled?: boolean;
  setOutcome: (id: string, outcome: string) => void;
}) {
  const s = useSectionStyles();
  return (
    <div className={s.item}>
      <Text>
        {c.item} (adjourned on {c.fromDate})
      </Text>
      <Text size={200}>Why: {c.reason || 'not recorded'}</Text>
      <Text size={200}>Awaiting: {c.awaiting || 'not recorded'}</Text>
      <TextArea
        label={`What came of adjourned item ${number}`}
        field="purpose.carriedItems.*.outcome"
        required
        rows={2}
        value={c.outcome}
        disabled={disabled}
        onChange={(outcome) => setOutcome(c.id, outcome)}
      />
    </div>
  );
}
