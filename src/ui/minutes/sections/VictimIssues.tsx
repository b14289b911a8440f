import { Button, Text } from '@fluentui/react-components';
import { memo, useState } from 'react';

import { useServices } from '../../../app/ServicesProvider';
import { emailDomain } from '../../../core/confidentiality/distribution';
import type { Minutes } from '../../../core/minutes/minutes.schema';
import { TextInput, useDraft, useListEdits, type ListLens } from '../fields';
import type { MinutesSession } from '../../../app/minutes/minutesSession';
import { ProtectedPeopleEditor } from './ProtectedPeopleEditor';
import { PersonLine, textSection, useSectionStyles, type SectionProps } from './parts';

const flaggedVictimsList: ListLens<Minutes['victimIssues']['flaggedVictims'][number]> = {
  get: (m) => m.victimIssues.flaggedVictims,
  put: (m, flaggedVictims) => ({ ...m, victimIssues: { ...m.victimIssues, flaggedVictims } }),
};

const VictimIssuesText = textSection('victimIssues', [
  { name: 'text', label: 'Victim issues (from the victim liaison officer)', restricted: true },
]);

export const VictimIssues = memo(function VictimIssues({
  value,
  edit,
  disabled,
  session,
}: SectionProps<'victimIssues'> & { session?: MinutesSession }) {
  const s = useSectionStyles();
  const { ids } = useServices();
  const flagged = useListEdits(edit, flaggedVictimsList);
  const { draft, bind, reset } = useDraft({ name: '', email: '' });
  const [error, setError] = useState<string>();
  const add = () => {
    const email = draft.email.trim().toLowerCase();
    if (!draft.name.trim()) return setError('Enter the name of the person flagged as a victim.');
    if (email && !emailDomain(email)) return setError('Enter a valid e-mail address, or leave it empty.');
    setError(undefined);
    flagged.add({ id: ids.newId('vic'), name: draft.name.trim(), email });
    reset();
  };
  return (
    <div className={s.stack}>
      <VictimIssuesText value={value} edit={edit} disabled={disabled} />
      <Text weight="semibold">People flagged as victims (restricted): never sent minutes</Text>
      {value.flaggedVictims.length === 0 && <Text size={200}>Nobody is flagged.</Text>}
      <ul aria-label="People flagged as victims">
        {value.flaggedVictims.map((v) => (
          <li key={v.id}>
            <PersonLine
              {...v}
              remove={disabled ? undefined : `Remove the flag on ${v.name}`}
              onRemove={() => flagged.remove(v.id)}
            />
          </li>
        ))}
      </ul>
      {!disabled && (
        <div className={s.item}>
          <TextInput
            label="Name of a person flagged as a victim"
            restricted
            field="victimIssues.flaggedVictims.*.name"
            {...bind('name')}
          />
          <TextInput
            label="Their e-mail, if known"
            restricted
            type="email"
            field="victimIssues.flaggedVictims.*.email"
            {...bind('email')}
          />
          {error && <Text role="alert">{error}</Text>}
          <Button onClick={add}>Flag as a victim</Button>
        </div>
      )}
      {session && <ProtectedPeopleEditor session={session} disabled={disabled} />}
    </div>
  );
});
