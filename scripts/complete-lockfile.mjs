#!/usr/bin/env node
// The npm registry this project is built against serves only linux-gnu builds of platform packages, so
// `npm install` writes a lock without the other platforms' optional entries and `npm ci` then refuses it
// ("Missing: @biomejs/cli-darwin-arm64@ from lock file"). This adds those entries, marked optional, so the
// lock is in sync everywhere; npm skips them on platforms they do not fit. Run after changing dependencies.
import { readFileSync, writeFileSync } from 'node:fs';

const path = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(path, 'utf8'));
const packages = lock.packages;
let added = 0;

for (const [location, entry] of Object.entries(packages)) {
  for (const [name, range] of Object.entries(entry.optionalDependencies ?? {})) {
    if (resolves(location, name)) continue;
    const version = String(range).replace(/^[\^~=]/, '');
    packages[`node_modules/${name}`] = { version, dev: entry.dev, optional: true };
    if (!entry.dev) delete packages[`node_modules/${name}`].dev;
    added += 1;
  }
}

function resolves(location, name) {
  const parts = location ? location.split('/node_modules/') : [];
  for (let depth = parts.length; depth >= 0; depth -= 1) {
    const base = parts.slice(0, depth).join('/node_modules/');
    const candidate = base ? `${base}/node_modules/${name}` : `node_modules/${name}`;
    if (packages[candidate]) return true;
  }
  return false;
}

lock.packages = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
);
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`complete-lockfile: added ${added} optional platform entries`);
