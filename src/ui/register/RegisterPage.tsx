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
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useMemo } from 'react';

import { isAreaCoordinator } from '../../app/cases/caseDecisions';
import { useCaseRegisterRows } from '../../app/cases/useCaseRegisterRows';
import { useServices } from '../../app/ServicesProvider';
import { categoryLabels, type Category, type Level } from '../../core/cases/case.schema';
import {
  filterRegister,
  queueCounts,
  registerFlagLabels,
  registerViewLabels,
  registerViews,
  seriesStateLabels,
  type RegisterFlag,
  type RegisterQuery,
  type RegisterRow,
  type RegisterView,
  type SortKey,
} from '../../core/cases/register';
import { clockLabel } from '../../core/cases/lifecycle/referralQueue';
import { agencies, type Agency } from '../../core/people/agency';
import { formatDay, Pager } from '../actions/parts';
import { CaseLifecycleActions } from '../cases/CaseLifecycleActions';
import { ReferralQueue } from '../cases/ReferralQueue';
import { SiteSetup } from '../scheduling/SiteSetup';

/** Rows per page: the register stays quick with ten thousand cases. */
export const REGISTER_ROWS_PER_PAGE = 50;

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  queues: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  filters: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'end' },
  flags: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  muted: { color: tokens.colorNeutralForeground3 },
  referrals: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

/** The queues above the table, in the order a coordinator works them. */
const queueViews: readonly RegisterView[] = [
  'referrals',
  'screeningsDue',
  'identificationsDue',
  'overdue',
  'exitsDue',
  'missingNotification',
];

const columns: readonly { key: SortKey; label: string }[] = [
  { key: 'reference', label: 'Reference' },
  { key: 'name', label: 'Name' },
  { key: 'category', label: 'Category' },
  { key: 'level', label: 'Level' },
  { key: 'leadAgency', label: 'Lead agency' },
  { key: 'chair', label: 'Chair' },
  { key: 'lastPanel', label: 'Last panel' },
  { key: 'nextReviewDue', label: 'Next review due' },
  { key: 'daysOverdue', label: 'Days overdue' },
  { key: 'seriesState', label: 'Series' },
];

const flagColour: Record<RegisterFlag, 'danger' | 'warning' | 'important' | 'informative' | 'brand'> = {
  seriousCaseReview: 'danger',
  under18: 'important',
  registeredSexualOffender: 'brand',
  hospitalOrder: 'informative',
  inCustody: 'informative',
  mediaInterest: 'warning',
  exitDue: 'warning',
};

function Flags({ row }: { row: RegisterRow }) {
  const styles = useStyles();
  const text = (flag: RegisterFlag) =>
    flag === 'inCustody' && row.releaseDate
      ? `In custody, release ${formatDay(row.releaseDate)}`
      : flag === 'exitDue' && row.exitDue
        ? `Exit due ${formatDay(row.exitDue)}`
        : registerFlagLabels[flag];
  const extra = [
    ...(row.screeningDue ? [`Screening due ${formatDay(row.screeningDue)}`] : []),
    ...(row.identificationDue ? [`Identification due ${formatDay(row.identificationDue)}`] : []),
    ...(row.missingNotification ? ['No notification record'] : []),
    ...(row.referralAwaiting ? ['Referral awaiting decision'] : []),
  ];
  if (row.flags.length === 0 && extra.length === 0) return null;
  return (
    <span className={styles.flags}>
      {row.flags.map((f) => (
        <Badge key={f} appearance="tint" shape="rounded" color={flagColour[f]}>
          {text(f)}
        </Badge>
      ))}
      {extra.map((t) => (
        <Badge key={t} appearance="outline" shape="rounded" color="warning">
          {t}
        </Badge>
      ))}
    </span>
  );
}

export type RegisterPageProps = {
  query: RegisterQuery;
  onQuery: (next: RegisterQuery) => void;
  /** The address that opens a case's panels, keeping the register's filter for the way back. */
  caseHref: (caseId: string) => string;
};

