import {
  Badge,
  Button,
  Field,
  Input,
  Link,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';

import { inEachLanguage, mailLanguages } from '../../app/mail/languages';
import { useServices } from '../../app/ServicesProvider';
import {
  planFor,
  scheduleSeries,
  scheduleUrgent,
  seriesIdFor,
  type ScheduleOutcome,
} from '../../app/scheduling/scheduleSeries';
import { useBankHolidays } from '../../app/scheduling/useBankHolidays';
import { useCaseRegister } from '../../app/scheduling/useCaseRegister';
import type { Case, Level } from '../../core/cases/case.schema';
import type { PanelSeries } from '../../core/panels/series.schema';
import { cadenceForLevel, projectMeetings, type ProjectedMeeting } from '../../core/scheduling/cadence';
import { addDays, nextWeekday } from '../../core/shared/dates';
import { suggestSlots, type SlotSuggestion } from '../../core/scheduling/freeBusy';
import { SiteSetup } from './SiteSetup';
import { SeriesInvitationsNotice } from './SeriesInvitationsNotice';
import { CaseTeamDialog } from '../cases/CaseTeamDialog';
import { ExitDialog } from '../cases/ExitDialog';
import { FurtherOffenceDialog } from '../cases/FurtherOffenceDialog';
import { LevelChangeDialog } from '../cases/LevelChangeDialog';
import { problemMessage } from '../../core/shared/errors';
import { msg } from '../../i18n/message';
import type { Translator } from '../../i18n/translator';
import { useT } from '../i18n/I18nProvider';

const useStyles = makeStyles({
  page: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalL,
    maxWidth: '60rem',
  },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'end' },
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  dates: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  suggestions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

const TIMES = ['09:30', '10:00', '13:30', '14:00'];
const sayDate = (t: Translator, d: string) =>
  t.date(`${d}T00:00:00Z`, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
/** A weekday's name (0 is Sunday) in the reader's language: 1 January 2023 was a Sunday. */
const sayWeekday = (t: Translator, weekday: number) =>
  t.date(Date.UTC(2023, 0, 1 + weekday), { weekday: 'long', timeZone: 'UTC' });

export type PanelsPageProps = {
  /** The case opened from the register. */
  caseId?: string;
  /** The way back to the register, with its filter. */
  backHref?: string;
};

/** Panels: the coordinator schedules, re-schedules and ends each case's panel series. */
export default function PanelsPage({ caseId: openedCase = '', backHref }: PanelsPageProps = {}) {
  const styles = useStyles();
  const t = useT();
  const fmt = (d: string) => sayDate(t, d);
  const services = useServices();
  const { scheduling } = services;
  const today = services.clock.now().toISOString().slice(0, 10);
  const [register, reloadRegister] = useCaseRegister();
  // Still show the page when the register fails: on a first run the site's lists do not exist until the set-up below.
  const cases = register.state === 'ready' ? register.value.cases : register.state === 'error' ? [] : undefined;
  const series = useMemo(() => (register.state === 'ready' ? register.value.series : []), [register]);
  const [caseId, setCaseId] = useState(openedCase);
  const [firstDate, setFirstDate] = useState(nextWeekday(addDays(today, 14), 2));
  const [time, setTime] = useState('10:00');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ intent: 'success' | 'warning' | 'error'; text: string } | undefined>();
  const [suggestions, setSuggestions] = useState<SlotSuggestion[] | undefined>();
  // The dialog keeps its case: an exited case leaves the register while its confirmation still shows.
  const [step, setStep] = useState<{ kind: 'level' | 'exit' | 'offence' | 'team'; case: Case } | undefined>();
  const [urgentDate, setUrgentDate] = useState(addDays(today, 1));

  const registerFailure =
    register.state === 'error'
      ? t(services.setUpSite ? 'scheduling.panels.registerFailedFirstRun' : 'scheduling.panels.registerFailed')
      : undefined;
  useEffect(() => {
    if (registerFailure) setMessage({ intent: 'error', text: registerFailure });
  }, [registerFailure]);

  const theCase = cases?.find((c) => c.doc.id === caseId)?.doc;
  const caseSeries = useMemo(() => series.filter((s) => s.doc.caseId === caseId), [series, caseId]);
  const live = caseSeries.find((s) => s.doc.status !== 'ended');
  const cadence = theCase ? cadenceForLevel(theCase.level, services.settings) : undefined;
  const year = Number(firstDate.slice(0, 4)) || Number(today.slice(0, 4));
  const { holidays, ready } = useBankHolidays(year, year + 3);
  const projected: ProjectedMeeting[] = useMemo(
    () => (cadence && /^\d{4}-\d{2}-\d{2}$/.test(firstDate) ? projectMeetings(firstDate, cadence, holidays) : []),
    [cadence, firstDate, holidays],
  );
  const weekend =
    /^\d{4}-\d{2}-\d{2}$/.test(firstDate) && [0, 6].includes(new Date(`${firstDate}T00:00:00Z`).getUTCDay());

  const draft = (c: Case, level: Level, first: string, weeks: number): PanelSeries => ({
    id: seriesIdFor(c.id, level, first),
    caseId: c.id,
    caseReference: c.reference,
    level,
    cadenceWeeks: weeks,
    firstMeetingDate: first,
    startTime: time,
    durationMinutes: 120,
    timeZone: services.settings.timeZone,
    // The case's own chair and members are whom its panels invite (set under "Chair and members").
    chair: c.chair ?? services.me,
    coordinator: services.me,
    members: c.members.length
      ? c.members.map((m) => m.person)
      : [...services.settings.standingMembers, ...(c.offenderManager ? [c.offenderManager] : [])],
    status: 'scheduling',
    createdAt: services.clock.now().toISOString(),
  });

  const report = (out: ScheduleOutcome) => {
    if (out.remaining.length === 0) {
      setMessage({
        intent: 'success',
        text: out.lock?.notApplied.length
          ? t('scheduling.panels.scheduledSomeUnavailable', { options: out.lock.notApplied.join(', ') })
          : t('scheduling.panels.scheduled'),
      });
    } else {
      setMessage({
        intent: 'warning',
        text: t('scheduling.panels.notFinished', { problems: out.problems.map((p) => t(p)).join(' ') }),
      });
    }
  };

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setMessage(undefined);
    try {
      await work();
      await reloadRegister();
    } catch (e) {
      setMessage({
        intent: 'error',
        text: t(problemMessage(e)),
      });
    } finally {
      setBusy(false);
    }
  };

  const create = () =>
    run(async () => {
      if (!theCase || !cadence) return;
      report(
        await scheduleSeries(
          { ...services, scheduling },
          draft(theCase, theCase.level, firstDate, cadence),
          projected,
          caseSeries,
        ),
      );
    });

  const resume = () =>
    run(async () => {
      if (!live) return;
      const meetings = projectMeetings(live.doc.firstMeetingDate, live.doc.cadenceWeeks, holidays);
      report(await scheduleSeries({ ...services, scheduling }, live.doc, meetings, caseSeries));
    });

  const urgent = () =>
    run(async () => {
      if (!theCase) return;
      const base = draft(theCase, theCase.level, urgentDate, 1);
      const languages = await mailLanguages();
      const { cadenceWeeks: _c, ...plan } = planFor(base, undefined, languages);
      const out = await scheduleUrgent({ ...services, scheduling }, theCase, {
        ...plan,
        key: `urg_${theCase.id}_${urgentDate}`,
        subject: inEachLanguage(languages, msg('scheduling.invite.urgentSubject', { reference: theCase.reference })),
      });
      setMessage(
        out.problems.length
          ? {
              intent: 'warning',
              text: t('scheduling.panels.urgentBookedWithProblems', {
                problems: out.problems.map((p) => t(p)).join(' '),
              }),
            }
          : { intent: 'success', text: t('scheduling.panels.urgentBooked') },
      );
    });

  const checkAvailability = () =>
    run(async () => {
      if (!theCase) return;
      const members = draft(theCase, theCase.level, firstDate, cadence ?? 6).members;
      const fb = await scheduling.freeBusy(members, today, addDays(today, 28), services.settings.timeZone);
      setSuggestions(
        suggestSlots(fb, {
          from: today,
          weeks: 4,
          times: TIMES,
          durationMinutes: 120,
          timeZone: services.settings.timeZone,
        }).slice(0, 5),
      );
    });

  if (!cases) return <Spinner label={t('scheduling.panels.loading')} />;

  return (
    <main className={styles.page} aria-labelledby="panels-heading">
      {backHref && <Link href={backHref}>{t('scheduling.panels.back')}</Link>}
      <Text as="h1" size={600} weight="semibold" id="panels-heading">
        {t('scheduling.panels.title')}
      </Text>
      {/* Shown once the work and the register's reload are done, so the message and the page agree. */}
      {message && !busy && (
        <MessageBar intent={message.intent} role={message.intent === 'error' ? 'alert' : 'status'}>
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
      {services.setUpSite && (
        <SiteSetup
          setUpSite={() => services.setUpSite!()}
          onDone={() => {
            setMessage(undefined);
            void reloadRegister();
          }}
        />
      )}
      <Field label={t('scheduling.panels.case')}>
        <Select
          value={caseId}
          onChange={(_, d) => {
            setCaseId(d.value);
            setSuggestions(undefined);
            setMessage(undefined);
          }}
        >
          <option value="">{t('scheduling.panels.chooseCase')}</option>
          {cases
            .filter((c) => c.doc.status === 'active' || c.doc.id === caseId)
            .map((c) => (
              <option key={c.doc.id} value={c.doc.id}>
                {t(c.doc.status === 'exited' ? 'scheduling.panels.caseOptionExited' : 'scheduling.panels.caseOption', {
                  reference: c.doc.reference,
                  level: c.doc.level,
                })}
              </option>
            ))}
        </Select>
      </Field>

      {theCase?.status === 'exited' && (
        <Text>
          {theCase.exitedAt
            ? t('scheduling.panels.exitedOn', {
                reference: theCase.reference,
                date: fmt(theCase.exitedAt.slice(0, 10)),
              })
            : t('scheduling.panels.exited', { reference: theCase.reference })}
        </Text>
      )}
      {/* The 28 days that make a Serious Case Review mandatory run on after an exit. */}
      {theCase?.status === 'exited' && (
        <div className={styles.row}>
          <Button disabled={busy} onClick={() => setStep({ kind: 'offence', case: theCase })}>
            {t('caseTeam.furtherOffence.open')}
          </Button>
        </div>
      )}
      {theCase?.status === 'active' && (
        <section className={styles.section} aria-label={t('scheduling.panels.schedule')}>
          <Text weight="semibold">
            {cadence
              ? t('scheduling.panels.cadence', { level: theCase.level, weeks: cadence })
              : t('scheduling.panels.levelOne')}
          </Text>

          {live ? (
            <>
              <Text>
                {t('scheduling.panels.currentSeries', {
                  date: fmt(live.doc.firstMeetingDate),
                  time: live.doc.startTime,
                  weeks: live.doc.cadenceWeeks,
                })}{' '}
                <Badge appearance="tint" color={live.doc.status === 'active' ? 'success' : 'warning'}>
                  {live.doc.status === 'active'
                    ? t('scheduling.panels.seriesScheduled')
                    : t('scheduling.panels.seriesNotFinished')}
                </Badge>
              </Text>
              {live.doc.status === 'scheduling' && (
                <Button appearance="primary" disabled={busy} onClick={() => void resume()}>
                  {t('scheduling.panels.finish')}
                </Button>
              )}
              {live.doc.calendar?.attendeesOutdated && (
                <SeriesInvitationsNotice
                  key={live.version}
                  caseId={live.doc.caseId}
                  outcome={{ state: 'notUpdated', problem: msg('scheduling.problem.invitationsOutdated') }}
                />
              )}
            </>
          ) : cadence ? (
            <>
              <div className={styles.row}>
                <Field
                  label={t('scheduling.panels.firstMeeting')}
                  validationMessage={weekend ? t('scheduling.panels.chooseWeekday') : undefined}
                >
                  <Input type="date" value={firstDate} onChange={(_, d) => setFirstDate(d.value)} />
                </Field>
                <Field label={t('scheduling.panels.startTime')}>
                  <Select value={time} onChange={(_, d) => setTime(d.value)}>
                    {TIMES.map((at) => (
                      <option key={at}>{at}</option>
                    ))}
                  </Select>
                </Field>
                <Button disabled={busy} onClick={() => void checkAvailability()}>
                  {t('scheduling.panels.checkAvailability')}
                </Button>
              </div>
              {suggestions && (
                <div className={styles.suggestions} role="group" aria-label={t('scheduling.panels.suggestions')}>
                  {suggestions.map((s) => (
                    <Button
                      key={`${s.weekday}-${s.time}`}
                      size="small"
                      onClick={() => {
                        setFirstDate(nextWeekday(firstDate, s.weekday));
                        setTime(s.time);
                      }}
                    >
                      {t('scheduling.panels.suggestion', {
                        day: sayWeekday(t, s.weekday),
                        time: s.time,
                        busy: s.busy,
                        members: s.busyMembers.join(', '),
                        unknown: s.unknown,
                      })}
                    </Button>
                  ))}
                </div>
              )}
              <Text weight="semibold" id="dates-heading">
                {t('scheduling.panels.nextTwelve')}
              </Text>
              {!ready ? (
                <Spinner size="tiny" label={t('scheduling.panels.checkingHolidays')} />
              ) : (
                <ol className={styles.dates} aria-labelledby="dates-heading">
                  {projected.map((m) => (
                    <li key={m.sequence}>
                      {t('scheduling.panels.meetingAt', { date: fmt(m.date), time })}{' '}
                      {m.movedFor && (
                        <Badge appearance="outline" color="warning">
                          {t('scheduling.panels.moved', { date: fmt(m.planned), holiday: m.movedFor })}
                        </Badge>
                      )}
                    </li>
                  ))}
                </ol>
              )}
              <Button appearance="primary" disabled={busy || weekend || !ready} onClick={() => void create()}>
                {t('scheduling.panels.create')}
              </Button>
            </>
          ) : null}

          <div className={styles.row}>
            <Button disabled={busy} onClick={() => setStep({ kind: 'team', case: theCase })}>
              {t('caseTeam.team.open')}
            </Button>
            <Button disabled={busy} onClick={() => setStep({ kind: 'level', case: theCase })}>
              {t('scheduling.panels.changeLevel')}
            </Button>
            <Button disabled={busy} onClick={() => setStep({ kind: 'exit', case: theCase })}>
              {t('scheduling.panels.exit')}
            </Button>
            <Button disabled={busy} onClick={() => setStep({ kind: 'offence', case: theCase })}>
              {t('caseTeam.furtherOffence.open')}
            </Button>
          </div>
          <div className={styles.row}>
            <Field label={t('scheduling.panels.urgentOn')}>
              <Input type="date" value={urgentDate} onChange={(_, d) => setUrgentDate(d.value)} />
            </Field>
            <Button disabled={busy} onClick={() => void urgent()}>
              {t('scheduling.panels.bookUrgent')}
            </Button>
          </div>
          {busy && <Spinner size="tiny" label={t('scheduling.panels.working')} />}
        </section>
      )}
      {step?.kind === 'level' && (
        <LevelChangeDialog
          open
          case={step.case}
          onClose={() => setStep(undefined)}
          onChanged={() => void reloadRegister()}
        />
      )}
      {step?.kind === 'exit' && (
        <ExitDialog open case={step.case} onClose={() => setStep(undefined)} onExited={() => void reloadRegister()} />
      )}
      {step?.kind === 'team' && (
        <CaseTeamDialog
          open
          case={step.case}
          onClose={() => setStep(undefined)}
          onSaved={() => void reloadRegister()}
        />
      )}
      {step?.kind === 'offence' && (
        <FurtherOffenceDialog
          open
          case={step.case}
          onClose={() => setStep(undefined)}
          onRecorded={() => void reloadRegister()}
        />
      )}
    </main>
  );
}
