import { Field, Radio, RadioGroup } from '@fluentui/react-components';
import { memo } from 'react';

import type { Minutes } from '../../../core/minutes/minutes.schema';
import { TextFields, usePatch, type TextSpec } from '../fields';
import { useT } from '../../i18n/I18nProvider';
import { useSectionStyles, type SectionProps } from './parts';

const notInformed: readonly TextSpec<Minutes['offenderInvolvement']>[] = [
  { name: 'reasonNotInformed', label: 'sections.offenderInvolvement.whyNot', required: true },
];
const representations: readonly TextSpec<Minutes['offenderInvolvement']>[] = [
  { name: 'representations', label: 'sections.offenderInvolvement.representations' },
];

export const OffenderInvolvement = memo(function OffenderInvolvement({
  value,
  edit,
  disabled,
}: SectionProps<'offenderInvolvement'>) {
  const s = useSectionStyles();
  const t = useT();
  const set = usePatch(edit, 'offenderInvolvement');
  return (
    <div className={s.stack}>
      <Field label={t('sections.offenderInvolvement.informed')}>
        <RadioGroup
          value={value.informed ?? ''}
          disabled={disabled}
          onChange={(_, d) => set({ informed: d.value as 'yes' | 'no' })}
        >
          <Radio value="yes" label={t('sections.offenderInvolvement.yes')} />
          <Radio value="no" label={t('sections.offenderInvolvement.no')} />
        </RadioGroup>
      </Field>
      {value.informed === 'no' && (
        <TextFields specs={notInformed} at="offenderInvolvement" value={value} set={set} disabled={disabled} />
      )}
      <TextFields specs={representations} at="offenderInvolvement" value={value} set={set} disabled={disabled} />
    </div>
  );
});
