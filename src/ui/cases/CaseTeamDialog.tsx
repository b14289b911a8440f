import { Button, Field, Select, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';

import { recordCaseTeam, type CaseTeamRecorded } from '../../app/cases/recordCaseTeam';
import { useServices } from '../../app/ServicesProvider';
import { samePerson } from '../../core/access/policy';
import type { Case, CaseMember } from '../../core/cases/case.schema';
import { membersByAgency } from '../../core/cases/lifecycle/caseTeam';
import { eligibleChairs } from '../../core/cases/lifecycle/chairs';
import { agencyMessage } from '../../core/people/agency';
import { msg } from '../../i18n/message';
import { useT } from '../i18n/I18nProvider';
import { SeriesInvitationsNotice } from '../scheduling/SeriesInvitationsNotice';
import {
  CaseStepDialog,
  PersonFields,
  emptyPerson,
  personFrom,
  useCaseFormStyles,
  useCaseStep,
  type PersonDraft,
} from './parts';

const useStyles = makeStyles({
  agencyList: { margin: 0, paddingLeft: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column' },
  member: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export type CaseTeamDialogProps = {
  open: boolean;
  onClose: () => void;
  case: Case;
  /** Called once the chair and members are saved (the page reloads). */
  onSaved?: (outcome: CaseTeamRecorded) => void;
};

/**
 * The case's chair, chosen from the area's eligible chairs for its level, and its panel members by
 * agency: the area's standing members and anyone involved in the case. Saved with a rationale; they
 * then decide the case's invitations and who may open it.
 */
export function CaseTeamDialog(props: CaseTeamDialogProps) {
  const services = useServices();
  const t = useT();
  const styles = useStyles();
  const form = useCaseFormStyles();
  const c = props.case;
  const eligible = eligibleChairs(services.settings.chairs, c.level);
  const currentChairIneligible = c.chair && !eligible.some((p) => samePerson(p, c.chair!)) ? c.chair : undefined;
  const choices = [...eligible, ...(currentChairIneligible ? [currentChairIneligible] : [])];
  const [chairEmail, setChairEmail] = useState(c.level === 1 ? '' : (c.chair?.email ?? ''));
  const [members, setMembers] = useState<CaseMember[]>(c.members);
  const [someone, setSomeone] = useState<PersonDraft>(emptyPerson('probation'));
  const [announcement, setAnnouncement] = useState('');
  const [rationale, setRationale] = useState('');
  const { problems, setProblems, busy, run } = useCaseStep();
  const [done, setDone] = useState<CaseTeamRecorded | undefined>();

  const standingToAdd = services.settings.standingMembers.filter((p) => !members.some((m) => samePerson(m.person, p)));
  const add = (member: CaseMember) => {
    setMembers((list) => [...list, member]);
    setAnnouncement(t('caseTeam.team.added', { name: member.person.name }));
  };
  const remove = (member: CaseMember) => {
    setMembers((list) => list.filter((m) => !samePerson(m.person, member.person)));
    setAnnouncement(t('caseTeam.team.removed', { name: member.person.name }));
  };
  const addSomeone = () => {
    const person = personFrom(someone);
    if (!person) return setProblems([msg('caseTeam.team.addInvolved.invalid')]);
    setProblems([]);
    add({
      person,
      standing: services.settings.standingMembers.some((p) => samePerson(p, person)),
    });
    setSomeone(emptyPerson(someone.agency));
  };

  // The choices stay as made whatever happens: nothing is lost.
  const save = () =>
    run(async () => {
      const chair = choices.find((p) => p.email === chairEmail);
      const r = await recordCaseTeam(services, c.id, { chair, members, rationale });
      if (!r.ok) return r.error;
      setDone(r.value);
      props.onSaved?.(r.value);
      return [];
    });

  return (
    <CaseStepDialog
      open={props.open}
      title={t('caseTeam.team.title', { reference: c.reference })}
      onClose={props.onClose}
      problems={problems}
      busy={busy}
      actionLabel={t('caseTeam.team.action')}
      onAction={() => void save()}
      done={
        done && (
          <>
            <Text role="status">
              {t('caseTeam.team.done', { reference: c.reference })}{' '}
              {done.seriesUpdated ? t('caseTeam.team.done.series') : ''}
            </Text>
            {done.invitations && <SeriesInvitationsNotice caseId={c.id} outcome={done.invitations} />}
          </>
        )
      }
    >
      <Text>{t('caseTeam.team.intro')}</Text>
      {c.level === 1 ? (
        <Text>{t('caseTeam.team.chair.level1')}</Text>
      ) : (
        <Field label={t('caseTeam.team.chair')} required>
          <Select value={chairEmail} onChange={(_, d) => setChairEmail(d.value)}>
            <option value="">{t('caseTeam.team.chair.choose')}</option>
            {eligible.map((p) => (
              <option key={p.email} value={p.email}>
                {p.role ? `${p.name}, ${p.role}` : p.name}
              </option>
            ))}
            {currentChairIneligible && (
              <option value={currentChairIneligible.email}>
                {t('caseTeam.team.chair.notEligible', { name: currentChairIneligible.name, level: c.level })}
              </option>
            )}
          </Select>
        </Field>
      )}

      <section className={form.group} aria-labelledby="case-team-members">
        <Text as="h3" weight="semibold" id="case-team-members">
          {t('caseTeam.team.members')}
        </Text>
        {members.length === 0 && <Text className={styles.muted}>{t('caseTeam.team.members.none')}</Text>}
        {membersByAgency(members).map(([agency, list]) => (
          <div key={agency}>
            <Text as="h4" weight="semibold" id={`case-team-${agency}`}>
              {t(agencyMessage(agency))}
            </Text>
            <ul className={styles.agencyList} aria-labelledby={`case-team-${agency}`}>
              {list.map((m) => (
                <li key={m.person.email} className={styles.member}>
                  <Text>
                    {m.person.name}
                    {m.person.role ? `, ${m.person.role}` : ''} (
                    {m.standing ? t('caseTeam.team.member.standing') : t('caseTeam.team.member.involved')})
                  </Text>
                  <Button size="small" onClick={() => remove(m)}>
                    {t('caseTeam.team.member.remove', { name: m.person.name })}
                  </Button>
                </li>
              ))}
            </ul>
          </div>
        ))}
        {/* Adding and removing are announced: the list changes away from where focus is. */}
        <Text role="status" className={styles.muted}>
          {announcement}
        </Text>
      </section>

      {standingToAdd.length > 0 && (
        <fieldset className={form.group}>
          <legend>{t('caseTeam.team.addStanding')}</legend>
          <div className={styles.actions}>
            {standingToAdd.map((p) => (
              <Button key={p.email} size="small" onClick={() => add({ person: p, standing: true })}>
                {t('caseTeam.team.addStanding.one', { name: p.name, agency: t(agencyMessage(p.agency)) })}
              </Button>
            ))}
          </div>
        </fieldset>
      )}

      <PersonFields legend={t('caseTeam.team.addInvolved')} value={someone} onChange={setSomeone} />
      <div className={styles.actions}>
        <Button onClick={addSomeone}>{t('caseTeam.team.addInvolved.action')}</Button>
      </div>

      <Field label={t('caseTeam.team.rationale')} required>
        <Textarea value={rationale} onChange={(_, d) => setRationale(d.value)} />
      </Field>
    </CaseStepDialog>
  );
}

export default CaseTeamDialog;
