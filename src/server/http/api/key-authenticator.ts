import "server-only";
import type { Db } from "../../db";
import type { RateLimitResult } from "./rate-limit";

/** What the API gate needs to know about the key behind a request. */
export type AuthenticatedKey = { id: string; name: string; scopes: string[] };
/**
 * The key behind a token, with its rate-limit counter already bumped for this request (API
 * key ids count under `api:<id>`, API_RATE_LIMIT), or null for a token that is no valid key, which
 * counts nothing. One call, so that an implementation can do both in one statement: every API
 * request goes through it.
 */
export type KeyAuthenticator = (
  db: Db,
  token: string,
  now: Date,
) => Promise<{ key: AuthenticatedKey; rate: RateLimitResult } | null>;

/**
 * The API gate (plumbing) does not know how keys are stored; the api-keys feature registers the
 * function that checks them (`src/features/api-keys/register.ts`, loaded at start-up). Kept on
 * globalThis because Next.js may load this module once per bundle, and every copy must see the
 * same registration.
 */
const slot = globalThis as unknown as { grondslagKeyAuthenticator?: KeyAuthenticator };

export function registerKeyAuthenticator(authenticate: KeyAuthenticator) {
  slot.grondslagKeyAuthenticator = authenticate;
}

export function authenticateKey(
  db: Db,
  token: string,
  now = new Date(),
): Promise<{ key: AuthenticatedKey; rate: RateLimitResult } | null> {
  const authenticate = slot.grondslagKeyAuthenticator;
  // Failing closed: without a registered authenticator no key is valid, and the gap is loud.
  if (!authenticate) throw new Error("No API key authenticator is registered (src/features/api-keys/register.ts).");
  return authenticate(db, token, now);
}
