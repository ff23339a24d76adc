import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { testDb } from "../../support/db";
import { createStaffActor } from "../../factories/users";
import { csvOf } from "../../factories/imports";
import { createImport } from "@/features/imports/services/create-import";
import { getImport } from "@/features/imports/services/get-import";
import { importScopeFor } from "@/features/imports/scope-for";
import type { AppError } from "@/server/errors";

const once = (bytes: Buffer) =>
  (async function* () {
    yield bytes;
  })();

describe("sales import their own business cards only", () => {
  it("takes a vCard as business cards, refuses a spreadsheet, and hides other people's imports", async () => {
    const db = testDb();
    const sales = await createStaffActor(db, "sales");
    const marketer = await createStaffActor(db, "marketer");
    const scope = importScopeFor({ id: sales.userId, role: "sales" });
    const vcf = readFileSync(path.join(import.meta.dirname, "../../fixtures/imports/three-cards.vcf"));
    const mine = await createImport(db, sales, {
      fileName: "kaartjes.vcf",
      body: once(vcf),
      sourceType: "purchased_list",
      sourceDetail: "Horecava",
      scope,
    });
    expect(mine).toMatchObject({ format: "vcard", sourceType: "business_card", createdById: sales.userId });
    const csv = await createImport(db, sales, {
      fileName: "lijst.csv",
      body: once(
        csvOf([
          ["firstName", "lastName"],
          ["A", "B"],
        ]),
      ),
      sourceType: "business_card",
      scope,
    }).catch((e: AppError) => e);
    expect(csv).toMatchObject({ code: "FORBIDDEN" });
    const theirs = await createImport(db, marketer, {
      fileName: "kaartjes.vcf",
      body: once(vcf),
      sourceType: "business_card",
    });
    await expect(getImport(db, theirs.id, { scope })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(importScopeFor({ id: marketer.userId, role: "marketer" })).toEqual({});
  });
});
