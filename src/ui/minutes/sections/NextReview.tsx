import { Button, Text } from '@fluentui/react-components';
import { memo } from 'react';

import { TextArea, TextFields, usePatch } from '../fields';
import { useSectionStyles, type SectionProps } from './parts';

export const NextReview = memo(function NextReview({ value, edit, disabled }: SectionProps<'nextReview'>) {
  const s = useSectionStyles();
  const set = usePatch(edit, 'nextReview');
  const changed = Boolean(value.date && value.proposedDate && value.date !== value.proposedDate);
  return (
    <div className={s.stack}>
      <Text>
        {value.proposedDate
          ? `The area’s cadence proposes ${value.proposedDate}.`
          : 'No review date is proposed at this level.'}
      </Text>
      {value.proposedDate && !disabled && value.date !== value.proposedDate && (
        <Button onClick={() => set({ date: value.proposedDate, changeReason: '' })}>Use {value.proposedDate}</Button>
      )}
      <TextFields
        specs={[{ name: 'date', label: 'Next review date', type: 'date', optional: true }]}
        at="nextReview"
        value={value}
        set={set}
        disabled={disabled}
      />
      {changed && (
        <TextArea
          label="Reason for changing the proposed date"
          field="nextReview.changeReason"
          required
          error={value.changeReason.trim() ? undefined : 'Give a reason for changing the proposed date.'}
          value={value.changeReason}
          disabled={disabled}
          onChange={(changeReason) => set({ changeReason })}
        />
      )}
      <TextFields
        specs={[{ name: 'reconveneCriteria', label: 'Reconvene early if' }]}
        at="nextReview"
        value={value}
        set={set}
        disabled={disabled}
      />
    </div>
  );
});
