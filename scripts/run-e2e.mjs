// `npm run test:e2e`: fresh production build, a browser found (or installed), free ports and a fresh data
// directory for this run, then Playwright (which starts the simulator and the app, see playwright.config.ts).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ensureBuild } from './ensure-build.mjs';
import { findChromium } from './find-chromium.mjs';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

process.env.CHROMIUM_PATH = await findChromium();
ensureBuild();
const dataDir = mkdtempSync(path.join(tmpdir(), 'fieldmap-e2e-'));
process.env.E2E_DATA_DIR = dataDir;
process.env.E2E_APP_PORT = String(await freePort());
process.env.E2E_SIM_PORT = String(await freePort());

const result = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: process.env,
});
rmSync(dataDir, { recursive: true, force: true });
process.exit(result.status ?? 1);
