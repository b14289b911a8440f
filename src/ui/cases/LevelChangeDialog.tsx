import { Checkbox, Field, Input, Select, Text, Textarea } from '@fluentui/react-components';
import { useState } from 'react';

import { proposedFirstPanel } from '../../app/cases/panelSeriesFor';
import { recordCaseCategory, recordCaseLevel } from '../../app/cases/recordCaseLevel';
import { useServices } from '../../app/ServicesProvider';
import { categoryLabels, type Case, type Category, type Level } from '../../core/cases/case.schema';
import { categoryChangeProblems, planLevelChange } from '../../core/cases/lifecycle/levelChange';
import { isWeekend, localDate } from '../../core/shared/dates';
import { userMessage } from '../../core/shared/errors';
import { CaseStepDialog, useCaseFormStyles } from './parts';

export type LevelChangeDialogProps = {
  open: boolean;
  onClose: () => void;
  case: Case;
  /** Called once the change is recorded (the register reloads). */
  onChanged?: (c: Case) => void;
};

/**
 * A level or category change from the register: a rationale always, confirmation before Level 1
 * ends the meetings, and the series re-planned through scheduling (going up from Level 1 too).
 */
export function LevelChangeDialog(props: LevelChangeDialogProps) {
  const services = useServices();
  const styles = useCaseFormStyles();
  const c = props.case;
  const today = localDate(services.clock.now(), services.settings.timeZone);
  const [level, setLevel] = useState<Level>(c.level);
  const [category, setCategory] = useState<Category>(c.category);
  const [rationale, setRationale] = useState('');
  const [lastHeld, setLastHeld] = useState(today);
  const [firstDate, setFirstDate] = useState(proposedFirstPanel(today));
  const [confirmed, setConfirmed] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | undefined>();

  const levelChanges = level !== c.level;
  const categoryChanges = category !== c.category;
  const plan = levelChanges ? planLevelChange(c, level, rationale || ' ') : undefined;

  const act = async () => {
    const local: string[] = [];
    if (!levelChanges && !categoryChanges) local.push('Choose a new level or category.');
    if (levelChanges && level !== 1 && isWeekend(firstDate)) local.push('Choose a weekday for the first meeting.');
    // Check both before writing either, so a refused pair leaves the case as it was.
    const after = { ...c, level };
    if (categoryChanges) {
      local.push(
        ...categoryChangeProblems(after, category, rationale).filter((p) => !p.startsWith('The case is already')),
      );
    }
    if (levelChanges) {
      const p = planLevelChange({ ...c, category }, level, rationale);
      if (!p.ok) local.push(...p.error);
    }
    if (local.length) return setProblems([...new Set(local)]);
    setBusy(true);
    try {
      const out: string[] = [];
      const changeLevel = async () => {
        const r = await recordCaseLevel(services, c.id, {
          to: level,
          rationale,
          confirmed,
          lastHeld,
          firstMeetingDate: firstDate,
        });
        if (!r.ok) throw r.error;
        const s = r.value.schedule;
        out.push(
          level === 1
            ? 'Now Level 1: the series has ended and its history is kept.'
            : `Now Level ${level}${s && s.remaining.length > 0 ? `; the series is saved but not finished: ${s.problems.join(' ')}` : '; the series is re-planned.'}`,
        );
      };
      const changeCategory = async () => {
        const r = await recordCaseCategory(services, c.id, { to: category, rationale });
        if (!r.ok) throw r.error;
        out.push(`Now ${categoryLabels[category]}.`);
      };
      // Leaving Category 3 comes before Level 1, and reaching Level 2 or 3 before Category 3.
      if (level === 1) {
        if (categoryChanges) await changeCategory();
        if (levelChanges) await changeLevel();
      } else {
        if (levelChanges) await changeLevel();
        if (categoryChanges) await changeCategory();
      }
      setProblems([]);
      setDone(out.join(' '));
      const updated = { ...c, level, category };
      props.onChanged?.(updated);
    } catch (e) {
      setProblems(Array.isArray(e) ? (e as string[]) : [userMessage(e)]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <CaseStepDialog
      open={props.open}
      title={`Change the level or category of ${c.reference}`}
      onClose={props.onClose}
      problems={problems}
      busy={busy}
      actionLabel="Record the change"
      onAction={() => void act()}
      actionDisabled={plan?.ok && plan.value.needsConfirmation && !confirmed}
      done={done && <Text role="status">{done}</Text>}
    >
      <Text>
        Now Level {c.level}, {categoryLabels[c.category]}.
      </Text>
      <div className={styles.row}>
        <Field label="Level">
          <Select value={String(level)} onChange={(_, d) => setLevel(Number(d.value) as Level)}>
            <option value="1">Level 1: ordinary agency management</option>
            <option value="2">Level 2</option>
            <option value="3">Level 3</option>
          </Select>
        </Field>
        <Field label="Category">
          <Select value={String(category)} onChange={(_, d) => setCategory(Number(d.value) as Category)}>
            {([1, 2, 3, 4] as Category[]).map((k) => (
              <option key={k} value={k}>
                {categoryLabels[k]}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      {levelChanges && (
        <div className={styles.row}>
          <Field label="Last meeting held at the old level">
            <Input type="date" value={lastHeld} onChange={(_, d) => setLastHeld(d.value)} />
          </Field>
          {level !== 1 && (
            <Field label="First meeting at the new level">
              <Input type="date" value={firstDate} onChange={(_, d) => setFirstDate(d.value)} />
            </Field>
          )}
        </div>
      )}
      <Field label="Rationale" required>
        <Textarea value={rationale} onChange={(_, d) => setRationale(d.value)} />
      </Field>
      {levelChanges && level === 1 && (
        <Checkbox
          checked={confirmed}
          onChange={(_, d) => setConfirmed(Boolean(d.checked))}
          label="I confirm: Level 1 has no MAPPA meetings, so the panel series ends (its history is kept)"
        />
      )}
    </CaseStepDialog>
  );
}

export default LevelChangeDialog;
