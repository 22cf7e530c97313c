import { startSimulator } from './server';

async function main(): Promise<void> {
  const simulator = await startSimulator();
  const { config } = simulator.context;
  console.log(
    `Zoho CRM simulator (built-in sandbox) on ${simulator.url} — demo self-client 1000.SIMULATOR / simulator-secret, ` +
      `refresh token ${config.selfClientRefreshToken}${config.dataDir ? `, records in ${config.dataDir}` : ''}`,
  );
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void simulator.close().then(() => process.exit(0)));
  }
}

main().catch((error: unknown) => {
  console.error('The simulator could not start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
