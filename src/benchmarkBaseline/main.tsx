/**
 * The baseline page for benchmarks: React plus teams-js and nothing else, built by the same config, so
 * every surface's figures can be read as a ratio to it.
 */
// eslint-disable-next-line no-restricted-imports -- the baseline measures teams-js itself, without the host adapter
import { app } from '@microsoft/teams-js';
import { createRoot } from 'react-dom/client';

const container = document.getElementById('root');
if (container) {
  const root = createRoot(container);
  const done = (where: string) => {
    root.render(<p>Baseline page ready ({where}).</p>);
    performance.mark('app-interactive');
    document.body.dataset.ready = 'true';
  };
  // Outside a host teams-js rejects at once; inside one whose parent never answers it would wait, so cap it.
  const timeout = new Promise<void>((resolve) => setTimeout(resolve, 1000));
  Promise.race([app.initialize().then(() => 'in a host'), timeout.then(() => 'no host')])
    .then((where) => done(where ?? 'no host'))
    .catch(() => done('no host'));
}
