import { Button, Text } from '@fluentui/react-components';
import { useState } from 'react';

import type { MinutesSession } from '../../../app/minutes/minutesSession';
import { useServices } from '../../../app/ServicesProvider';
import {
  protectedKinds,
  type ProtectedKind,
  type ProtectedPerson,
} from '../../../core/protection/protectedPeople.schema';
import { userMessage } from '../../../core/shared/errors';
import { Choice, TextArea, TextInput, useDraft } from '../fields';
import { useSectionStyles } from './parts';

const kindOptions = Object.entries(protectedKinds) as [ProtectedKind, string][];
const list = (text: string) =>
  text
    .split(/[;\n]+/)
    .map((x) => x.trim())
    .filter(Boolean);

/**
 * The case's protected people (victims, potential victims, children, partners): kept with the case,
 * not the meeting, and withheld from the stage, the summary, third-party forms and mail.
 */
export function ProtectedPeopleEditor({ session, disabled }: { session: MinutesSession; disabled?: boolean }) {
  const s = useSectionStyles();
  const { ids } = useServices();
  const [people, setPeople] = useState<readonly ProtectedPerson[]>(session.protectedPeople);
  const [kind, setKind] = useState<ProtectedKind | ''>('victim');
  const { draft, bind, reset } = useDraft({ name: '', aliases: '', addresses: '', emails: '' });
  const [message, setMessage] = useState<string>();
  const [busy, setBusy] = useState(false);

  const save = async (next: readonly ProtectedPerson[], done?: () => void) => {
    setBusy(true);
    try {
      await session.saveProtectedPeople(next);
      setPeople(session.protectedPeople);
      setMessage(undefined);
      done?.();
    } catch (e) {
      // What was typed stays in the form to try again.
      setMessage(userMessage(e, 'The protected people could not be saved. What you typed is kept; try again.'));
    } finally {
      setBusy(false);
    }
  };
  const add = () => {
    if (!draft.name.trim()) return setMessage('Enter the protected person’s name.');
    const person: ProtectedPerson = {
      id: ids.newId('pp'),
      kind: kind || 'victim',
      name: draft.name.trim(),
      aliases: list(draft.aliases),
      addresses: list(draft.addresses),
      emails: list(draft.emails).map((e) => e.toLowerCase()),
    };
    void save([...people, person], reset);
  };

  return (
    <section aria-label="Protected people" className={s.stack}>
      <Text weight="semibold">Protected people of this case (restricted)</Text>
      <Text size={200}>
        Victims, potential victims, children and partners. Their names, aliases and addresses are withheld from the
        stage, the executive summary, third-party forms and mail, and they are never sent the minutes.
      </Text>
      {people.length === 0 ? (
        <Text size={200}>Nobody is recorded.</Text>
      ) : (
        <ul aria-label="Protected people">
          {people.map((p) => (
            <li key={p.id}>
              <Text>
                {p.name} ({protectedKinds[p.kind]})
                {p.aliases.length > 0 ? `, also known as ${p.aliases.join(', ')}` : ''}
                {p.addresses.length > 0 ? `; ${p.addresses.join('; ')}` : ''}
                {p.emails.length > 0 ? `; ${p.emails.join(', ')}` : ''}
              </Text>{' '}
              {!disabled && (
                <Button
                  size="small"
                  disabled={busy}
                  aria-label={`Remove ${p.name} from the protected people`}
                  onClick={() => void save(people.filter((x) => x.id !== p.id))}
                >
                  Remove
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!disabled && (
        <div className={s.item}>
          <Choice label="Who they are" value={kind} options={kindOptions} onChange={setKind} restricted />
          <TextInput label="Name" restricted maxLength={200} {...bind('name')} />
          <TextInput label="Other names, separated by semicolons" restricted maxLength={2000} {...bind('aliases')} />
          <TextArea label="Addresses, one per line" restricted rows={2} maxLength={2000} {...bind('addresses')} />
          <TextInput
            label="E-mail addresses, separated by semicolons"
            restricted
            maxLength={2000}
            {...bind('emails')}
          />
          <Button disabled={busy} onClick={add}>
            Add a protected person
          </Button>
        </div>
      )}
      {message && <Text role="alert">{message}</Text>}
    </section>
  );
}
