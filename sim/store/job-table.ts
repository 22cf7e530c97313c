import type { Statement } from 'better-sqlite3';
import type { SimDb } from './sim-db';

/** Bulk write or read jobs as saved: their state (JSON) and, once done, their result zip. */
export class JobTable {
  private readonly sql: Record<'save' | 'finish' | 'result' | 'all' | 'clear', Statement>;

  constructor(db: SimDb, table: 'write_jobs' | 'read_jobs') {
    this.sql = {
      save: db.prepare(
        `INSERT INTO ${table} (id, state) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET state = excluded.state`,
      ),
      finish: db.prepare(
        `INSERT INTO ${table} (id, state, result) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET state = excluded.state, result = excluded.result`,
      ),
      result: db.prepare(`SELECT result FROM ${table} WHERE id = ?`),
      all: db.prepare(`SELECT id, state FROM ${table} ORDER BY CAST(id AS INTEGER)`),
      clear: db.prepare(`DELETE FROM ${table}`),
    };
  }

  save(id: string, state: unknown): void {
    this.sql.save.run(id, JSON.stringify(state));
  }

  finish(id: string, state: unknown, result: Buffer | undefined): void {
    this.sql.finish.run(id, JSON.stringify(state), result ?? null);
  }

  result(id: string): Buffer | undefined {
    return (this.sql.result.get(id) as { result: Buffer | null } | undefined)?.result ?? undefined;
  }

  all(): { id: string; state: unknown }[] {
    return (this.sql.all.all() as { id: string; state: string }[]).map((row) => ({
      id: row.id,
      state: JSON.parse(row.state) as unknown,
    }));
  }

  clear(): void {
    this.sql.clear.run();
  }
}
