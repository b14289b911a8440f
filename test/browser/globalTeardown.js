const { rmSync } = require('node:fs');
const { STATE_FILE } = require('./state');

module.exports = async () => {
  await globalThis.__MAPPA_SERVER__?.close();
  rmSync(STATE_FILE, { force: true });
  if (globalThis.__MAPPA_TEMP_DIST__) rmSync(globalThis.__MAPPA_TEMP_DIST__, { recursive: true, force: true });
};
