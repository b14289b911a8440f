import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';

import { useServices } from '../../app/ServicesProvider';
import { pillars, type Pillar } from '../../core/actions/action.schema';
import { useT } from '../i18n/I18nProvider';
import { pillarName } from './labels';
import { addAction } from '../../core/minutes/agreedActions';
import { agencyMessage, type Person } from '../../core/people/agency';
import { Choice, TextArea, TextInput } from './fields';
import type { Edit } from './fields';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

/** The one short form for an action from any pillar: text, owner (person and agency), due date. */
export function AddActionForm({ pillar, people, edit }: { pillar?: Pillar; people: Person[]; edit: Edit }) {
  const s = useStyles();
  const { ids } = useServices();
  const [open, setOpen] = useState(false);
  const [chosenPillar, setChosenPillar] = useState<Pillar | ''>(pillar ?? '');
  const [text, setText] = useState('');
  const [ownerId, setOwnerId] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [errors, setErrors] = useState<string[]>([]);
  const t = useT();
  const where = pillar ? pillarName(t, pillar) : t('sections.addAction.thePlan');

  if (!open) {
    return (
      // The visible words start the accessible name, so speech input users can say what they see (WCAG 2.5.3).
      <Button onClick={() => setOpen(true)} aria-label={t('sections.addAction.openFor', { where })}>
        {t('sections.addAction.open')}
      </Button>
    );
  }
  const submit = () => {
    const p = pillar ?? chosenPillar;
    if (!p) return setErrors([t('sections.addAction.choosePillar')]);
    let problems: string[] = [];
    edit((m) => {
      const r = addAction(
        m,
        { pillar: p, text, owner: people.find((x) => x.id === ownerId), dueDate },
        ids.newId('act'),
      );
      if (r.ok) return r.value;
      problems = r.error.map((e) => t(e));
      return m;
    });
    setErrors(problems);
    if (problems.length) return;
    setText('');
    setDueDate('');
    setOpen(false);
  };
  return (
    <form
      className={s.form}
      aria-label={t('sections.addAction.form', { where })}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      {!pillar && (
        <Choice
          label={t('sections.addAction.pillar')}
          value={chosenPillar}
          options={(Object.keys(pillars) as Pillar[]).map((p) => [p, pillarName(t, p)] as const)}
          emptyLabel={t('sections.addAction.choosePillarOption')}
          onChange={setChosenPillar}
        />
      )}
      <TextArea
        label={t('sections.addAction.action')}
        rows={2}
        value={text}
        field="actions.*.text"
        onChange={setText}
        restricted={(pillar ?? chosenPillar) === 'victimSafety'}
      />
      <Choice
        label={t('sections.addAction.owner')}
        value={ownerId}
        options={people.map(
          (x) => [x.id, t('people.personWithAgency', { name: x.name, agency: t(agencyMessage(x.agency)) })] as const,
        )}
        emptyLabel={t('sections.addAction.chooseOwner')}
        onChange={setOwnerId}
      />
      <TextInput
        label={t('sections.addAction.due')}
        type="date"
        field="actions.*.dueDate"
        value={dueDate}
        onChange={setDueDate}
      />
      {errors.length > 0 && <Text role="alert">{errors.join(' ')}</Text>}
      <Button type="submit" appearance="primary">
        {t('sections.addAction.add')}
      </Button>
      <Button onClick={() => setOpen(false)}>{t('sections.addAction.cancel')}</Button>
    </form>
  );
}
