import { Unzip, UnzipInflate } from 'fflate';

/** Receives an entry's inflated bytes in order; returning false stops inflating that entry. */
export type EntrySink = (chunk: Uint8Array, isLast: boolean) => boolean | undefined;

/**
 * Streams a ZIP (an .xlsx) from a Blob without holding it: `open` chooses which entries to inflate by name; the
 * others are skipped. `isDone` ends the walk early (the rest of the file is not read).
 */
export async function walkZip(
  blob: Blob,
  open: (name: string) => EntrySink | null,
  isDone: () => boolean = () => false,
): Promise<void> {
  let failure: Error | null = null;
  const unzip = new Unzip((file) => {
    const sink = open(file.name);
    if (!sink) return;
    let isStopped = false;
    file.ondata = (error, data, isFinal) => {
      if (error) failure = error;
      if (error || isStopped) return;
      try {
        if (sink(data, isFinal) === false && !isFinal) {
          isStopped = true;
          file.terminate();
        }
      } catch (thrown) {
        failure = thrown instanceof Error ? thrown : new Error(String(thrown));
        isStopped = true;
      }
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  const reader = blob.stream().getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      unzip.push(done ? new Uint8Array(0) : value, done);
      if (failure) throw failure;
      if (done) return;
      if (isDone()) {
        await reader.cancel();
        return;
      }
    }
  } finally {
    reader.releaseLock();
  }
}
