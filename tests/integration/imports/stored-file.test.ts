import { beforeAll, describe, expect, it } from "vitest";
import { testDb } from "../../support/db";
import { createStaffActor } from "../../factories/users";
import { uniq } from "../../factories/contacts";
import { csvOf } from "../../factories/imports";
import { createImport } from "@/features/imports/services/create-import";
import { CHUNK_BYTES, openStoredFile } from "@/features/imports/services/import-file";

let marketer: Awaited<ReturnType<typeof createStaffActor>>;
beforeAll(async () => {
  marketer = await createStaffActor(testDb(), "marketer");
});

describe("stored upload", () => {
  it("is cut into pieces of CHUNK_BYTES whatever the sizes of the parts it arrives in, and read back whole", async () => {
    const db = testDb();
    const u = uniq();
    const bytes = csvOf([
      ["firstName", "lastName", "email"],
      ...Array.from({ length: 4000 }, (_, i) => [`P${i}`, `Stukken-${u}`, `p${i}.${u}@voorbeeld.nl`]),
    ]);
    expect(bytes.byteLength).toBeGreaterThan(2 * CHUNK_BYTES);
    // One part larger than a piece, then small parts that straddle the pieces' boundaries.
    const first = CHUNK_BYTES + 1000;
    const parts = [bytes.subarray(0, first)];
    for (let at = first; at < bytes.byteLength; at += 7001) parts.push(bytes.subarray(at, at + 7001));
    const batch = await createImport(db, marketer, {
      fileName: "stukken.csv",
      body: (async function* () {
        yield* parts;
      })(),
      sourceType: "import",
      sourceDetail: "Export oud CRM",
    });
    expect(batch.sizeBytes).toBe(bytes.byteLength);
    const pieces = await db.importChunk.findMany({
      where: { batchId: batch.id },
      orderBy: { seq: "asc" },
      select: { seq: true, data: true },
    });
    expect(pieces.map((p) => p.seq)).toEqual(pieces.map((_, i) => i));
    expect(pieces.slice(0, -1).every((p) => p.data.byteLength === CHUNK_BYTES)).toBe(true);
    expect(pieces.at(-1)!.data.byteLength).toBe(bytes.byteLength % CHUNK_BYTES || CHUNK_BYTES);
    const read: Buffer[] = [];
    for await (const piece of openStoredFile(db, batch.id)) read.push(piece as Buffer);
    expect(Buffer.concat(read).equals(bytes)).toBe(true);
  });
});
