import { Badge, Button, makeStyles, Text, tokens } from '@fluentui/react-components';

import type { ActionStatus } from '../../core/actions/action.schema';
import type { DueState } from '../../core/actions/dueState';
import type { Translator } from '../../i18n/translator';
import { useT } from '../i18n/I18nProvider';

/** A calendar day (yyyy-mm-dd) in the reader's language, e.g. "1 Dec 2026" or "1 Rhag 2026". */
export const sayDay = (t: Translator, isoDate: string): string =>
  t.date(`${isoDate}T00:00:00Z`, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** An instant in the area's zone in the reader's language, e.g. "20 Nov 2026, 10:00". */
export const sayInstant = (t: Translator, iso: string, timeZone: string): string =>
  t.date(iso, { dateStyle: 'medium', timeStyle: 'short', timeZone });

/** A due date (yyyy-mm-dd, a calendar day) in British form, e.g. "1 Dec 2026". Screens that speak Welsh use `sayDay`. */
export function formatDay(isoDate: string): string {
  dayFormat ??= new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  return dayFormat.format(new Date(`${isoDate}T00:00:00Z`));
}

// Building an Intl formatter costs far more than using one: a list of hundreds builds each once.
let dayFormat: Intl.DateTimeFormat | undefined;
const instantFormats = new Map<string, Intl.DateTimeFormat>();

/** An instant in the area's zone, e.g. "20 Nov 2026, 10:00". Screens that speak Welsh use `sayInstant`. */
export function formatInstant(iso: string, timeZone: string): string {
  let format = instantFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone });
    instantFormats.set(timeZone, format);
  }
  return format.format(new Date(iso));
}

export function StatusBadge({ status }: { status: ActionStatus }) {
  const t = useT();
  const color =
    status === 'done' ? 'success' : status === 'inProgress' ? 'brand' : status === 'open' ? 'informative' : 'warning';
  return (
    <Badge appearance="tint" color={color} shape="rounded">
      {t(`actions.status.${status}`)}
    </Badge>
  );
}

export function DueBadge({ state }: { state: DueState }) {
  const t = useT();
  if (state === 'overdue') {
    return (
      <Badge appearance="filled" color="danger" shape="rounded">
        {t('actions.due.overdue')}
      </Badge>
    );
  }
  if (state === 'dueSoon') {
    return (
      <Badge appearance="tint" color="warning" shape="rounded">
        {t('actions.due.dueSoon')}
      </Badge>
    );
  }
  return null;
}

const usePagerStyles = makeStyles({
  pager: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

/** Page controls for long lists, so ten thousand rows never render at once. */
export function Pager({
  page,
  pageCount,
  onPage,
  label,
}: {
  page: number;
  pageCount: number;
  onPage: (page: number) => void;
  label: string;
}) {
  const styles = usePagerStyles();
  const t = useT();
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={label} className={styles.pager}>
      <Button size="small" disabled={page <= 0} onClick={() => onPage(page - 1)}>
        {t('actions.pager.previous')}
      </Button>
      <Text aria-live="polite">{t('actions.pager.position', { page: page + 1, pageCount })}</Text>
      <Button size="small" disabled={page >= pageCount - 1} onClick={() => onPage(page + 1)}>
        {t('actions.pager.next')}
      </Button>
    </nav>
  );
}

const useHeadingStyles = makeStyles({
  // Fluent's Text is inline whatever element it renders; the heading and its summary stack.
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  summary: { color: tokens.colorNeutralForeground3 },
});

/** A page's heading with a one-line summary under it. */
export function PageHeading({ title, summary }: { title: string; summary?: string }) {
  const styles = useHeadingStyles();
  return (
    <div className={styles.root}>
      <Text as="h2" size={500} weight="semibold">
        {title}
      </Text>
      {summary && (
        <Text as="p" className={styles.summary}>
          {summary}
        </Text>
      )}
    </div>
  );
}
