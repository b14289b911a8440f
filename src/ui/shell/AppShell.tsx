import { Button, FluentProvider, makeStaticStyles, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';

import { ServicesProvider } from '../../app/ServicesProvider';
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
  title: string;
  bound: boolean;
  caseReference?: string;
  children: ReactNode;
};

/** The frame every surface runs in: host theme, demo banner, who and which case, and a safety net for errors. */
export function AppShell({ services, title, bound, caseReference, children }: AppShellProps) {
  useGlobalStyles();
  const theme = useHostTheme(services.host);
  // A reset replaces every document, so the surface below is mounted afresh to read them again.
  const [generation, setGeneration] = useState(0);
  return (
    <FluentProvider theme={fluentThemeFor(theme)} data-theme={theme}>
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
}: Omit<AppShellProps, 'children'> & { onReset: () => void; children: ReactNode }) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      {services.mode === 'local' && <DemoBanner demo={services.demo} onReset={onReset} />}
      <ShellHeader title={title} me={services.me} caseReference={caseReference} bound={bound} />
      <main className={styles.main}>{children}</main>
    </div>
  );
}

function SurfaceFailure({ retry }: { retry: () => void }) {
  const styles = useStyles();
  return (
    <div role="alert" className={styles.failure}>
      <Text weight="semibold">Something went wrong in this part of MAPPA Panel.</Text>
      <Text>Anything already saved is safe. Try again, or reload the page if the problem continues.</Text>
      <Button onClick={retry}>Try again</Button>
    </div>
  );
}
