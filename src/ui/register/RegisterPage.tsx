import {
  Button,
  createCustomFocusIndicatorStyle,
  mergeClasses,
  shorthands,
  Spinner,
  Text,
  makeStyles,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import { Suspense, useId, useMemo, type ComponentProps, type ReactNode } from 'react';

import { isAreaCoordinator } from '../../app/cases/caseDecisions';
import { useCaseRegisterRows, useReferralClocks } from '../../app/cases/useCaseRegisterRows';
import { useServices } from '../../app/ServicesProvider';
import type { Category, Level } from '../../core/cases/case.schema';
import {
  filterRegister,
  queueCounts,
  registerViews,
  type RegisterFlag,
  type RegisterQuery,
  type RegisterRow,
  type RegisterView,
  type SortKey,
} from '../../core/cases/register';
import { clockLabel } from '../../core/cases/lifecycle/referralQueue';
import { agencyMessage, agencies, type Agency } from '../../core/people/agency';
import { ListStyles, Pager, sayDay, useListClasses, type ListClasses } from '../actions/parts';
import { CaseLifecycleActions } from '../cases/CaseLifecycleActions';
import { ReferralQueue } from '../cases/ReferralQueue';
import { useT } from '../i18n/I18nProvider';
import type { SiteSetup as SiteSetupView } from '../scheduling/SiteSetup';
import { Notice } from '../shell/Notice';
import { PlainLink } from '../shell/PlainLink';
import { preloadable } from '../surfaces/preloadable';
import { viewAreas } from '../surfaces/viewAreas';

// Only a Microsoft 365 area's first run shows it (setting up the site), so it loads only then.
const SiteSetup = preloadable<ComponentProps<typeof SiteSetupView>>(
  () => import('../scheduling/SiteSetup').then((m) => ({ default: m.SiteSetup })),
  viewAreas.siteSetup,
);

/** Rows per page: the register stays quick with ten thousand cases. */
export const REGISTER_ROWS_PER_PAGE = 50;

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  queues: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  filters: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'end' },
  flags: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  // A flag wraps within its narrow column rather than run out of it.
  flag: { whiteSpace: 'normal', overflowWrap: 'anywhere' },
  muted: { color: tokens.colorNeutralForeground3 },
  referrals: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  // The cases table: Fluent's small, sortable Table drawn as a native table (see "Page load" in docs/architecture.md).
  table: {
    width: '100%',
    tableLayout: 'fixed',
    verticalAlign: 'middle',
    borderCollapse: 'collapse',
    backgroundColor: tokens.colorSubtleBackground,
  },
  row: {
    color: tokens.colorNeutralForeground1,
    boxSizing: 'border-box',
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  bodyRow: {
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover, color: tokens.colorNeutralForeground1Hover },
    ':active': { backgroundColor: tokens.colorSubtleBackgroundPressed, color: tokens.colorNeutralForeground1Pressed },
  },
  cell: { position: 'relative', verticalAlign: 'middle', height: '34px', padding: `0 ${tokens.spacingHorizontalS}` },
  headerCell: {
    position: 'relative',
    verticalAlign: 'middle',
    padding: `0 ${tokens.spacingHorizontalS}`,
    fontWeight: tokens.fontWeightRegular,
    textAlign: 'start',
  },
  sortableHeader: {
    ':hover': { color: tokens.colorNeutralForeground1Hover, backgroundColor: tokens.colorSubtleBackgroundHover },
    ':active': { color: tokens.colorNeutralForeground1Pressed, backgroundColor: tokens.colorSubtleBackgroundPressed },
  },
  sortButton: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    width: '100%',
    minHeight: '32px',
    margin: 0,
    padding: 0,
    border: 'none',
    backgroundColor: 'inherit',
    color: 'inherit',
    fontFamily: 'inherit',
    fontSize: 'inherit',
    fontWeight: 'inherit',
    lineHeight: 'normal',
    textAlign: 'start',
    cursor: 'pointer',
    outlineStyle: 'none',
    ...createCustomFocusIndicatorStyle({
      outline: `2px solid ${tokens.colorStrokeFocus2}`,
      borderRadius: tokens.borderRadiusMedium,
    }),
  },
  sortIcon: { display: 'flex', alignItems: 'center', paddingTop: tokens.spacingVerticalXXS },
  // The filters: Fluent's Field, Input and Select (medium, outline) as a native label and control.
  field: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start' },
  label: {
    ...typographyStyles.body1,
    color: tokens.colorNeutralForeground1,
    paddingTop: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalXXS,
    marginBottom: tokens.spacingVerticalXXS,
  },
  // Fluent's focus mark: the brand underline that grows across the control's foot.
  control: {
    position: 'relative',
    display: 'inline-flex',
    alignItems: 'center',
    boxSizing: 'border-box',
    '::after': {
      content: '""',
      position: 'absolute',
      left: 0,
      right: 0,
      bottom: 0,
      boxSizing: 'border-box',
      height: tokens.borderRadiusMedium,
      borderRadius: `0 0 ${tokens.borderRadiusMedium} ${tokens.borderRadiusMedium}`,
      backgroundImage: `linear-gradient(0deg, ${tokens.colorCompoundBrandStroke} 0%, ${tokens.colorCompoundBrandStroke} 50%, transparent 50%, transparent 100%)`,
      transform: 'scaleX(0)',
      transitionProperty: 'transform',
      transitionDuration: tokens.durationUltraFast,
      transitionDelay: tokens.curveAccelerateMid,
      '@media screen and (prefers-reduced-motion: reduce)': { transitionDuration: '0.01ms', transitionDelay: '0.01ms' },
    },
    ':focus-within::after': {
      transform: 'scaleX(1)',
      transitionDuration: tokens.durationNormal,
      transitionDelay: tokens.curveDecelerateMid,
    },
  },
  input: {
    boxSizing: 'border-box',
    height: '32px',
    margin: 0,
    padding: `0 calc(${tokens.spacingHorizontalMNudge} + ${tokens.spacingHorizontalXXS})`,
    ...typographyStyles.body1,
    fontFamily: tokens.fontFamilyBase,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    borderRadius: tokens.borderRadiusMedium,
    ':hover': {
      ...shorthands.borderColor(tokens.colorNeutralStroke1Hover),
      borderBottomColor: tokens.colorNeutralStrokeAccessibleHover,
    },
    ':active': {
      ...shorthands.borderColor(tokens.colorNeutralStroke1Pressed),
      borderBottomColor: tokens.colorNeutralStrokeAccessiblePressed,
    },
    ':focus': { outlineWidth: '2px', outlineStyle: 'solid', outlineColor: tokens.colorTransparentStroke },
    '::placeholder': { color: tokens.colorNeutralForeground4, opacity: 1 },
  },
  select: {
    appearance: 'none',
    cursor: 'pointer',
    paddingRight: `calc(${tokens.spacingHorizontalMNudge} + 20px + ${tokens.spacingHorizontalXXS} + ${tokens.spacingHorizontalXXS})`,
  },
  chevron: {
    position: 'absolute',
    right: tokens.spacingHorizontalMNudge,
    display: 'flex',
    pointerEvents: 'none',
    color: tokens.colorNeutralStrokeAccessible,
  },
  descending: { transform: 'rotate(180deg)' },
});

