import { apiFetch } from '@/lib/http/api-fetch';
import type { UploadView } from '@/lib/uploads/upload-schemas';

const MAX_ATTEMPTS_PER_PART = 6;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function sha256Hex(blob: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await blob.arrayBuffer());
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Browser side: sends the raw file in parts with a checksum each; after a dropped connection it asks the
 * server how far it got and resumes from there. Reports progress in bytes.
 */
export async function uploadInParts(
  file: File,
  onProgress: (sentBytes: number) => void,
  signal?: AbortSignal,
): Promise<UploadView> {
  let upload = await apiFetch<UploadView>('/api/uploads', {
    method: 'POST',
    json: { fileName: file.name, sizeBytes: file.size },
  });
  let attempts = 0;
  while (upload.receivedBytes < upload.sizeBytes) {
    signal?.throwIfAborted();
    const index = Math.floor(upload.receivedBytes / upload.partSize);
    const part = file.slice(index * upload.partSize, Math.min(file.size, (index + 1) * upload.partSize));
    try {
      upload = await apiFetch<UploadView>(`/api/uploads/${upload.id}/parts/${index}`, {
        method: 'PUT',
        body: part,
        headers: { 'Content-Type': 'application/octet-stream', 'X-Part-SHA256': await sha256Hex(part) },
        signal,
      });
      attempts = 0;
      onProgress(upload.receivedBytes);
    } catch (error) {
      attempts += 1;
      if (signal?.aborted || attempts >= MAX_ATTEMPTS_PER_PART) throw error;
      await sleep(Math.min(30_000, 500 * 2 ** attempts));
      upload = await apiFetch<UploadView>(`/api/uploads/${upload.id}`);
    }
  }
  return apiFetch<UploadView>(`/api/uploads/${upload.id}/complete`, { method: 'POST' });
}
