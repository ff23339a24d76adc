import { beforeAll, describe, expect, it } from "vitest";
import { getDb, type Db } from "@/server/db";
import { saveProcessor } from "@/features/processors/services/save-processor";
import { addSubProcessor } from "@/features/processors/services/add-sub-processor";
import { countProcessorsNeedingReview, findProcessors } from "@/features/processors/services/find-processors";
import { createPurpose } from "../../factories/outreach";
import { createStaffActor } from "../../factories/users";

let db: Db;
beforeAll(async () => {
  db = await getDb();
});
const name = () => `Mailer ${Math.random().toString(36).slice(2, 8)}`;

describe("processors register", () => {
  it("keeps the agreement, purposes and sub-processors, and warns about missing or overdue agreements", async () => {
    const officer = await createStaffActor(db, "privacy_officer");
    const purpose = await createPurpose(db);
    const before = await countProcessorsNeedingReview(db);
    const signed = await saveProcessor(db, officer, {
      name: name(),
      agreementSignedAt: new Date("2025-02-01T12:00:00Z"),
      agreementReviewAt: new Date(Date.now() + 365 * 86_400_000),
      location: "nl",
      purposeIds: [purpose.id],
    });
    const missing = await saveProcessor(db, officer, { name: name(), location: "US" });
    expect(await countProcessorsNeedingReview(db)).toBe(before + 1);
    await addSubProcessor(db, officer, {
      processorId: signed.id,
      name: "Cloud host",
      location: "DE",
      authorisedAt: new Date(),
    });

    const rows = await findProcessors(db);
    const s = rows.find((r) => r.id === signed.id)!;
    expect(s).toMatchObject({ location: "NL", purposeIds: [purpose.id], warnings: [] });
    expect(s.subProcessors.map((x) => x.name)).toEqual(["Cloud host"]);
    expect(rows.find((r) => r.id === missing.id)?.warnings).toEqual([
      "agreement_missing",
      "transfer_without_mechanism",
    ]);

    await saveProcessor(db, officer, {
      id: signed.id,
      name: "Renamed",
      location: "NL",
      agreementSignedAt: new Date("2025-02-01"),
      agreementReviewAt: new Date(Date.now() - 86_400_000),
    });
    expect(await countProcessorsNeedingReview(db)).toBe(before + 2);
    expect(await db.auditEvent.count({ where: { targetId: signed.id, action: { startsWith: "processor." } } })).toBe(3);
  });
});
