import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cruise } from 'dependency-cruiser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const { layerRules, browserRules } = createRequire(import.meta.url)('./boundary-rules.cjs') as {
  layerRules: unknown[];
  browserRules: unknown[];
};

// A miniature repository where each file breaks (or keeps) one rule; the real rules must catch exactly the breaks.
const FILES: Record<string, string> = {
  'node_modules/server-only/package.json': '{"name":"server-only","main":"index.js"}',
  'node_modules/server-only/index.js': 'throw new Error("server only");',
  'lib/db/client.ts': "import 'server-only';\nexport const db = 1;",
  'lib/csv/parse.ts': 'export const parse = 1;',
  'lib/zoho/bulk-types.ts': 'export type BulkWriteRequest = { operation: string };',
  'lib/zoho/create-bulk-write-job.ts':
    "import type { BulkWriteRequest } from './bulk-types';\nexport const r: BulkWriteRequest | null = null;",
  'components/reaches-db.ts': "import { db } from '../lib/db/client';\nexport const x = db;",
  'components/types-only.ts': "import type { db } from '../lib/db/client';\nexport type X = typeof db;",
  'components/pure.ts': "import { parse } from '../lib/csv/parse';\nexport const y = parse;",
  'lib/db/schema/runs.ts': "export const OUTCOMES = ['done'] as const;",
  'lib/runs/run-schemas.ts':
    "import { OUTCOMES } from '../db/schema/runs';\nexport const outcomes = OUTCOMES;",
  'components/reaches-table.ts':
    "import { outcomes } from '../lib/runs/run-schemas';\nexport const t = outcomes;",
  'sim/uses-lib.ts': "import { parse } from '../lib/csv/parse';\nexport const z = parse;",
  'lib/uses-ui.ts': "import { y } from '../components/pure';\nexport const w = y;",
  'lib/csv/uses-server.ts': "import { db } from '../db/client';\nexport const v = db;",
  'lib/imports/knows-wire.ts':
    "import type { BulkWriteRequest } from '../zoho/bulk-types';\nexport const u: BulkWriteRequest | null = null;",
};

let root: string;

async function violations(rules: unknown[], typeOnlyImportsCount: boolean): Promise<string[]> {
  const previous = process.cwd();
  process.chdir(root);
  try {
    const { output } = await cruise(['lib', 'components', 'sim'], {
      validate: true,
      ruleSet: { forbidden: rules } as never,
      tsPreCompilationDeps: typeOnlyImportsCount,
      doNotFollow: { path: ['node_modules'] },
    });
    if (typeof output === 'string') throw new Error(output);
    return output.summary.violations.map((v) => `${v.rule.name}: ${v.from}`).sort();
  } finally {
    process.chdir(previous);
  }
}

describe('boundary rules (npm run boundaries) fail when a rule is broken', () => {
  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), 'fieldmap-boundaries-'));
    for (const [file, text] of Object.entries(FILES)) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), text);
    }
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('flags sim → lib, lib → components, pure → server and wire types outside lib/zoho, and nothing else', async () => {
    expect(await violations(layerRules, true)).toEqual([
      'lib-not-ui: lib/uses-ui.ts',
      'pure-stays-pure: lib/csv/uses-server.ts',
      'sim-is-a-separate-program: sim/uses-lib.ts',
      'zoho-wire-only-in-lib-zoho: lib/imports/knows-wire.ts',
    ]);
  });

  it('flags a component that reaches server-only code or a table module at runtime, not one that borrows a type', async () => {
    expect(await violations(browserRules, false)).toEqual([
      'components-not-db: components/reaches-db.ts',
      'components-not-db: components/reaches-table.ts',
      'components-not-server-only: components/reaches-db.ts',
    ]);
  });
});
