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
import { CaseTeamDialog } from '../cases/CaseTeamDialog';
import { ExitDialog } from '../cases/ExitDialog';
import { FurtherOffenceDialog } from '../cases/FurtherOffenceDialog';
import { useT } from '../i18n/I18nProvider';
import { LevelChangeDialog } from '../cases/LevelChangeDialog';
import { userMessage } from '../../core/shared/errors';

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
const fmt = (d: string) =>
  new Intl.DateTimeFormat('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${d}T00:00:00Z`));
const dayNames = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export type PanelsPageProps = {
  /** The case opened from the register. */
  caseId?: string;
  /** The way back to the register, with its filter. */
  backHref?: string;
};

/** Panels: the coordinator schedules, re-schedules and ends each case's panel series. */
export default function PanelsPage({ caseId: openedCase = '', backHref }: PanelsPageProps = {}) {
  const styles = useStyles();
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
  const t = useT();
  const [urgentDate, setUrgentDate] = useState(addDays(today, 1));

  const registerFailure = register.state === 'error' ? register.message : undefined;
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
      const extra = out.lock?.notApplied.length
        ? ` Not available in this tenant: ${out.lock.notApplied.join(', ')}.`
        : '';
      setMessage({ intent: 'success', text: `The series is scheduled and the meeting is locked down.${extra}` });
    } else {
      setMessage({
        intent: 'warning',
        text: `The series is saved but not finished: ${out.problems.join(' ')} Choose “Finish scheduling” to carry on.`,
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
        text: userMessage(e),
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
      const { cadenceWeeks: _c, ...plan } = planFor(base);
      const out = await scheduleUrgent({ ...services, scheduling }, theCase, {
        ...plan,
        key: `urg_${theCase.id}_${urgentDate}`,
        subject: `Urgent MAPPA panel – ${theCase.reference}`,
      });
      setMessage(
        out.problems.length
          ? { intent: 'warning', text: `The urgent meeting is booked. ${out.problems.join(' ')}` }
          : { intent: 'success', text: 'The urgent meeting is booked and locked down.' },
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

  if (!cases) return <Spinner label="Loading the case register…" />;

  return (
    <main className={styles.page} aria-labelledby="panels-heading">
      {backHref && <Link href={backHref}>Back to the case register</Link>}
      <Text as="h1" size={600} weight="semibold" id="panels-heading">
        Panels
      </Text>
      {/* Shown once the work and the register's reload are done, so the message and the page agree. */}
      {message && !busy && (
        <MessageBar intent={message.intent} role={message.intent === 'error' ? 'alert' : 'status'}>
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
      {services.mode === 'graph' && services.setUpSite && (
        <SiteSetup
          setUpSite={() => services.setUpSite!()}
          onDone={() => {
            setMessage(undefined);
            void reloadRegister();
          }}
        />
      )}
      <Field label="Case">
        <Select
          value={caseId}
          onChange={(_, d) => {
            setCaseId(d.value);
            setSuggestions(undefined);
            setMessage(undefined);
          }}
        >
          <option value="">Choose a case</option>
          {cases
            .filter((c) => c.doc.status === 'active' || c.doc.id === caseId)
            .map((c) => (
              <option key={c.doc.id} value={c.doc.id}>
                {c.doc.reference} (Level {c.doc.level}
                {c.doc.status === 'exited' ? ', exited' : ''})
              </option>
            ))}
        </Select>
      </Field>

      {theCase?.status === 'exited' && (
        <Text>
          {theCase.reference} has exited MAPPA
          {theCase.exitedAt ? ` (${fmt(theCase.exitedAt.slice(0, 10))})` : ''}. Its panels and records are kept.
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
        <section className={styles.section} aria-label="Schedule">
          <Text weight="semibold">
            {cadence
              ? `Level ${theCase.level}: a panel every ${cadence} weeks`
              : 'Level 1: managed by the lead agency, with no panel series'}
          </Text>

          {live ? (
            <>
              <Text>
                Current series from {fmt(live.doc.firstMeetingDate)} at {live.doc.startTime}, every{' '}
                {live.doc.cadenceWeeks} weeks.{' '}
                <Badge appearance="tint" color={live.doc.status === 'active' ? 'success' : 'warning'}>
                  {live.doc.status === 'active' ? 'Scheduled' : 'Not finished'}
                </Badge>
              </Text>
              {live.doc.status === 'scheduling' && (
                <Button appearance="primary" disabled={busy} onClick={() => void resume()}>
                  Finish scheduling
                </Button>
              )}
            </>
          ) : cadence ? (
            <>
              <div className={styles.row}>
                <Field label="First meeting" validationMessage={weekend ? 'Choose a weekday' : undefined}>
                  <Input type="date" value={firstDate} onChange={(_, d) => setFirstDate(d.value)} />
                </Field>
                <Field label="Start time">
                  <Select value={time} onChange={(_, d) => setTime(d.value)}>
                    {TIMES.map((t) => (
                      <option key={t}>{t}</option>
                    ))}
                  </Select>
                </Field>
                <Button disabled={busy} onClick={() => void checkAvailability()}>
                  Check standing members’ availability
                </Button>
              </div>
              {suggestions && (
                <div className={styles.suggestions} role="group" aria-label="Suggested days and times">
                  {suggestions.map((s) => (
                    <Button
                      key={`${s.weekday}-${s.time}`}
                      size="small"
                      onClick={() => {
                        setFirstDate(nextWeekday(firstDate, s.weekday));
                        setTime(s.time);
                      }}
                    >
                      {`${dayNames[s.weekday]} ${s.time}: ${s.busy === 0 ? 'no clashes' : `clashes for ${s.busyMembers.join(', ')}`}${s.unknown ? `, ${s.unknown} unknown` : ''}`}
                    </Button>
                  ))}
                </div>
              )}
              <Text weight="semibold" id="dates-heading">
                The next twelve meetings
              </Text>
              {!ready ? (
                <Spinner size="tiny" label="Checking bank holidays…" />
              ) : (
                <ol className={styles.dates} aria-labelledby="dates-heading">
                  {projected.map((m) => (
                    <li key={m.sequence}>
                      {fmt(m.date)} at {time}{' '}
                      {m.movedFor && (
                        <Badge appearance="outline" color="warning">
                          Moved from {fmt(m.planned)} ({m.movedFor})
                        </Badge>
                      )}
                    </li>
                  ))}
                </ol>
              )}
              <Button appearance="primary" disabled={busy || weekend || !ready} onClick={() => void create()}>
                Create the series
              </Button>
            </>
          ) : null}

          <div className={styles.row}>
            <Button disabled={busy} onClick={() => setStep({ kind: 'team', case: theCase })}>
              {t('caseTeam.team.open')}
            </Button>
            <Button disabled={busy} onClick={() => setStep({ kind: 'level', case: theCase })}>
              Change level or category
            </Button>
            <Button disabled={busy} onClick={() => setStep({ kind: 'exit', case: theCase })}>
              Exit from MAPPA
            </Button>
            <Button disabled={busy} onClick={() => setStep({ kind: 'offence', case: theCase })}>
              {t('caseTeam.furtherOffence.open')}
            </Button>
          </div>
          <div className={styles.row}>
            <Field label="Urgent meeting on">
              <Input type="date" value={urgentDate} onChange={(_, d) => setUrgentDate(d.value)} />
            </Field>
            <Button disabled={busy} onClick={() => void urgent()}>
              Book an urgent meeting
            </Button>
          </div>
          {busy && <Spinner size="tiny" label="Working…" />}
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
