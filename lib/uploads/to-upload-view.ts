import 'server-only';
import type { Upload } from '@/lib/db/schema';
import type { UploadView } from './upload-schemas';

export function toUploadView(upload: Upload): UploadView {
  return {
    id: upload.id,
    fileName: upload.fileName,
    sizeBytes: upload.sizeBytes,
    partSize: upload.partSize,
    receivedBytes: upload.receivedBytes,
    status: upload.status,
    sha256: upload.sha256,
  };
}
