import { Button, Field, Radio, RadioGroup, Text } from '@fluentui/react-components';
import { memo } from 'react';

import { useServices } from '../../../app/ServicesProvider';
import { missingAdjournmentParts } from '../../../core/minutes/adjournment';
import type { Adjournment } from '../../../core/minutes/minutes.schema';
import { useT } from '../../i18n/I18nProvider';
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
  const t = useT();
  const { ids } = useServices();
  const list = useListEdits(edit, adjournmentsList);
  return (
    <section aria-label={t('sections.adjournments.heading')} className={s.stack}>
      <Text weight="semibold">{t('sections.adjournments.heading')}</Text>
      {value.map((a, i) => {
        const number = i + 1;
        const name = t('sections.adjournments.name', { number });
        const problems = missingAdjournmentParts(a).map((part) => t(`sections.adjournments.problem.${part}`));
        return (
          <div key={a.id} className={s.item} role="group" aria-label={name}>
            <Field label={t('sections.adjournments.scope', { number })}>
              <RadioGroup
                value={a.scope}
                disabled={disabled}
                onChange={(_, d) => list.update(a.id, { scope: d.value as Adjournment['scope'] })}
              >
                <Radio value="discussion" label={t('sections.adjournments.scopeDiscussion')} />
                <Radio value="meeting" label={t('sections.adjournments.scopeMeeting')} />
              </RadioGroup>
            </Field>
            {a.scope === 'discussion' && (
              <TextInput
                label={t('sections.adjournments.item', { number })}
                field="adjournments.*.item"
                required
                value={a.item}
                disabled={disabled}
                onChange={(item) => list.update(a.id, { item })}
              />
            )}
            <TextArea
              label={t('sections.adjournments.reason', { number })}
              field="adjournments.*.reason"
              required
              rows={2}
              value={a.reason}
              disabled={disabled}
              onChange={(reason) => list.update(a.id, { reason })}
            />
            <TextArea
              label={t('sections.adjournments.awaiting', { number })}
              field="adjournments.*.awaiting"
              hint={t('sections.adjournments.awaitingHint')}
              required
              rows={2}
              value={a.awaiting}
              disabled={disabled}
              onChange={(awaiting) => list.update(a.id, { awaiting })}
            />
            {problems.length > 0 && <Text size={200}>{problems.join(' ')}</Text>}
            {!disabled && (
              <Button size="small" onClick={() => list.remove(a.id)}>
                {t('sections.adjournments.remove', { number })}
              </Button>
            )}
          </div>
        );
      })}
      {value.length > 0 && <Text size={200}>{t('sections.adjournments.carried')}</Text>}
      {!disabled && (
        <Button
          onClick={() => list.add({ id: ids.newId('adj'), scope: 'discussion', item: '', reason: '', awaiting: '' })}
        >
          {t('sections.adjournments.add')}
        </Button>
      )}
    </section>
  );
});
