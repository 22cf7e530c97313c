// `npm start`: production build if needed, then the Zoho simulator (built-in sandbox) and the app.
import { spawn } from 'node:child_process';
import { ensureBuild } from './ensure-build.mjs';
import { supervise } from './supervise.mjs';

process.env.NEXT_TELEMETRY_DISABLED = '1';
ensureBuild();

const port = process.env.PORT ?? '3000';
const simPort = process.env.SIM_PORT ?? '4010';
// The built-in sandbox keeps its records beside the app's data, so they survive a restart.
const simDataDir = process.env.SIM_DATA_DIR ?? `${process.env.DATA_DIR ?? '.data'}/sim`;
// NEXT_MANUAL_SIG_HANDLE lets our SIGTERM handler stop background work and close the database cleanly.
const env = {
  ...process.env,
  NODE_ENV: 'production',
  PORT: port,
  SIM_PORT: simPort,
  SIM_DATA_DIR: simDataDir,
  // The local sandbox may call this machine back when its jobs finish (real Zoho needs PUBLIC_BASE_URL).
  SIM_ALLOW_PRIVATE_CALLBACKS: process.env.SIM_ALLOW_PRIVATE_CALLBACKS ?? '1',
  NEXT_MANUAL_SIG_HANDLE: 'true',
};

// The sandbox is restarted if it exits (it keeps its records and jobs on disk); the app keeps running meanwhile
// and shows the sandbox connection as unavailable, its imports waiting as for any Zoho outage.
const simulator = supervise({
  name: 'The built-in sandbox (simulator)',
  command: process.execPath,
  args: ['--import', 'tsx', 'sim/main.ts'],
  options: { stdio: 'inherit', env },
});
const app = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', port], {
  stdio: 'inherit',
  env,
});

console.log(`\nFieldmap: http://localhost:${port}`);
console.log('First time? Open it and follow "Set up Fieldmap" with the one-time setup token printed below.');
console.log(`Built-in Zoho sandbox (simulator): http://127.0.0.1:${simPort}\n`);

let stopping = false;
function stop(signal) {
  if (stopping) return;
  stopping = true;
  simulator.stop(signal);
  if (app.exitCode === null) app.kill(signal);
}

for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stop(signal));
app.on('exit', async (code) => {
  stop('SIGTERM');
  await simulator.exited();
  process.exit(code ?? 0);
});
