import { makeStyles, Text, tokens } from '@fluentui/react-components';

import { agencyLabel, type Person } from '../../core/people/agency';
import { useT } from '../i18n/I18nProvider';
import { LanguageSwitch } from '../i18n/LanguageSwitch';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  end: { display: 'inline-flex', alignItems: 'baseline', gap: tokens.spacingHorizontalS },
});

/** Who is signed in and which case the surface shows (by reference only: the header is visible on a shared screen). */
export function ShellHeader({
  title,
  me,
  caseReference,
  bound,
}: {
  title: string;
  me: Person;
  caseReference?: string;
  /** Whether this surface shows one case (side panel, stage, meeting tab). */
  bound: boolean;
}) {
  const styles = useStyles();
  const t = useT();
  return (
    <header className={styles.root}>
      <Text as="h1" size={400} weight="semibold">
        {title}
      </Text>
      {bound && (
        <Text data-testid="bound-case">
          {caseReference ? t('shell.boundCase', { reference: caseReference }) : t('shell.noCase')}
        </Text>
      )}
      <span className={styles.end}>
        <Text size={200} data-testid="signed-in">
          {t('shell.signedIn', { name: me.name, agency: agencyLabel(me.agency) })}
        </Text>
        <LanguageSwitch />
      </span>
    </header>
  );
}
