// Child process for crash-safety.test.ts: picks up the job, records that it started, then hangs until killed.
import pg from 'pg';
import PgBoss from 'pg-boss';

async function main(): Promise<void> {
  const connectionString = process.argv[2] ?? '';
  const boss = new PgBoss({ connectionString, max: 2 });
  await boss.start();
  await boss.work('crash-test', async () => {
    const client = new pg.Client({ connectionString });
    await client.connect();
    await client.query("INSERT INTO app_meta (key, value) VALUES ('crash-test', 'started')");
    await client.end();
    await new Promise(() => undefined);
  });
}

void main();
