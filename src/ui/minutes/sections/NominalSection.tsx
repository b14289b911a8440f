import { memo, useCallback } from 'react';

import type { Minutes } from '../../../core/minutes/minutes.schema';
import { TextFields, TextInput, usePatch, type TextSpec } from '../fields';
import { useT } from '../../i18n/I18nProvider';
import { useSectionStyles, type SectionProps } from './parts';

type Nominal = Minutes['nominal'];
const nominalNames: readonly TextSpec<Nominal>[] = [
  { name: 'name', label: 'sections.nominal.name', type: 'text' },
  { name: 'dateOfBirth', label: 'sections.nominal.dateOfBirth', type: 'date', optional: true },
];
const nominalIdentifiers: readonly TextSpec<Nominal['identifiers']>[] = [
  { name: 'pnc', label: 'sections.nominal.pnc', type: 'text' },
  { name: 'visor', label: 'sections.nominal.visor', type: 'text' },
  { name: 'agencyRef', label: 'sections.nominal.agencyRef', type: 'text' },
];
const nominalAddress: readonly TextSpec<Nominal>[] = [
  { name: 'address', label: 'sections.nominal.address', restricted: true },
];

/** Aliases are typed as one comma-separated line; a trailing empty alias keeps the comma being typed. */
const splitAliases = (v: string): string[] =>
  v
    .split(',')
    .map((x) => x.trimStart())
    .filter((x, i, all) => x || i === all.length - 1);

export const NominalSection = memo(function NominalSection({ value, edit, disabled }: SectionProps<'nominal'>) {
  const s = useSectionStyles();
  const t = useT();
  const set = usePatch(edit, 'nominal');
  const setId = useCallback(
    (patch: Partial<Nominal['identifiers']>) =>
      edit((m) => ({ ...m, nominal: { ...m.nominal, identifiers: { ...m.nominal.identifiers, ...patch } } })),
    [edit],
  );
  return (
    <div className={s.stack}>
      <TextFields specs={nominalNames} at="nominal" value={value} set={set} disabled={disabled} />
      <TextInput
        label={t('sections.nominal.aliases')}
        restricted
        // All aliases share one line, so the line keeps to one alias's limit: each is then within it.
        field="nominal.aliases.*"
        value={value.aliases.join(', ')}
        disabled={disabled}
        onChange={(v) => set({ aliases: splitAliases(v) })}
      />
      <TextFields
        specs={nominalIdentifiers}
        at="nominal.identifiers"
        value={value.identifiers}
        set={setId}
        disabled={disabled}
      />
      <TextFields specs={nominalAddress} at="nominal" value={value} set={set} disabled={disabled} />
    </div>
  );
});