/** A filter's label over its control (a text box, or a `<select>` with Fluent's chevron). */
function Filter({ label, children }: { label: string; children: (id: string) => ReactNode }) {
  const styles = useStyles();
  const id = useId();
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      <span className={styles.control}>{children(id)}</span>
    </div>
  );
}

function FilterSelect({
  label,
  value,
  onChange,
  children,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  children: ReactNode;
}) {
  const styles = useStyles();
  return (
    <Filter label={label}>
      {(id) => (
        <>
          <select
            id={id}
            className={mergeClasses(styles.input, styles.select)}
            value={value}
            onChange={(e) => onChange(e.target.value)}
          >
            {children}
          </select>
          <span className={styles.chevron}>
            <svg aria-hidden="true" width="20" height="20" viewBox="0 0 20 20" fill="currentColor">
              <path d="M15.85 7.65c.2.2.2.5 0 .7l-5.46 5.49a.55.55 0 0 1-.78 0L4.15 8.35a.5.5 0 1 1 .7-.7L10 12.8l5.15-5.16c.2-.2.5-.2.7 0" />
            </svg>
          </span>
        </>
      )}
    </Filter>
  );
}

/** Fluent's ArrowUp icon (12 px); turned over for a descending sort. */
function SortArrow({ direction }: { direction: 'ascending' | 'descending' }) {
  const styles = useStyles();
  return (
    <span className={styles.sortIcon}>
      <svg
        aria-hidden="true"
        width="12"
        height="12"
        viewBox="0 0 20 20"
        fill="currentColor"
        className={direction === 'descending' ? styles.descending : undefined}
      >
        <path d="M3.13 9.16a.5.5 0 1 0 .74.68L9.5 3.67V17.5a.5.5 0 1 0 1 0V3.67l5.63 6.17a.5.5 0 0 0 .74-.68l-6.32-6.92a.75.75 0 0 0-1.1 0z" />
      </svg>
    </span>
  );
}

