import 'server-only';
import type { Readable } from 'node:stream';

/** Where uploaded files, results and exports live; local disk today, an S3-compatible store can follow. */
export type FileStorage = {
  /** Appends a stream to the object (created when missing); returns the bytes written. */
  append(key: string, data: ReadableStream<Uint8Array> | Readable, maxBytes: number): Promise<number>;
  /** Cuts the object to `size` bytes (no-op when shorter or missing). */
  truncate(key: string, size: number): Promise<void>;
  read(key: string): Readable;
  size(key: string): Promise<number>;
  remove(key: string): Promise<void>;
  freeBytes(): Promise<number>;
};
