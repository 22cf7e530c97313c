import type { Statement } from 'better-sqlite3';
import type { RowResult } from '../bulk-write/apply-row';
import type { SimDb } from './sim-db';

/** The result line of each row a running bulk write job has applied, saved with the row's records. */
export class WriteResults {
  private readonly sql: Record<'add' | 'list' | 'drop' | 'clear', Statement>;

  constructor(db: SimDb) {
    this.sql = {
      add: db.prepare('INSERT INTO write_results (job_id, run, row, result) VALUES (?, ?, ?, ?)'),
      list: db.prepare('SELECT result FROM write_results WHERE job_id = ? AND run = ? ORDER BY row'),
      drop: db.prepare('DELETE FROM write_results WHERE job_id = ?'),
      clear: db.prepare('DELETE FROM write_results'),
    };
  }

  add(jobId: string, run: number, firstRow: number, results: RowResult[]): void {
    for (const [offset, result] of results.entries())
      this.sql.add.run(jobId, run, firstRow + offset, JSON.stringify(result));
  }

  list(jobId: string, run: number): RowResult[] {
    return (this.sql.list.all(jobId, run) as { result: string }[]).map(
      (row) => JSON.parse(row.result) as RowResult,
    );
  }

  drop(jobId: string): void {
    this.sql.drop.run(jobId);
  }

  clear(): void {
    this.sql.clear.run();
  }
}