/** The queues above the table, in the order a coordinator works them. */
const queueViews: readonly RegisterView[] = [
  'referrals',
  'screeningsDue',
  'identificationsDue',
  'overdue',
  'exitsDue',
  'missingNotification',
];

const columns: readonly { key: SortKey }[] = [
  { key: 'reference' },
  { key: 'name' },
  { key: 'category' },
  { key: 'level' },
  { key: 'leadAgency' },
  { key: 'chair' },
  { key: 'lastPanel' },
  { key: 'nextReviewDue' },
  { key: 'daysOverdue' },
  { key: 'seriesState' },
];

/** Each flag's colour: Fluent's tint badges, as the list classes draw them. */
const flagColour: Record<RegisterFlag, keyof ListClasses> = {
  seriousCaseReview: 'dangerTint',
  under18: 'important',
  registeredSexualOffender: 'brand',
  hospitalOrder: 'informative',
  inCustody: 'informative',
  mediaInterest: 'warning',
  exitDue: 'warning',
};

function Flags({ row }: { row: RegisterRow }) {
  const styles = useStyles();
  const c = useListClasses();
  const t = useT();
  const text = (flag: RegisterFlag) =>
    flag === 'inCustody' && row.releaseDate
      ? t('register.flag.inCustodyRelease', { date: sayDay(t, row.releaseDate) })
      : flag === 'exitDue' && row.exitDue
        ? t('register.flag.exitDueOn', { date: sayDay(t, row.exitDue) })
        : t(`register.flag.${flag}`);
  const extra = [
    ...(row.screeningDue ? [t('register.flag.screeningDue', { date: sayDay(t, row.screeningDue) })] : []),
    ...(row.identificationDue
      ? [t('register.flag.identificationDue', { date: sayDay(t, row.identificationDue) })]
      : []),
    ...(row.missingNotification ? [t('register.flag.noNotification')] : []),
    ...(row.referralAwaiting ? [t('register.flag.referralAwaiting')] : []),
  ];
  if (row.flags.length === 0 && extra.length === 0) return null;
  return (
    <span className={styles.flags}>
      {row.flags.map((f) => (
        <span key={f} className={mergeClasses(c.badge, c[flagColour[f]], styles.flag)}>
          {text(f)}
        </span>
      ))}
      {extra.map((said) => (
        <span key={said} className={mergeClasses(c.badge, c.warningOutline, styles.flag)}>
          {said}
        </span>
      ))}
    </span>
  );
}

function OverdueDays({ days }: { days: number }) {
  const c = useListClasses();
  return <span className={mergeClasses(c.badge, c.danger)}>{days}</span>;
}

/**
 * The referrals awaiting a decision with their clocks, for those who follow the queue but do not
 * decide it. The clocks need the bank holiday data, which is loaded when this list is first shown.
 */
