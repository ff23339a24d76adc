import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { testDb } from "../../support/db";
import { createStaffActor } from "../../factories/users";
import { uniq } from "../../factories/contacts";
import { csvOf, importFile } from "../../factories/imports";
import { createImport } from "@/features/imports/services/create-import";
import { processImport, ROWS_PER_CHUNK, runImports } from "@/features/imports/services/process-import";
import { claimNextImport } from "@/features/imports/services/import-lease";
import { cancelImport } from "@/features/imports/services/cancel-import";
import { refusedRowsCsv } from "@/features/imports/services/refused-rows-csv";

let marketer: Awaited<ReturnType<typeof createStaffActor>>;
beforeAll(async () => {
  marketer = await createStaffActor(testDb(), "marketer");
});
const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, "../../fixtures/imports", name));
const bodyOf = (bytes: Buffer) =>
  (async function* () {
    yield bytes;
  })();

describe("background import", () => {
  it("resumes after a crash mid-import without duplicates", async () => {
    const db = testDb();
    const u = uniq();
    const rows = Array.from({ length: ROWS_PER_CHUNK * 2 + 10 }, (_, i) => [
      `P${i}`,
      `Hervat-${u}`,
      `p${i}.${u}@voorbeeld.nl`,
    ]);
    const batch = await createImport(db, marketer, {
      fileName: "groot.csv",
      body: bodyOf(csvOf([["firstName", "lastName", "email"], ...rows])),
      sourceType: "import",
      sourceDetail: "Export oud CRM",
      queue: { dryRun: false },
    });
    const lease = await claimNextImport(db);
    expect(lease?.batchId).toBe(batch.id);
    // The process dies after its first chunk committed: its lease stays behind.
    await expect(
      processImport(db, lease!, {
        afterChunk: () => {
          throw new Error("crash");
        },
      }),
    ).rejects.toThrow("crash");
    const halfway = await db.importBatch.findUniqueOrThrow({ where: { id: batch.id } });
    expect(halfway).toMatchObject({ status: "running", rowsDone: ROWS_PER_CHUNK, created: ROWS_PER_CHUNK });
    // Another instance takes over once the lease has run out.
    await db.importBatch.update({ where: { id: batch.id }, data: { lockedUntil: new Date(Date.now() - 1000) } });
    await runImports(db);
    const done = await db.importBatch.findUniqueOrThrow({ where: { id: batch.id } });
    expect(done).toMatchObject({ status: "done", total: rows.length, created: rows.length, merged: 0 });
    expect(await db.contact.count({ where: { lastName: `Hervat-${u}` } })).toBe(rows.length);
    expect(await db.emailAddress.count({ where: { importBatchId: batch.id } })).toBe(rows.length);
  });

  it("a queued import can be cancelled before it starts", async () => {
    const db = testDb();
    const batch = await createImport(db, marketer, {
      fileName: "x.csv",
      body: bodyOf(
        csvOf([
          ["firstName", "lastName"],
          ["A", `Gestopt-${uniq()}`],
        ]),
      ),
      sourceType: "manual",
      queue: { dryRun: false },
    });
    await cancelImport(db, marketer, batch.id);
    await runImports(db);
    expect(await db.importBatch.findUniqueOrThrow({ where: { id: batch.id } })).toMatchObject({
      status: "cancelled",
      created: 0,
    });
  });

  it("lists refused rows as CSV, with formula-like values neutralised", async () => {
    const db = testDb();
    const result = await importFile(
      db,
      marketer,
      csvOf([
        ["firstName", "lastName", "email"],
        ["A", `Csv-${uniq()}`, "=HYPERLINK(1)"],
      ]),
    );
    const csv = await refusedRowsCsv(db, result.id);
    // A byte-order mark first, so that a spreadsheet reads accents right (like every export).
    expect(csv.split("\n")[0]).toBe("\uFEFFline,outcome,field,code,message");
    expect(csv).toContain("2,refused,email,invalid_email,Not a valid e-mail address.");
  });
});

describe("file formats through the whole import", () => {
  it("imports the Windows-1252 semicolon CSV", async () => {
    const db = testDb();
    const result = await importFile(db, marketer, fixture("windows-1252-semicolon.csv"), { fileName: "oud.csv" });
    expect(result).toMatchObject({ format: "csv", encoding: "windows-1252", delimiter: ";", total: 3 });
    expect(result.refused).toBe(1);
    const jose = await db.contact.findFirst({
      where: { importBatchId: result.id, firstName: "José" },
      include: { company: true },
    });
    expect(jose).toMatchObject({ lastName: "Müller", notes: 'Ontmoet op de beurs; wil "meer" weten' });
    expect(jose?.company).toMatchObject({ name: "Café Zoë B.V.", legalForm: "bv", kvkNumber: "12345678" });
  });

  it("imports the XLSX file and the multi-card vCard", async () => {
    const db = testDb();
    const xlsx = await importFile(db, marketer, fixture("contacts.xlsx"), { fileName: "contacts.xlsx" });
    // Tom's row has a consent date without a purpose or method: refused, not half-recorded.
    expect(xlsx).toMatchObject({ format: "xlsx", total: 2, created: 1, refused: 1 });
    expect(xlsx.errors.map((e) => [e.line, e.field])).toEqual([
      [3, "consentPurpose"],
      [3, "consentMethod"],
    ]);
    const vcf = await importFile(db, marketer, fixture("three-cards.vcf"), {
      fileName: "kaartjes.vcf",
      sourceType: "business_card",
      sourceDetail: "Horecava",
    });
    expect(vcf).toMatchObject({ format: "vcard", total: 3, created: 3, refused: 0 });
    const jan = await db.contact.findFirstOrThrow({
      where: { importBatchId: vcf.id, firstName: "Jan" },
      include: { postalAddresses: true, phones: true },
    });
    expect(jan).toMatchObject({ lastName: "de Vries", sourceType: "business_card" });
    expect(jan.postalAddresses[0]).toMatchObject({ postalCode: "1015 AA", city: "Amsterdam" });
  });
});
