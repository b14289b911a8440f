import { Button, Field, Radio, RadioGroup, Text, makeStyles, tokens } from '@fluentui/react-components';
import { memo, useState } from 'react';

import type { MinutesSession } from '../../app/minutes/minutesSession';
import { actionStatuses, pillars } from '../../core/actions/action.schema';
import { reviewOutcomes, type Minutes, type ReviewOutcome } from '../../core/minutes/minutes.schema';
import { outcomeNeedsNote, recordReviewOutcome } from '../../core/minutes/actionReview';
import { agencyLabel } from '../../core/people/agency';
import { TextArea } from './fields';
import type { Edit } from './fields';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  updates: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** The previous meeting's actions, one at a time, each with its owner's latest updates and an outcome. */
export const ReviewActions = memo(function ReviewActions({
  value,
  edit,
  disabled,
  session,
}: {
  value: Minutes['previousActions'];
  edit: Edit;
  disabled?: boolean;
  session?: MinutesSession;
}) {
  const s = useStyles();
  const [index, setIndex] = useState(0);
  const [draft, setDraft] = useState<{ outcome?: ReviewOutcome; note?: string }>({});
  const [error, setError] = useState<string>();
  if (value.length === 0) return <Text>No actions were carried over from the previous meeting.</Text>;
  const i = Math.min(index, value.length - 1);
  const item = value[i]!;
  const outcome = draft.outcome ?? item.outcome;
  const note = draft.note ?? item.note;
  const latest = session?.actions.find((a) => a.doc.id === item.actionId)?.doc;
  const reviewed = value.filter((p) => p.outcome).length;
  const go = (to: number) => {
    setIndex(Math.max(0, Math.min(value.length - 1, to)));
    setDraft({});
    setError(undefined);
  };
  const record = () => {
    if (!outcome) return setError('Choose an outcome.');
    let problem: string | undefined;
    edit((m) => {
      const r = recordReviewOutcome(m, item.id, outcome, note);
      if (r.ok) return r.value;
      problem = r.error;
      return m;
    });
    if (problem) return setError(problem);
    if (i < value.length - 1) go(i + 1);
    else setDraft({});
  };
  return (
    <section className={s.stack} aria-label={`Previous action ${i + 1} of ${value.length}`}>
      <Text size={200}>
        Action {i + 1} of {value.length}; {reviewed} reviewed
      </Text>
      <Text weight="semibold">{item.pillar === 'victimSafety' ? `${item.text} (restricted)` : item.text}</Text>
      <Text size={200}>
        {pillars[item.pillar]}. Owner: {item.owner.name}, {agencyLabel(item.owner.agency)}. Due {item.dueDate}. Status:{' '}
        {actionStatuses[latest?.status ?? item.statusBefore]}.
      </Text>
      {latest && latest.updates.length > 0 ? (
        <ul className={s.updates} aria-label="Latest updates from the owner">
          {latest.updates.slice(-3).map((u) => (
            <li key={u.id}>
              <Text size={200}>
                {u.at.slice(0, 10)}, {u.by.name}: {u.text}
              </Text>
            </li>
          ))}
        </ul>
      ) : (
        <Text size={200}>No updates from the owner.</Text>
      )}
      <Field label="Outcome" validationMessage={error}>
        <RadioGroup
          value={outcome ?? ''}
          disabled={disabled}
          onChange={(_, d) => setDraft((x) => ({ ...x, outcome: d.value as ReviewOutcome }))}
        >
          {(Object.entries(reviewOutcomes) as [ReviewOutcome, string][]).map(([k, l]) => (
            <Radio key={k} value={k} label={l} />
          ))}
        </RadioGroup>
      </Field>
      <TextArea
        label={outcomeNeedsNote(outcome) ? 'Note (required)' : 'Note'}
        restricted={item.pillar === 'victimSafety'}
        rows={2}
        value={note}
        field="previousActions.*.note"
        disabled={disabled}
        onChange={(v) => setDraft((x) => ({ ...x, note: v }))}
      />
      <div className={s.row}>
        <Button onClick={() => go(i - 1)} disabled={i === 0}>
          Previous action
        </Button>
        {!disabled && (
          <Button appearance="primary" onClick={record}>
            Record outcome
          </Button>
        )}
        <Button onClick={() => go(i + 1)} disabled={i === value.length - 1}>
          Next action
        </Button>
      </div>
    </section>
  );
});
