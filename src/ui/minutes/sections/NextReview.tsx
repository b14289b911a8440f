import { Button, Text } from '@fluentui/react-components';
import { memo } from 'react';

import { TextArea, TextFields, usePatch } from '../fields';
import { useT } from '../../i18n/I18nProvider';
import { useSectionStyles, type SectionProps } from './parts';

export const NextReview = memo(function NextReview({ value, edit, disabled }: SectionProps<'nextReview'>) {
  const s = useSectionStyles();
  const t = useT();
  const day = (d: string) => t.date(d, { dateStyle: 'medium', timeZone: 'UTC' });
  const set = usePatch(edit, 'nextReview');
  const changed = Boolean(value.date && value.proposedDate && value.date !== value.proposedDate);
  return (
    <div className={s.stack}>
      <Text>
        {value.proposedDate
          ? t('sections.nextReview.proposed', { date: day(value.proposedDate) })
          : t('sections.nextReview.noneProposed')}
      </Text>
      {value.proposedDate && !disabled && value.date !== value.proposedDate && (
        <Button onClick={() => set({ date: value.proposedDate, changeReason: '' })}>
          {t('sections.nextReview.use', { date: day(value.proposedDate) })}
        </Button>
      )}
      <TextFields
        specs={[{ name: 'date', label: 'sections.nextReview.date', type: 'date', optional: true }]}
        at="nextReview"
        value={value}
        set={set}
        disabled={disabled}
      />
      {changed && (
        <TextArea
          label={t('sections.nextReview.changeReason')}
          field="nextReview.changeReason"
          required
          error={value.changeReason.trim() ? undefined : t('sections.nextReview.changeReasonNeeded')}
          value={value.changeReason}
          disabled={disabled}
          onChange={(changeReason) => set({ changeReason })}
        />
      )}
      <TextFields
        specs={[{ name: 'reconveneCriteria', label: 'sections.nextReview.reconvene' }]}
        at="nextReview"
        value={value}
        set={set}
        disabled={disabled}
      />
    </div>
  );
});
