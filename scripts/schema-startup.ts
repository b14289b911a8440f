/**
 * How many zod schemas the modules of each surface build when they are imported: none, now that
 * schemas are built on first use (`src/core/shared/lazySchema.ts`). `npx tsx scripts/schema-startup.ts`
 * prints the count per surface; `test/main/schemasAtStartup.test.ts` keeps it at nothing.
 *
 * The time this saves in the browser is measured by `BENCH_ONLY=surfaces npm run bench`.
 */
import { resolve } from 'node:path';

import { z } from 'zod';

const src = resolve(__dirname, '../src');

let built = 0;
// Zod calls its post-processor once for every schema it constructs.
z.core.globalConfig.postProcessor = () => {
  built++;
};

/** Each group adds to the modules before it, as a page loads them. */
const groups: Record<string, string[]> = {
  'side panel': [
    'main/runSurface',
    'main/createLocalServices',
    'adapters/host/teamsHost',
    'ui/surfaces/sidePanel/SidePanelSurface',
  ],
  'the other surfaces and Graph mode': [
    'ui/surfaces/meetingTab/MeetingTabSurface',
    'ui/surfaces/stage/StageSurface',
    'ui/surfaces/personal/PersonalSurface',
    'ui/surfaces/configuration/ConfigurationSurface',
    'main/createGraphServices',
  ],
  'the harness (beyond the demo data)': ['harness/settings', 'harness/hostEmulator', 'harness/manifestUrls'],
};

for (const [name, modules] of Object.entries(groups)) {
  const before = built;
  for (const m of modules) require(resolve(src, m));
  console.log(`${name}: ${built - before} schemas built on import`);
}
