import { Button, Text } from '@fluentui/react-components';
import { memo, useState } from 'react';

import { useServices } from '../../../app/ServicesProvider';
import { emailDomain, planDistribution } from '../../../core/confidentiality/distribution';
import type { Minutes } from '../../../core/minutes/minutes.schema';
import { victimFlagsOf } from '../../../core/minutes/recipients';
import { TextInput, useDraft, useListEdits, type ListLens } from '../fields';
import { useT } from '../../i18n/I18nProvider';
import { say } from '../labels';
import { PersonLine, useSectionStyles, type SectionProps } from './parts';

const recipientsList: ListLens<Minutes['distribution']['recipients'][number]> = {
  get: (m) => m.distribution.recipients,
  put: (m, recipients) => ({ ...m, distribution: { ...m.distribution, recipients } }),
};

export const Distribution = memo(function Distribution({
  value,
  edit,
  disabled,
  victimIssues,
}: SectionProps<'distribution'> & { victimIssues: Minutes['victimIssues'] }) {
  const s = useSectionStyles();
  const t = useT();
  const { ids, settings } = useServices();
  const recipients = useListEdits(edit, recipientsList);
  const { draft, bind, reset } = useDraft({ name: '', email: '' });
  const [error, setError] = useState<string>();
  const add = () => {
    const email = draft.email.trim().toLowerCase();
    if (!draft.name.trim() || !emailDomain(email)) return setError(t('sections.distribution.invalid'));
    const refused = planDistribution([{ name: draft.name, email }], settings, victimFlagsOf({ victimIssues }))
      .refused[0];
    if (refused) return setError(say(t, refused.message));
    setError(undefined);
    recipients.add({ id: ids.newId('rcp'), name: draft.name.trim(), email });
    reset();
  };
  return (
    <div className={s.stack}>
      {value.recipients.map((r) => (
        <div key={r.id} className={s.row}>
          <PersonLine
            {...r}
            remove={disabled ? undefined : t('sections.distribution.remove', { name: r.name })}
            onRemove={() => recipients.remove(r.id)}
          />
        </div>
      ))}
      {!disabled && (
        <>
          <TextInput label={t('sections.distribution.name')} field="distribution.recipients.*.name" {...bind('name')} />
          <TextInput
            label={t('sections.distribution.email')}
            type="email"
            field="distribution.recipients.*.email"
            {...bind('email')}
          />
          {error && <Text role="alert">{error}</Text>}
          <Button onClick={add}>{t('sections.distribution.add')}</Button>
        </>
      )}
    </div>
  );
});
