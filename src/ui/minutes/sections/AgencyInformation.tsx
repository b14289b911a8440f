import { Button, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { memo } from 'react';

import { useServices } from '../../../app/ServicesProvider';
import type { Minutes } from '../../../core/minutes/minutes.schema';
import { agencyLabel } from '../../../core/people/agency';
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
  const written = entry.source === 'written';
  const name = `Entry ${number}: ${agencyLabel(entry.agency)}${written ? ', written update' : ''}`;
  const set = (patch: Partial<AgencyEntry>) => setItem(entry.id, patch);
  return (
    <section className={mergeClasses(s.item, own.entry)} aria-label={name}>
      <Text weight="semibold">{name}</Text>
      {written && (
        <Text size={200} className={own.written}>
          Written update from {entry.from || 'the agency'}, sent because they could not attend; read out at the meeting.
        </Text>
      )}
      <Choice
        label={`Agency of entry ${number}`}
        value={entry.agency}
        options={agencyOptions}
        disabled={disabled}
        onChange={(agency) => agency && set({ agency })}
      />
      <TextInput
        label={`Entry ${number} given by`}
        field="agencyInformation.*.from"
        value={entry.from}
        disabled={disabled}
        onChange={(from) => set({ from })}
      />
      <TextArea
        label={`Information from ${agencyLabel(entry.agency)}${written ? ' (written update)' : ''}, entry ${number}`}
        restricted
        field="agencyInformation.*.text"
        value={entry.text}
        disabled={disabled}
        onChange={(text) => set({ text })}
      />
      <MinimumNecessaryCheck
        title={`Minimum necessary: entry ${number}`}
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
  const { ids } = useServices();
  const entries = useListEdits(edit, agencyInformationList);
  return (
    <div className={s.stack}>
      <Text size={200}>
        Share only what is needed to assess or manage the risk. Each entry records its minimum-necessary check.
      </Text>
      {value.map((i, n) => (
        <AgencyEntryForm key={i.id} entry={i} number={n + 1} setItem={entries.update} disabled={disabled} />
      ))}
      {!disabled && (
        <Button
          onClick={() => entries.add({ id: ids.newId('inf'), agency: 'police', from: '', source: 'verbal', text: '' })}
        >
          Add an agency’s information
        </Button>
      )}
    </div>
  );
});
