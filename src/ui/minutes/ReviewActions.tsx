import { Button, Field, Radio, RadioGroup, Text, makeStyles, tokens } from '@fluentui/react-components';
import { memo, useState } from 'react';

import type { MinutesSession } from '../../app/minutes/minutesSession';
import { actionStatuses } from '../../core/actions/action.schema';
import { ReviewOutcomeSchema, type Minutes, type ReviewOutcome } from '../../core/minutes/minutes.schema';
import { outcomeNeedsNote, recordReviewOutcome } from '../../core/minutes/actionReview';
import { agencyMessage } from '../../core/people/agency';
import { useT } from '../i18n/I18nProvider';
import { TextArea } from './fields';
import { pillarName, say } from './labels';
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
  const t = useT();
  const [index, setIndex] = useState(0);
  const [draft, setDraft] = useState<{ outcome?: ReviewOutcome; note?: string }>({});
  const [error, setError] = useState<string>();
  if (value.length === 0) return <Text>{t('sections.review.none')}</Text>;
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
    if (!outcome) return setError(t('sections.review.chooseOutcome'));
    let problem: Parameters<typeof say>[1] | undefined;
    edit((m) => {
      const r = recordReviewOutcome(m, item.id, outcome, note);
      if (r.ok) return r.value;
      problem = r.error;
      return m;
    });
    if (problem) return setError(say(t, problem));
    if (i < value.length - 1) go(i + 1);
    else setDraft({});
  };
  return (
    <section className={s.stack} aria-label={t('sections.review.region', { number: i + 1, total: value.length })}>
      <Text size={200}>{t('sections.review.progress', { number: i + 1, total: value.length, reviewed })}</Text>
      <Text weight="semibold">
        {item.pillar === 'victimSafety' ? t('sections.review.restricted', { text: item.text }) : item.text}
      </Text>
      <Text size={200}>
        {t('sections.review.details', {
          pillar: pillarName(t, item.pillar),
          owner: item.owner.name,
          agency: t(agencyMessage(item.owner.agency)),
          due: item.dueDate ? t.date(item.dueDate, { dateStyle: 'medium', timeZone: 'UTC' }) : '',
          status: actionStatuses[latest?.status ?? item.statusBefore],
        })}
      </Text>
      {latest && latest.updates.length > 0 ? (
        <ul className={s.updates} aria-label={t('sections.review.updates')}>
          {latest.updates.slice(-3).map((u) => (
            <li key={u.id}>
              <Text size={200}>
                {t('sections.review.update', {
                  date: t.date(u.at, { dateStyle: 'medium', timeZone: 'UTC' }),
                  name: u.by.name,
                  text: u.text,
                })}
              </Text>
            </li>
          ))}
        </ul>
      ) : (
        <Text size={200}>{t('sections.review.noUpdates')}</Text>
      )}
      <Field label={t('sections.review.outcome')} validationMessage={error}>
        <RadioGroup
          value={outcome ?? ''}
          disabled={disabled}
          onChange={(_, d) => setDraft((x) => ({ ...x, outcome: d.value as ReviewOutcome }))}
        >
          {ReviewOutcomeSchema.options.map((k) => (
            <Radio key={k} value={k} label={t(`sections.reviewOutcome.${k}`)} />
          ))}
        </RadioGroup>
      </Field>
      <TextArea
        label={t(outcomeNeedsNote(outcome) ? 'sections.review.noteRequired' : 'sections.review.note')}
        restricted={item.pillar === 'victimSafety'}
        rows={2}
        value={note}
        field="previousActions.*.note"
        disabled={disabled}
        onChange={(v) => setDraft((x) => ({ ...x, note: v }))}
      />
      <div className={s.row}>
        <Button onClick={() => go(i - 1)} disabled={i === 0}>
          {t('sections.review.previous')}
        </Button>
        {!disabled && (
          <Button appearance="primary" onClick={record}>
            {t('sections.review.record')}
          </Button>
        )}
        <Button onClick={() => go(i + 1)} disabled={i === value.length - 1}>
          {t('sections.review.next')}
        </Button>
      </div>
    </section>
  );
});
