/**
 * The per-key rate limit's windows, on a clock the test sets: no minute boundary of the machine's
 * clock can pass mid-test and change the outcome.
 */
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getDb } from "@/server/db";
import { hitRateLimit } from "@/server/http/api/rate-limit";

const opts = { limit: 3, windowMs: 60_000 };
const windowStart = new Date("2026-03-02T09:15:00Z");
const at = (ms: number) => new Date(windowStart.getTime() + ms);

describe("hitRateLimit (fixed window per key, counted in the database)", () => {
  it("allows the limit within a window, refuses the next with the seconds until the window ends", async () => {
    const db = await getDb();
    const key = `test:${randomUUID()}`;
    const first = await hitRateLimit(db, key, at(10_000), opts);
    expect(first).toEqual({ ok: true, limit: 3, remaining: 2, retryAfterSeconds: 50, resetAt: at(60_000) });
    await hitRateLimit(db, key, at(20_000), opts);
    expect((await hitRateLimit(db, key, at(30_000), opts)).ok).toBe(true);
    const over = await hitRateLimit(db, key, at(45_500), opts);
    expect(over).toEqual({ ok: false, limit: 3, remaining: 0, retryAfterSeconds: 15, resetAt: at(60_000) });
  });

  it("starts a fresh budget in the next window", async () => {
    const db = await getDb();
    const key = `test:${randomUUID()}`;
    for (let i = 0; i < 4; i++) await hitRateLimit(db, key, at(59_000), opts);
    expect((await hitRateLimit(db, key, at(59_999), opts)).ok).toBe(false);
    const next = await hitRateLimit(db, key, at(60_000), opts);
    expect(next).toEqual({ ok: true, limit: 3, remaining: 2, retryAfterSeconds: 60, resetAt: at(120_000) });
  });

  it("counts a request stamped with an older window (clock skew between instances) in the newer one", async () => {
    const db = await getDb();
    const key = `test:${randomUUID()}`;
    await hitRateLimit(db, key, at(61_000), opts);
    const late = await hitRateLimit(db, key, at(59_000), opts);
    expect(late).toMatchObject({ ok: true, remaining: 1, resetAt: at(120_000) });
    expect(await db.rateLimitCounter.findUniqueOrThrow({ where: { key } })).toMatchObject({
      count: 2,
      windowStart: at(60_000),
    });
  });

  it("keeps the budgets of two keys apart", async () => {
    const db = await getDb();
    const [a, b] = [`test:${randomUUID()}`, `test:${randomUUID()}`];
    for (let i = 0; i < 4; i++) await hitRateLimit(db, a, at(1_000), opts);
    expect((await hitRateLimit(db, b, at(1_000), opts)).remaining).toBe(2);
  });
});
