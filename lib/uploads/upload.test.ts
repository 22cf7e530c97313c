import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdmin } from '@/lib/auth/create-admin';
import type { Database } from '@/lib/db/client';
import { imports } from '@/lib/db/schema';
import { createTestDb } from '@/lib/db/test-db';
import { localFileStorage } from '@/lib/storage/local-file-storage';
import { appendUploadPart } from './append-upload-part';
import { completeUpload } from './complete-upload';
import { getUpload } from './get-upload';
import { purgeExpiredUploads } from './purge-expired-uploads';
import { startUpload } from './start-upload';
import { UPLOAD_PART_BYTES } from './upload-limits';

const streamOf = (bytes: Uint8Array) => new Blob([new Uint8Array(bytes)]).stream();
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('uploading a raw file in parts', () => {
  let database: Database;
  let adminId: string;
  const storage = localFileStorage(mkdtempSync(path.join(tmpdir(), 'fieldmap-files-')));
  const file = new Uint8Array(UPLOAD_PART_BYTES * 2 + 1000).map((_, i) => i % 251);
  const part = (index: number) => file.subarray(index * UPLOAD_PART_BYTES, (index + 1) * UPLOAD_PART_BYTES);

  beforeAll(async () => {
    database = await createTestDb();
    adminId = (
      await createAdmin({
        db: database.db,
        email: 'up@example.com',
        name: 'Up',
        password: 'a-long-password-1',
      })
    ).id;
  });
  afterAll(() => database.close());

  it('takes parts in order, resumes after a lost answer, refuses damage, and checks the whole file', async () => {
    const upload = await startUpload({
      db: database.db,
      storage,
      adminId,
      fileName: 'leads.csv',
      sizeBytes: file.length,
    });
    const db = database.db;
    const send = (index: number, bytes = part(index), checksum = sha(bytes)) =>
      appendUploadPart({ db, storage, uploadId: upload.id, index, body: streamOf(bytes), sha256: checksum });

    expect((await send(0)).receivedBytes).toBe(UPLOAD_PART_BYTES);
    // The browser never heard back and sends part 0 again: acknowledged, not written twice.
    expect((await send(0)).receivedBytes).toBe(UPLOAD_PART_BYTES);
    await expect(send(2)).rejects.toThrow(/out of order; resume from byte 8388608/);
    await expect(send(1, part(1), sha(part(0)))).rejects.toThrow(/arrived damaged/);
    await expect(completeUpload({ db, storage, uploadId: upload.id })).rejects.toThrow(
      /send the remaining parts/,
    );
    // A crash after writing part 1 but before recording it left its bytes behind; resending replaces them.
    const { storageKey } = await getUpload(db, upload.id);
    await storage.append(storageKey, Readable.from([Buffer.from(part(1))]), UPLOAD_PART_BYTES);
    await send(1);
    await send(2);

    const done = await completeUpload({ db, storage, uploadId: upload.id });
    expect(done).toMatchObject({ status: 'complete', receivedBytes: file.length, sha256: sha(file) });
  });

  it('purges uploads past the retention period, files included', async () => {
    const upload = await startUpload({
      db: database.db,
      storage,
      adminId,
      fileName: 'old.csv',
      sizeBytes: 10,
    });
    await appendUploadPart({
      db: database.db,
      storage,
      uploadId: upload.id,
      index: 0,
      body: streamOf(new Uint8Array(10)),
    });
    const later = new Date(Date.now() + 31 * 86_400_000);
    expect(await purgeExpiredUploads({ db: database.db, storage, now: later })).toBeGreaterThanOrEqual(1);
    await expect(completeUpload({ db: database.db, storage, uploadId: upload.id })).rejects.toThrow(
      /no longer exists/,
    );
  });

  it('keeps a file past retention while an unfinished import still reads it', async () => {
    const upload = await startUpload({
      db: database.db,
      storage,
      adminId,
      fileName: 'paused.csv',
      sizeBytes: 10,
    });
    await database.db.insert(imports).values({
      name: 'paused import',
      uploadId: upload.id,
      module: 'Leads',
      operation: 'insert',
      apiVersion: 'v8',
      settings: {},
      mapping: {},
      parseOptions: {},
      fileName: 'paused.csv',
      status: 'paused',
    });
    const later = new Date(Date.now() + 31 * 86_400_000);
    await purgeExpiredUploads({ db: database.db, storage, now: later });
    await expect(getUpload(database.db, upload.id)).resolves.toMatchObject({ fileName: 'paused.csv' });
  });
});
