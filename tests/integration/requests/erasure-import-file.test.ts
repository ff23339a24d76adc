import { describe, expect, it } from "vitest";
import { testDb } from "../../support/db";
import { executeErasure } from "@/features/requests/services/execute-erasure";
import { CHUNK_BYTES } from "@/features/imports/services/import-file";
import { createStaffUser, userContext } from "../../factories/users";
import { createPlainContact, createVerifiedRequest } from "../../factories/requests";
import { uniq } from "../../factories/contacts";
import { importFile } from "../../factories/imports";

/**
 * A stored import file is kept in pieces of CHUNK_BYTES. A row the import refused is linked to
 * nobody, so the erasure finds the file by the person's address in its bytes, and an address that
 * a piece's end cuts in two must be found all the same (AVG art. 17: the file goes).
 */
describe("erasure of a stored import file", () => {
  it.each([1, 5, 12])("finds the person's address when a piece ends %i bytes into it", async (cut) => {
    const db = testDb();
    const officer = await createStaffUser(db);
    const ctx = userContext(officer.id);
    const person = await createPlainContact(db);
    const { email } = person;
    const u = uniq();

    // Rows that fill the first piece up to just before the refused row, then the refused row
    // (no last name), whose address starts `cut` bytes before the first piece's end.
    const lines = ["firstName,lastName,email"];
    const size = () => Buffer.byteLength(lines.join("\r\n") + "\r\n");
    for (let i = 0; size() < CHUNK_BYTES - 130; i++) lines.push(`Vul${i},Rij,vul${i}.${u}@voorbeeld.nl`);
    const refusedPrefix = "Zonder,,";
    const padRow = (n: number) => `${"A".repeat(n)},Opvulling,opvulling.${u}@voorbeeld.nl`;
    const pad = CHUNK_BYTES - cut - size() - refusedPrefix.length - Buffer.byteLength(padRow(0) + "\r\n");
    expect(pad).toBeGreaterThan(0);
    lines.push(padRow(pad), `${refusedPrefix}${email}`);
    const bytes = Buffer.from(lines.join("\r\n") + "\r\n");
    expect(bytes.indexOf(email)).toBe(CHUNK_BYTES - cut);

    const result = await importFile(db, ctx, bytes, { fileName: "leden.csv" });
    expect(result.refused, JSON.stringify(result.errors ?? result)).toBe(1);
    const batchId = result.id;
    expect(await db.importChunk.count({ where: { batchId } })).toBe(2);

    const request = await createVerifiedRequest(db, ctx, "erasure", { contactIds: [person.contact.id] });
    const summary = await executeErasure(db, ctx, { requestId: request.id });
    expect(summary.rows["ImportBatch (stored file removed)"]).toBe(1);
    expect(await db.importChunk.count({ where: { batchId } })).toBe(0);
  });
});
