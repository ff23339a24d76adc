import type { Db } from "../db/connect";
import { DUMMY_HASH, verifyPassword } from "./password";
import { isSignInThrottled, recordSignInAttempt } from "./sign-in-throttle";

export type AuthenticationResult =
  | { ok: true; user: { id: string; email: string; name: string; role: string; sessionVersion: number } }
  | { ok: false; reason: "invalid" | "throttled" };

/**
 * Checks an e-mail and password. The same answer ("invalid") for an unknown account, a wrong
 * password and a deactivated account, so that the form does not reveal which accounts exist.
 */
export async function authenticate(
  db: Db,
  rawEmail: string,
  password: string,
  ip: string,
): Promise<AuthenticationResult> {
  const email = rawEmail.trim().toLowerCase();
  if (await isSignInThrottled(db, email, ip)) return { ok: false, reason: "throttled" };
  const user = await unsafeFindUserWithPasswordHash(db, email);
  const valid = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  const ok = Boolean(user && valid && user.active);
  await recordSignInAttempt(db, email, ip, ok);
  if (!ok || !user) return { ok: false, reason: "invalid" };
  return {
    ok: true,
    user: { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion },
  };
}

/** Reads the password hash, which the database module hides from every other query. */
function unsafeFindUserWithPasswordHash(db: Db, email: string) {
  return db.user.findUnique({ where: { email }, omit: { passwordHash: false } });
}
