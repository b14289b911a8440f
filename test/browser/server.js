// Builds the production bundle and serves it on 127.0.0.1 for the browser tests and the benchmarks.
// The build goes to its own folder so it never races a developer's `npm run build` into dist/.
const { createReadStream, existsSync, mkdtempSync, statSync } = require('node:fs');
const { createServer } = require('node:http');
const { tmpdir } = require('node:os');
const { extname, join, normalize, resolve, sep } = require('node:path');

const repoRoot = resolve(__dirname, '..', '..');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Runs `webpack --mode production` through the node API into `outDir` (a fresh temporary folder by
 * default). MAPPA_DIST, when set to an existing build, skips the build: handy when iterating.
 */
async function buildProduction(outDir) {
  if (process.env.MAPPA_DIST && existsSync(join(process.env.MAPPA_DIST, 'harness.html'))) {
    return resolve(process.env.MAPPA_DIST);
  }
  const target = outDir ?? mkdtempSync(join(tmpdir(), 'mappa-dist-'));
  const webpack = require('webpack');
  const configure = require(join(repoRoot, 'webpack.config.js'));
  const base = typeof configure === 'function' ? configure({}, { mode: 'production' }) : configure;
  const config = { ...base, context: repoRoot, output: { ...base.output, path: target } };
  await new Promise((done, fail) => {
    webpack(config, (error, stats) => {
      if (error) return fail(error);
      if (stats.hasErrors()) {
        const { errors } = stats.toJson({ all: false, errors: true });
        return fail(new Error(`Production build failed:\n${errors.map((e) => e.message).join('\n')}`));
      }
      return done();
    });
  });
  return target;
}

/** Serves `dir` on 127.0.0.1 and a free port; resolves with the origin and a close function. */
function serveStatic(dir) {
  const root = resolve(dir);
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    let file = normalize(join(root, pathname === '/' ? 'index.html' : pathname));
    if (file !== root && !file.startsWith(root + sep)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    response.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
      // The production host sends frame-ancestors; here only the harness on the same origin frames pages.
      'Content-Security-Policy': "frame-ancestors 'self'",
    });
    createReadStream(file).pipe(response);
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      done({
        baseUrl: `http://127.0.0.1:${address.port}`,
        close: () => new Promise((closed) => server.close(() => closed())),
      });
    });
  });
}

/**
 * The Chromium launch every browser test and benchmark uses, offline-quiet. The browser comes from
 * the npm registry (`@sparticuz/chromium`, pinned: a headless Chromium that unpacks into the temp
 * folder on first use), so a fresh machine needs no system package and no root; `CHROMIUM_PATH`
 * names another build instead.
 */
async function chromiumLaunchOptions() {
  const executablePath =
    process.env.CHROMIUM_PATH || (await (await import('@sparticuz/chromium')).default.executablePath());
  return {
    executablePath,
    args: [
      '--no-sandbox',
      '--no-zygote',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
    ],
  };
}

module.exports = { buildProduction, serveStatic, chromiumLaunchOptions, repoRoot };