/** The coordinator's register: every case in the area, its work queues, and a way into each case's panels. */
export function RegisterPage({ query, onQuery, caseHref }: RegisterPageProps) {
  const styles = useStyles();
  const services = useServices();
  const [loaded, reload] = useCaseRegisterRows();
  const rows = loaded.state === 'ready' ? loaded.value.rows : undefined;
  const feeds = loaded.state === 'ready' ? loaded.value.feeds : undefined;
  const counts = useMemo(() => (rows ? queueCounts(rows, feeds) : undefined), [rows, feeds]);
  const shown = useMemo(() => (rows ? filterRegister(rows, query) : []), [rows, query]);

  // Every change but the page's own starts again from the first page.
  const change = (patch: Partial<RegisterQuery>) => {
    const next: RegisterQuery = { ...query, ...patch };
    if (!('page' in patch)) delete next.page;
    for (const key of Object.keys(patch) as (keyof RegisterQuery)[]) {
      if (next[key] === undefined) delete next[key];
    }
    onQuery(next);
  };
  const sortBy = (key: SortKey) =>
    change({ sort: key, dir: query.sort === key && query.dir === 'asc' ? 'desc' : 'asc' });

  const pageCount = Math.ceil(shown.length / REGISTER_ROWS_PER_PAGE);
  const current = Math.min((query.page ?? 1) - 1, Math.max(0, pageCount - 1));
  const pageRows = shown.slice(current * REGISTER_ROWS_PER_PAGE, (current + 1) * REGISTER_ROWS_PER_PAGE);
  const referrals = feeds?.referralsAwaitingDecision ?? [];
  const coordinator = isAreaCoordinator(services);

  return (
    <main className={styles.page} aria-labelledby="register-heading">
      <Text as="h1" size={600} weight="semibold" id="register-heading">
        Case register
      </Text>
      {services.mode === 'graph' && services.setUpSite && (
        <SiteSetup setUpSite={() => services.setUpSite!()} onDone={() => void reload()} />
      )}
      <CaseLifecycleActions onChanged={() => void reload()} />
      {loaded.state === 'loading' && <Spinner label="Loading the case register…" />}
      {loaded.state === 'error' && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            {loaded.message} <Button onClick={() => void reload()}>Try again</Button>
          </MessageBarBody>
        </MessageBar>
      )}
      {rows && counts && (
        <>
          <div className={styles.queues} role="group" aria-label="Work queues">
            {queueViews.map((v) => {
              const on = query.view === v;
              return (
                <Button
                  key={v}
                  size="small"
                  appearance={on ? 'primary' : 'secondary'}
                  aria-pressed={on}
                  onClick={() => change({ view: on ? 'active' : v })}
                >
                  {`${registerViewLabels[v]}: ${counts[v]}`}
                </Button>
              );
            })}
          </div>
          {/* Coordinators decide referrals from the queue; others see what awaits a decision. */}
          {query.view === 'referrals' && coordinator && <ReferralQueue onDecided={() => void reload()} />}
          {query.view === 'referrals' && !coordinator && referrals.length > 0 && (
            <section aria-label="Referrals awaiting a decision">
              <ul className={styles.referrals}>
                {referrals.map((r) => (
                  <li key={r.id}>
                    {r.label}, from {agencies[r.referringAgency]}: received {formatDay(r.receivedOn)}, decide by{' '}
                    {formatDay(r.decideBy)}{' '}
                    <Badge appearance="tint" color={r.overdue ? 'danger' : 'informative'} shape="rounded">
                      {clockLabel(r)}
                    </Badge>
                  </li>
                ))}
              </ul>
            </section>
          )}
          <div className={styles.filters} role="search" aria-label="Filter the register">
            <Field label="Search">
              <Input
                type="search"
                value={query.q ?? ''}
                placeholder="Reference, name or chair"
                onChange={(_, d) => change({ q: d.value.slice(0, 100) || undefined })}
              />
            </Field>
            <Field label="Show">
              <Select value={query.view} onChange={(_, d) => change({ view: d.value as RegisterView })}>
                {registerViews.map((v) => (
                  <option key={v} value={v}>
                    {registerViewLabels[v]}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label="Level">
              <Select
                value={query.level ? String(query.level) : ''}
                onChange={(_, d) => change({ level: d.value ? (Number(d.value) as Level) : undefined })}
              >
                <option value="">All levels</option>
                <option value="1">Level 1</option>
                <option value="2">Level 2</option>
                <option value="3">Level 3</option>
              </Select>
            </Field>
            <Field label="Category">
              <Select
                value={query.category ? String(query.category) : ''}
                onChange={(_, d) => change({ category: d.value ? (Number(d.value) as Category) : undefined })}
              >
                <option value="">All categories</option>
                {([1, 2, 3, 4] as const).map((c) => (
                  <option key={c} value={String(c)}>
                    {categoryLabels[c]}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label="Lead agency">
              <Select
                value={query.agency ?? ''}
                onChange={(_, d) => change({ agency: (d.value || undefined) as Agency | undefined })}
              >
                <option value="">All agencies</option>
                {Object.entries(agencies).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
          <Text role="status" className={styles.muted}>
            {shown.length === 0
              ? 'No cases match these filters.'
              : `${registerViewLabels[query.view]}: showing ${current * REGISTER_ROWS_PER_PAGE + 1} to ${
                  current * REGISTER_ROWS_PER_PAGE + pageRows.length
                } of ${shown.length.toLocaleString('en-GB')}.`}
          </Text>
          {pageRows.length > 0 && (
            <Table sortable aria-label="Cases" size="small">
              <TableHeader>
                <TableRow>
                  {columns.map((c) => (
                    <TableHeaderCell
                      key={c.key}
                      sortDirection={
                        query.sort === c.key ? (query.dir === 'asc' ? 'ascending' : 'descending') : undefined
                      }
                      onClick={() => sortBy(c.key)}
                    >
                      {c.label}
                    </TableHeaderCell>
                  ))}
                  <TableHeaderCell sortable={false}>Flags</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {pageRows.map((r) => (
                  <TableRow key={r.caseId}>
                    <TableCell>
                      <Link href={caseHref(r.caseId)} aria-label={`${r.reference}: open its panels`}>
                        {r.reference}
                      </Link>
                    </TableCell>
                    <TableCell>{r.name ?? <span className={styles.muted}>Not shown</span>}</TableCell>
                    <TableCell>{r.category}</TableCell>
                    <TableCell>{r.level}</TableCell>
                    <TableCell>{agencies[r.leadAgency]}</TableCell>
                    <TableCell>{r.chair ?? ''}</TableCell>
                    <TableCell>{r.lastPanel ? formatDay(r.lastPanel) : ''}</TableCell>
                    <TableCell>{r.nextReviewDue ? formatDay(r.nextReviewDue) : ''}</TableCell>
                    <TableCell>
                      {r.daysOverdue > 0 ? (
                        <Badge appearance="filled" color="danger" shape="rounded">
                          {r.daysOverdue}
                        </Badge>
                      ) : (
                        ''
                      )}
                    </TableCell>
                    <TableCell>
                      {r.status === 'exited'
                        ? `Exited${r.exitedOn ? ` ${formatDay(r.exitedOn)}` : ''}`
                        : seriesStateLabels[r.seriesState]}
                    </TableCell>
                    <TableCell>
                      <Flags row={r} />
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
          <Pager page={current} pageCount={pageCount} onPage={(p) => change({ page: p + 1 })} label="Pages of cases" />
        </>
      )}
    </main>
  );
}
