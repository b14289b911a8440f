import { Text } from '@fluentui/react-components';
import { memo } from 'react';

import type { Minutes, MinutesAction } from '../../../core/minutes/minutes.schema';
import { planPillars } from '../../../core/minutes/planPillars';
import { useT } from '../../i18n/I18nProvider';
import { pillarName } from '../labels';
import type { Person } from '../../../core/people/agency';
import { ActionList } from '../ActionList';
import { AddActionForm } from '../AddActionForm';
import { TextArea, TextInput } from '../fields';
import { useSectionStyles, type SectionProps } from './parts';

export const Plan = memo(function Plan({
  value,
  actions,
  edit,
  disabled,
  people,
}: SectionProps<'plan'> & { actions: MinutesAction[]; people: Person[] }) {
  const s = useSectionStyles();
  const t = useT();
  const setPillar = (p: keyof Minutes['plan'], patch: Partial<Minutes['plan']['supervision']>) =>
    edit((m) => ({ ...m, plan: { ...m.plan, [p]: { ...m.plan[p], ...patch } } }));
  return (
    <div className={s.stack}>
      {planPillars.map((p) => {
        const count = actions.filter((a) => a.pillar === p).length;
        const restricted = p === 'victimSafety';
        return (
          <section key={p} className={s.item} aria-label={pillarName(t, p)}>
            <Text weight="semibold">{t('sections.plan.pillarActions', { pillar: pillarName(t, p), count })}</Text>
            <TextArea
              label={t('sections.plan.pillarPlan', { pillar: pillarName(t, p) })}
              field={`plan.${p}.text`}
              restricted={restricted}
              value={value[p].text}
              disabled={disabled}
              onChange={(text) => setPillar(p, { text })}
            />
            {count === 0 && (
              <TextInput
                label={t('sections.plan.noneNeeded', { pillar: pillarName(t, p) })}
                field={`plan.${p}.noneNeededReason`}
                restricted={restricted}
                value={value[p].noneNeededReason}
                disabled={disabled}
                onChange={(noneNeededReason) => setPillar(p, { noneNeededReason })}
              />
            )}
            <ActionList actions={actions} pillar={p} people={people} edit={edit} disabled={disabled} />
            {!disabled && <AddActionForm pillar={p} people={people} edit={edit} />}
          </section>
        );
      })}
      <section className={s.item} aria-label={pillarName(t, 'contingency')}>
        <TextArea
          label={t('sections.plan.contingency')}
          field="plan.contingency.text"
          value={value.contingency.text}
          disabled={disabled}
          onChange={(text) => setPillar('contingency', { text })}
        />
        {!disabled && <AddActionForm pillar="contingency" people={people} edit={edit} />}
      </section>
    </div>
  );
});
