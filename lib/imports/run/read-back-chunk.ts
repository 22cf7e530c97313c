import 'server-only';
import { Readable } from 'node:stream';
import { and, eq, max, sql } from 'drizzle-orm';
import Papa from 'papaparse';
import { type Import, type ImportChunk, importChunks, importRows, imports } from '@/lib/db/schema';
import { AppError } from '@/lib/http/app-error';
import { classifyFailure } from '@/lib/zoho/classify-failure';
import { canLookUp, valueCriteria } from '@/lib/zoho/value-criteria';
import type { ZohoAuth } from '@/lib/zoho/zoho-auth';
import { ZohoError } from '@/lib/zoho/zoho-error';
import { insertImportRows } from '../collect/insert-import-rows';
import { ZERO_COUNTS } from '../collect/outcome-counts';
import { readZipEntries } from '../collect/read-zip-entries';
import { zipChunk } from '../split/zip-chunk';
import { fenced, moveChunk } from './fenced';
import { chunkZipKey, type ImportContext } from './import-context';
import { readBackKey } from './read-back-key';
import { readCrmRecords } from './read-crm-records';

/** How the page recognises a chunk that was checked against Zoho. */
export const READ_BACK_PREFIX = 'Read back from Zoho';
/** A record created this long before the create was sent is counted as the job's own (clocks drift). */
const CLOCK_SLACK_MS = 10 * 60_000;
/** Zoho's bulk reads normally finish in seconds; a read that takes longer is tried again on the next check. */
const READ_TIMEOUT_MS = 5 * 60_000;

type Target = { context: ImportContext; row: Import; auth: ZohoAuth };
type Found = { id: string; createdAt: number };
type Decision =
  | { kind: 'added'; recordId: string }
  | { kind: 'already'; recordId: string }
  | { kind: 'unchecked' }
  | { kind: 'send' };

/**
 * A chunk Zoho may hold (lost answer, lost job), checked row by row: its rows are read back from Zoho by the key
 * field (bulk read, the values in batches within Zoho's criteria limits). Rows found are marked added with their
 * record ids; only the rows Zoho does not have go out again, as a new chunk; rows with no key to look up are not
 * sent again (they wait in "not in the CRM", where an admin can retry them after looking). All in one fenced
 * transaction, so a crash repeats the read, never the send.
 */
export async function readBackChunk(target: Target, chunk: ImportChunk): Promise<void> {
  const { context, row } = target;
  let decisions: Decision[];
  let key: Awaited<ReturnType<typeof readBackKey>>;
  let rows: string[][];
  try {
    key = await readBackKey(context.db, row);
    rows = await readChunkRows(context, chunk);
    decisions = await decide(target, chunk, key, rows);
  } catch (error) {
    if (!(error instanceof AppError) && !isReadFailure(error)) throw error;
    const reason =
      error instanceof ZohoError ? `${error.zohoMessage} (${error.code})` : (error as Error).message;
    await fenced(context, (tx) =>
      moveChunk(tx, chunk, ['reading_back'], {
        status: 'needs_attention',
        error: `Checking which rows Zoho has did not finish (${new Date().toISOString()}): ${reason}. Nothing was sent.`,
      }),
    );
    return;
  }
  await writeReadBack(target, chunk, { key, rows, decisions });
}

/** The chunk's CSV exactly as Zoho got it: header first, then one row per record number. */
async function readChunkRows(context: ImportContext, chunk: ImportChunk): Promise<string[][]> {
  const parts: Buffer[] = [];
  for await (const part of context.storage.read(chunk.zipKey)) parts.push(part as Buffer);
  const [entry] = await readZipEntries(Buffer.concat(parts));
  return Papa.parse<string[]>(entry?.content.toString('utf8') ?? '', { skipEmptyLines: 'greedy' }).data;
}

const normalise = (value: string) => value.trim().toLowerCase();

async function decide(
  target: Target,
  chunk: ImportChunk,
  key: { apiName: string; position: number },
  rows: string[][],
): Promise<Decision[]> {
  const { context, row, auth } = target;
  const values = rows.slice(1).map((cells) => (cells[key.position] ?? '').trim());
  const wanted = [...new Map(values.filter(canLookUp).map((value) => [normalise(value), value])).values()];
  const found = new Map<string, Found>();
  for (const criteria of valueCriteria(key.apiName, wanted)) {
    const records = await readCrmRecords(auth, {
      apiVersion: row.apiVersion,
      module: row.module,
      fields: key.apiName === 'id' ? ['id', 'Created_Time'] : ['id', key.apiName, 'Created_Time'],
      criteria,
      pollMs: context.pollMs,
      timeoutMs: READ_TIMEOUT_MS,
      signal: context.lease?.signal,
    });
    for (const record of records) {
      const value = normalise(record[key.apiName] ?? '');
      const createdAt = Date.parse(record.Created_Time ?? '');
      const known = found.get(value);
      // Should a value name two records, the newer is the one this chunk's job may have made.
      if (!known || createdAt > known.createdAt) found.set(value, { id: record.id ?? '', createdAt });
    }
  }
  const sentAt = (chunk.createAttemptedAt ?? chunk.startedAt ?? new Date(0)).getTime();
  const claimed = new Set<string>();
  const isInsert = row.operation === 'insert';
  return values.map((value): Decision => {
    if (!canLookUp(value)) return { kind: 'unchecked' };
    const record = found.get(normalise(value));
    if (!record) return { kind: 'send' };
    const isOwn = record.createdAt >= sentAt - CLOCK_SLACK_MS;
    const isFirst = !claimed.has(record.id);
    claimed.add(record.id);
    if (isOwn && isFirst) return { kind: 'added', recordId: record.id };
    // An insert's row whose value a record already held was skipped by Zoho (and would be again); an upsert's is
    // safe to send again: Zoho finds the record by the same value.
    return isInsert ? { kind: 'already', recordId: record.id } : { kind: 'send' };
  });
}

