import {
  Button,
  Checkbox,
  Field,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';

import { recordActionExport, sendReminders } from '../../app/actions/actionOperations';
import { useServices } from '../../app/ServicesProvider';
import type { ActionStatus } from '../../core/actions/action.schema';
import { actionsToCsv, filterActions, type ActionFilter } from '../../core/actions/coordinator';
import { compareActions, dueState } from '../../core/actions/dueState';
import { agencyMessage, agencies, type Agency } from '../../core/people/agency';
import { useT } from '../i18n/I18nProvider';
import { ListStyles, Pager, sayDay } from './parts';
import { DueBadge, StatusBadge, StatusOptions } from './statusBadges';
import { useAllActions, useFirstActionsPage } from '../../app/actions/useActionLists';

/** Rows per page: the coordinator's list stays fast with ten thousand actions. */
export const ROWS_PER_PAGE = 50;

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  filters: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    alignItems: 'end',
    // A fieldset, so one attribute disables every filter while the whole list loads; no frame of its own.
    border: 'none',
    margin: 0,
    padding: 0,
    minWidth: 0,
  },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  // The table is native markup styled as Fluent's small Table: fifty rows of Fluent table components
  // (each row and cell a component with its own hooks) held the first page back for nothing it shows.
  table: {
    width: '100%',
    tableLayout: 'auto',
    borderCollapse: 'collapse',
    backgroundColor: tokens.colorSubtleBackground,
    color: tokens.colorNeutralForeground1,
  },
  row: {
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover, color: tokens.colorNeutralForeground1Hover },
  },
  cell: {
    height: '34px',
    padding: `0 ${tokens.spacingHorizontalS}`,
    verticalAlign: 'middle',
    textAlign: 'start',
  },
  headerCell: { fontWeight: tokens.fontWeightRegular },
  text: { overflowWrap: 'anywhere' },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** Where owners see their actions; reminders carry this link and nothing else. */
const myActionsLink = () => `${window.location.origin}${window.location.pathname}#/my-actions`;

/**
 * All actions across the area, for the coordinator: filters, CSV for the strategic board, reminders.
 * The table's list classes are resolved as the page mounts, while the first page is read.
 */
export default function CoordinatorActionsPage() {
  return (
    <ListStyles>
      <CoordinatorActions />
    </ListStyles>
  );
}

