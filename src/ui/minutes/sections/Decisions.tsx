import { Button, Checkbox, Text } from '@fluentui/react-components';
import { memo } from 'react';

import { useServices } from '../../../app/ServicesProvider';
import type { Category, Level } from '../../../core/cases/case.schema';
import type { Minutes } from '../../../core/minutes/minutes.schema';
import { decisionProblems } from '../../../core/minutes/levelAndCategory';
import { agencyMessage } from '../../../core/people/agency';
import {
  Choice,
  NumberChoice,
  TextArea,
  TextFields,
  useListEdits,
  usePatch,
  type ListLens,
  type TextSpec,
} from '../fields';
import { useT } from '../../i18n/I18nProvider';
import { say } from '../labels';
import { agencyOptions, useSectionStyles, type SectionProps } from './parts';

const agencyViewsList: ListLens<Minutes['decisions']['agencyViews'][number]> = {
  get: (m) => m.decisions.agencyViews,
  put: (m, agencyViews) => ({ ...m, decisions: { ...m.decisions, agencyViews } }),
};

const rationales = {
  level: [{ name: 'levelRationale', label: 'sections.decisions.levelRationale', required: true }],
  category: [{ name: 'categoryRationale', label: 'sections.decisions.categoryRationale', required: true }],
} satisfies Record<string, readonly TextSpec<Minutes['decisions']>[]>;

export const Decisions = memo(function Decisions({ value, edit, disabled }: SectionProps<'decisions'>) {
  const s = useSectionStyles();
  const t = useT();
  const levelOptions = ([1, 2, 3] as const).map((n) => [String(n), t('sections.level', { level: n })] as const);
  const categoryOptions = ([1, 2, 3, 4] as const).map((n) => [String(n), t(`sections.category.${n}`)] as const);
  const { ids } = useServices();
  const set = usePatch(edit, 'decisions');
  const views = useListEdits(edit, agencyViewsList);
  const problems = decisionProblems(value.level, value.category);
  return (
    <div className={s.stack}>
      <Text>{t('sections.decisions.intro')}</Text>
      {value.agencyViews.map((v) => {
        const agency = t(agencyMessage(v.agency));
        return (
          <div key={v.id} className={s.item}>
            <Choice
              label={t('sections.decisions.agency')}
              value={v.agency}
              options={agencyOptions}
              disabled={disabled}
              onChange={(a) => a && views.update(v.id, { agency: a })}
            />
            <NumberChoice<Level>
              label={t('sections.decisions.agencyLevel', { agency })}
              value={v.level}
              options={levelOptions}
              disabled={disabled}
              onChange={(level) => views.update(v.id, { level })}
            />
            <NumberChoice<Category>
              label={t('sections.decisions.agencyCategory', { agency })}
              value={v.category}
              options={categoryOptions}
              disabled={disabled}
              onChange={(category) => views.update(v.id, { category })}
            />
            <TextArea
              label={t('sections.decisions.agencyView', { agency })}
              field="decisions.agencyViews.*.view"
              rows={2}
              value={v.view}
              disabled={disabled}
              onChange={(view) => views.update(v.id, { view })}
            />
          </div>
        );
      })}
      {!disabled && (
        <Button onClick={() => views.add({ id: ids.newId('view'), agency: 'police', view: '' })}>
          {t('sections.decisions.addView')}
        </Button>
      )}
      <NumberChoice<Level>
        label={t('sections.decisions.level')}
        value={value.level}
        options={levelOptions}
        disabled={disabled}
        error={problems[0] && say(t, problems[0])}
        onChange={(level) => set({ level })}
      />
      <TextFields specs={rationales.level} at="decisions" value={value} set={set} disabled={disabled} />
      <NumberChoice<Category>
        label={t('sections.decisions.category')}
        value={value.category}
        options={categoryOptions}
        disabled={disabled}
        onChange={(category) => set({ category })}
      />
      <TextFields specs={rationales.category} at="decisions" value={value} set={set} disabled={disabled} />
      <Checkbox
        label={t('sections.decisions.exit')}
        checked={value.exitMappa}
        disabled={disabled}
        onChange={(_, d) => set({ exitMappa: Boolean(d.checked) })}
      />
    </div>
  );
});
