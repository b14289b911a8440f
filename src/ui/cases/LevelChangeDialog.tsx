import { Checkbox, Field, Input, Select, Text, Textarea } from '@fluentui/react-components';
import { useState } from 'react';

import { proposedFirstPanel } from '../../app/cases/panelSeriesFor';
import { recordCaseCategory, recordCaseLevel } from '../../app/cases/recordCaseLevel';
import { useServices } from '../../app/ServicesProvider';
import type { Case, Category, Level } from '../../core/cases/case.schema';
import { categoryChangeProblems, planLevelChange } from '../../core/cases/lifecycle/levelChange';
import { isWeekend, localDate } from '../../core/shared/dates';
import { msg, type Message } from '../../i18n/message';
import { useT } from '../i18n/I18nProvider';
import { CaseStepDialog, distinctProblems, useCaseFormStyles, useCaseStep, type StepProblems } from './parts';

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
  const t = useT();
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
  const { problems, setProblems, busy, run } = useCaseStep();
  const [done, setDone] = useState<string | undefined>();

  const levelChanges = level !== c.level;
  const categoryChanges = category !== c.category;
  const plan = levelChanges ? planLevelChange(c, level, rationale || ' ') : undefined;

  const act = async () => {
    const local: Message[] = [];
    if (!levelChanges && !categoryChanges) local.push(msg('cases.level.chooseChange'));
    if (levelChanges && level !== 1 && isWeekend(firstDate)) local.push(msg('cases.level.chooseWeekday'));
    // Check both before writing either, so a refused pair leaves the case as it was.
    const after = { ...c, level };
    if (categoryChanges) {
      local.push(
        ...categoryChangeProblems(after, category, rationale).filter((p) => p.key !== 'cases.problem.alreadyCategory'),
      );
    }
    if (levelChanges) {
      const p = planLevelChange({ ...c, category }, level, rationale);
      if (!p.ok) local.push(...p.error);
    }
    if (local.length) return setProblems(distinctProblems(local));
    await run(async () => {
      const out: string[] = [];
      const changeLevel = async (): Promise<StepProblems> => {
        const r = await recordCaseLevel(services, c.id, {
          to: level,
          rationale,
          confirmed,
          lastHeld,
          firstMeetingDate: firstDate,
        });
        if (!r.ok) return r.error;
        const s = r.value.schedule;
        out.push(
          level === 1
            ? t('cases.level.nowOne')
            : s && s.remaining.length > 0
              ? t('cases.level.nowNotFinished', { level, problems: s.problems.map((p) => t(p)).join(' ') })
              : t('cases.level.nowReplanned', { level }),
        );
        return [];
      };
      const changeCategory = async (): Promise<StepProblems> => {
        const r = await recordCaseCategory(services, c.id, { to: category, rationale });
        if (!r.ok) return r.error;
        out.push(t('cases.level.nowCategory', { category: t(`cases.category.${category}`) }));
        return [];
      };
      // Leaving Category 3 comes before Level 1, and reaching Level 2 or 3 before Category 3.
      const steps = [levelChanges && changeLevel, categoryChanges && changeCategory];
      if (level === 1) steps.reverse();
      for (const step of steps) {
        const stepProblems = step ? await step() : undefined;
        if (stepProblems?.length) return stepProblems;
      }
      setDone(out.join(' '));
      const updated = { ...c, level, category };
      props.onChanged?.(updated);
      return [];
    });
  };

  return (
    <CaseStepDialog
      open={props.open}
      title={t('cases.level.title', { reference: c.reference })}
      onClose={props.onClose}
      problems={problems}
      busy={busy}
      actionLabel={t('cases.level.action')}
      onAction={() => void act()}
      actionDisabled={plan?.ok && plan.value.needsConfirmation && !confirmed}
      done={done && <Text role="status">{done}</Text>}
    >
      <Text>{t('cases.level.current', { level: c.level, category: t(`cases.category.${c.category}`) })}</Text>
      <div className={styles.row}>
        <Field label={t('cases.level.level')}>
          <Select value={String(level)} onChange={(_, d) => setLevel(Number(d.value) as Level)}>
            <option value="1">{t('cases.level.optionOne')}</option>
            <option value="2">{t('cases.level.option', { level: 2 })}</option>
            <option value="3">{t('cases.level.option', { level: 3 })}</option>
          </Select>
        </Field>
        <Field label={t('cases.level.category')}>
          <Select value={String(category)} onChange={(_, d) => setCategory(Number(d.value) as Category)}>
            {([1, 2, 3, 4] as Category[]).map((k) => (
              <option key={k} value={k}>
                {t(`cases.category.${k}`)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      {levelChanges && (
        <div className={styles.row}>
          <Field label={t('cases.level.lastHeld')}>
            <Input type="date" value={lastHeld} onChange={(_, d) => setLastHeld(d.value)} />
          </Field>
          {level !== 1 && (
            <Field label={t('cases.level.firstMeeting')}>
              <Input type="date" value={firstDate} onChange={(_, d) => setFirstDate(d.value)} />
            </Field>
          )}
        </div>
      )}
      <Field label={t('cases.level.rationale')} required>
        <Textarea value={rationale} onChange={(_, d) => setRationale(d.value)} />
      </Field>
      {levelChanges && level === 1 && (
        <Checkbox
          checked={confirmed}
          onChange={(_, d) => setConfirmed(Boolean(d.checked))}
          label={t('cases.level.confirm')}
        />
      )}
    </CaseStepDialog>
  );
}

export default LevelChangeDialog;
