// The rules behind `npm run boundaries` (part of `npm test`). Paths are relative to the repository root.
// boundary-rules.test.ts breaks each rule on purpose and expects the check to fail.
const TESTS = '(\\.test\\.tsx?|\\.spec\\.ts|\\.fixture\\.ts)$';

// Import code that still builds or reads a bulk write body itself; these move into lib/zoho next.
const WIRE_LEAKS_BEING_MOVED = [
  '^lib/imports/run/start-chunk\\.ts$',
  '^lib/imports/collect/collect-chunk-results\\.ts$',
];

const layerRules = [
  {
    name: 'sim-is-a-separate-program',
    comment:
      "sim/ speaks only Zoho's wire protocol to the app: it imports nothing from lib/, app/ or components/.",
    severity: 'error',
    from: { path: '^sim/' },
    to: { path: '^(lib|app|components)/' },
  },
  {
    name: 'lib-not-ui',
    comment:
      'lib/ is the domain: it never imports pages, route handlers or UI (tests of route handlers excepted, and the one table of route modules the OpenAPI document is read from).',
    severity: 'error',
    from: { path: '^lib/', pathNot: [TESTS, '^lib/openapi/api-routes\\.ts$'] },
    to: { path: '^(app|components)/' },
  },
  {
    name: 'pure-stays-pure',
    comment:
      'lib/csv, lib/mapping and lib/crm run in the browser and on the server: they import only each other, the browser-safe wire module of lib/zoho and npm packages.',
    severity: 'error',
    from: { path: '^lib/(csv|mapping|crm)/', pathNot: TESTS },
    to: { path: '^(app|components|sim|lib/(?!csv/|mapping/|crm/|zoho/wire/))' },
  },
  {
    name: 'zoho-wire-only-in-lib-zoho',
    comment:
      "Only lib/zoho knows Zoho's wire schemas (request bodies, responses, result files); other code calls its verbs and reads app-shaped types.",
    severity: 'error',
    from: {
      path: '^(lib|app|components)/',
      pathNot: ['^lib/zoho/', TESTS, '/test/', ...WIRE_LEAKS_BEING_MOVED],
    },
    to: { path: '^lib/zoho/(zoho-schemas|bulk-schemas|bulk-types)\\.ts$' },
  },
];

// Checked on the runtime graph only: a type-only import is erased before the browser sees it.
const browserRules = [
  {
    name: 'components-not-server-only',
    comment:
      "components/ run in the browser: nothing they import at runtime may (even indirectly) reach a module that starts with import 'server-only'.",
    severity: 'error',
    from: { path: '^components/', pathNot: TESTS },
    to: { path: '^node_modules/server-only/', reachable: true },
  },
  {
    name: 'components-not-db',
    comment:
      "components/ never reach lib/db at runtime, not even the Drizzle table modules (they carry no 'server-only' marker because drizzle-kit reads them): a status list the browser needs lives in lib/job-status.",
    severity: 'error',
    from: { path: '^(components|cli|bin)/', pathNot: TESTS },
    to: { path: '^lib/db/', reachable: true },
  },
  {
    name: 'cli-not-server-only',
    comment:
      'The CLI runs in plain Node against the HTTP API: it may reach pure code only, never server-only modules.',
    severity: 'error',
    from: { path: '^(cli|bin)/', pathNot: TESTS },
    to: { path: '^node_modules/server-only/', reachable: true },
  },
];

function options({ typeOnlyImportsCount }) {
  return {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(\\.next|\\.data|lib/db/migrations|test-results|playwright-report)/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: typeOnlyImportsCount,
    moduleSystems: ['es6', 'cjs'],
  };
}

module.exports = { layerRules, browserRules, options };
