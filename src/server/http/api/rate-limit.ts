import type { Db } from "../../db";
import { env } from "../../env";

/**
 * Per-key fixed-window rate limit, counted in the database (RateLimitCounter) so that every app
 * instance shares one budget. One statement per request: an atomic upsert that either starts a
 * new window or increments the current one, and returns the count. Fixed windows allow a burst of
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

/** Several counters (e.g. per address, per IP, per form) in one transaction: one round trip, not one per key. */
export async function hitRateLimits(
  db: Db,
  limits: { key: string; limit: number; windowMs: number }[],
  now = new Date(),
): Promise<RateLimitResult[]> {
  // A request stamped with an older window (clock skew between instances) counts in the newer one.
  // A counter lost in a crash costs nothing, so its commit need not wait for the disk flush
  // (synchronous_commit off, for this transaction only): the flush was most of each API call's cost.
  const [, ...results] = await db.$transaction([
    db.$executeRaw`SET LOCAL synchronous_commit TO OFF`,
    ...limits.map((l) => {
      const windowStart = new Date(Math.floor(now.getTime() / l.windowMs) * l.windowMs);
      return db.$queryRaw<{ count: number; windowStart: Date }[]>`
    INSERT INTO "RateLimitCounter" ("key", "windowStart", "count") VALUES (${l.key}, ${windowStart}, 1)
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN EXCLUDED."windowStart" > "RateLimitCounter"."windowStart" THEN 1 ELSE "RateLimitCounter"."count" + 1 END,
      "windowStart" = GREATEST(EXCLUDED."windowStart", "RateLimitCounter"."windowStart")
    RETURNING "count", "windowStart"`;
    }),
  ]);
  return limits.map((l, i) => result((results[i] as { count: number; windowStart: Date }[])[0], l, now));
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
