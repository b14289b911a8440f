import {
  Button,
  Field,
  Input,
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

import { exportAuditLog } from '../../app/audit/auditLog';
import { useAuditLog } from '../../app/audit/useAuditLog';
import { useServices } from '../../app/ServicesProvider';
import { auditVerbLabels, type AuditVerb } from '../../core/audit/audit.schema';
import { describeDetail, filterAudit, pageOf } from '../../core/audit/auditLog';
import { userMessage } from '../../core/shared/errors';
import { formatInstant, PageHeading, Pager } from '../actions/parts';

const PER_PAGE = 100;
const verbs = Object.entries(auditVerbLabels) as [AuditVerb, string][];

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  filters: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM },
  table: { overflowWrap: 'anywhere' },
});

/**
 * The audit log, for coordinators: who viewed, exported, distributed, finalised, corrected, changed
 * level or category, and exited what, when and why. Filtered by case, person and kind; a hundred
 * rows a page, so a hundred thousand events stay usable; exported as formula-safe CSV.
 */
export default function AuditPage() {
  const styles = useStyles();
  const services = useServices();
  const [caseId, setCaseId] = useState('');
  const [verb, setVerb] = useState<AuditVerb | ''>('');
  const [person, setPerson] = useState('');
  const [page, setPage] = useState(0);
  const [notice, setNotice] = useState<string>();
  const [loaded] = useAuditLog({ caseId: caseId || undefined, verb: verb || undefined });
  const answer = loaded.state === 'ready' ? loaded.value : undefined;
  const log = answer && 'events' in answer ? answer : undefined;
  const shown = useMemo(
    () => (log ? filterAudit(log.events, { caseId: caseId || undefined, verb: verb || undefined, person }) : []),
    [log, caseId, verb, person],
  );
  const cases = useMemo(
    () => (log ? [...log.caseReferences.entries()].sort((a, b) => (a[1] < b[1] ? -1 : 1)) : []),
    [log],
  );

  if (loaded.state === 'loading') return <Spinner label="Loading the audit log…" />;
  if (answer && 'refused' in answer) {
    return (
      <MessageBar intent="warning">
        <MessageBarBody>The audit log is for the area’s MAPPA coordinators. {answer.refused}</MessageBarBody>
      </MessageBar>
    );
  }
  if (loaded.state === 'error' || !log) {
    return (
      <MessageBar intent="error">
        <MessageBarBody>{loaded.state === 'error' ? loaded.message : ''}</MessageBarBody>
      </MessageBar>
    );
  }
  const current = pageOf(shown, page, PER_PAGE);
  const refer = (id?: string) => (id ? (log.caseReferences.get(id) ?? id) : '');

  const download = async () => {
    try {
      const csv = await exportAuditLog(services, log, shown);
      // A byte-order mark so that spreadsheet programs read the file as UTF-8 (names with accents).
      const url = URL.createObjectURL(new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = `mappa-audit-${services.clock.now().toISOString().slice(0, 10)}.csv`;
      a.click();
      URL.revokeObjectURL(url);
      setNotice(undefined);
    } catch (e) {
      setNotice(userMessage(e, 'The audit log could not be exported. Try again.'));
    }
  };
  const filterChanged =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      setPage(0);
    };

  return (
    <div className={styles.page}>
      <PageHeading
        title="Audit"
        summary={`${shown.length.toLocaleString('en-GB')} ${shown.length === 1 ? 'event' : 'events'}, newest first. Identifiers only: no case content.`}
      />
      <div className={styles.filters} role="search" aria-label="Filter the audit log">
        <Field label="Case">
          <Select value={caseId} onChange={(_, d) => filterChanged(setCaseId)(d.value)}>
            <option value="">All cases</option>
            {cases.map(([id, reference]) => (
              <option key={id} value={id}>
                {reference}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Person">
          <Input value={person} onChange={(_, d) => filterChanged(setPerson)(d.value)} />
        </Field>
        <Field label="Kind">
          <Select value={verb} onChange={(_, d) => filterChanged(setVerb)(d.value as AuditVerb | '')}>
            <option value="">All kinds</option>
            {verbs.map(([v, label]) => (
              <option key={v} value={v}>
                {label}
              </option>
            ))}
          </Select>
        </Field>
        <Button onClick={() => void download()} disabled={shown.length === 0}>
          Export as CSV
        </Button>
      </div>
      {notice && (
        <MessageBar intent="error">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      {shown.length === 0 ? (
        <Text>No events match.</Text>
      ) : (
        <Table aria-label="Audit events" className={styles.table} size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>When</TableHeaderCell>
              <TableHeaderCell>Who</TableHeaderCell>
              <TableHeaderCell>What</TableHeaderCell>
              <TableHeaderCell>Case</TableHeaderCell>
              <TableHeaderCell>Why</TableHeaderCell>
              <TableHeaderCell>Detail</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {current.rows.map((e) => (
              <TableRow key={e.id}>
                <TableCell>{formatInstant(e.at, services.settings.timeZone)}</TableCell>
                <TableCell>{e.actor.name}</TableCell>
                <TableCell>{auditVerbLabels[e.verb]}</TableCell>
                <TableCell>{refer(e.caseId)}</TableCell>
                <TableCell>{e.reason ?? ''}</TableCell>
                <TableCell>{describeDetail(e)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Pager page={current.page} pageCount={current.pageCount} onPage={setPage} label="Pages of the audit log" />
    </div>
  );
}
