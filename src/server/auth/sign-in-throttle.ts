import type { Db } from "../db/connect";

/**
 * Throttle on failed sign-ins, per account and per IP, counted in the database so that every app
 * instance sees the same attempts (a per-process counter is reset by a restart or a second instance).
 */
export const THROTTLE = {
  windowMinutes: 15,
  maxFailuresPerAccount: 5,
  maxFailuresPerIp: 20,
} as const;

export async function isSignInThrottled(db: Db, email: string, ip: string, now = new Date()): Promise<boolean> {
  const since = new Date(now.getTime() - THROTTLE.windowMinutes * 60_000);
  const [byAccount, byIp] = await Promise.all([
    db.signInAttempt.count({ where: { email, success: false, at: { gte: since } } }),
    db.signInAttempt.count({ where: { ip, success: false, at: { gte: since } } }),
  ]);
  return byAccount >= THROTTLE.maxFailuresPerAccount || byIp >= THROTTLE.maxFailuresPerIp;
}

export async function recordSignInAttempt(db: Db, email: string, ip: string, success: boolean) {
  await db.signInAttempt.create({ data: { email, ip, success } });
  // A successful sign-in clears the account's slate so an earlier typo does not lock it out later.
  if (success) await db.signInAttempt.deleteMany({ where: { email, success: false } });
}
