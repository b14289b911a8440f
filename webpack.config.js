/**
 * One HTML page and one entry per surface, so each ships only what it needs. TypeScript is only
 * transpiled here (`transpileOnly`); `tsc --noEmit` checks types separately and faster.
 *
 *   npm start       webpack serve --mode development on http://localhost:53000 (PORT overrides)
 *   npm run build   webpack --mode production into dist/, content-hashed, shared chunks split out
 *
 * Build-time settings come from the environment (see src/main/config.ts, which validates them):
 *   MAPPA_MODE=local|graph, MAPPA_CLIENT_ID, MAPPA_TENANT_ID, MAPPA_SITE_ID, MAPPA_GRAPH_BASE_URL,
 *   MAPPA_TEAMS_CATALOG_APP_ID, MAPPA_APP_BASE_URL, MAPPA_AREA_SETTINGS (JSON), MAPPA_RECORD_LABEL
 */
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { DefinePlugin, IgnorePlugin } = require('webpack');

/** The pages: output file, entry module, title. */
const pages = [
  { name: 'index', entry: './src/main/entries/landing.tsx', title: 'MAPPA Panel' },
  // The one meeting page: Teams loads it in the side panel, on the stage and in the chat and details tabs.
  { name: 'tab', entry: './src/main/entries/meeting.tsx', title: 'MAPPA Panel' },
  { name: 'config', entry: './src/main/entries/configuration.tsx', title: 'MAPPA Panel: set up the tab' },
  { name: 'personal', entry: './src/main/entries/personal.tsx', title: 'MAPPA Panel' },
  { name: 'harness', entry: './src/harness/main.ts', title: 'MAPPA Panel: host harness' },
  { name: 'baseline', entry: './src/benchmarkBaseline/main.tsx', title: 'Benchmark baseline page' },
  { name: 'baseline-stack', entry: './src/benchmarkBaseline/stack.tsx', title: 'Benchmark stack floor page' },
];

/** Content Security Policy for every page; frame-ancestors cannot be set by a meta tag, so the server sends it. */
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'", // Fluent UI (Griffel) inserts its style rules at run time
  "img-src 'self' data:",
  // teams-js refreshes its list of trusted host origins from Microsoft's CDN when it loads.
  "connect-src 'self' https://graph.microsoft.com https://login.microsoftonline.com https://res.cdn.office.net",
  "object-src 'none'",
  "base-uri 'none'",
].join('; ');

/**
 * Every Microsoft 365 host that frames the app's tabs (Teams; Outlook and the Microsoft 365 app load
 * the personal tabs too), as Microsoft lists them:
 * https://learn.microsoft.com/microsoftteams/platform/tabs/how-to/tab-requirements
 */
const frameAncestors = [
  "frame-ancestors 'self'",
  'https://*.cloud.microsoft', // every host, after the move to cloud.microsoft
  'https://teams.microsoft.com https://*.teams.microsoft.com', // Teams
  'https://*.microsoft365.com https://*.office.com', // the Microsoft 365 app
  'https://outlook.office.com https://outlook.office365.com', // Outlook
  'https://outlook-sdf.office.com https://outlook-sdf.office365.com',
].join(' ');

/** Only these environment settings reach the bundle; src/main/config.ts validates them at start-up. */
const buildConfig = {
  mode: process.env.MAPPA_MODE || 'local',
  clientId: process.env.MAPPA_CLIENT_ID || undefined,
  tenantId: process.env.MAPPA_TENANT_ID || undefined,
  siteId: process.env.MAPPA_SITE_ID || undefined,
  graphBaseUrl: process.env.MAPPA_GRAPH_BASE_URL || undefined,
  teamsCatalogAppId: process.env.MAPPA_TEAMS_CATALOG_APP_ID || undefined,
  recordLabel: process.env.MAPPA_RECORD_LABEL || undefined,
  appBaseUrl: process.env.MAPPA_APP_BASE_URL || undefined,
  // Area settings (cadence, statements, approved secure domains, standing members) as JSON.
  area: process.env.MAPPA_AREA_SETTINGS ? JSON.parse(process.env.MAPPA_AREA_SETTINGS) : undefined,
};

const pageTemplate = (title) => `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title}</title>
    <link rel="icon" href="data:," />
  </head>
  <body>
    <noscript>MAPPA Panel needs JavaScript.</noscript>
    <div id="root"></div>
  </body>
</html>
`;

module.exports = (_env, argv) => {
  const production = argv.mode === 'production';
  return {
    mode: production ? 'production' : 'development',
    entry: Object.fromEntries(pages.map((p) => [p.name, p.entry])),
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      publicPath: '/',
      clean: true,
    },
    // Separate map files in both modes: eval-based maps would need 'unsafe-eval' in the CSP.
    devtool: 'source-map',
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: { transpileOnly: true, compilerOptions: { noEmit: false, sourceMap: true } },
          },
        },
      ],
    },
    optimization: production
      ? {
          splitChunks: {
            chunks: 'all',
            cacheGroups: {
              // The catalogue's loader and the areas every page carries: one chunk, not a copy in each view's chunk
              // (src/i18n/catalogues.ts). For initial chunks too: a page whose entry imports the loader would
              // otherwise carry it twice, once in its entry's chunks and once in the views' chunk.
              i18n: {
                test: /[\\/]src[\\/]i18n[\\/](areas|catalogues|translator|message|locales)\.ts$|[\\/]src[\\/]i18n[\\/]messages[\\/]en[\\/](common|shell|errors|people)\.ts$/,
                name: 'i18n',
                chunks: 'all',
                enforce: true,
              },
            },
          },
        }
      : {},
    // Bundle sizes are measured against the baseline page by `npm run bench`, not by webpack's fixed limits.
    performance: { hints: false },
    plugins: [
      new DefinePlugin({ __MAPPA_CONFIG__: JSON.stringify(buildConfig) }),
      // Live Share refers to Fluid's local test server only for its TestLiveShareHost, which the app never uses.
      new IgnorePlugin({ resourceRegExp: /^@fluidframework\/test-client-utils$/ }),
      ...pages.map(
        (p) =>
          new HtmlWebpackPlugin({
            filename: `${p.name}.html`,
            chunks: [p.name],
            templateContent: pageTemplate(p.title),
            meta: {
              'Content-Security-Policy': { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy },
            },
            scriptLoading: 'defer',
          }),
      ),
    ],
    devServer: {
      host: 'localhost',
      port: Number(process.env.PORT) || 53000,
      static: false,
      headers: { 'Content-Security-Policy': frameAncestors },
      client: { overlay: { errors: true, warnings: false } },
    },
  };
};
