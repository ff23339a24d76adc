import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { testDb } from "../../support/db";
import { createStaffActor } from "../../factories/users";
import { csvOf } from "../../factories/imports";
import { createImport } from "@/features/imports/services/create-import";
import { ROWS_PER_CHUNK, runImports } from "@/features/imports/services/process-import";

/**
 * Two app instances on one PostgreSQL database each run an import at the same moment (one instance
 * runs its imports one after the other; several run them side by side). Two colleagues uploaded
 * overlapping lists: every person must exist once, the second import merging into what the first
 * created, whichever chunk commits first. On the embedded database the two loops take turns; on
 * PostgreSQL their chunk transactions really overlap.
 */
describe("two imports at once (two instances)", () => {
  it("create each person once and count every row of both files once", async () => {
    const db = testDb();
    const marketer = await createStaffActor(db, "marketer");
    const u = randomBytes(4).toString("hex");
    const person = (i: number) => ["Iris", `Gelijktijdig${i}`, `iris.${i}.${u}@beurs.example`];
    const header = ["Voornaam", "Achternaam", "E-mail"];
    // More than one chunk per file, so that chunks of the two imports interleave.
    const rows = ROWS_PER_CHUNK + 500;
    const shared = ROWS_PER_CHUNK; // rows 0 .. shared-1 are in both files
    const first = Array.from({ length: rows }, (_, i) => person(i));
    const second = Array.from({ length: rows }, (_, i) => person(i < shared ? i : rows + i));
    const distinct = rows + (rows - shared);

    const batches = [];
    for (const [name, file] of [
      ["beurs-noord.csv", first],
      ["beurs-zuid.csv", second],
    ] as const)
      batches.push(
        await createImport(db, marketer, {
          fileName: name,
          body: (async function* () {
            yield csvOf([header, ...file]);
          })(),
          sourceType: "event",
          sourceDetail: "Vakbeurs 2026",
          queue: { dryRun: false },
        }),
      );

    // Each worker loop claims one of the two queued imports (FOR UPDATE SKIP LOCKED) and runs it.
    const finished = await Promise.all([runImports(db), runImports(db)]);
    expect(finished.flat().sort()).toEqual(batches.map((b) => b.id).sort());

    const done = await db.importBatch.findMany({ where: { id: { in: batches.map((b) => b.id) } } });
    for (const b of done) {
      expect(b).toMatchObject({ status: "done", total: rows, rowsDone: rows, suppressed: 0, refused: 0 });
      expect(b.created + b.merged).toBe(rows);
    }
    expect(done.reduce((n, b) => n + b.created, 0)).toBe(distinct);
    expect(done.reduce((n, b) => n + b.merged, 0)).toBe(2 * rows - distinct);

    const addresses = await db.emailAddress.groupBy({
      by: ["normalised"],
      where: { normalised: { endsWith: `.${u}@beurs.example` } },
      _count: { contactId: true },
    });
    expect(addresses).toHaveLength(distinct);
    expect(addresses.filter((a) => a._count.contactId !== 1)).toEqual([]);
    expect(
      await db.contact.count({
        where: {
          lastName: { startsWith: "Gelijktijdig" },
          emails: { some: { normalised: { endsWith: `.${u}@beurs.example` } } },
        },
      }),
    ).toBe(distinct);
  });
});
