import { Readable } from "node:stream";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { MAX_IMPORT_BYTES } from "../schemas";

/**
 * Pieces of about 256 KB: small enough for any row size limit, few enough to be fast. Not larger:
 * Prisma keeps the arguments of its last 100 queries in memory (for its error reports, even with
 * debugging off), here each piece again as base64 text, so pieces of a megabyte kept some 190 MB
 * alive at the end of a 100 MB upload and the heap's limit was set from that.
 */
export const CHUNK_BYTES = 256 * 1024;

/**
 * Stores an upload as it arrives, a piece at a time, so that the server never holds the whole
 * file and any app instance's worker can read it. Returns its size and first bytes (for sniffing).
 */
export async function storeUpload(db: Db, batchId: string, body: AsyncIterable<Uint8Array>) {
  let seq = 0;
  let size = 0;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let head: Buffer | null = null;
  const flush = async () => {
    if (pendingBytes === 0) return;
    const data = Buffer.concat(pending);
    head ??= data.subarray(0, 64 * 1024);
    // Raw, because Prisma's create sends bytes as base64 inside JSON: twice the time of the insert.
    await db.$executeRawUnsafe(
      `INSERT INTO "ImportChunk" ("batchId", seq, data) VALUES ($1::uuid, $2, $3)`,
      batchId,
      seq++,
      data,
    );
    pending = [];
    pendingBytes = 0;
  };
  for await (const part of body) {
    size += part.byteLength;
    if (size > MAX_IMPORT_BYTES)
      throw new AppError("INVALID_INPUT", `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`, {
        key: "imports.errors.tooLarge",
        fields: [{ field: "file", message: "The file is too large.", key: "imports.errors.tooLarge" }],
      });
    pending.push(Buffer.from(part));
    pendingBytes += part.byteLength;
    if (pendingBytes >= CHUNK_BYTES) await flush();
  }
  await flush();
  return { size, head: head ?? Buffer.alloc(0) };
}

/** A fresh stream of a stored file, read one piece at a time. `onBytes` reports progress. */
export function openStoredFile(db: Db, batchId: string, onBytes?: (n: number) => void): Readable {
  async function* pieces() {
    for (let seq = 0; ; seq++) {
      const chunk = await db.importChunk.findUnique({
        where: { batchId_seq: { batchId, seq } },
        select: { data: true },
      });
      if (!chunk) return;
      onBytes?.(chunk.data.byteLength);
      yield Buffer.from(chunk.data);
    }
  }
  return Readable.from(pieces(), { objectMode: false });
}
