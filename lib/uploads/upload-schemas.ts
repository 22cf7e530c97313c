import 'server-only';
import { z } from 'zod';

export const startUploadSchema = z.object({
  fileName: z.string().trim().min(1).max(255),
  sizeBytes: z.number().int().positive('The file is empty.'),
});

export type UploadView = {
  id: string;
  fileName: string;
  sizeBytes: number;
  partSize: number;
  receivedBytes: number;
  status: 'uploading' | 'complete';
  sha256: string | null;
};
