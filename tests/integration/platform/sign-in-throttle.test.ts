/**
 * Password guessing is slowed, never turned into a lockout: a parallel burst gets no more guesses
 * than the free ones, and the real owner still signs in from their own address.
 */
import { describe, expect, it } from "vitest";
import { getDb } from "@/server/db";
import { SYSTEM } from "@/server/audit/actor";
import { authenticate } from "@/server/auth/authenticate";
import { THROTTLE } from "@/server/auth/sign-in-throttle";
import { createUser } from "@/features/users/services/create-user";

const PASSWORD = "correct horse battery staple";
const later = (from: Date, seconds: number) => new Date(from.getTime() + seconds * 1000);

describe("sign-in throttle", () => {
  it("gives a parallel burst of wrong passwords no more than the free guesses", async () => {
    const db = await getDb();
    await createUser(db, SYSTEM, { name: "Burst", email: "burst@example.test", role: "sales", password: PASSWORD });
    const now = new Date();
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        authenticate(db, "burst@example.test", `wrong-${i}-xxxxxx`, "198.51.100.7", now),
      ),
    );
    const checked = results.filter((r) => !r.ok && r.reason === "invalid").length;
    expect(checked).toBe(THROTTLE.pair.free);
    expect(results.filter((r) => !r.ok && r.reason === "throttled")).toHaveLength(12 - THROTTLE.pair.free);
  }, 180_000);

  it("does not lock the owner out after an attacker's failures elsewhere", async () => {
    const db = await getDb();
    await createUser(db, SYSTEM, { name: "Owner", email: "owner@example.test", role: "admin", password: PASSWORD });
    let t = new Date();
    for (let i = 0; i < 12; i++) {
      const r = await authenticate(db, "owner@example.test", `guess-${i}-xxxxxx`, `192.0.2.${i}`, t);
      if (!r.ok && r.reason === "throttled") t = later(t, r.retryAfterSeconds);
    }
    // Right after the attacker's last try the owner may have to wait, but never longer than the
    // per-account cap, whatever the attacker did.
    const first = await authenticate(db, "owner@example.test", PASSWORD, "203.0.113.50", t);
    const at = first.ok
      ? t
      : later(t, first.ok === false && first.reason === "throttled" ? first.retryAfterSeconds : 0);
    if (!first.ok) expect(first).toMatchObject({ reason: "throttled" });
    expect(at.getTime() - t.getTime()).toBeLessThanOrEqual(THROTTLE.account.capSeconds * 1000);
    expect(await authenticate(db, "owner@example.test", PASSWORD, "203.0.113.50", at)).toMatchObject({ ok: true });
  }, 180_000); // each guess is a real scrypt hash (128 MiB)
});
