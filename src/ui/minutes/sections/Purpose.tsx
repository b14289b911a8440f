import { Text } from '@fluentui/react-components';
import { memo } from 'react';

import type { CarriedItem, Minutes } from '../../../core/minutes/minutes.schema';
import { TextArea, TextFields, usePatch, type TextSpec } from '../fields';
import { useT } from '../../i18n/I18nProvider';
import { useSectionStyles, type SectionProps } from './parts';

const specs: readonly TextSpec<Minutes['purpose']>[] = [
  { name: 'reason', label: 'sections.purpose.reason' },
  { name: 'changesSinceLast', label: 'sections.purpose.changesSinceLast' },
];

/** The meeting's purpose, and the items an earlier meeting adjourned to it, each with what came of it. */
export const Purpose = memo(function Purpose({ value, edit, disabled }: SectionProps<'purpose'>) {
  const s = useSectionStyles();
  const t = useT();
  const set = usePatch(edit, 'purpose');
  const setOutcome = (id: string, outcome: string) =>
    edit((m) => ({
      ...m,
      purpose: {
        ...m.purpose,
        carriedItems: m.purpose.carriedItems.map((c) => (c.id === id ? { ...c, outcome } : c)),
      },
    }));
  return (
    <div className={s.stack}>
      <TextFields specs={specs} at="purpose" value={value} set={set} disabled={disabled} />
      {value.carriedItems.length > 0 && (
        <section aria-label={t('sections.purpose.carriedItems')} className={s.stack}>
          <Text weight="semibold">{t('sections.purpose.carriedItems')}</Text>
          {value.carriedItems.map((c, i) => (
            <CarriedItemForm key={c.id} item={c} number={i + 1} disabled={disabled} setOutcome={setOutcome} />
          ))}
        </section>
      )}
    </div>
  );
});

function CarriedItemForm({
  item: c,
  number,
  disabled,
  setOutcome,
}: {
  item: CarriedItem;
  number: number;
  disabled?: boolean;
  setOutcome: (id: string, outcome: string) => void;
}) {
  const s = useSectionStyles();
  const t = useT();
  const notRecorded = t('sections.purpose.notRecorded');
  return (
    <div className={s.item}>
      <Text>
        {t('sections.purpose.carriedItem', {
          item: c.item,
          date: c.fromDate ? t.date(c.fromDate, { dateStyle: 'medium', timeZone: 'UTC' }) : '',
        })}
      </Text>
      <Text size={200}>{t('sections.purpose.why', { reason: c.reason || notRecorded })}</Text>
      <Text size={200}>{t('sections.purpose.awaiting', { awaiting: c.awaiting || notRecorded })}</Text>
      <TextArea
        label={t('sections.purpose.outcome', { number })}
        field="purpose.carriedItems.*.outcome"
        required
        rows={2}
        value={c.outcome}
        disabled={disabled}
        onChange={(outcome) => setOutcome(c.id, outcome)}
      />
    </div>
  );
}