async function writeReadBack(
  target: Target,
  chunk: ImportChunk,
  read: { key: { label: string }; rows: string[][]; decisions: Decision[] },
): Promise<void> {
  const { context, row } = target;
  const { decisions } = read;
  const numbers = chunk.recordNumbers;
  const at = (kind: Decision['kind']) => numbers.filter((_, i) => decisions[i]?.kind === kind);
  const toSend = at('send');
  const kept = numbers.filter((_, i) => decisions[i]?.kind !== 'send');
  const counts = {
    ...ZERO_COUNTS,
    added: at('added').length,
    skipped: at('already').length,
    unprocessed: at('unchecked').length,
  };
  const [{ last } = { last: chunk.index }] = await context.db
    .select({ last: max(importChunks.index) })
    .from(importChunks)
    .where(eq(importChunks.importId, row.id));
  const resendIndex = (last ?? chunk.index) + 1;
  const resendKey = chunkZipKey(row.id, resendIndex);
  if (toSend.length > 0) {
    const header = read.rows[0] ?? [];
    const csv = Papa.unparse(
      [header, ...read.rows.slice(1).filter((_, i) => decisions[i]?.kind === 'send')],
      {
        newline: '\n',
      },
    );
    const zip = await zipChunk(Buffer.from(`${csv}\n`, 'utf8'), `${row.module}-${resendIndex + 1}.csv`);
    await context.storage.remove(resendKey);
    await context.storage.append(resendKey, Readable.from([zip]), zip.length);
    await write(resendIndex, zip.length);
  } else await write(null, 0);
  await context.storage.remove(chunk.zipKey);

  async function write(index: number | null, zipBytes: number) {
    const label = read.key.label;
    const checkedAt = new Date();
    const summary = [
      `${READ_BACK_PREFIX} at ${checkedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC by ${label}:`,
      ` ${counts.added} of ${numbers.length} rows are in the CRM (marked added, with their record ids)`,
      counts.skipped > 0
        ? `; ${counts.skipped} ${verb(counts.skipped, 'matches', 'match')} a record that was there before this batch was sent (counted as skipped: Zoho refuses a second record with the same ${label})`
        : '',
      toSend.length > 0
        ? `; ${toSend.length} ${verb(toSend.length, 'is', 'are')} not, and only ${verb(toSend.length, 'that row is', 'those are')} sent again as batch ${(index ?? 0) + 1}`
        : '',
      counts.unprocessed > 0
        ? `; ${counts.unprocessed} ${verb(counts.unprocessed, 'has', 'have')} no ${label} to look up by and ${verb(counts.unprocessed, 'is', 'are')} not sent again (find ${verb(counts.unprocessed, 'it', 'them')} under rows not in the CRM, look in Zoho CRM, and retry only what is missing)`
        : '',
      '.',
    ].join('');
    await fenced(context, async (tx) => {
      await moveChunk(tx, chunk, ['reading_back'], {
        status: 'completed',
        recordNumbers: kept,
        rowCount: kept.length,
        counts,
        createOutcome: summary,
        error: null,
        finishedAt: checkedAt,
      });
      await tx
        .delete(importRows)
        .where(and(eq(importRows.importId, row.id), eq(importRows.chunkIndex, chunk.index)));
      await insertImportRows(
        tx,
        numbers.flatMap((recordNumber, i): (typeof importRows.$inferInsert)[] => {
          const decision = decisions[i] as Decision;
          const base = { importId: row.id, recordNumber, chunkIndex: chunk.index };
          if (decision.kind === 'added') return [{ ...base, outcome: 'added', recordId: decision.recordId }];
          if (decision.kind === 'already')
            return [
              {
                ...base,
                outcome: 'skipped',
                recordId: decision.recordId,
                errorCode: 'DUPLICATE_DATA',
                message: `Zoho already held a record with this ${label} before the batch was sent.`,
              },
            ];
          if (decision.kind === 'unchecked')
            return [
              {
                ...base,
                outcome: 'unprocessed',
                errorCode: 'NOT_CHECKED',
                message: `Not sent again: the row has no ${label} to look it up by in Zoho. Look for it in Zoho CRM before retrying it.`,
              },
            ];
          return [];
        }),
      );
      if (index === null) return;
      await tx.insert(importChunks).values({
        importId: row.id,
        index,
        rowCount: toSend.length,
        firstRecord: toSend[0] ?? 0,
        lastRecord: toSend.at(-1) ?? 0,
        recordNumbers: toSend,
        zipKey: chunkZipKey(row.id, index),
        zipBytes,
        createOutcome: `The ${toSend.length} rows of batch ${chunk.index + 1} that Zoho did not have (read back at ${checkedAt.toISOString()})`,
      });
      await tx
        .update(imports)
        .set({ chunkCount: sql`coalesce(${imports.chunkCount}, 0) + 1`, updatedAt: checkedAt })
        .where(eq(imports.id, row.id));
    });
  }
}

const verb = (count: number, one: string, many: string) => (count === 1 ? one : many);

/** A read Zoho refused or could not finish (as opposed to a pause, which waits and checks again). */
function isReadFailure(error: unknown): boolean {
  return error instanceof ZohoError && classifyFailure(error).kind === 'stop';
}
