import { Button, Text } from '@fluentui/react-components';
import { memo, useState } from 'react';

import { useServices } from '../../../app/ServicesProvider';
import { emailDomain } from '../../../core/confidentiality/distribution';
import type { Minutes } from '../../../core/minutes/minutes.schema';
import { TextInput, useDraft, useListEdits, type ListLens } from '../fields';
import type { MinutesSession } from '../../../app/minutes/minutesSession';
import { ProtectedPeopleEditor } from './ProtectedPeopleEditor';
import { useT } from '../../i18n/I18nProvider';
import { PersonLine, textSection, useSectionStyles, type SectionProps } from './parts';

const flaggedVictimsList: ListLens<Minutes['victimIssues']['flaggedVictims'][number]> = {
  get: (m) => m.victimIssues.flaggedVictims,
  put: (m, flaggedVictims) => ({ ...m, victimIssues: { ...m.victimIssues, flaggedVictims } }),
};

const VictimIssuesText = textSection('victimIssues', [
  { name: 'text', label: 'sections.victimIssues.text', restricted: true },
]);

export const VictimIssues = memo(function VictimIssues({
  value,
  edit,
  disabled,
  session,
}: SectionProps<'victimIssues'> & { session?: MinutesSession }) {
  const s = useSectionStyles();
  const t = useT();
  const { ids } = useServices();
  const flagged = useListEdits(edit, flaggedVictimsList);
  const { draft, bind, reset } = useDraft({ name: '', email: '' });
  const [error, setError] = useState<string>();
  const add = () => {
    const email = draft.email.trim().toLowerCase();
    if (!draft.name.trim()) return setError(t('sections.victimIssues.nameNeeded'));
    if (email && !emailDomain(email)) return setError(t('sections.victimIssues.emailInvalid'));
    setError(undefined);
    flagged.add({ id: ids.newId('vic'), name: draft.name.trim(), email });
    reset();
  };
  return (
    <div className={s.stack}>
      <VictimIssuesText value={value} edit={edit} disabled={disabled} />
      <Text weight="semibold">{t('sections.victimIssues.flaggedHeading')}</Text>
      {value.flaggedVictims.length === 0 && <Text size={200}>{t('sections.victimIssues.noneFlagged')}</Text>}
      <ul aria-label={t('sections.victimIssues.flaggedList')}>
        {value.flaggedVictims.map((v) => (
          <li key={v.id}>
            <PersonLine
              {...v}
              remove={disabled ? undefined : t('sections.victimIssues.removeFlag', { name: v.name })}
              onRemove={() => flagged.remove(v.id)}
            />
          </li>
        ))}
      </ul>
      {!disabled && (
        <div className={s.item}>
          <TextInput
            label={t('sections.victimIssues.name')}
            restricted
            field="victimIssues.flaggedVictims.*.name"
            {...bind('name')}
          />
          <TextInput
            label={t('sections.victimIssues.email')}
            restricted
            type="email"
            field="victimIssues.flaggedVictims.*.email"
            {...bind('email')}
          />
          {error && <Text role="alert">{error}</Text>}
          <Button onClick={add}>{t('sections.victimIssues.flag')}</Button>
        </div>
      )}
      {session && <ProtectedPeopleEditor session={session} disabled={disabled} />}
    </div>
  );
});
