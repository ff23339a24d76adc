import { Prisma } from "@generated/prisma/client";
import type { Db } from "@/server/db";
import type { AuthenticatedKey } from "@/server/http/api/key-authenticator";
import { API_RATE_LIMIT, rateLimitHitSql, rateLimitResult, type RateLimitResult } from "@/server/http/api/rate-limit";
import { hashSecret, parseApiKey } from "../key-format";

/** lastUsedAt is written at most once a minute per key: a write per call would double the cost of the hot path. */
const TOUCH_INTERVAL_MS = 60_000;

/**
 * The key behind an `Authorization: Bearer` token, with its rate-limit counter (`api:<id>`) bumped
 * for this request, or null when the token is malformed, unknown, revoked or wrong; then nothing is
 * counted, so a caller cannot spend a key's budget without its secret. Every failure looks the same
 * to the caller, so a probe learns nothing.
 *
 * One statement, because every API request waits for it: find the key by its prefix and the
 * SHA-256 of its secret, bump its counter, and note when it was last used (at most once a minute,
 * conditional, so instances racing on the same key write once). The secret's hash is compared by
 * the database, not in constant time: what a timing difference could reveal is how far the hash of
 * the caller's own guess matches the stored hash, which says nothing about the secret (SHA-256 is
 * not invertible), and the secret has 256 random bits (key-format.ts).
 */
export async function authenticateApiKey(
  db: Db,
  token: string,
  now = new Date(),
): Promise<{ key: AuthenticatedKey; rate: RateLimitResult } | null> {
  const parsed = parseApiKey(token);
  if (!parsed) return null;
  const touchedBefore = new Date(now.getTime() - TOUCH_INTERVAL_MS);
  const [row] = await db.$queryRaw<(AuthenticatedKey & { count: number; windowStart: Date })[]>`
    WITH k AS (
      SELECT id, name, scopes FROM "ApiKey"
      WHERE prefix = ${parsed.prefix} AND hash = ${hashSecret(parsed.secret)} AND "revokedAt" IS NULL
    ), touched AS (
      UPDATE "ApiKey" a SET "lastUsedAt" = ${now}::timestamptz FROM k
      WHERE a.id = k.id AND (a."lastUsedAt" IS NULL OR a."lastUsedAt" < ${touchedBefore}::timestamptz)
      RETURNING a.id
    ), hit AS (${rateLimitHitSql(Prisma.sql`SELECT 'api:' || id::text FROM k`, now)})
    SELECT k.id::text AS id, k.name, k.scopes, hit.count, hit."windowStart" FROM k, hit`;
  if (!row) return null;
  return {
    key: { id: row.id, name: row.name, scopes: row.scopes },
    rate: rateLimitResult(row, API_RATE_LIMIT, now),
  };
}
