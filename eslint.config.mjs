import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** The core is the MAPPA domain alone: the outside world reaches it only through ports. */
const coreBans = {
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        { group: ['react', 'react-*', 'react/*'], message: 'The core has no UI.' },
        {
          group: ['@microsoft/*', '@azure/*', '@fluentui/*', 'docx', 'date-holidays'],
          message: 'Vendor SDKs live in adapters.',
        },
        {
          group: ['**/adapters/**', '**/app/**', '**/ui/**', '**/harness/**'],
          message: 'The core depends on nothing outside it.',
        },
      ],
    },
  ],
  'no-restricted-globals': [
    'error',
    ...[
      'fetch',
      'setTimeout',
      'setInterval',
      'clearTimeout',
      'clearInterval',
      'localStorage',
      'sessionStorage',
      'indexedDB',
      'window',
      'document',
      'navigator',
      'XMLHttpRequest',
    ].map((name) => ({ name, message: 'Reach the outside world through a port.' })),
  ],
  'no-restricted-properties': [
    'error',
    { object: 'Date', property: 'now', message: 'Use the clock port.' },
    { object: 'Math', property: 'random', message: 'Use the id port.' },
  ],
  'no-restricted-syntax': [
    'error',
    { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Use the clock port.' },
  ],
};

const sdkPaths = [
  { name: '@microsoft/teams-js', message: 'Use the host adapter (src/adapters/host).' },
  { name: '@azure/msal-browser', message: 'Use the identity adapter (src/adapters/identity).' },
];

/**
 * The layers, `main → ui → app → core ← adapters`, in both directions (type-only imports too):
 * only the composition root (src/main) wires adapters; test/architecture checks the same rules.
 */
const ban = (layers, message) => ({ group: layers.map((l) => `**/${l}/**`), message });
const layerBans = {
  i18n: [ban(['core', 'app', 'ui', 'adapters', 'main', 'harness'], 'The catalogues and the translator stand alone.')],
  ui: [ban(['adapters', 'main', 'harness'], 'Screens get data and commands from app hooks; src/main wires adapters.')],
  app: [ban(['adapters', 'ui', 'main', 'harness'], 'Use cases reach the outside world through the ports in Services.')],
  adapters: [ban(['app', 'ui', 'main', 'harness'], 'Adapters implement the core’s ports and know nothing above them.')],
  harness: [
    ban(['app', 'ui', 'main'], 'The host harness emulates Teams; it shares only the core’s types and the demo people.'),
  ],
  other: [],
};

/**
 * Screens take every colour from Fluent's tokens, so each one holds in the light, dark and
 * high-contrast themes; and every link is Fluent's Link, which is styled from the same tokens (a
 * bare <a> keeps the browser's blue, unreadable on the dark themes).
 */
const COLOUR_PROPERTY =
  '/^(color|background|backgroundColor|border|borderColor|border(Top|Right|Bottom|Left|Block|Inline)(Start|End)?(Color)?|outline|outlineColor|fill|stroke|caretColor|textDecorationColor|boxShadow|textShadow)$/';
/** A value that ends in a word other than a CSS keyword: `red`, `1px solid white`. */
const NAMED_COLOUR =
  '/(^|\\s)(?!(transparent|inherit|currentColor|none|unset|initial|solid|dashed|dotted|double|auto)$)[a-zA-Z]+$/';
const uiColourBans = {
  'no-restricted-syntax': [
    'error',
    {
      selector: 'Literal[value=/(^|[\\s:(,])#([0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})\\b/]',
      message: 'Take colours from Fluent tokens (tokens.color…), never a hex literal.',
    },
    {
      selector: 'TemplateElement[value.raw=/(^|[\\s:(,])#([0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})\\b/]',
      message: 'Take colours from Fluent tokens (tokens.color…), never a hex literal.',
    },
    {
      selector: 'Literal[value=/\\b(rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\\(/i]',
      message: 'Take colours from Fluent tokens (tokens.color…), never an rgb(), hsl() or other colour function.',
    },
    {
      selector: 'TemplateElement[value.raw=/\\b(rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\\(/i]',
      message: 'Take colours from Fluent tokens (tokens.color…), never an rgb(), hsl() or other colour function.',
    },
    {
      selector: `Property[key.name=${COLOUR_PROPERTY}] > Literal[value=${NAMED_COLOUR}]`,
      message: 'Take colours from Fluent tokens (tokens.color…), never a named colour.',
    },
    {
      selector: "JSXOpeningElement[name.name='a']",
      message: 'Use Fluent’s Link: a bare <a> keeps the browser’s colours, unreadable in the dark themes.',
    },
  ],
};

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'coverage/', 'bench-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      curly: ['error', 'multi-line'],
      eqeqeq: ['error', 'smart'],
      'no-console': ['error', { allow: ['warn', 'error'] }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.tsx', 'src/**/use*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  { files: ['src/core/**/*.ts'], rules: coreBans },
  {
    // Only the host adapter talks to teams-js and only the identity adapter to MSAL.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/adapters/host/**', 'src/adapters/identity/**', 'src/core/**'],
    rules: { 'no-restricted-imports': ['error', { paths: sdkPaths, patterns: layerBans.other }] },
  },
  ...Object.entries(layerBans)
    .filter(([layer]) => layer !== 'other')
    .map(([layer, patterns]) => ({
      files: [`src/${layer}/**/*.{ts,tsx}`],
      rules: { 'no-restricted-imports': ['error', { paths: sdkPaths, patterns }] },
    })),
  ...['host', 'identity'].map((adapter) => ({
    files: [`src/adapters/${adapter}/**/*.{ts,tsx}`],
    rules: { 'no-restricted-imports': ['error', { patterns: layerBans.adapters }] },
  })),
  { files: ['src/ui/**/*.{ts,tsx}'], rules: uiColourBans },
  {
    files: ['scripts/**', 'test/browser/**', '**/*.js', '**/*.mjs'],
    rules: { 'no-console': 'off', '@typescript-eslint/no-require-imports': 'off' },
  },
);
