/**
 * The stack floor for benchmarks: what a surface stands on before any work of its own, built by the
 * same config. React; teams-js initialised and its context read; zod checking that context; Fluent UI
 * with the Teams theme drawing a first screen of the kind the side panel shows first (a heading, a
 * statement, a checkbox and two buttons). Its time is what the fixed stack costs a page; the distance
 * from it to a surface is the surface's own work.
 */
import { Button, Checkbox, FluentProvider, Text, Title3, teamsLightTheme } from '@fluentui/react-components';
// eslint-disable-next-line no-restricted-imports -- the stack floor measures teams-js itself, without the host adapter
import { app } from '@microsoft/teams-js';
import { useLayoutEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';

// As the app does (src/core/shared/lazySchema.ts): the page's policy allows no eval.
z.config({ jitless: true });

const HostContextSchema = z.object({
  app: z.object({ locale: z.string(), theme: z.string().optional() }),
  page: z.object({ id: z.string(), frameContext: z.string().optional() }),
  user: z.object({ id: z.string().optional(), userPrincipalName: z.string().optional() }).optional(),
});

function FirstScreen({ where }: { where: string }) {
  useLayoutEffect(() => {
    performance.mark('app-interactive');
    document.body.dataset.ready = 'true';
  }, []);
  return (
    <FluentProvider theme={teamsLightTheme}>
      <header>
        <Title3 as="h1">Stack floor</Title3>
        <Text block>Ready ({where}).</Text>
        <Button appearance="subtle">Reset</Button>
      </header>
      <main>
        <Text as="p" block>
          A statement of the length the first screen shows, read before anything else is.
        </Text>
        <Checkbox label="I have read the statement" />
        <Button appearance="primary">Continue</Button>
      </main>
    </FluentProvider>
  );
}

const container = document.getElementById('root');
if (container) {
  const root = createRoot(container);
  const done = (where: string) => root.render(<FirstScreen where={where} />);
  // Outside a host teams-js rejects at once; inside one whose parent never answers it would wait, so cap it.
  const timeout = new Promise<string>((resolve) => setTimeout(() => resolve('no host'), 1000));
  const inHost = app
    .initialize()
    .then(() => app.getContext())
    .then((context) => `in a host, ${HostContextSchema.parse(context).page.frameContext ?? 'no frame context'}`);
  Promise.race([inHost, timeout])
    .then(done)
    .catch(() => done('no host'));
}
