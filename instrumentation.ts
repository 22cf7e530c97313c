// Next calls register() once per server process. NEXT_RUNTIME is read here (not through lib/env) because
// Next inlines it at build time, which keeps the Node-only start code out of the edge bundle.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  // `next build` loads this too; it must never open (and lock) the database.
  if (process.env.NEXT_PHASE === 'phase-production-build') return;
  const { startServer } = await import('./lib/start-server');
  await startServer();
}
