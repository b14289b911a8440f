import { Field, Radio, RadioGroup } from '@fluentui/react-components';
import { memo } from 'react';

import type { Minutes } from '../../../core/minutes/minutes.schema';
import { TextFields, usePatch, type TextSpec } from '../fields';
import { useSectionStyles, type SectionProps } from './parts';

const notInformed: readonly TextSpec<Minutes['offenderInvolvement']>[] = [
  { name: 'reasonNotInformed', label: 'Why not', required: true },
];
const representations: readonly TextSpec<Minutes['offenderInvolvement']>[] = [
  { name: 'representations', label: 'Written representations received through the offender manager' },
];

export const OffenderInvolvement = memo(function OffenderInvolvement({
  value,
  edit,
  disabled,
}: SectionProps<'offenderInvolvement'>) {
  const s = useSectionStyles();
  const set = usePatch(edit, 'offenderInvolvement');
  return (
    <div className={s.stack}>
      <Field label="Has the offender been told they are managed under MAPPA?">
        <RadioGroup
          value={value.informed ?? ''}
          disabled={disabled}
          onChange={(_, d) => set({ informed: d.value as 'yes' | 'no' })}
        >
          <Radio value="yes" label="Yes" />
          <Radio value="no" label="No" />
        </RadioGroup>
      </Field>
      {value.informed === 'no' && (
        <TextFields specs={notInformed} at="offenderInvolvement" value={value} set={set} disabled={disabled} />
      )}
      <TextFields specs={representations} at="offenderInvolvement" value={value} set={set} disabled={disabled} />
    </div>
  );
});
