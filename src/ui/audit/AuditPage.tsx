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
import { describeDetail } from '../../core/audit/auditLog';
import { problemMessage } from '../../core/shared/errors';
import { msg } from '../../i18n/message';
import { PageHeading, Pager, sayInstant } from '../actions/parts';
import { useT } from '../i18n/I18nProvider';

const PER_PAGE = 100;
const verbs = Object.keys(auditVerbLabels) as AuditVerb[];

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  filters: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM },
  table: { overflowWrap: 'anywhere' },
});

/**
 * The audit log, for coordinators: who viewed, exported, distributed, finalised, corrected, changed
 * level or category, and exited what, when and why. Filtered by case, person and kind; a hundred
 * rows a page, read from the store a page at a time, so a hundred thousand events stay usable;
 * every event the filters select is exported as formula-safe CSV.
 */
export default function AuditPage() {
  const styles = useStyles();
  const t = useT();
  const services = useServices();
  const [caseId, setCaseId] = useState('');
  const [verb, setVerb] = useState<AuditVerb | ''>('');
  const [person, setPerson] = useState('');
  const [page, setPage] = useState(0);
  const [notice, setNotice] = useState<string>();
  const filter = { caseId: caseId || undefined, verb: verb || undefined, person };
  const loaded = useAuditLog({ ...filter, page, perPage: PER_PAGE });
  const answer = loaded.state === 'ready' ? loaded.value : undefined;
  const log = answer && 'rows' in answer ? answer : undefined;
  const references = log?.caseReferences;
  const cases = useMemo(
    () => (references ? [...references.entries()].sort((a, b) => (a[1] < b[1] ? -1 : 1)) : []),
    [references],
  );

  if (loaded.state === 'loading') return <Spinner label={t('audit.page.loading')} />;
  if (answer && 'refused' in answer) {
    return (
      <MessageBar intent="warning">
        <MessageBarBody>{t('audit.page.coordinatorsOnly', { refused: answer.refused })}</MessageBarBody>
      </MessageBar>
    );
  }
  if (loaded.state === 'error' || !log) {
    return (
      <MessageBar intent="error">
        <MessageBarBody>{loaded.state === 'error' ? t('audit.page.loadFailed') : ''}</MessageBarBody>
      </MessageBar>
    );
  }
  const refer = (id?: string) => (id ? (log.caseReferences.get(id) ?? id) : '');

  const download = async () => {
    try {
      const csv = await exportAuditLog(services, filter, t);
      // A byte-order mark so that spreadsheet programs read the file as UTF-8 (names with accents).
      const url = URL.createObjectURL(new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = `mappa-audit-${services.clock.now().toISOString().slice(0, 10)}.csv`;
      a.click();
      URL.revokeObjectURL(url);
      setNotice(undefined);
    } catch (e) {
      setNotice(t(problemMessage(e, msg('audit.page.exportFailed'))));
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
      <PageHeading title={t('audit.page.title')} summary={t('audit.page.summary', { count: log.total })} />
      <div className={styles.filters} role="search" aria-label={t('audit.page.filters')}>
        <Field label={t('audit.page.case')}>
          <Select value={caseId} onChange={(_, d) => filterChanged(setCaseId)(d.value)}>
            <option value="">{t('audit.page.allCases')}</option>
            {cases.map(([id, reference]) => (
              <option key={id} value={id}>
                {reference}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('audit.page.person')}>
          <Input value={person} onChange={(_, d) => filterChanged(setPerson)(d.value)} />
        </Field>
        <Field label={t('audit.page.kind')}>
          <Select value={verb} onChange={(_, d) => filterChanged(setVerb)(d.value as AuditVerb | '')}>
            <option value="">{t('audit.page.allKinds')}</option>
            {verbs.map((v) => (
              <option key={v} value={v}>
                {t(`audit.verb.${v}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Button onClick={() => void download()} disabled={log.total === 0}>
          {t('audit.page.export')}
        </Button>
      </div>
      {notice && (
        <MessageBar intent="error">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      {log.rows.length === 0 ? (
        <Text>{t('audit.page.noMatch')}</Text>
      ) : (
        <Table aria-label={t('audit.page.table')} className={styles.table} size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('audit.page.column.when')}</TableHeaderCell>
              <TableHeaderCell>{t('audit.page.column.who')}</TableHeaderCell>
              <TableHeaderCell>{t('audit.page.column.what')}</TableHeaderCell>
              <TableHeaderCell>{t('audit.page.column.case')}</TableHeaderCell>
              <TableHeaderCell>{t('audit.page.column.why')}</TableHeaderCell>
              <TableHeaderCell>{t('audit.page.column.detail')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {log.rows.map((e) => (
              <TableRow key={e.id}>
                <TableCell>{sayInstant(t, e.at, services.settings.timeZone)}</TableCell>
                <TableCell>{e.actor.name}</TableCell>
                <TableCell>{t(`audit.verb.${e.verb}`)}</TableCell>
                <TableCell>{refer(e.caseId)}</TableCell>
                <TableCell>{e.reason ?? ''}</TableCell>
                <TableCell>{describeDetail(e)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Pager page={log.page} pageCount={log.pageCount} onPage={setPage} label={t('audit.page.pages')} />
    </div>
  );
}
