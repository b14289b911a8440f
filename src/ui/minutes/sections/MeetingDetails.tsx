import { Text } from '@fluentui/react-components';
import { memo } from 'react';

import type { Person } from '../../../core/people/agency';
import { Choice, PersonChoice, TextFields, usePatch } from '../fields';
import { useT } from '../../i18n/I18nProvider';
import { agencyOptions, useSectionStyles, type SectionProps } from './parts';

export const MeetingDetails = memo(function MeetingDetails({
  value,
  edit,
  disabled,
  people,
  timeZone,
}: SectionProps<'meetingDetails'> & { people: Person[]; timeZone: string }) {
  const s = useSectionStyles();
  const t = useT();
  const set = usePatch(edit, 'meetingDetails');
  return (
    <div className={s.stack}>
      <Text>
        {t('sections.meetingDetails.summary', {
          kind: value.kind,
          sequence: value.sequence,
          date: t.date(value.start, { dateStyle: 'medium', timeZone }),
          level: value.level,
          category: t(`sections.category.${value.category}`),
        })}
      </Text>
      <TextFields
        specs={[{ name: 'venue', label: 'sections.meetingDetails.venue', type: 'text' }]}
        at="meetingDetails"
        value={value}
        set={set}
        disabled={disabled}
      />
      {(['chair', 'minuteTaker'] as const).map((role) => (
        <PersonChoice
          key={role}
          label={t(`sections.meetingDetails.${role}`)}
          people={people}
          value={value[role]}
          disabled={disabled}
          onChange={(person) => set({ [role]: person })}
        />
      ))}
      <Choice
        label={t('sections.meetingDetails.leadAgency')}
        value={value.leadAgency ?? ''}
        options={agencyOptions}
        disabled={disabled}
        onChange={(a) => set({ leadAgency: a || undefined })}
      />
    </div>
  );
});
