// Layer rules for `npm run lint:deps` (dependency-cruiser). One pipeline, one direction: each
// layer of the core may import itself and the layers below it, never one above; type-only
// imports count too. The core never imports the extension side.

/** The core's layers, lowest first. Folders on one line are one layer. */
const LAYERS = [
  // The shared vocabulary and the shapes every stage passes on (constants, types, zod messages).
  { name: 'model', folders: ['model'] },
  // Readable text and offsets back to the page: the text index, folding, page metadata.
  { name: 'text', folders: ['text'] },
  // Reading an article from a file or an address in Node (linkedom), into a text index.
  { name: 'read', folders: ['read'] },
  // The dataset: schema, loading, the catalogue of claims, the bundled copy, coverage, export.
  { name: 'dataset', folders: ['dataset'] },
  // Mentions: one expression over folded text, decided in context; deadlines; sentence bounds.
  { name: 'detect', folders: ['detect'] },
  // Statements: who the page credits and what the sentence says.
  { name: 'attribute', folders: ['attribute'] },
  // Relations: candidate claims per sentence, scored, one relation per claim.
  { name: 'match', folders: ['match'] },
  // Findings: contradictions, page conflicts, deadlines against what happened.
  { name: 'findings', folders: ['findings'] },
  // The engine: the pipeline assembled, and the packing of sentences for the background.
  { name: 'engine', folders: ['engine'] },
  // Words for every view, and the options page's search over the dataset.
  { name: 'present', folders: ['present', 'search'] },
  // The evaluation and the claim drafts: side by side, neither imports the other.
  { name: 'eval', folders: ['eval'] },
  { name: 'draft', folders: ['draft'] },
  // The command line on top: it may import the evaluation and the drafts.
  { name: 'cli', folders: ['cli'] },
];

/** Layers that share a level: they may not import each other either. */
const SIDE_BY_SIDE = [['eval', 'draft']];

const folderPattern = (folders) => `^src/(${folders.join('|')})/`;
const CORE = LAYERS.flatMap((layer) => layer.folders);

const layerRules = LAYERS.flatMap((layer, index) => {
  const above = LAYERS.slice(index + 1).filter(
    (other) => !SIDE_BY_SIDE.some((pair) => pair.includes(layer.name) && pair.includes(other.name)),
  );
  if (above.length === 0) return [];
  return [
    {
      name: `${layer.name}-imports-no-higher-layer`,
      comment: `src/${layer.folders.join(', src/')} may import only itself and the layers below it.`,
      severity: 'error',
      from: { path: folderPattern(layer.folders) },
      to: { path: folderPattern(above.flatMap((other) => other.folders)) },
    },
  ];
});

const sideBySideRules = SIDE_BY_SIDE.flatMap(([a, b]) =>
  [
    [a, b],
    [b, a],
  ].map(([from, to]) => ({
    name: `${from}-imports-no-${to}`,
    comment: `src/${from}/ and src/${to}/ stand side by side: neither imports the other.`,
    severity: 'error',
    from: { path: `^src/${from}/` },
    to: { path: `^src/${to}/` },
  })),
);

/** Packages and virtual modules that only the extension side may use. */
const EXTENSION_PACKAGES = [
  'wxt',
  '@wxt-dev/[^/]+',
  'webextension-polyfill',
  '@webext-core/[^/]+',
  'preact',
];

/**
 * The extension's contexts, each its own bundle: the content script's page code, the background,
 * and the extension's pages. None imports another's code; what they share lives beside them in
 * src/extension/ (messaging, the report, settings, the stored dataset) or is the card's UI
 * (ui/card/), which the page shows in its shadow root and the popup reuses.
 */
const CONTEXTS = [
  { name: 'page', path: '^src/extension/page/' },
  { name: 'background', path: '^src/extension/background/' },
  { name: 'ui-pages', path: '^src/extension/ui/(popup|options|welcome)/' },
];

const contextRules = [
  ...CONTEXTS.map((context) => ({
    name: `${context.name}-imports-no-other-context`,
    comment:
      `${context.path.slice(1)} imports no other context's code (page, background, the ` +
      'extension pages): only the shared modules of src/extension/ and the card (ui/card/).',
    severity: 'error',
    from: { path: context.path },
    to: { path: CONTEXTS.filter((other) => other !== context).map((other) => other.path) },
  })),
  {
    name: 'card-imports-no-context',
    comment: 'The card (src/extension/ui/card/) is shared: it imports no context.',
    severity: 'error',
    from: { path: '^src/extension/ui/card/' },
    to: { path: CONTEXTS.map((context) => context.path) },
  },
];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    ...layerRules,
    ...sideBySideRules,
    ...contextRules,
    {
      // The core runs in Node and in the background alike: no browser API, no WXT, no UI.
      name: 'core-imports-no-extension-code',
      comment:
        'The core (src/ outside src/extension/) imports no WXT, browser API, Preact or ' +
        'extension module; the extension side imports the core, never the reverse.',
      severity: 'error',
      from: { path: folderPattern(CORE) },
      to: {
        path: [
          '^src/extension/',
          '^entrypoints/',
          `(^|/)node_modules/(${EXTENSION_PACKAGES.join('|')})/`,
          `^(${EXTENSION_PACKAGES.join('|')})(/|$)`,
          '^#imports$',
        ],
      },
    },
    {
      // A module the resolver cannot find (a typo, or a virtual module like `#imports`).
      name: 'core-imports-resolve',
      comment: 'Every import of the core resolves to a file or an installed package.',
      severity: 'error',
      from: { path: folderPattern(CORE) },
      to: { couldNotResolve: true },
    },
    {
      // Entry points only wire things together; nothing imports them.
      name: 'nothing-imports-entrypoints',
      comment: 'Entry points are leaves: src/ never imports entrypoints/.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^entrypoints/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports count: a layer may not even name a type from a layer above it.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.d.ts', '.js', '.mjs', '.cjs', '.json'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    reporterOptions: {
      text: { highlightFocused: true },
    },
  },
};
