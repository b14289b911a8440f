import { Button, Checkbox, Text } from '@fluentui/react-components';
import { memo } from 'react';

import { useServices } from '../../../app/ServicesProvider';
import { categoryLabels, type Category, type Level } from '../../../core/cases/case.schema';
import type { Minutes } from '../../../core/minutes/minutes.schema';
import { decisionProblems } from '../../../core/minutes/levelAndCategory';
import { agencyLabel } from '../../../core/people/agency';
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
import { agencyOptions, useSectionStyles, type SectionProps } from './parts';

const levelOptions = [
  ['1', 'Level 1'],
  ['2', 'Level 2'],
  ['3', 'Level 3'],
] as const;
const categoryOptions = (Object.entries(categoryLabels) as [string, string][]).map(([k, v]) => [k, v] as const);

const agencyViewsList: ListLens<Minutes['decisions']['agencyViews'][number]> = {
  get: (m) => m.decisions.agencyViews,
  put: (m, agencyViews) => ({ ...m, decisions: { ...m.decisions, agencyViews } }),
};

const rationales = {
  level: [{ name: 'levelRationale', label: 'Rationale for the level', required: true }],
  category: [{ name: 'categoryRationale', label: 'Rationale for the category', required: true }],
} satisfies Record<string, readonly TextSpec<Minutes['decisions']>[]>;

export const Decisions = memo(function Decisions({ value, edit, disabled }: SectionProps<'decisions'>) {
  const s = useSectionStyles();
  const { ids } = useServices();
  const set = usePatch(edit, 'decisions');
  const views = useListEdits(edit, agencyViewsList);
  const problems = decisionProblems(value.level, value.category);
  return (
    <div className={s.stack}>
      <Text>Each agency gives its view on level and category; the chair decides.</Text>
      {value.agencyViews.map((v) => {
        const agency = agencyLabel(v.agency);
        return (
          <div key={v.id} className={s.item}>
            <Choice
              label="Agency"
              value={v.agency}
              options={agencyOptions}
              disabled={disabled}
              onChange={(a) => a && views.update(v.id, { agency: a })}
            />
            <NumberChoice<Level>
              label={`${agency}: level`}
              value={v.level}
              options={levelOptions}
              disabled={disabled}
              onChange={(level) => views.update(v.id, { level })}
            />
            <NumberChoice<Category>
              label={`${agency}: category`}
              value={v.category}
              options={categoryOptions}
              disabled={disabled}
              onChange={(category) => views.update(v.id, { category })}
            />
            <TextArea
              label={`${agency}: view`}
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
          Add an agency’s view
        </Button>
      )}
      <NumberChoice<Level>
        label="Level decided"
        value={value.level}
        options={levelOptions}
        disabled={disabled}
        error={problems[0]}
        onChange={(level) => set({ level })}
      />
      <TextFields specs={rationales.level} at="decisions" value={value} set={set} disabled={disabled} />
      <NumberChoice<Category>
        label="Category decided (one only)"
        value={value.category}
        options={categoryOptions}
        disabled={disabled}
        onChange={(category) => set({ category })}
      />
      <TextFields specs={rationales.category} at="decisions" value={value} set={set} disabled={disabled} />
      <Checkbox
        label="The case exits MAPPA"
        checked={value.exitMappa}
        disabled={disabled}
        onChange={(_, d) => set({ exitMappa: Boolean(d.checked) })}
      />
    </div>
  );
});
