import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';

import { useServices } from '../../app/ServicesProvider';
import { pillars, type Pillar } from '../../core/actions/action.schema';
import { addAction } from '../../core/minutes/agreedActions';
import { agencyLabel, type Person } from '../../core/people/agency';
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
  const where = pillar ? pillars[pillar] : 'the plan';

  if (!open) {
    return (
      // The visible words start the accessible name, so speech input users can say what they see (WCAG 2.5.3).
      <Button onClick={() => setOpen(true)} aria-label={`Add an action to ${where}`}>
        Add an action
      </Button>
    );
  }
  const submit = () => {
    const p = pillar ?? chosenPillar;
    if (!p) return setErrors(['Choose the pillar.']);
    let problems: string[] = [];
    edit((m) => {
      const r = addAction(
        m,
        { pillar: p, text, owner: people.find((x) => x.id === ownerId), dueDate },
        ids.newId('act'),
      );
      if (r.ok) return r.value;
      problems = r.error;
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
      aria-label={`New action for ${where}`}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      {!pillar && (
        <Choice
          label="Pillar"
          value={chosenPillar}
          options={Object.entries(pillars) as [Pillar, string][]}
          emptyLabel="Choose the pillar"
          onChange={setChosenPillar}
        />
      )}
      <TextArea
        label="Action"
        rows={2}
        value={text}
        field="actions.*.text"
        onChange={setText}
        restricted={(pillar ?? chosenPillar) === 'victimSafety'}
      />
      <Choice
        label="Owner"
        value={ownerId}
        options={people.map((x) => [x.id, `${x.name} (${agencyLabel(x.agency)})`] as const)}
        emptyLabel="Choose who owns it"
        onChange={setOwnerId}
      />
      <TextInput label="Due date" type="date" field="actions.*.dueDate" value={dueDate} onChange={setDueDate} />
      {errors.length > 0 && <Text role="alert">{errors.join(' ')}</Text>}
      <Button type="submit" appearance="primary">
        Add action
      </Button>
      <Button onClick={() => setOpen(false)}>Cancel</Button>
    </form>
  );
}
