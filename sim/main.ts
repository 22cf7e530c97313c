import { startSimulator } from './server';

const simulator = await startSimulator();
console.log(
  `Zoho CRM simulator (built-in sandbox) on ${simulator.url} — demo client 1000.SIMULATOR / simulator-secret`,
);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void simulator.close().then(() => process.exit(0)));
}
