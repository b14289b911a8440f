import { Button, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { memo } from 'react';

import { useServices } from '../../../app/ServicesProvider';
import type { Minutes } from '../../../core/minutes/minutes.schema';
import { useT } from '../../i18n/I18nProvider';
import { MinimumNecessaryCheck } from '../../confidentiality/MinimumNecessaryCheck';
import { Choice, TextArea, TextInput, useListEdits, type ListLens } from '../fields';
import { agencyOptions, useSectionStyles, type SectionProps } from './parts';

const useStyles = makeStyles({
  // Agency entries off screen are skipped for style, layout and paint.
  entry: { contentVisibility: 'auto', containIntrinsicSize: 'auto 640px' },
  written: {
    padding: tokens.spacingHorizontalXS,
    backgroundColor: tokens.colorPaletteYellowBackground1,
    borderRadius: tokens.borderRadiusSmall,
  },
});

type AgencyEntry = Minutes['agencyInformation'][number];

const agencyInformationList: ListLens<AgencyEntry> = {
  get: (m) => m.agencyInformation,
  put: (m, agencyInformation) => ({ ...m, agencyInformation }),
};

/** One agency's contribution, with the minimum-necessary check it passes recorded beside it. */
const AgencyEntryForm = memo(function AgencyEntryForm({
  entry,
  number,
  setItem,
  disabled,
}: {
  entry: AgencyEntry;
  number: number;
  setItem: (id: string, patch: Partial<AgencyEntry>) => void;
  disabled?: boolean;
}) {
  const s = useSectionStyles();
  const own = useStyles();
  const t = useT();
  const written = entry.source === 'written';
  const agency = t(`people.agency.${entry.agency}`);
  const source = written ? 'written' : 'verbal';
  const name = t('sections.agencyInformation.name', { number, agency, source });
  const set = (patch: Partial<AgencyEntry>) => setItem(entry.id, patch);
  return (
    <section className={mergeClasses(s.item, own.entry)} aria-label={name}>
      <Text weight="semibold">{name}</Text>
      {written && (
        <Text size={200} className={own.written}>
          {entry.from
            ? t('sections.agencyInformation.writtenFrom', { from: entry.from })
            : t('sections.agencyInformation.writtenFromAgency')}
        </Text>
      )}
      <Choice
        label={t('sections.agencyInformation.agency', { number })}
        value={entry.agency}
        options={agencyOptions}
        disabled={disabled}
        onChange={(agency) => agency && set({ agency })}
      />
      <TextInput
        label={t('sections.agencyInformation.from', { number })}
        field="agencyInformation.*.from"
        value={entry.from}
        disabled={disabled}
        onChange={(from) => set({ from })}
      />
      <TextArea
        label={t('sections.agencyInformation.text', { number, agency, source })}
        restricted
        field="agencyInformation.*.text"
        value={entry.text}
        disabled={disabled}
        onChange={(text) => set({ text })}
      />
      <MinimumNecessaryCheck
        title={t('sections.agencyInformation.minimumNecessary', { number })}
        at="agencyInformation.*.minimumNecessary"
        agency={entry.agency}
        text={entry.text}
        value={entry.minimumNecessary}
        disabled={disabled}
        onChange={(minimumNecessary) => set({ minimumNecessary })}
      />
    </section>
  );
});

export const AgencyInformation = memo(function AgencyInformation({
  value,
  edit,
  disabled,
}: SectionProps<'agencyInformation'>) {
  const s = useSectionStyles();
  const t = useT();
  const { ids } = useServices();
  const entries = useListEdits(edit, agencyInformationList);
  return (
    <div className={s.stack}>
      <Text size={200}>{t('sections.agencyInformation.intro')}</Text>
      {value.map((i, n) => (
        <AgencyEntryForm key={i.id} entry={i} number={n + 1} setItem={entries.update} disabled={disabled} />
      ))}
      {!disabled && (
        <Button
          onClick={() => entries.add({ id: ids.newId('inf'), agency: 'police', from: '', source: 'verbal', text: '' })}
        >
          {t('sections.agencyInformation.add')}
        </Button>
      )}
    </div>
  );
});
