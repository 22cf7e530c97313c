import { createHash } from 'node:crypto';
import { open, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ApiClient } from './api-client';
import { CliError, EXIT } from './exit-codes';

type UploadView = { id: string; sizeBytes: number; partSize: number; receivedBytes: number; status: string };

const MAX_ATTEMPTS_PER_PART = 6;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Where an unfinished upload's id is kept, so running the same command again resumes instead of restarting. */
async function resumeFile(client: ApiClient, filePath: string): Promise<string> {
  const info = await stat(filePath);
  const key = createHash('sha256')
    .update(`${client.baseUrl}\n${path.resolve(filePath)}\n${info.size}\n${info.mtimeMs}`)
    .digest('hex')
    .slice(0, 24);
  return path.join(tmpdir(), `fieldmap-upload-${key}.json`);
}

async function readPart(filePath: string, offset: number, length: number): Promise<Buffer> {
  const handle = await open(filePath, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, offset);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

async function startOrResume(client: ApiClient, filePath: string, stateFile: string): Promise<UploadView> {
  const saved = await readFile(stateFile, 'utf8').catch(() => undefined);
  if (saved) {
    const upload = await client
      .json<UploadView>(`/api/uploads/${JSON.parse(saved).id}`)
      .catch(() => undefined);
    if (upload?.status === 'uploading') return upload;
  }
  const { size } = await stat(filePath);
  const upload = await client.json<UploadView>('/api/uploads', {
    method: 'POST',
    body: { fileName: path.basename(filePath), sizeBytes: size },
  });
  await writeFile(stateFile, JSON.stringify({ id: upload.id }));
  return upload;
}

async function sendPart(client: ApiClient, id: string, index: number, part: Buffer): Promise<UploadView> {
  const response = await client.raw(`/api/uploads/${id}/parts/${index}`, {
    method: 'PUT',
    body: new Uint8Array(part),
    headers: {
      'content-type': 'application/octet-stream',
      'x-part-sha256': createHash('sha256').update(part).digest('hex'),
    },
  });
  return (await response.json()) as UploadView;
}

/**
 * Sends the file in parts with a checksum each, as the browser does; after a dropped connection it asks the
 * server how far it got and goes on from there, and a second run of the same command resumes the same upload.
 */
export async function uploadFile(
  client: ApiClient,
  filePath: string,
  onProgress: (sentBytes: number, totalBytes: number) => void,
): Promise<UploadView> {
  const stateFile = await resumeFile(client, filePath);
  let upload = await startOrResume(client, filePath, stateFile);
  let attempts = 0;
  while (upload.receivedBytes < upload.sizeBytes) {
    const index = Math.floor(upload.receivedBytes / upload.partSize);
    const start = index * upload.partSize;
    const part = await readPart(filePath, start, Math.min(upload.partSize, upload.sizeBytes - start));
    try {
      upload = await sendPart(client, upload.id, index, part);
      attempts = 0;
      onProgress(upload.receivedBytes, upload.sizeBytes);
    } catch (error) {
      attempts += 1;
      if (error instanceof CliError && error.exitCode !== EXIT.error) throw error;
      if (attempts >= MAX_ATTEMPTS_PER_PART) throw error;
      await sleep(Math.min(30_000, 500 * 2 ** attempts));
      upload = await client.json<UploadView>(`/api/uploads/${upload.id}`);
    }
  }
  const done = await client.json<UploadView>(`/api/uploads/${upload.id}/complete`, { method: 'POST' });
  await rm(stateFile, { force: true });
  return done;
}
