// Builds the production bundle once for the browser project, serves it, and leaves the origin in a
// file (and in process.env for the same process) that the tests read through support.ts.
const { writeFileSync } = require('node:fs');
const { buildProduction, chromiumLaunchOptions, serveStatic } = require('./server');
const { STATE_FILE } = require('./state');

module.exports = async () => {
  // Unpack the registry's Chromium once here; the workers inherit its path.
  process.env.CHROMIUM_PATH = (await chromiumLaunchOptions()).executablePath;
  const dir = await buildProduction();
  const server = await serveStatic(dir);
  globalThis.__MAPPA_SERVER__ = server;
  // Only a build made here is removed afterwards, never a reused MAPPA_DIST.
  globalThis.__MAPPA_TEMP_DIST__ = process.env.MAPPA_DIST ? undefined : dir;
  process.env.MAPPA_BASE_URL = server.baseUrl;
  writeFileSync(STATE_FILE, JSON.stringify({ baseUrl: server.baseUrl, dist: dir }));
};
