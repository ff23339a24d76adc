import type { Tx } from "../db/connect";

/**
 * Marks a token (or one use of it, e.g. `${jti}:unsubscribe`) as spent, inside the transaction of
 * the state change it authorises: both commit or neither does. Returns false when it was spent
 * already, so a replayed link changes nothing twice. The primary key makes this race-free across
 * app instances.
 */
export async function useTokenOnce(tx: Tx, useId: string): Promise<boolean> {
  const inserted = await tx.$executeRaw`INSERT INTO "UsedToken" (jti) VALUES (${useId}) ON CONFLICT (jti) DO NOTHING`;
  return inserted === 1;
}
