import {
  Button,
  createCustomFocusIndicatorStyle,
  makeStyles,
  mergeClasses,
  shorthands,
  Text,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import { createContext, forwardRef, useContext, type ButtonHTMLAttributes, type ReactNode } from 'react';

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

// Every row of a long list (the My actions cards, the All actions table) is plain markup styled with
// Fluent's tokens, and its classes are resolved once for the whole list (`ListStyles`) rather than by
// each row: Griffel checks every rule of a style hook each time a component using it mounts, so a
// hook per card, badge and button cost more than drawing them.
const useListStyles = makeStyles({
  // Badges: Fluent's Badge (tint and filled, rounded, medium) as a span.
  badge: {
    display: 'inline-flex',
    boxSizing: 'border-box',
    alignItems: 'center',
    ...typographyStyles.caption1Strong,
    minHeight: '20px',
    padding: `0 calc(${tokens.spacingHorizontalXS} + ${tokens.spacingHorizontalXXS})`,
    borderRadius: tokens.borderRadiusMedium,
    // A border even where it matches the fill, so the badge keeps its outline in high contrast.
    border: `${tokens.strokeWidthThin} solid ${tokens.colorTransparentStroke}`,
    whiteSpace: 'nowrap',
  },
  success: {
    backgroundColor: tokens.colorPaletteGreenBackground1,
    color: tokens.colorPaletteGreenForeground1,
    ...shorthands.borderColor(tokens.colorPaletteGreenBorder1),
  },
  brand: {
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorBrandForeground2,
    ...shorthands.borderColor(tokens.colorBrandStroke2),
  },
  informative: {
    backgroundColor: tokens.colorNeutralBackground4,
    color: tokens.colorNeutralForeground3,
    ...shorthands.borderColor(tokens.colorNeutralStroke2),
  },
  warning: {
    backgroundColor: tokens.colorPaletteYellowBackground1,
    color: tokens.colorPaletteYellowForeground1,
    ...shorthands.borderColor(tokens.colorPaletteYellowBorder1),
  },
  danger: { backgroundColor: tokens.colorPaletteRedBackground3, color: tokens.colorNeutralForegroundOnBrand },
  // The register's flags: Fluent's tint danger and important, and outline warning.
  dangerTint: {
    backgroundColor: tokens.colorPaletteRedBackground1,
    color: tokens.colorPaletteRedForeground1,
    ...shorthands.borderColor(tokens.colorPaletteRedBorder1),
  },
  important: { backgroundColor: tokens.colorNeutralForeground3, color: tokens.colorNeutralBackground1 },
  warningOutline: { color: tokens.colorPaletteYellowForeground2, ...shorthands.borderColor('currentColor') },
  circular: { borderRadius: tokens.borderRadiusCircular },
  // Buttons: Fluent's small Button (secondary, primary, subtle) as a native <button>. Focus, hover,
  // pressed and disabled follow Fluent's; in high contrast the browser gives a native button the
  // system's button colours, and the transparent outline Fluent uses for focus shows in the system's colour.
  button: {
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    boxSizing: 'border-box',
    verticalAlign: 'middle',
    margin: 0,
    minWidth: '64px',
    padding: `3px ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightRegular,
    lineHeight: tokens.lineHeightBase200,
    outlineStyle: 'none',
    cursor: 'pointer',
    ':hover': {
      backgroundColor: tokens.colorNeutralBackground1Hover,
      ...shorthands.borderColor(tokens.colorNeutralStroke1Hover),
      color: tokens.colorNeutralForeground1Hover,
    },
    ':hover:active': {
      backgroundColor: tokens.colorNeutralBackground1Pressed,
      ...shorthands.borderColor(tokens.colorNeutralStroke1Pressed),
      color: tokens.colorNeutralForeground1Pressed,
    },
    ':disabled': {
      backgroundColor: tokens.colorNeutralBackgroundDisabled,
      ...shorthands.borderColor(tokens.colorNeutralStrokeDisabled),
      color: tokens.colorNeutralForegroundDisabled,
      cursor: 'not-allowed',
    },
    ...createCustomFocusIndicatorStyle({
      ...shorthands.borderColor(tokens.colorStrokeFocus2),
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorTransparentStroke}`,
      boxShadow: `0 0 0 ${tokens.strokeWidthThin} ${tokens.colorStrokeFocus2} inset`,
      zIndex: 1,
    }),
  },
  primary: {
    backgroundColor: tokens.colorBrandBackground,
    ...shorthands.borderColor(tokens.colorTransparentStroke),
    color: tokens.colorNeutralForegroundOnBrand,
    ':hover': {
      backgroundColor: tokens.colorBrandBackgroundHover,
      ...shorthands.borderColor(tokens.colorTransparentStroke),
      color: tokens.colorNeutralForegroundOnBrand,
    },
    ':hover:active': {
      backgroundColor: tokens.colorBrandBackgroundPressed,
      ...shorthands.borderColor(tokens.colorTransparentStroke),
      color: tokens.colorNeutralForegroundOnBrand,
    },
    ...createCustomFocusIndicatorStyle({
      ...shorthands.borderColor(tokens.colorStrokeFocus2),
      boxShadow: `${tokens.shadow2}, 0 0 0 ${tokens.strokeWidthThin} ${tokens.colorStrokeFocus2} inset, 0 0 0 ${tokens.strokeWidthThick} ${tokens.colorNeutralForegroundOnBrand} inset`,
    }),
  },
  subtle: {
    backgroundColor: tokens.colorSubtleBackground,
    ...shorthands.borderColor(tokens.colorTransparentStroke),
    color: tokens.colorNeutralForeground2,
    ':hover': {
      backgroundColor: tokens.colorSubtleBackgroundHover,
      ...shorthands.borderColor(tokens.colorTransparentStroke),
      color: tokens.colorNeutralForeground2Hover,
    },
    ':hover:active': {
      backgroundColor: tokens.colorSubtleBackgroundPressed,
      ...shorthands.borderColor(tokens.colorTransparentStroke),
      color: tokens.colorNeutralForeground2Pressed,
    },
    ':disabled': {
      backgroundColor: tokens.colorTransparentBackground,
      ...shorthands.borderColor(tokens.colorTransparentStroke),
    },
  },
  // Action cards.
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS + ' ' + tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  overdue: { borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorPaletteRedBorder2}` },
  title: { ...typographyStyles.body1Strong, margin: 0, overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' },
  meta: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  small: { ...typographyStyles.caption1, margin: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
  text: { overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

export type ListClasses = ReturnType<typeof useListStyles>;
const ListClassesContext = createContext<ListClasses | undefined>(undefined);

/** Resolves the list classes once for every row under it. */
export function ListStyles({ children }: { children: ReactNode }) {
  const classes = useListStyles();
  return <ListClassesContext.Provider value={classes}>{children}</ListClassesContext.Provider>;
}

/** The list classes, from the nearest `ListStyles`. */
export function useListClasses(): ListClasses {
  const classes = useContext(ListClassesContext);
  if (!classes) throw new Error('a list row is rendered outside <ListStyles>');
  return classes;
}

/** A small button in a row of a long list (see above); `appearance` as Fluent's Button. */
export const ListButton = forwardRef<
  HTMLButtonElement,
  ButtonHTMLAttributes<HTMLButtonElement> & { appearance?: 'secondary' | 'primary' | 'subtle' }
>(function ListButton({ appearance = 'secondary', className, type = 'button', ...rest }, ref) {
  const c = useListClasses();
  return (
    <button
      ref={ref}
      type={type}
      className={mergeClasses(c.button, appearance !== 'secondary' && c[appearance], className)}
      {...rest}
    />
  );
});

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
        {t('common.pager.previous')}
      </Button>
      <Text aria-live="polite">{t('common.pager.position', { page: page + 1, pageCount })}</Text>
      <Button size="small" disabled={page >= pageCount - 1} onClick={() => onPage(page + 1)}>
        {t('common.pager.next')}
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
