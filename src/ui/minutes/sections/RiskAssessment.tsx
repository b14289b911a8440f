import { memo } from 'react';

import {
  roshGroups,
  RoshLevelSchema,
  type Minutes,
  type RoshGroup,
  type RoshLevel,
} from '../../../core/minutes/minutes.schema';
import { Choice, TextFields, usePatch, type TextSpec } from '../fields';
import { useT } from '../../i18n/I18nProvider';
import { useSectionStyles, type SectionProps } from './parts';

const riskTexts: readonly TextSpec<Minutes['riskAssessment']>[] = [
  { name: 'whoIsAtRisk', label: 'sections.riskAssessment.whoIsAtRisk', restricted: true },
  { name: 'nature', label: 'sections.riskAssessment.nature' },
  { name: 'whenGreatest', label: 'sections.riskAssessment.whenGreatest', restricted: true },
  { name: 'increases', label: 'sections.riskAssessment.increases' },
  { name: 'protectiveFactors', label: 'sections.riskAssessment.protectiveFactors' },
  { name: 'dissent', label: 'sections.riskAssessment.dissent' },
];

export const RiskAssessment = memo(function RiskAssessment({ value, edit, disabled }: SectionProps<'riskAssessment'>) {
  const s = useSectionStyles();
  const t = useT();
  const roshOptions = RoshLevelSchema.options.map((l) => [l, t(`sections.rosh.level.${l}`)] as const);
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
          <legend>{t(`sections.riskAssessment.rosh.${where}`)}</legend>
          {(Object.keys(roshGroups) as RoshGroup[]).map((g) => (
            <Choice
              key={g}
              label={t(`sections.riskAssessment.roshChoice.${where}`, { group: t(`sections.rosh.group.${g}`) })}
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
