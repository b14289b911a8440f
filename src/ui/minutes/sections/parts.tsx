import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { memo, useMemo } from 'react';

import type { Minutes } from '../../../core/minutes/minutes.schema';
import { agencies, agencyMessage, type Agency } from '../../../core/people/agency';
import { useT } from '../../i18n/I18nProvider';
import { TextFields, usePatch, type Edit, type TextSpec } from '../fields';

/** What every section form takes: its part of the minutes, the edit that changes the whole, and whether it is read-only. */
export type SectionProps<K extends keyof Minutes> = { value: Minutes[K]; edit: Edit; disabled?: boolean };

export const useSectionStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'end' },
  statement: { whiteSpace: 'pre-wrap', margin: 0 },
});

export const agencyOptions = (Object.keys(agencies) as Agency[]).map((a) => [a, agencyMessage(a)] as const);

/** A section that is only text fields, described as data. */
export function textSection<
  K extends 'purpose' | 'safeguarding' | 'victimIssues' | 'equality' | 'media' | 'executiveSummary',
>(key: K, specs: readonly TextSpec<Minutes[K]>[]) {
  return memo(function TextSection({ value, edit, disabled }: SectionProps<K>) {
    const s = useSectionStyles();
    const set = usePatch(edit, key);
    return (
      <div className={s.stack}>
        <TextFields specs={specs} at={key} value={value} set={set} disabled={disabled} />
      </div>
    );
  });
}

/** Instants shown to people, in the area's time zone and the reader's language. */
export function useDateTime(timeZone: string): { format: (instant: Date) => string } {
  const t = useT();
  return useMemo(
    () => ({ format: (instant: Date) => t.date(instant, { timeZone, dateStyle: 'medium', timeStyle: 'short' }) }),
    [t, timeZone],
  );
}

/** A named person with an e-mail address, and the button that takes them off the list. */
export function PersonLine({
  name,
  email,
  remove,
  onRemove,
}: {
  name: string;
  email: string;
  remove?: string;
  onRemove: () => void;
}) {
  return (
    <>
      <Text>
        {name}
        {email ? `, ${email}` : ''}
      </Text>{' '}
      {remove && (
        <Button size="small" onClick={onRemove}>
          {remove}
        </Button>
      )}
    </>
  );
}
