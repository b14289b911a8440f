import { Button, Field, Radio, RadioGroup, Text } from '@fluentui/react-components';
import { memo } from 'react';

import { useServices } from '../../../app/ServicesProvider';
import { adjournmentProblems } from '../../../core/minutes/adjournment';
import type { Adjournment } from '../../../core/minutes/minutes.schema';
import { TextArea, TextInput, useListEdits, type Edit, type ListLens } from '../fields';
import { useSectionStyles } from './parts';

const adjournmentsList: ListLens<Adjournment> = {
  get: (m) => m.adjournments,
  put: (m, adjournments) => ({ ...m, adjournments }),
};

/**
 * Adjourning a discussion or the whole meeting: why, and what is awaited. The next review is still
 * set from the cadence below, and the next meeting's agenda carries the item.
 */
export const Adjournments = memo(function Adjournments({
  value,
  edit,
  disabled,
}: {
  value: Adjournment[];
  edit: Edit;
  disabled?: boolean;
}) {
  const s = useSectionStyles();
  const { ids } = useServices();
  const list = useListEdits(edit, adjournmentsList);
  return (
    <section aria-label="Adjournment" className={s.stack}>
      <Text weight="semibold">Adjournment</Text>
      {value.map((a, i) => {
        const name = `Adjournment ${i + 1}`;
        const problems = adjournmentProblems(a);
        return (
          <div key={a.id} className={s.item} role="group" aria-label={name}>
            <Field label={`${name}: what is adjourned`}>
              <RadioGroup
                value={a.scope}
                disabled={disabled}
                onChange={(_, d) => list.update(a.id, { scope: d.value as Adjournment['scope'] })}
              >
                <Radio value="discussion" label="A discussion" />
                <Radio value="meeting" label="The whole meeting" />
              </RadioGroup>
            </Field>
            {a.scope === 'discussion' && (
              <TextInput
                label={`${name}: discussion adjourned`}
                field="adjournments.*.item"
                required
                value={a.item}
                disabled={disabled}
                onChange={(item) => list.update(a.id, { item })}
              />
            )}
            <TextArea
              label={`${name}: reason`}
              field="adjournments.*.reason"
              required
              rows={2}
              value={a.reason}
              disabled={disabled}
              onChange={(reason) => list.update(a.id, { reason })}
            />
            <TextArea
              label={`${name}: what is awaited`}
              field="adjournments.*.awaiting"
              hint="For example further leave, or a report"
              required
              rows={2}
              value={a.awaiting}
              disabled={disabled}
              onChange={(awaiting) => list.update(a.id, { awaiting })}
            />
            {problems.length > 0 && <Text size={200}>{problems.join(' ')}</Text>}
            {!disabled && (
              <Button size="small" onClick={() => list.remove(a.id)}>
                Remove {name.toLowerCase()}
              </Button>
            )}
          </div>
        );
      })}
      {value.length > 0 && (
        <Text size={200}>Adjourned items go on the next meeting’s agenda. Set the next review as usual below.</Text>
      )}
      {!disabled && (
        <Button
          onClick={() => list.add({ id: ids.newId('adj'), scope: 'discussion', item: '', reason: '', awaiting: '' })}
        >
          Adjourn a discussion or the meeting
        </Button>
      )}
    </section>
  );
});
