import type { Statement } from 'better-sqlite3';
import type { SimDb } from './sim-db';

export type UploadedFile = { id: string; createdTime: string; usedByJob?: string };

/** Uploaded zips, kept in the sandbox's database (Zoho keeps a file until a bulk write job uses it). */
export class FileStore {
  private readonly sql: Record<'add' | 'info' | 'content' | 'markUsed' | 'clear', Statement>;

  constructor(db: SimDb) {
    this.sql = {
      add: db.prepare('INSERT INTO files (id, created_time, content) VALUES (?, ?, ?)'),
      info: db.prepare('SELECT id, created_time, used_by_job FROM files WHERE id = ?'),
      content: db.prepare('SELECT content FROM files WHERE id = ?'),
      markUsed: db.prepare('UPDATE files SET used_by_job = ? WHERE id = ?'),
      clear: db.prepare('DELETE FROM files'),
    };
  }

  add(id: string, createdTime: string, content: Buffer): void {
    this.sql.add.run(id, createdTime, content);
  }

  info(id: string): UploadedFile | undefined {
    const row = this.sql.info.get(id) as
      | { id: string; created_time: string; used_by_job: string | null }
      | undefined;
    return row
      ? { id: row.id, createdTime: row.created_time, usedByJob: row.used_by_job ?? undefined }
      : undefined;
  }

  content(id: string): Buffer | undefined {
    return (this.sql.content.get(id) as { content: Buffer } | undefined)?.content;
  }

  markUsed(id: string, jobId: string): void {
    this.sql.markUsed.run(jobId, id);
  }

  clear(): void {
    this.sql.clear.run();
  }
}