function CoordinatorActions() {
  const styles = useStyles();
  const t = useT();
  const services = useServices();
  const { clock, settings } = services;
  // The first page shows at once; the whole list (filters, further pages, export) is read after it.
  const [first, reloadFirst] = useFirstActionsPage(ROWS_PER_PAGE);
  const [wantAll, setWantAll] = useState(false);
  useEffect(() => {
    if (first.state !== 'ready' || wantAll) return;
    // After the first page has painted, so decoding every action never holds it back.
    const timer = setTimeout(() => setWantAll(true), 0);
    return () => clearTimeout(timer);
  }, [first.state, wantAll]);
  const [loaded, reloadAll] = useAllActions(wantAll);
  const reload = () => void Promise.all([reloadFirst(), reloadAll()]);
  const [filter, setFilter] = useState<ActionFilter>({});
  const [page, setPage] = useState(0);
  const [notice, setNotice] = useState<{ intent: 'success' | 'error'; text: string }>();
  const [busy, setBusy] = useState(false);

  const { opts, all, owners, panels } = useMemo(() => {
    const opts = { now: clock.now(), withinDays: settings.reminderDays, timeZone: settings.timeZone };
    const all =
      loaded.state === 'ready' && Array.isArray(loaded.value) ? [...loaded.value].sort(compareActions(opts)) : [];
    const owners = new Map<string, string>();
    const panels = new Map<string, string>();
    for (const a of all) {
      owners.set(a.owner.id, a.owner.name);
      panels.set(a.caseId, a.caseReference);
    }
    const byLabel = (x: [string, string], y: [string, string]) => x[1].localeCompare(y[1], t.intl.locale);
    return { opts, all, owners: [...owners].sort(byLabel), panels: [...panels].sort(byLabel) };
  }, [clock, settings, loaded, t]);
  const filtered = useMemo(() => filterActions(all, filter, opts), [all, filter, opts]);

  const setOne = <K extends keyof ActionFilter>(key: K, value: ActionFilter[K] | '') => {
    setPage(0);
    setFilter((f) => {
      const next = { ...f };
      if (value === '' || value === undefined || value === false) delete next[key];
      else next[key] = value as ActionFilter[K];
      return next;
    });
  };

  const download = async () => {
    const csv = actionsToCsv(filtered, opts, t);
    // A byte-order mark so that spreadsheet programs read the file as UTF-8 (names with accents).
    const url = URL.createObjectURL(new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `mappa-actions-${opts.now.toISOString().slice(0, 10)}.csv`;
    a.click();
    URL.revokeObjectURL(url);
    try {
      await recordActionExport(services, filtered.length);
    } catch {
      setNotice({ intent: 'error', text: t('actions.all.exportNotRecorded') });
    }
  };

  const remind = async () => {
    setBusy(true);
    setNotice(undefined);
    try {
      const result = await sendReminders(services, myActionsLink());
      if (!result.ok) setNotice({ intent: 'error', text: t(result.error) });
      else {
        const { sent, failed } = result.value;
        setNotice({
          intent: failed ? 'error' : 'success',
          text:
            sent === 0 && failed === 0
              ? t('actions.all.nothingDue', { days: settings.reminderDays })
              : failed
                ? t('actions.all.remindersSentSomeFailed', { sent, failed, days: settings.reminderDays })
                : t('actions.all.remindersSent', { sent, days: settings.reminderDays }),
        });
      }
    } catch {
      setNotice({ intent: 'error', text: t('actions.all.remindersFailed') });
    } finally {
      setBusy(false);
    }
  };

  const firstPage = first.state === 'ready' ? first.value : undefined;
  const wholeList = loaded.state === 'ready' ? loaded.value : undefined;
  if (!wholeList && (!firstPage || 'refused' in firstPage) && first.state !== 'error') {
    if (firstPage && 'refused' in firstPage) {
      return (
        <MessageBar intent="warning">
          <MessageBarBody>{t('actions.all.coordinatorsOnly', { refused: firstPage.refused })}</MessageBarBody>
        </MessageBar>
      );
    }
    if (loaded.state !== 'error') return <Spinner label={t('actions.all.loading')} />;
  }
  if (loaded.state === 'error' || first.state === 'error') {
    return (
      <MessageBar intent="error" role="alert">
        <MessageBarBody>
          {t('actions.my.loadFailed')} <Button onClick={reload}>{t('actions.all.tryAgain')}</Button>
        </MessageBarBody>
      </MessageBar>
    );
  }

  if (wholeList && !Array.isArray(wholeList)) {
    return (
      <MessageBar intent="warning">
        <MessageBarBody>{t('actions.all.coordinatorsOnly', { refused: wholeList.refused })}</MessageBarBody>
      </MessageBar>
    );
  }

  // Until the whole list is in, the first page is shown as read, and the filters wait for the rest.
  const waiting = !wholeList && firstPage && 'actions' in firstPage ? firstPage : undefined;
  const total = waiting ? waiting.total : filtered.length;
  const pageCount = waiting ? 1 : Math.ceil(filtered.length / ROWS_PER_PAGE);
  const current = Math.min(page, Math.max(0, pageCount - 1));
  const rows = waiting ? waiting.actions : filtered.slice(current * ROWS_PER_PAGE, (current + 1) * ROWS_PER_PAGE);

  const headerCell = mergeClasses(styles.cell, styles.headerCell);
  const textCell = mergeClasses(styles.cell, styles.text);

  return (
    <div className={styles.page}>
      <Text as="h2" size={500} weight="semibold">
        {t('actions.all.title')}
      </Text>
      <fieldset className={styles.filters} aria-label={t('actions.all.filters')} disabled={Boolean(waiting)}>
        <Field label={t('actions.all.agency')}>
          <Select value={filter.agency ?? ''} onChange={(_, d) => setOne('agency', d.value as Agency | '')}>
            <option value="">{t('actions.all.allAgencies')}</option>
            {(Object.keys(agencies) as Agency[]).map((value) => (
              <option key={value} value={value}>
                {t(agencyMessage(value))}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('actions.all.owner')}>
          <Select value={filter.ownerId ?? ''} onChange={(_, d) => setOne('ownerId', d.value)}>
            <option value="">{t('actions.all.allOwners')}</option>
            {owners.map(([id, name]) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('actions.all.panel')}>
          <Select value={filter.caseId ?? ''} onChange={(_, d) => setOne('caseId', d.value)}>
            <option value="">{t('actions.all.allPanels')}</option>
            {panels.map(([id, ref]) => (
              <option key={id} value={id}>
                {ref}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('actions.all.status')}>
          <Select value={filter.status ?? ''} onChange={(_, d) => setOne('status', d.value as ActionStatus | '')}>
            <option value="">{t('actions.all.allStatuses')}</option>
            <StatusOptions />
          </Select>
        </Field>
        <Checkbox
          label={t('actions.all.overdueOnly')}
          checked={filter.overdueOnly ?? false}
          onChange={(_, d) => setOne('overdueOnly', d.checked === true)}
        />
      </fieldset>
      <div className={styles.buttons}>
        <Button onClick={() => void download()} disabled={Boolean(waiting) || filtered.length === 0}>
          {t('actions.all.downloadCsv')}
        </Button>
        <Button appearance="primary" onClick={() => void remind()} disabled={busy}>
          {busy ? t('actions.all.sendingReminders') : t('actions.all.sendReminders')}
        </Button>
      </div>
      {notice && (
        <MessageBar intent={notice.intent} role={notice.intent === 'error' ? 'alert' : 'status'}>
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}
      <Text role="status" className={styles.muted}>
        {total === 0
          ? t('actions.all.noMatch')
          : t('actions.all.showing', {
              from: t.number(current * ROWS_PER_PAGE + 1),
              to: t.number(current * ROWS_PER_PAGE + rows.length),
              total: t.number(total),
            })}
        {waiting && total > rows.length ? ` ${t('actions.all.loadingRest')}` : ''}
      </Text>
      {rows.length > 0 && (
        <table aria-label={t('actions.all.table')} className={styles.table}>
          <thead>
            <tr className={styles.row}>
              <th scope="col" className={headerCell}>
                {t('actions.all.column.panel')}
              </th>
              <th scope="col" className={headerCell}>
                {t('actions.all.column.action')}
              </th>
              <th scope="col" className={headerCell}>
                {t('actions.all.column.owner')}
              </th>
              <th scope="col" className={headerCell}>
                {t('actions.all.column.due')}
              </th>
              <th scope="col" className={headerCell}>
                {t('actions.all.column.status')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((a) => (
              <tr key={a.id} className={styles.row}>
                <td className={styles.cell}>{a.caseReference}</td>
                <td className={textCell}>{a.pillar === 'victimSafety' ? t('actions.all.restrictedText') : a.text}</td>
                <td className={styles.cell}>
                  {t('actions.all.ownerAgency', { name: a.owner.name, agency: t(agencyMessage(a.owner.agency)) })}
                </td>
                <td className={styles.cell}>
                  {sayDay(t, a.dueDate)} <DueBadge state={dueState(a, opts)} />
                </td>
                <td className={styles.cell}>
                  <StatusBadge status={a.status} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager page={current} pageCount={pageCount} onPage={setPage} label={t('actions.all.pages')} />
    </div>
  );
}
