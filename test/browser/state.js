// Where globalSetup leaves the served origin for the test files. Jest workers inherit the
// environment variable; the file is a fallback for a worker started some other way.
const { tmpdir } = require('node:os');
const { join } = require('node:path');

const STATE_FILE = join(tmpdir(), 'mappa-browser-server.json');

module.exports = { STATE_FILE };
