import { Readable } from "node:stream";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { MAX_IMPORT_BYTES } from "../schemas";

/**
 * Pieces of 64 KB, whatever the sizes of the parts the upload arrives in. Prisma keeps the arguments
 * of its last 100 queries in memory (for its error reports, even with debugging off), here each
 * piece twice as base64 text: some 2.7 bytes kept per byte stored. A long upload fills that history
 * with pieces, a short one does not, so what stays alive, and the heap's limit V8 sets from it, grew
 * with the file's length up to 100 pieces: about 135 MB at the end of a 100 MB upload in pieces of
 * half a megabyte, 114 MB at 256 KB, 75-80 MB at 64 KB (17 MB of pieces). Smaller pieces would keep
 * a little less, for twice the queries, and the upload was no faster (32 KB: 70-72 MB alive).
 */
export const CHUNK_BYTES = 64 * 1024;

/**
 * Stores an upload as it arrives, a piece at a time, so that the server never holds the whole
 * file and any app instance's worker can read it. Returns its size and first bytes (for sniffing).
 */
export async function storeUpload(db: Db, batchId: string, body: AsyncIterable<Uint8Array>) {
  let seq = 0;
  let size = 0;
  // Cut at CHUNK_BYTES whatever the sender's parts are: a stream that hands over parts of half a
  // megabyte made pieces of half a megabyte, and what Prisma keeps grew with them.
  const piece = Buffer.allocUnsafe(CHUNK_BYTES);
  let filled = 0;
  let head: Buffer | null = null;
  const flush = async () => {
    if (filled === 0) return;
    const data = piece.subarray(0, filled);
    head ??= Buffer.from(data.subarray(0, 64 * 1024)); // a copy: the piece's buffer is reused
    // Raw, because Prisma's create sends bytes as base64 inside JSON: twice the time of the insert.
    await db.$executeRawUnsafe(
      `INSERT INTO "ImportChunk" ("batchId", seq, data) VALUES ($1::uuid, $2, $3)`,
      batchId,
      seq++,
      data,
    );
    filled = 0;
  };
  for await (const part of body) {
    size += part.byteLength;
    if (size > MAX_IMPORT_BYTES)
      throw new AppError("INVALID_INPUT", `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`, {
        key: "imports.errors.tooLarge",
        fields: [{ field: "file", message: "The file is too large.", key: "imports.errors.tooLarge" }],
      });
    for (let at = 0; at < part.byteLength;) {
      const n = Math.min(CHUNK_BYTES - filled, part.byteLength - at);
      piece.set(part.subarray(at, at + n), filled);
      filled += n;
      at += n;
      if (filled === CHUNK_BYTES) await flush();
    }
  }
  await flush();
  return { size, head: head ?? Buffer.alloc(0) };
}

/**
 * Pieces read per query: 256 KB, as many bytes per query as when the pieces were that large. Read
 * one per query, the 64 KB pieces of a 100 MB file took a third longer (6.5 s on average against
 * 4.9 s for pieces of 256 KB, at load); four per query took 4.9 s. What a read keeps in Prisma's
 * history is its arguments, not the bytes it returns.
 */
const PIECES_PER_READ = 4;

/** A fresh stream of a stored file, read a few pieces at a time. `onBytes` reports progress. */
export function openStoredFile(db: Db, batchId: string, onBytes?: (n: number) => void): Readable {
  async function* pieces() {
    for (let seq = 0; ; seq += PIECES_PER_READ) {
      const chunks = await db.importChunk.findMany({
        where: { batchId, seq: { gte: seq, lt: seq + PIECES_PER_READ } },
        orderBy: { seq: "asc" },
        select: { data: true },
      });
      for (const chunk of chunks) {
        onBytes?.(chunk.data.byteLength);
        yield Buffer.from(chunk.data);
      }
      if (chunks.length < PIECES_PER_READ) return;
    }
  }
  return Readable.from(pieces(), { objectMode: false });
}
