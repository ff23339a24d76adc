import { Prisma } from "@generated/prisma/client";
import type { Db } from "../../db";
import { env } from "../../env";

/**
 * Per-key fixed-window rate limit, counted in the database (RateLimitCounter) so that every app
 * instance shares one budget. One statement per request: an atomic upsert that either starts a
 * new window or increments the current one, and returns the count (no transaction around it). Fixed windows allow a burst of
 * up to twice the limit across a window edge; that is acceptable for protecting the service, and
 * far cheaper than a sliding log.
 *
 * The limit is API_RATE_LIMIT_PER_MINUTE (default 600), validated with the rest of the configuration.
 */
export const API_RATE_LIMIT = { limit: env.API_RATE_LIMIT_PER_MINUTE, windowMs: 60_000 };

export type RateLimitResult = {
  ok: boolean;
  limit: number;
  remaining: number;
  retryAfterSeconds: number;
  resetAt: Date;
};

export async function hitRateLimit(
  db: Db,
  key: string,
  now = new Date(),
  opts = API_RATE_LIMIT,
): Promise<RateLimitResult> {
  return (await hitRateLimits(db, [{ key, ...opts }], now))[0];
}

/**
 * Several counters (e.g. per address, per IP, per form) in ONE statement, committed on its own:
 * under load every request of a key updates the same row, so the row lock must be held for one
 * statement, not across a transaction's round trips. The counters live in an UNLOGGED table (see
 * its migration): a counter lost in a crash costs nothing, and a commit that wrote no WAL does not
 * wait for the disk flush, which was most of each API call's cost.
 */
export async function hitRateLimits(
  db: Db,
  limits: { key: string; limit: number; windowMs: number }[],
  now = new Date(),
): Promise<RateLimitResult[]> {
  // A request stamped with an older window (clock skew between instances) counts in the newer one.
  const rows = limits.map((l) => {
    const windowStart = new Date(Math.floor(now.getTime() / l.windowMs) * l.windowMs);
    return Prisma.sql`(${l.key}, ${windowStart}::timestamptz, 1)`;
  });
  const counted = await db.$queryRaw<{ key: string; count: number; windowStart: Date }[]>`
    INSERT INTO "RateLimitCounter" ("key", "windowStart", "count") VALUES ${Prisma.join(rows)}
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN EXCLUDED."windowStart" > "RateLimitCounter"."windowStart" THEN 1 ELSE "RateLimitCounter"."count" + 1 END,
      "windowStart" = GREATEST(EXCLUDED."windowStart", "RateLimitCounter"."windowStart")
    RETURNING "key", "count", "windowStart"`;
  const byKey = new Map(counted.map((r) => [r.key, r]));
  return limits.map((l) => result(byKey.get(l.key)!, l, now));
}

function result(
  row: { count: number; windowStart: Date },
  opts: { limit: number; windowMs: number },
  now: Date,
): RateLimitResult {
  const { count, windowStart: current } = row;
  const resetAt = new Date(current.getTime() + opts.windowMs);
  const retryAfterSeconds = Math.max(1, Math.ceil((resetAt.getTime() - now.getTime()) / 1000));
  return {
    ok: count <= opts.limit,
    limit: opts.limit,
    remaining: Math.max(0, opts.limit - count),
    retryAfterSeconds,
    resetAt,
  };
}
