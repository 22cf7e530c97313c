import 'server-only';
import { type SQL, sql } from 'drizzle-orm';
import { encodeSqlParam } from './encode-sql-param';
import type { Db, SqlResult } from './open-database';

/**
 * Raw `$1`-style SQL run inside a Drizzle transaction, for pg-boss's `db` option: a job sent through it is
 * committed or rolled back with the rows that asked for it.
 */
export function transactionSql(tx: Db): { executeSql(text: string, values?: unknown[]): Promise<SqlResult> } {
  return {
    async executeSql(text, values = []) {
      const parts: SQL[] = [];
      let last = 0;
      for (const match of text.matchAll(/\$(\d+)/g)) {
        parts.push(sql.raw(text.slice(last, match.index)));
        parts.push(sql`${encodeSqlParam(values[Number(match[1]) - 1] ?? null)}`);
        last = (match.index ?? 0) + match[0].length;
      }
      parts.push(sql.raw(text.slice(last)));
      const result = (await tx.execute(sql.join(parts))) as unknown as SqlResult;
      return { rows: result.rows };
    },
  };
}
