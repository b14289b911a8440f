import {
  Button,
  Checkbox,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';

import { recordActionExport, sendReminders } from '../../app/actions/actionOperations';
import { useServices } from '../../app/ServicesProvider';
import { actionStatuses, type ActionStatus } from '../../core/actions/action.schema';
import { actionsToCsv, filterActions, listableAction, type ActionFilter } from '../../core/actions/coordinator';
import { compareActions, dueState } from '../../core/actions/dueState';
import { agencies, type Agency } from '../../core/people/agency';
import { DueBadge, formatDay, Pager, StatusBadge } from './parts';
import { useAllActions } from '../../app/actions/useActionLists';

/** Rows per page: the coordinator's list stays fast with ten thousand actions. */
export const ROWS_PER_PAGE = 50;

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  filters: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    alignItems: 'end',
  },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  table: { tableLayout: 'auto' },
  text: { overflowWrap: 'anywhere' },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** Where owners see their actions; reminders carry this link and nothing else. */
const myActionsLink = () => `${window.location.origin}${window.location.pathname}#/my-actions`;

/** All actions across the area, for the coordinator: filters, CSV for the strategic board, reminders. */
export default function CoordinatorActionsPage() {
  const styles = useStyles();
  const services = useServices();
  const { clock, settings } = services;
  const [loaded, reload] = useAllActions();
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
    const byLabel = (x: [string, string], y: [string, string]) => x[1].localeCompare(y[1], 'en-GB');
    return { opts, all, owners: [...owners].sort(byLabel), panels: [...panels].sort(byLabel) };
  }, [clock, settings, loaded]);
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
    const csv = actionsToCsv(filtered, opts);
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
      setNotice({ intent: 'error', text: 'The export was downloaded but could not be recorded in the audit log.' });
    }
  };

  const remind = async () => {
    setBusy(true);
    setNotice(undefined);
    try {
      const result = await sendReminders(services, myActionsLink());
      if (!result.ok) setNotice({ intent: 'error', text: result.error });
      else {
        const { sent, failed } = result.value;
        setNotice({
          intent: failed ? 'error' : 'success',
          text:
            sent === 0 && failed === 0
              ? `No owner has actions overdue or due within ${settings.reminderDays} days.`
              : `Reminders sent to ${sent} ${sent === 1 ? 'owner' : 'owners'} with actions overdue or due within ${settings.reminderDays} days.` +
                (failed ? ` ${failed} could not be sent: send again, and nobody will be reminded twice.` : ''),
        });
      }
    } catch {
      setNotice({ intent: 'error', text: 'Reminders could not be sent. Try again: nobody will be reminded twice.' });
    } finally {
      setBusy(false);
    }
  };

  if (loaded.state === 'loading') return <Spinner label="Loading actions…" />;
  if (loaded.state === 'error') {
    return (
      <MessageBar intent="error" role="alert">
        <MessageBarBody>
          {loaded.message} <Button onClick={reload}>Try again</Button>
        </MessageBarBody>
      </MessageBar>
    );
  }

  if (!Array.isArray(loaded.value)) {
    return (
      <MessageBar intent="warning">
        <MessageBarBody>This list is for MAPPA coordinators. {loaded.value.refused}</MessageBarBody>
      </MessageBar>
    );
  }

  const pageCount = Math.ceil(filtered.length / ROWS_PER_PAGE);
  const current = Math.min(page, Math.max(0, pageCount - 1));
  const rows = filtered.slice(current * ROWS_PER_PAGE, (current + 1) * ROWS_PER_PAGE);

  return (
    <div className={styles.page}>
      <Text as="h2" size={500} weight="semibold">
        All actions
      </Text>
      <div className={styles.filters} role="group" aria-label="Filter actions">
        <Field label="Agency">
          <Select value={filter.agency ?? ''} onChange={(_, d) => setOne('agency', d.value as Agency | '')}>
            <option value="">All agencies</option>
            {Object.entries(agencies).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Owner">
          <Select value={filter.ownerId ?? ''} onChange={(_, d) => setOne('ownerId', d.value)}>
            <option value="">All owners</option>
            {owners.map(([id, name]) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Panel">
          <Select value={filter.caseId ?? ''} onChange={(_, d) => setOne('caseId', d.value)}>
            <option value="">All panels</option>
            {panels.map(([id, ref]) => (
              <option key={id} value={id}>
                {ref}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Status">
          <Select value={filter.status ?? ''} onChange={(_, d) => setOne('status', d.value as ActionStatus | '')}>
            <option value="">All statuses</option>
            {Object.entries(actionStatuses).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </Select>
        </Field>
        <Checkbox
          label="Overdue only"
          checked={filter.overdueOnly ?? false}
          onChange={(_, d) => setOne('overdueOnly', d.checked === true)}
        />
      </div>
      <div className={styles.buttons}>
        <Button onClick={() => void download()} disabled={filtered.length === 0}>
          Download CSV
        </Button>
        <Button appearance="primary" onClick={() => void remind()} disabled={busy}>
          {busy ? 'Sending reminders…' : 'Send reminders'}
        </Button>
      </div>
      {notice && (
        <MessageBar intent={notice.intent} role={notice.intent === 'error' ? 'alert' : 'status'}>
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}
      <Text role="status" className={styles.muted}>
        {filtered.length === 0
          ? 'No actions match these filters.'
          : `Showing ${current * ROWS_PER_PAGE + 1} to ${current * ROWS_PER_PAGE + rows.length} of ${filtered.length.toLocaleString('en-GB')} actions.`}
      </Text>
      {rows.length > 0 && (
        <Table aria-label="Actions" size="small" className={styles.table}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Panel</TableHeaderCell>
              <TableHeaderCell>Action</TableHeaderCell>
              <TableHeaderCell>Owner</TableHeaderCell>
              <TableHeaderCell>Due</TableHeaderCell>
              <TableHeaderCell>Status</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((a) => (
              <TableRow key={a.id}>
                <TableCell>{a.caseReference}</TableCell>
                <TableCell className={styles.text}>{listableAction(a).text}</TableCell>
                <TableCell>
                  {a.owner.name}, {agencies[a.owner.agency]}
                </TableCell>
                <TableCell>
                  {formatDay(a.dueDate)} <DueBadge state={dueState(a, opts)} />
                </TableCell>
                <TableCell>
                  <StatusBadge status={a.status} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Pager page={current} pageCount={pageCount} onPage={setPage} label="Pages of actions" />
    </div>
  );
}
