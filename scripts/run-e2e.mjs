// `npm run test:e2e`: fresh production build, a browser found (or installed), then Playwright.
import { spawnSync } from 'node:child_process';
import { ensureBuild } from './ensure-build.mjs';
import { findChromium } from './find-chromium.mjs';

ensureBuild();
process.env.CHROMIUM_PATH = await findChromium();
const result = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: process.env,
});
process.exit(result.status ?? 1);
