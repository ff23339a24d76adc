import v8 from "node:v8";

/**
 * How far V8 lets the old generation grow past what survived the last full collection, in percent,
 * while a bulk job runs. V8 chooses this factor itself, up to 4x, from how fast it collects compared
 * with how fast the program promotes objects: an import promotes a few kilobytes of short-lived
 * garbage per row (each chunk's rows live until the chunk commits), collection is cheap, so V8 chose
 * 4x and a server with 90 MB alive peaked at 400-460 MB of heap (700-1,260 MB RSS) before collecting,
 * higher the longer the file (the limit is set from what happened to be alive at the last full
 * collection). A fixed factor of 1.5 keeps the peak near what is alive, whatever the file's length,
 * for about one extra full collection per 5,000 rows (mostly concurrent marking).
 */
export const BULK_HEAP_GROWING_PERCENT = 50;

/** Kept on globalThis: Next.js may load this module in more than one bundle, and the flag is per process. */
const holder = globalThis as unknown as { grondslagBoundedHeapJobs?: number };

/**
 * Runs `job` with the old generation's growing factor fixed (BULK_HEAP_GROWING_PERCENT) and restores
 * V8's own choice when the last such job in the process ends. The flag is read each time V8 sets the
 * next collection's limit, so it takes effect at the next full collection; it is the process's
 * setting, so jobs that overlap share it (counted). Everything else in the process is collected
 * sooner too while it holds, which costs CPU, not memory.
 */
export async function withBoundedHeapGrowth<T>(job: () => Promise<T>): Promise<T> {
  holder.grondslagBoundedHeapJobs = (holder.grondslagBoundedHeapJobs ?? 0) + 1;
  if (holder.grondslagBoundedHeapJobs === 1)
    v8.setFlagsFromString(`--heap-growing-percent=${BULK_HEAP_GROWING_PERCENT}`);
  try {
    return await job();
  } finally {
    holder.grondslagBoundedHeapJobs -= 1;
    // 0 is V8's default: the factor chosen from collection and allocation speed.
    if (holder.grondslagBoundedHeapJobs === 0) v8.setFlagsFromString("--heap-growing-percent=0");
  }
}
