import { Button, FluentProvider, makeStaticStyles, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';

import { ServicesProvider } from '../../app/ServicesProvider';
import type { MessageKey } from '../../i18n/message';
import type { Translator } from '../../i18n/translator';
import { I18nProvider, useT } from '../i18n/I18nProvider';
import type { Services } from '../../app/services';
import { fluentThemeFor } from '../theme/themes';
import { useHostTheme } from '../theme/useHostTheme';
import { DemoBanner } from './DemoBanner';
import { ErrorBoundary } from './ErrorBoundary';
import { ShellHeader } from './ShellHeader';

// The provider paints the theme's background; the page's default margin would leave a white frame round it.
const useGlobalStyles = makeStaticStyles({ body: { margin: '0' } });

const useStyles = makeStyles({
  root: { minHeight: '100vh', minWidth: '0', display: 'flex', flexDirection: 'column' },
  main: { flex: '1', minWidth: '0', padding: tokens.spacingHorizontalM },
  failure: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalS },
});

export type AppShellProps = {
  services: Services;
  /** The language the surface starts in (the host's, or the person's choice). */
  translator: Translator;
  title: MessageKey;
  bound: boolean;
  caseReference?: string;
  children: ReactNode;
};

/** The frame every surface runs in: host theme, demo banner, who and which case, and a safety net for errors. */
export function AppShell({ services, translator, title, bound, caseReference, children }: AppShellProps) {
  useGlobalStyles();
  const theme = useHostTheme(services.host);
  // A reset replaces every document, so the surface below is mounted afresh to read them again.
  const [generation, setGeneration] = useState(0);
  return (
    <FluentProvider theme={fluentThemeFor(theme)} data-theme={theme}>
      <I18nProvider translator={translator}>
        <ServicesProvider services={services}>
          <ShellBody
            services={services}
            title={title}
            bound={bound}
            caseReference={caseReference}
            onReset={() => setGeneration((g) => g + 1)}
          >
            <ErrorBoundary key={generation} fallback={(retry) => <SurfaceFailure retry={retry} />}>
              {children}
            </ErrorBoundary>
          </ShellBody>
        </ServicesProvider>
      </I18nProvider>
    </FluentProvider>
  );
}

function ShellBody({
  services,
  title,
  bound,
  caseReference,
  onReset,
  children,
}: Omit<AppShellProps, 'children' | 'translator'> & { onReset: () => void; children: ReactNode }) {
  const styles = useStyles();
  const t = useT();
  return (
    <div className={styles.root}>
      {services.mode === 'local' && <DemoBanner demo={services.demo} onReset={onReset} />}
      <ShellHeader title={t(title)} me={services.me} caseReference={caseReference} bound={bound} />
      <main className={styles.main}>{children}</main>
    </div>
  );
}

function SurfaceFailure({ retry }: { retry: () => void }) {
  const styles = useStyles();
  const t = useT();
  return (
    <div role="alert" className={styles.failure}>
      <Text weight="semibold">{t('shell.failure.title')}</Text>
      <Text>{t('shell.failure.body')}</Text>
      <Button onClick={retry}>{t('common.tryAgain')}</Button>
    </div>
  );
}
