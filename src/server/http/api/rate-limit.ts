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
  const rows = limits.map((l) => Prisma.sql`(${l.key}, ${windowStartOf(now, l.windowMs)}::timestamptz, 1)`);
  const counted = await db.$queryRaw<CounterRow[]>`
    INSERT INTO "RateLimitCounter" ("key", "windowStart", "count") VALUES ${Prisma.join(rows)}
    ${COUNT_UPSERT}`;
  const byKey = new Map(counted.map((r) => [r.key, r]));
  return limits.map((l) => rateLimitResult(byKey.get(l.key)!, l, now));
}

export type CounterRow = { key: string; count: number; windowStart: Date };

// A request stamped with an older window (clock skew between instances) counts in the newer one.
const COUNT_UPSERT = Prisma.sql`ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN EXCLUDED."windowStart" > "RateLimitCounter"."windowStart" THEN 1 ELSE "RateLimitCounter"."count" + 1 END,
      "windowStart" = GREATEST(EXCLUDED."windowStart", "RateLimitCounter"."windowStart")
    RETURNING "key", "count", "windowStart"`;

function windowStartOf(now: Date, windowMs: number): Date {
  return new Date(Math.floor(now.getTime() / windowMs) * windowMs);
}

/**
 * The same count as hitRateLimit, as a data-modifying CTE body for a statement that does more in
 * the same round trip: counts one hit for each key `keys` selects (a SELECT of one text column),
 * none when it selects nothing. The API gate bumps the key's counter in the statement that finds
 * the key (src/features/api-keys/services/authenticate-api-key.ts); read its result with rateLimitResult.
 */
export function rateLimitHitSql(keys: Prisma.Sql, now: Date, opts = API_RATE_LIMIT): Prisma.Sql {
  return Prisma.sql`INSERT INTO "RateLimitCounter" ("key", "windowStart", "count")
    SELECT s.key, ${windowStartOf(now, opts.windowMs)}::timestamptz, 1 FROM (${keys}) s(key)
    ${COUNT_UPSERT}`;
}

export function rateLimitResult(
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
