import { describe, expect, it } from "vitest";
import { testDb } from "../../support/db";
import { writeAuditEvent } from "@/server/audit/write-audit-event";
import { verifyAuditChain } from "@/server/audit/verify-audit-chain";

const ctx = {
  actor: { type: "user" as const, id: "00000000-0000-7000-8000-000000000001" },
  request: { requestId: "r1", ip: "127.0.0.1" },
};

describe("audit trail", () => {
  it("chains entries and verifies the chain", async () => {
    const db = testDb();
    const before = await db.auditEvent.count();
    for (let i = 0; i < 3; i++) {
      await db.$transaction((tx) =>
        writeAuditEvent(tx, ctx, {
          action: "test.event",
          target: { type: "thing", id: String(i) },
          metadata: { n: i, b: { z: 1, a: 2 } },
        }),
      );
    }
    const result = await verifyAuditChain(db);
    expect(result).toEqual({ checked: before + 3, firstBreak: null });
  });

  it("refuses updates and deletes at the database level", async () => {
    const db = testDb();
    // At least one row to update or delete, whatever ran before.
    await db.$transaction((tx) => writeAuditEvent(tx, ctx, { action: "test.protected" }));
    await expect(db.auditEvent.updateMany({ data: { action: "forged" } })).rejects.toThrow(/append-only/);
    await expect(db.auditEvent.deleteMany({})).rejects.toThrow(/append-only/);
  });

  it("reports the first broken link when an entry was tampered with behind the trigger's back", async () => {
    const db = testDb();
    // Its own entries: the one tampered with is followed by another, so the break is in the middle.
    for (const n of [1, 2]) await db.$transaction((tx) => writeAuditEvent(tx, ctx, { action: `test.tamper_${n}` }));
    const { seq } = await db.auditEvent.findFirstOrThrow({
      where: { action: "test.tamper_1" },
      orderBy: { seq: "desc" },
    });
    const setAction = (action: string) =>
      // An attacker with superuser rights can disable the trigger; the chain still exposes the edit.
      db.$transaction(async (tx) => {
        await tx.$executeRawUnsafe(`ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_append_only"`);
        await tx.$executeRaw`UPDATE "AuditEvent" SET "action" = ${action} WHERE seq = ${seq}`;
        await tx.$executeRawUnsafe(`ALTER TABLE "AuditEvent" ENABLE TRIGGER "AuditEvent_append_only"`);
      });
    await setAction("forged");
    try {
      const result = await verifyAuditChain(db);
      expect(result.firstBreak?.seq).toBe(seq);
      expect(result.checked).toBe(await db.auditEvent.count({ where: { seq: { lt: seq } } }));
    } finally {
      // Put the entry back, so the trail is intact again for every test after this one.
      await setAction("test.tamper_1");
    }
    expect((await verifyAuditChain(db)).firstBreak).toBeNull();
  });

  it("rolls the entry back with the transaction that failed", async () => {
    const db = testDb();
    const before = await db.auditEvent.count();
    await expect(
      db.$transaction(async (tx) => {
        await writeAuditEvent(tx, ctx, { action: "test.rolled_back" });
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect(await db.auditEvent.count()).toBe(before);
  });
});
