/**
 * The baseline page for benchmarks: React plus teams-js and nothing else, built by the same config, so
 * every surface's figures can be read as a ratio to it. The address's hash picks what it shows:
 *
 *   (none)            the floor: teams-js initialised and one paragraph rendered
 *   #textbox          a bare React-controlled text area, for the keystroke probe
 *   #list?owner=ID    a plain list of the actions the owner has, read straight from the local store's
 *                     IndexedDB (no schema, no sorting), marked as `plain-list:load-start|loaded|rendered`
 *   #list?first=50    the first 50 of every action, the same way (the coordinator's first page)
 */
// eslint-disable-next-line no-restricted-imports -- the baseline measures teams-js itself, without the host adapter
import { app } from '@microsoft/teams-js';
import { useLayoutEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';

const ready = () => {
  performance.mark('app-interactive');
  document.body.dataset.ready = 'true';
};

function Textbox() {
  const [value, setValue] = useState('');
  useLayoutEffect(ready, []);
  return (
    <label>
      Bare textbox
      <textarea aria-label="Bare textbox" value={value} onChange={(e) => setValue(e.target.value)} rows={6} />
    </label>
  );
}

type PlainAction = { id: string; text: string; caseReference: string; dueDate: string; status: string };

/** The rows the local store keeps (see src/adapters/local/indexedDbStore.ts), read without decoding. */
function readActions(probe: string, first: number | undefined): Promise<PlainAction[]> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('mappa-panel');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const index = open.result.transaction('documents').objectStore('documents').index('idx');
      const all = index.getAll(probe, first);
      all.onerror = () => reject(all.error);
      all.onsuccess = () => {
        open.result.close();
        resolve((all.result as Array<{ body: PlainAction }>).map((r) => r.body));
      };
    };
  });
}

function PlainList({ rows }: { rows: PlainAction[] }) {
  useLayoutEffect(() => {
    performance.mark('plain-list:rendered');
    ready();
  }, []);
  return (
    <section>
      <ul>
        {rows.map((a) => (
          <li key={a.id}>
            <article>
              {a.caseReference}: {a.text}. Due {a.dueDate}, {a.status}.
            </article>
          </li>
        ))}
      </ul>
    </section>
  );
}

const container = document.getElementById('root');
if (container) {
  const root = createRoot(container);
  const [mode = '', query = ''] = window.location.hash.slice(1).split('?');
  const params = new URLSearchParams(query);
  if (mode === 'textbox') {
    root.render(<Textbox />);
  } else if (mode === 'list') {
    const owner = params.get('owner');
    const first = params.get('first');
    performance.mark('plain-list:load-start');
    void readActions(owner ? `actions|ownerId=${owner}` : 'actions|*', first ? Number(first) : undefined).then(
      (rows) => {
        performance.mark('plain-list:loaded');
        root.render(<PlainList rows={rows} />);
      },
    );
  } else {
    const done = (where: string) => {
      root.render(<p>Baseline page ready ({where}).</p>);
      ready();
    };
    // Outside a host teams-js rejects at once; inside one whose parent never answers it would wait, so cap it.
    const timeout = new Promise<void>((resolve) => setTimeout(resolve, 1000));
    Promise.race([app.initialize().then(() => 'in a host'), timeout.then(() => 'no host')])
      .then((where) => done(where ?? 'no host'))
      .catch(() => done('no host'));
  }
}
