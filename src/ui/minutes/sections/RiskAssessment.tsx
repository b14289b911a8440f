import { memo } from 'react';

import {
  roshGroups,
  roshLabels,
  type Minutes,
  type RoshGroup,
  type RoshLevel,
} from '../../../core/minutes/minutes.schema';
import { Choice, TextFields, usePatch, type TextSpec } from '../fields';
import { useSectionStyles, type SectionProps } from './parts';

const roshOptions = Object.entries(roshLabels) as [RoshLevel, string][];

const riskTexts: readonly TextSpec<Minutes['riskAssessment']>[] = [
  { name: 'whoIsAtRisk', label: 'Who is at risk', restricted: true },
  { name: 'nature', label: 'Nature of the risk' },
  { name: 'whenGreatest', label: 'When the risk is greatest', restricted: true },
  { name: 'increases', label: 'What increases the risk' },
  { name: 'protectiveFactors', label: 'Protective factors' },
  { name: 'dissent', label: 'Differing views' },
];

export const RiskAssessment = memo(function RiskAssessment({ value, edit, disabled }: SectionProps<'riskAssessment'>) {
  const s = useSectionStyles();
  const set = usePatch(edit, 'riskAssessment');
  const setRosh = (where: 'community' | 'custody', g: RoshGroup, v: RoshLevel | '') =>
    edit((m) => ({
      ...m,
      riskAssessment: { ...m.riskAssessment, [where]: { ...m.riskAssessment[where], [g]: v || undefined } },
    }));
  return (
    <div className={s.stack}>
      {(['community', 'custody'] as const).map((where) => (
        <fieldset key={where} className={s.item}>
          <legend>Risk of serious harm {where === 'community' ? 'in the community' : 'in custody'}</legend>
          {(Object.keys(roshGroups) as RoshGroup[]).map((g) => (
            <Choice
              key={g}
              label={`${roshGroups[g]}, ${where}`}
              value={value[where][g] ?? ''}
              options={roshOptions}
              disabled={disabled}
              onChange={(v) => setRosh(where, g, v)}
            />
          ))}
        </fieldset>
      ))}
      <TextFields specs={riskTexts} at="riskAssessment" value={value} set={set} disabled={disabled} />
    </div>
  );
});
