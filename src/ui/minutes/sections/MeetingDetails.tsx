import { Text } from '@fluentui/react-components';
import { memo } from 'react';

import { categoryLabels } from '../../../core/cases/case.schema';
import { localDate } from '../../../core/shared/dates';
import type { Person } from '../../../core/people/agency';
import { Choice, PersonChoice, TextFields, usePatch } from '../fields';
import { agencyOptions, useSectionStyles, type SectionProps } from './parts';

export const MeetingDetails = memo(function MeetingDetails({
  value,
  edit,
  disabled,
  people,
  timeZone,
}: SectionProps<'meetingDetails'> & { people: Person[]; timeZone: string }) {
  const s = useSectionStyles();
  const set = usePatch(edit, 'meetingDetails');
  return (
    <div className={s.stack}>
      <Text>
        {{ initial: 'Initial', review: 'Review', urgent: 'Urgent' }[value.kind]} meeting, number {value.sequence}, on{' '}
        {localDate(value.start, timeZone)}. Level {value.level}, {categoryLabels[value.category]}.
      </Text>
      <TextFields
        specs={[{ name: 'venue', label: 'Venue or link', type: 'text' }]}
        at="meetingDetails"
        value={value}
        set={set}
        disabled={disabled}
      />
      {(['chair', 'minuteTaker'] as const).map((role) => (
        <PersonChoice
          key={role}
          label={role === 'chair' ? 'Chair' : 'Minute-taker'}
          people={people}
          value={value[role]}
          disabled={disabled}
          onChange={(person) => set({ [role]: person })}
        />
      ))}
      <Choice
        label="Lead agency"
        value={value.leadAgency ?? ''}
        options={agencyOptions}
        disabled={disabled}
        onChange={(a) => set({ leadAgency: a || undefined })}
      />
    </div>
  );
});
