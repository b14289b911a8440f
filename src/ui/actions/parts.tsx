import { Badge, Button, makeStyles, Text, tokens } from '@fluentui/react-components';

import { actionStatuses, type ActionStatus } from '../../core/actions/action.schema';
import type { DueState } from '../../core/actions/dueState';

/** A due date (yyyy-mm-dd, a calendar day) in British form, e.g. "1 Dec 2026". */
export function formatDay(isoDate: string): string {
  dayFormat ??= new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  return dayFormat.format(new Date(`${isoDate}T00:00:00Z`));
}

// Building an Intl formatter costs far more than using one: a list of hundreds builds each once.
let dayFormat: Intl.DateTimeFormat | undefined;
const instantFormats = new Map<string, Intl.DateTimeFormat>();

/** An instant in the area's zone, e.g. "20 Nov 2026, 10:00". */
export function formatInstant(iso: string, timeZone: string): string {
  let format = instantFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone });
    instantFormats.set(timeZone, format);
  }
  return format.format(new Date(iso));
}

export function StatusBadge({ status }: { status: ActionStatus }) {
  const color =
    status === 'done' ? 'success' : status === 'inProgress' ? 'brand' : status === 'open' ? 'informative' : 'warning';
  return (
    <Badge appearance="tint" color={color} shape="rounded">
      {actionStatuses[status]}
    </Badge>
  );
}

export function DueBadge({ state }: { state: DueState }) {
  if (state === 'overdue') {
    return (
      <Badge appearance="filled" color="danger" shape="rounded">
        Overdue
      </Badge>
    );
  }
  if (state === 'dueSoon') {
    return (
      <Badge appearance="tint" color="warning" shape="rounded">
        Due soon
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
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={label} className={styles.pager}>
      <Button size="small" disabled={page <= 0} onClick={() => onPage(page - 1)}>
        Previous page
      </Button>
      <Text aria-live="polite">
        Page {page + 1} of {pageCount}
      </Text>
      <Button size="small" disabled={page >= pageCount - 1} onClick={() => onPage(page + 1)}>
        Next page
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
