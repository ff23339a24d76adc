import type { Db } from "../db/connect";

/**
 * Slowing down password guessing without locking anyone out. Each sign-in takes a slot before the
 * password is checked, atomically (row locks in one transaction), so a parallel burst gets no more
 * guesses than a patient attacker. After a few free failures, the next attempt has to wait a delay
 * that doubles with every further failure, counted three ways:
 * - per account+IP pair: the guesser at one address is slowed quickly and far (up to 15 minutes);
 * - per IP: one address trying many accounts (password spraying) is slowed as well;
 * - per account, from anywhere: capped at one minute, so that an attacker elsewhere can make the
 *   real owner wait a minute at most, never lock them out.
 * A success clears the account's counters; failures are forgotten after a quiet window.
 * Counted in the database so that every app instance and a restart see the same state.
 */
export const THROTTLE = {
  windowMinutes: 15,
  pair: { free: 3, capSeconds: 15 * 60 },
  ip: { free: 20, capSeconds: 15 * 60 },
  account: { free: 5, capSeconds: 60 },
} as const;

type Kind = "pair" | "ip" | "account";
type Row = { key: string; failures: number; nextAllowedAt: Date; updatedAt: Date };

/** Seconds to wait after the n-th failure: nothing for the free ones, then 1, 2, 4, ... up to the cap. */
export function delaySeconds(kind: Kind, failures: number): number {
  const { free, capSeconds } = THROTTLE[kind];
  if (failures < free) return 0;
  return Math.min(capSeconds, 2 ** (failures - free));
}

const keysFor = (email: string, ip: string): Record<Kind, string> => ({
  pair: `pair:${email}|${ip}`,
  ip: `ip:${ip}`,
  account: `account:${email}`,
});

export type Slot =
  { ok: true; previous: Map<string, Row>; keys: Record<Kind, string> } | { ok: false; retryAfterSeconds: number };

/**
 * Takes the slot for one attempt, recording it as a failure in advance: a crash or a parallel
 * request between here and the password check cannot get a free guess. Refused while any of the
 * three delays runs.
 */
export async function takeSignInSlot(db: Db, email: string, ip: string, now = new Date()): Promise<Slot> {
  const keys = keysFor(email, ip);
  const all = Object.values(keys).sort();
  const windowStart = new Date(now.getTime() - THROTTLE.windowMinutes * 60_000);
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`INSERT INTO "SignInThrottle" ("key", "failures", "nextAllowedAt", "updatedAt")
      SELECT k, 0, ${now}, ${now} FROM unnest(${all}::text[]) AS k ON CONFLICT ("key") DO NOTHING`;
    const rows = await tx.$queryRaw<Row[]>`SELECT "key", "failures", "nextAllowedAt", "updatedAt"
      FROM "SignInThrottle" WHERE "key" = ANY(${all}::text[]) ORDER BY "key" FOR UPDATE`;
    const byKey = new Map(rows.map((r) => [r.key, r]));
    const current = (k: string) => {
      const r = byKey.get(k)!;
      return r.updatedAt < windowStart ? { ...r, failures: 0, nextAllowedAt: now } : r;
    };
    const waitMs = Math.max(0, ...all.map((k) => current(k).nextAllowedAt.getTime() - now.getTime()));
    if (waitMs > 0) return { ok: false, retryAfterSeconds: Math.ceil(waitMs / 1000) };
    for (const kind of Object.keys(keys) as Kind[]) {
      const failures = current(keys[kind]).failures + 1;
      await tx.signInThrottle.update({
        where: { key: keys[kind] },
        data: {
          failures,
          nextAllowedAt: new Date(now.getTime() + delaySeconds(kind, failures) * 1000),
          updatedAt: now,
        },
      });
    }
    return { ok: true, previous: new Map(all.map((k) => [k, current(k)])), keys };
  });
}

/**
 * The password was right: the account and the pair start afresh, and the IP gets back the failure
 * recorded in advance (a shared office address is not slowed by people signing in correctly).
 */
export async function releaseSignInSlot(db: Db, slot: Extract<Slot, { ok: true }>) {
  const ipBefore = slot.previous.get(slot.keys.ip)!;
  await db.$transaction([
    db.signInThrottle.deleteMany({ where: { key: { in: [slot.keys.account, slot.keys.pair] } } }),
    db.signInThrottle.update({
      where: { key: slot.keys.ip },
      data: { failures: ipBefore.failures, nextAllowedAt: ipBefore.nextAllowedAt },
    }),
  ]);
}