function ReferralClocks({ rows }: { rows: readonly RegisterRow[] }) {
  const styles = useStyles();
  const c = useListClasses();
  const t = useT();
  const [clocks] = useReferralClocks(rows);
  return (
    <section aria-label={t('register.page.referrals')} aria-busy={clocks.state === 'loading'}>
      {clocks.state === 'loading' && <Spinner size="tiny" label={t('register.page.referralClocksLoading')} />}
      {clocks.state === 'error' && <Notice intent="error">{t('register.page.referralClocksFailed')}</Notice>}
      {clocks.state === 'ready' && (
        <ul className={styles.referrals}>
          {clocks.value.map((r) => (
            <li key={r.id}>
              {t('register.page.referral', {
                label: r.label,
                agency: t(agencyMessage(r.referringAgency)),
                received: sayDay(t, r.receivedOn),
                decideBy: sayDay(t, r.decideBy),
              })}{' '}
              <span className={mergeClasses(c.badge, r.overdue ? c.dangerTint : c.informative)}>
                {t(clockLabel(r))}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export type RegisterPageProps = {
  query: RegisterQuery;
  onQuery: (next: RegisterQuery) => void;
  /** The address that opens a case's panels, keeping the register's filter for the way back. */
  caseHref: (caseId: string) => string;
};

/** The coordinator's register: every case in the area, its work queues, and a way into each case's panels. */
export function RegisterPage(props: RegisterPageProps) {
  return (
    <ListStyles>
      <Register {...props} />
    </ListStyles>
  );
}

function Register({ query, onQuery, caseHref }: RegisterPageProps) {
  const styles = useStyles();
  const t = useT();
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
        {t('register.page.title')}
      </Text>
      {services.setUpSite && (
        <Suspense fallback={null}>
          <SiteSetup setUpSite={() => services.setUpSite!()} onDone={() => void reload()} />
        </Suspense>
      )}
      <CaseLifecycleActions onChanged={() => void reload()} />
      {loaded.state === 'loading' && <Spinner label={t('register.page.loading')} />}
      {loaded.state === 'error' && (
        <Notice intent="error">
          {t(services.setUpSite ? 'register.page.loadFailedFirstRun' : 'register.page.loadFailed')}{' '}
          <Button onClick={() => void reload()}>{t('register.page.tryAgain')}</Button>
        </Notice>
      )}
      {loaded.state === 'ready' && loaded.value.unreadable.length > 0 && (
        <Notice intent="warning">{t('register.page.indexRebuilt')}</Notice>
      )}
      {rows && counts && (
        <>
          <div className={styles.queues} role="group" aria-label={t('register.page.queues')}>
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
                  {t('register.page.queue', { view: t(`register.view.${v}`), count: counts[v] })}
                </Button>
              );
            })}
          </div>
          {/* Coordinators decide referrals from the queue; others see what awaits a decision. */}
          {query.view === 'referrals' && coordinator && <ReferralQueue onDecided={() => void reload()} />}
          {query.view === 'referrals' && !coordinator && referrals.length > 0 && <ReferralClocks rows={rows} />}
          <div className={styles.filters} role="search" aria-label={t('register.page.filters')}>
            <Filter label={t('register.page.search')}>
              {(id) => (
                <input
                  id={id}
                  type="search"
                  className={styles.input}
                  value={query.q ?? ''}
                  placeholder={t('register.page.searchPlaceholder')}
                  onChange={(e) => change({ q: e.target.value.slice(0, 100) || undefined })}
                />
              )}
            </Filter>
            <FilterSelect
              label={t('register.page.show')}
              value={query.view}
              onChange={(value) => change({ view: value as RegisterView })}
            >
              {registerViews.map((v) => (
                <option key={v} value={v}>
                  {t(`register.view.${v}`)}
                </option>
              ))}
            </FilterSelect>
            <FilterSelect
              label={t('register.page.level')}
              value={query.level ? String(query.level) : ''}
              onChange={(value) => change({ level: value ? (Number(value) as Level) : undefined })}
            >
              <option value="">{t('register.page.allLevels')}</option>
              <option value="1">{t('register.page.levelOption', { level: 1 })}</option>
              <option value="2">{t('register.page.levelOption', { level: 2 })}</option>
              <option value="3">{t('register.page.levelOption', { level: 3 })}</option>
            </FilterSelect>
            <FilterSelect
              label={t('register.page.category')}
              value={query.category ? String(query.category) : ''}
              onChange={(value) => change({ category: value ? (Number(value) as Category) : undefined })}
            >
              <option value="">{t('register.page.allCategories')}</option>
              {([1, 2, 3, 4] as const).map((c) => (
                <option key={c} value={String(c)}>
                  {t(`cases.category.${c}`)}
                </option>
              ))}
            </FilterSelect>
            <FilterSelect
              label={t('register.page.leadAgency')}
              value={query.agency ?? ''}
              onChange={(value) => change({ agency: (value || undefined) as Agency | undefined })}
            >
              <option value="">{t('register.page.allAgencies')}</option>
              {(Object.keys(agencies) as Agency[]).map((value) => (
                <option key={value} value={value}>
                  {t(agencyMessage(value))}
                </option>
              ))}
            </FilterSelect>
          </div>
          <Text role="status" className={styles.muted}>
            {shown.length === 0
              ? t('register.page.noMatch')
              : t('register.page.showing', {
                  view: t(`register.view.${query.view}`),
                  from: t.number(current * REGISTER_ROWS_PER_PAGE + 1),
                  to: t.number(current * REGISTER_ROWS_PER_PAGE + pageRows.length),
                  total: t.number(shown.length),
                })}
          </Text>
          {pageRows.length > 0 && (
            <table aria-label={t('register.page.table')} className={styles.table}>
              <thead>
                <tr className={styles.row}>
                  {columns.map((c) => {
                    const direction =
                      query.sort === c.key ? (query.dir === 'asc' ? 'ascending' : 'descending') : undefined;
                    return (
                      <th
                        key={c.key}
                        aria-sort={direction ?? 'none'}
                        className={mergeClasses(styles.headerCell, styles.sortableHeader)}
                      >
                        <button type="button" className={styles.sortButton} onClick={() => sortBy(c.key)}>
                          {t(`register.column.${c.key}`)}
                          {direction && <SortArrow direction={direction} />}
                        </button>
                      </th>
                    );
                  })}
                  <th className={styles.headerCell}>{t('register.column.flags')}</th>
                </tr>
              </thead>
              <tbody>
                {pageRows.map((r) => (
                  <tr key={r.caseId} className={mergeClasses(styles.row, styles.bodyRow)}>
                    <td className={styles.cell}>
                      <PlainLink
                        href={caseHref(r.caseId)}
                        aria-label={t('register.page.open', { reference: r.reference })}
                      >
                        {r.reference}
                      </PlainLink>
                    </td>
                    <td className={styles.cell}>
                      {r.name ?? <span className={styles.muted}>{t('register.page.notShown')}</span>}
                    </td>
                    <td className={styles.cell}>{r.category}</td>
                    <td className={styles.cell}>{r.level}</td>
                    <td className={styles.cell}>{t(agencyMessage(r.leadAgency))}</td>
                    <td className={styles.cell}>{r.chair ?? ''}</td>
                    <td className={styles.cell}>{r.lastPanel ? sayDay(t, r.lastPanel) : ''}</td>
                    <td className={styles.cell}>{r.nextReviewDue ? sayDay(t, r.nextReviewDue) : ''}</td>
                    <td className={styles.cell}>{r.daysOverdue > 0 ? <OverdueDays days={r.daysOverdue} /> : ''}</td>
                    <td className={styles.cell}>
                      {r.status === 'exited'
                        ? r.exitedOn
                          ? t('register.page.exitedOn', { date: sayDay(t, r.exitedOn) })
                          : t('register.page.exited')
                        : t(`register.series.${r.seriesState}`)}
                    </td>
                    <td className={styles.cell}>
                      <Flags row={r} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <Pager
            page={current}
            pageCount={pageCount}
            onPage={(p) => change({ page: p + 1 })}
            label={t('register.page.pages')}
          />
        </>
      )}
    </main>
  );
}
