import type { Db } from "@/server/db";
import { keySuppressionHash, SUPPRESSION_KEY_VERSION } from "@/server/suppression-key";
import { writeAuditEvent } from "@/server/audit/write-audit-event";
import { SYSTEM } from "@/server/audit/actor";

/**
 * Moves suppression-list entries written before the list was keyed with AUTH_SECRET (version 1:
 * HMAC with the database salt) to the keyed form, without knowing the addresses: the new entry is
 * a keyed hash of the old one. Runs at start-up; idempotent, one transaction per batch.
 */
export async function rekeySuppressionList(db: Db, batch = 1000): Promise<number> {
  let total = 0;
  for (;;) {
    const moved = await db.$transaction(async (tx) => {
      const rows = await tx.suppressionEntry.findMany({
        where: { keyVersion: { lt: SUPPRESSION_KEY_VERSION } },
        select: { id: true, hash: true },
        take: batch,
      });
      for (const r of rows)
        await tx.suppressionEntry.update({
          where: { id: r.id },
          data: { hash: keySuppressionHash(r.hash), keyVersion: SUPPRESSION_KEY_VERSION },
        });
      if (rows.length > 0)
        await writeAuditEvent(tx, SYSTEM, {
          action: "suppression_list.rekeyed",
          target: { type: "organisation", id: "1" },
          metadata: { entries: rows.length },
        });
      return rows.length;
    });
    total += moved;
    if (moved < batch) return total;
  }
}
