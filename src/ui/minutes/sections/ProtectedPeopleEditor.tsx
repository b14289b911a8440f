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
import { useT } from '../../i18n/I18nProvider';
import { Choice, TextArea, TextInput, useDraft } from '../fields';
import { useSectionStyles } from './parts';

const kinds = Object.keys(protectedKinds) as ProtectedKind[];
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
  const t = useT();
  const kindOptions = kinds.map((k): [ProtectedKind, string] => [k, t(`sections.protectedPeople.kind.${k}`)]);
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
      setMessage(userMessage(e, t('sections.protectedPeople.saveFailed')));
    } finally {
      setBusy(false);
    }
  };
  const add = () => {
    if (!draft.name.trim()) return setMessage(t('sections.protectedPeople.nameNeeded'));
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
    <section aria-label={t('sections.protectedPeople.label')} className={s.stack}>
      <Text weight="semibold">{t('sections.protectedPeople.heading')}</Text>
      <Text size={200}>{t('sections.protectedPeople.intro')}</Text>
      {people.length === 0 ? (
        <Text size={200}>{t('sections.protectedPeople.none')}</Text>
      ) : (
        <ul aria-label={t('sections.protectedPeople.label')}>
          {people.map((p) => (
            <li key={p.id}>
              <Text>
                {p.aliases.length > 0
                  ? t('sections.protectedPeople.personWithAliases', {
                      name: p.name,
                      kind: t(`sections.protectedPeople.kind.${p.kind}`),
                      aliases: p.aliases.join(', '),
                    })
                  : t('sections.protectedPeople.person', {
                      name: p.name,
                      kind: t(`sections.protectedPeople.kind.${p.kind}`),
                    })}
                {p.addresses.length > 0 ? `; ${p.addresses.join('; ')}` : ''}
                {p.emails.length > 0 ? `; ${p.emails.join(', ')}` : ''}
              </Text>{' '}
              {!disabled && (
                <Button
                  size="small"
                  disabled={busy}
                  aria-label={t('sections.protectedPeople.removeLabel', { name: p.name })}
                  onClick={() => void save(people.filter((x) => x.id !== p.id))}
                >
                  {t('sections.protectedPeople.remove')}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!disabled && (
        <div className={s.item}>
          <Choice
            label={t('sections.protectedPeople.whoTheyAre')}
            value={kind}
            options={kindOptions}
            onChange={setKind}
            restricted
          />
          <TextInput label={t('sections.protectedPeople.name')} restricted maxLength={200} {...bind('name')} />
          <TextInput label={t('sections.protectedPeople.aliases')} restricted maxLength={2000} {...bind('aliases')} />
          <TextArea
            label={t('sections.protectedPeople.addresses')}
            restricted
            rows={2}
            maxLength={2000}
            {...bind('addresses')}
          />
          <TextInput label={t('sections.protectedPeople.emails')} restricted maxLength={2000} {...bind('emails')} />
          <Button disabled={busy} onClick={add}>
            {t('sections.protectedPeople.add')}
          </Button>
        </div>
      )}
      {message && <Text role="alert">{message}</Text>}
    </section>
  );
}
