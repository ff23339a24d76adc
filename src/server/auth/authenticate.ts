import type { Db } from "../db/connect";
import { DUMMY_HASH, verifyPassword } from "./password";
import { releaseSignInSlot, takeSignInSlot } from "./sign-in-throttle";

export type AuthenticationResult =
  | { ok: true; user: { id: string; email: string; name: string; role: string; sessionVersion: number } }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

/**
 * Checks an e-mail and password. The same answer ("invalid") for an unknown account, a wrong
 * password and a deactivated account, so that the form does not reveal which accounts exist.
 * The throttle slot is taken before the (slow, scrypt) password check, never after.
 */
export async function authenticate(
  db: Db,
  rawEmail: string,
  password: string,
  ip: string,
  now = new Date(),
): Promise<AuthenticationResult> {
  const email = rawEmail.trim().toLowerCase();
  const slot = await takeSignInSlot(db, email, ip, now);
  if (!slot.ok) return { ok: false, reason: "throttled", retryAfterSeconds: slot.retryAfterSeconds };
  const user = await unsafeFindUserWithPasswordHash(db, email);
  const valid = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !valid || !user.active) return { ok: false, reason: "invalid" };
  await releaseSignInSlot(db, slot);
  return {
    ok: true,
    user: { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion },
  };
}

/** Reads the password hash, which the database module hides from every other query. */
function unsafeFindUserWithPasswordHash(db: Db, email: string) {
  return db.user.findUnique({ where: { email }, omit: { passwordHash: false } });
}
