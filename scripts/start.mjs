// `npm start`: production build if needed, then the Zoho simulator (built-in sandbox) and the app.
import { spawn } from 'node:child_process';
import { ensureBuild } from './ensure-build.mjs';

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

const children = [
  spawn(process.execPath, ['--import', 'tsx', 'sim/main.ts'], { stdio: 'inherit', env }),
  spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', port], {
    stdio: 'inherit',
    env,
  }),
];

console.log(`\nFieldmap: http://localhost:${port}`);
console.log('First time? Open it and follow "Set up Fieldmap" with the one-time setup token printed below.');
console.log(`Built-in Zoho sandbox (simulator): http://127.0.0.1:${simPort}\n`);

let stopping = false;
function stop(signal) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill(signal);
}

for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stop(signal));
for (const child of children) {
  child.on('exit', (code) => {
    stop('SIGTERM');
    if (children.every((c) => c.exitCode !== null || c.signalCode !== null)) process.exit(code ?? 0);
  });
}
