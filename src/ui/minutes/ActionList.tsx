import { Button, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { memo, useCallback, useState, type ReactNode } from 'react';

import { actionStatuses, pillars, type ActionStatus, type Pillar } from '../../core/actions/action.schema';
import type { MinutesAction } from '../../core/minutes/minutes.schema';
import type { Person } from '../../core/people/agency';
import { useT } from '../i18n/I18nProvider';
import { Choice, PersonChoice, TextArea, TextInput, type Edit } from './fields';
import { pillarName } from './labels';
import { useSectionStyles } from './sections/parts';

/** Up to this many rows a list renders open; a longer one is collapsed by pillar and its rows mount only when opened. */
export const SHORT_LIST = 12;

const statusOptions = Object.entries(actionStatuses) as [ActionStatus, string][];

const useStyles = makeStyles({
  // Rows off screen are skipped for style, layout and paint.
  offscreen: { contentVisibility: 'auto', containIntrinsicSize: 'auto 320px' },
  summary: {
    cursor: 'pointer',
    padding: `${tokens.spacingVerticalXS} 0`,
    fontWeight: tokens.fontWeightSemibold,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
});

/** A native disclosure whose content mounts only while it is open (keyboard: Enter or Space on the summary). */
function Collapsed({ summary, children }: { summary: string; children: () => ReactNode }) {
  const s = useStyles();
  const section = useSectionStyles();
  const [open, setOpen] = useState(false);
  return (
    <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className={s.summary}>{summary}</summary>
      {open && <div className={section.stack}>{children()}</div>}
    </details>
  );
}

const ActionRow = memo(function ActionRow({
  action,
  people,
  onChange,
  onRemove,
  disabled,
  number,
}: {
  action: MinutesAction;
  people: Person[];
  onChange: (id: string, patch: Partial<MinutesAction>) => void;
  onRemove: (id: string) => void;
  disabled?: boolean;
  number: number;
}) {
  const s = useStyles();
  const t = useT();
  const section = useSectionStyles();
  return (
    <div className={mergeClasses(section.item, s.offscreen)} data-action-id={action.id}>
      <Text weight="semibold">
        {t(action.pillar === 'victimSafety' ? 'sections.actions.headingRestricted' : 'sections.actions.heading', {
          number,
          pillar: pillarName(t, action.pillar),
        })}
      </Text>
      <TextArea
        label={t('sections.actions.text', { number })}
        rows={2}
        value={action.text}
        field="actions.*.text"
        disabled={disabled}
        onChange={(text) => onChange(action.id, { text })}
      />
      <PersonChoice
        label={t('sections.actions.owner', { number })}
        people={people}
        value={action.owner}
        disabled={disabled}
        onChange={(owner) => onChange(action.id, { owner })}
      />
      <TextInput
        label={t('sections.actions.due', { number })}
        type="date"
        field="actions.*.dueDate"
        value={action.dueDate ?? ''}
        disabled={disabled}
        onChange={(d) => onChange(action.id, { dueDate: d || undefined })}
      />
      <Choice
        label={t('sections.actions.status', { number })}
        value={action.status}
        options={statusOptions}
        disabled={disabled}
        onChange={(v) => v && onChange(action.id, { status: v })}
      />
      {!disabled && (
        <Button size="small" onClick={() => onRemove(action.id)}>
          {t('sections.actions.remove', { number })}
        </Button>
      )}
    </div>
  );
});

/**
 * The agreed actions, each editable; `pillar` limits the list to one pillar. Numbers are positions
 * in the whole action log. A long list is collapsed by pillar so a large plan costs nothing until
 * someone opens the pillar they want.
 */
export const ActionList = memo(function ActionList({
  actions,
  people,
  edit,
  disabled,
  pillar,
}: {
  actions: MinutesAction[];
  people: Person[];
  edit: Edit;
  disabled?: boolean;
  pillar?: Pillar;
}) {
  const section = useSectionStyles();
  const t = useT();
  const onChange = useCallback(
    (id: string, patch: Partial<MinutesAction>) =>
      edit((m) => ({ ...m, actions: m.actions.map((a) => (a.id === id ? { ...a, ...patch } : a)) })),
    [edit],
  );
  const onRemove = useCallback(
    (id: string) => edit((m) => ({ ...m, actions: m.actions.filter((a) => a.id !== id) })),
    [edit],
  );
  const numbered = actions.map((action, i) => ({ action, number: i + 1 }));
  const rowsOf = (p?: Pillar) =>
    numbered
      .filter(({ action }) => !p || action.pillar === p)
      .map(({ action, number }) => (
        <ActionRow
          key={action.id}
          action={action}
          number={number}
          people={people}
          onChange={onChange}
          onRemove={onRemove}
          disabled={disabled}
        />
      ));
  const shown = pillar ? actions.filter((a) => a.pillar === pillar).length : actions.length;
  if (shown <= SHORT_LIST) return <div className={section.stack}>{rowsOf(pillar)}</div>;
  const groups = pillar ? [pillar] : (Object.keys(pillars) as Pillar[]);
  return (
    <div className={section.stack}>
      {groups.map((p) => {
        const n = actions.filter((a) => a.pillar === p).length;
        return n === 0 ? null : (
          <Collapsed key={p} summary={t('sections.actions.show', { pillar: pillarName(t, p), count: n })}>
            {() => rowsOf(p)}
          </Collapsed>
        );
      })}
    </div>
  );
});
