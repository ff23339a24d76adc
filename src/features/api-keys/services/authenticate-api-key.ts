import type { Db } from "@/server/db";
import type { AuthenticatedKey } from "@/server/http/api/key-authenticator";
import { parseApiKey, secretMatches } from "../key-format";

/** lastUsedAt is written at most once a minute per key: a write per call would double the cost of the hot path. */
const TOUCH_INTERVAL_MS = 60_000;

/**
 * The key behind an `Authorization: Bearer` token, or null when it is malformed, unknown, revoked
 * or wrong. Reads the hash, which the client hides by default; hence "unsafe" in the query name. Every failure looks the same to the caller, so a probe learns nothing.
 */
export async function authenticateApiKey(db: Db, token: string, now = new Date()): Promise<AuthenticatedKey | null> {
  const parsed = parseApiKey(token);
  if (!parsed) return null;
  const key = await unsafeFindKeyWithHash(db, parsed.prefix);
  if (!key || key.revokedAt || !secretMatches(parsed.secret, key.hash)) return null;
  if (!key.lastUsedAt || now.getTime() - key.lastUsedAt.getTime() >= TOUCH_INTERVAL_MS) {
    // Conditional, so that instances racing on the same key write once.
    await db.apiKey.updateMany({
      where: {
        id: key.id,
        OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(now.getTime() - TOUCH_INTERVAL_MS) } }],
      },
      data: { lastUsedAt: now },
    });
  }
  return { id: key.id, name: key.name, scopes: key.scopes };
}

function unsafeFindKeyWithHash(db: Db, prefix: string) {
  return db.apiKey.findUnique({
    where: { prefix },
    select: { id: true, name: true, scopes: true, hash: true, revokedAt: true, lastUsedAt: true },
  });
}
