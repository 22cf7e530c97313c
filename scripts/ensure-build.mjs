// Builds the production bundle when it is missing or older than the sources, so `npm start`
// and the e2e run always serve what is on disk without rebuilding needlessly.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const SOURCES = [
  'app',
  'components',
  'lib',
  'proxy.ts',
  'instrumentation.ts',
  'next.config.mjs',
  'package-lock.json',
  'postcss.config.mjs',
];
const IGNORED = new Set(['node_modules', '.next', 'migrations']);

function newestMtime(entry) {
  if (!existsSync(entry)) return 0;
  const stats = statSync(entry);
  if (!stats.isDirectory()) return entry.endsWith('.test.ts') ? 0 : stats.mtimeMs;
  let newest = 0;
  for (const name of readdirSync(entry)) {
    if (IGNORED.has(name)) continue;
    newest = Math.max(newest, newestMtime(path.join(entry, name)));
  }
  return newest;
}

export function isBuildFresh(root = process.cwd()) {
  const buildId = path.join(root, '.next', 'BUILD_ID');
  if (!existsSync(buildId)) return false;
  const builtAt = statSync(buildId).mtimeMs;
  return SOURCES.every((source) => newestMtime(path.join(root, source)) <= builtAt);
}

export function ensureBuild(root = process.cwd()) {
  if (isBuildFresh(root)) return;
  console.log('Building Fieldmap (production build, about a minute the first time)…');
  const result = spawnSync('npx', ['next', 'build'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) {
    console.error('The production build failed; see the output above.');
    process.exit(result.status ?? 1);
  }
}
