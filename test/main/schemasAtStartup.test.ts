/** @jest-environment jsdom */
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { z } from 'zod';

/**
 * Start-up builds no schema it does not use: importing the modules every surface loads (the core,
 * the adapters, the use cases, the surfaces, the configuration and the harness's settings) builds
 * none, and the first parse builds what it needs once.
 */
const src = resolve(__dirname, '../../src');

function modulesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return modulesUnder(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

const startupModules = [
  ...['core', 'adapters', 'app', 'ui/surfaces'].flatMap((dir) => modulesUnder(join(src, dir))),
  ...['config', 'createServices', 'createLocalServices', 'createGraphServices', 'runSurface'].map((m) =>
    join(src, 'main', m),
  ),
  ...['settings', 'hostEmulator', 'manifestUrls'].map((m) => join(src, 'harness', m)),
];

let constructed = 0;

beforeAll(() => {
  // Zod calls its post-processor once for every schema it constructs.
  z.core.globalConfig.postProcessor = () => {
    constructed++;
  };
});

afterAll(() => {
  delete z.core.globalConfig.postProcessor;
});

it('imports every module a surface loads without building a schema, and builds each once when first parsed', async () => {
  for (const module of startupModules) await import(module);
  const { lazySchemaCounts } = await import('../../src/core/shared/lazySchema');
  expect(lazySchemaCounts().declared).toBeGreaterThan(100);
  expect(lazySchemaCounts().built).toBe(0);
  expect(constructed).toBe(0);

  const { demoAreaSettings, demoDocuments } = await import('../../src/adapters/local/demoData');
  const { decodeDocument, encodeDocument } = await import('../../src/core/storage/defineDocument');
  const documents = demoDocuments(new Date('2026-03-02T09:00:00Z'), demoAreaSettings());
  const roundTrip = () => {
    for (const { kind, doc } of documents) expect(decodeDocument(kind, encodeDocument(kind, doc))).toEqual(doc);
  };

  roundTrip();
  const afterFirst = { constructed, built: lazySchemaCounts().built };
  expect(afterFirst.built).toBeGreaterThan(0);
  expect(afterFirst.constructed).toBeGreaterThan(0);

  roundTrip();
  expect({ constructed, built: lazySchemaCounts().built }).toEqual(afterFirst);
  // Compiling every module of the app for the first time is slow on a shared machine; the time is not what is tested.
}, 300_000);
