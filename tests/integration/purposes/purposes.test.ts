import { beforeAll, describe, expect, it } from "vitest";
import { testDb } from "../../support/db";
import { createPurpose } from "@/features/purposes/services/create-purpose";
import { updatePurpose, updatePurposeNotice } from "@/features/purposes/services/update-purpose";
import { findPurposes, getPurpose } from "@/features/purposes/services/find-purposes";
import { recordConsent } from "@/features/consents/services/record-consent";
import { type AppError } from "@/server/errors";
import { createPurposeWithNotice, uniqueKey } from "../../factories/purposes";
import { createStaffActor } from "../../factories/users";
import { createContactFromBusinessCard } from "../../factories/contacts";
import { businessCardConsent } from "../../factories/consents";

let officer: Awaited<ReturnType<typeof createStaffActor>>;
beforeAll(async () => {
  officer = await createStaffActor(testDb(), "privacy_officer", "Fleur FG");
});

describe("purposes", () => {
  it("creates a purpose with notice version 1 and an audit entry; keys are unique", async () => {
    const db = testDb();
    const key = uniqueKey("events");
    const purpose = await createPurpose(db, officer, {
      key: ` ${key.toUpperCase()} `,
      nameNl: "Uitnodigingen voor evenementen",
      nameEn: "Event invitations",
      directMarketing: true,
      channels: ["email", "post", "email"],
      textNl: "Wij nodigen u uit voor onze evenementen.",
      textEn: "We invite you to our events.",
    });
    expect(purpose).toMatchObject({
      key,
      currentVersion: 1,
      channels: ["email", "post"],
      dpvPurpose: "dpv:DirectMarketing",
    });
    const detail = await getPurpose(db, purpose.id);
    expect(detail?.notices).toHaveLength(1);
    expect(detail?.notices[0]).toMatchObject({ version: 1, createdByName: "Fleur FG" });
    const again = await createPurpose(db, officer, {
      key,
      nameNl: "x",
      nameEn: "x",
      directMarketing: true,
      channels: ["email"],
      textNl: "x",
      textEn: "x",
    }).catch((e: unknown) => e);
    expect((again as AppError).code).toBe("CONFLICT");
    expect(await db.auditEvent.count({ where: { action: "purpose.created", targetId: purpose.id } })).toBe(1);
  });

  it("editing the notice appends a version; consents keep pointing at the version shown", async () => {
    const db = testDb();
    const purpose = await createPurposeWithNotice(db);
    const contact = await createContactFromBusinessCard(db, officer);
    const v1 = await recordConsent(db, officer, contact.id, businessCardConsent(purpose.key));
    const { created } = await updatePurposeNotice(db, officer, {
      purposeId: purpose.id,
      textNl: "Nieuwe tekst, nu ook met sms.",
      textEn: "New text, now with SMS.",
    });
    expect(created).toBe(true);
    const unchanged = await updatePurposeNotice(db, officer, {
      purposeId: purpose.id,
      textNl: "Nieuwe tekst, nu ook met sms.",
      textEn: "New text, now with SMS.",
    });
    expect(unchanged.created).toBe(false);
    const detail = await getPurpose(db, purpose.id);
    expect(detail?.currentVersion).toBe(2);
    expect(detail?.notices.map((n) => n.version)).toEqual([2, 1]);
    expect(detail?.notices[1].textNl).toBe("Wij sturen u maandelijks onze nieuwsbrief. U kunt zich altijd afmelden.");
    const record = await db.consentRecord.findUniqueOrThrow({ where: { id: v1.id }, include: { notice: true } });
    expect(record.notice?.version).toBe(1);
    const listed = (await findPurposes(db)).find((p) => p.id === purpose.id);
    expect(listed?.currentNotice?.version).toBe(2);
  });

  it("updates names and the active flag, not channels; inactive purposes drop out of the opt-in list", async () => {
    const db = testDb();
    const purpose = await createPurposeWithNotice(db);
    await updatePurpose(db, officer, { purposeId: purpose.id, nameEn: "Monthly newsletter", active: false });
    const stored = await db.purpose.findUniqueOrThrow({ where: { id: purpose.id } });
    expect(stored).toMatchObject({ nameEn: "Monthly newsletter", active: false, channels: ["email", "phone"] });
    expect((await findPurposes(db, { activeOnly: true })).some((p) => p.id === purpose.id)).toBe(false);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "purpose.updated", targetId: purpose.id } });
    expect(audit.metadata).toMatchObject({ fields: ["nameEn", "active"], active: false });
  });

  it("refuses a malformed key with a field message", async () => {
    const db = testDb();
    const error = await createPurpose(db, officer, {
      key: "Nieuwsbrief 2026!",
      nameNl: "x",
      nameEn: "x",
      directMarketing: true,
      channels: [],
      textNl: "x",
      textEn: "x",
    }).then(
      () => null,
      (e: unknown) => e as AppError,
    );
    expect(error?.code).toBe("INVALID_INPUT");
    expect(error?.fields.map((f) => [f.field, f.key])).toEqual([
      ["key", "purposes.errors.keyFormat"],
      ["channels", "purposes.errors.channelsRequired"],
    ]);
  });
});
