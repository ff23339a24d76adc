import type { Db } from "../db/connect";
import { findFirstBreak, GENESIS_HASH, type ChainBreak } from "./audit-chain";

/** Reads the whole trail in pages and checks every link. */
export async function verifyAuditChain(db: Db): Promise<{ checked: number; firstBreak: ChainBreak | null }> {
  let prev = GENESIS_HASH;
  let after = BigInt(0);
  let checked = 0;
  for (;;) {
    const page = await db.auditEvent.findMany({ where: { seq: { gt: after } }, orderBy: { seq: "asc" }, take: 5000 });
    if (page.length === 0) return { checked, firstBreak: null };
    const firstBreak = findFirstBreak(page, prev);
    if (firstBreak) return { checked: checked + page.findIndex((e) => e.seq === firstBreak.seq), firstBreak };
    checked += page.length;
    prev = page[page.length - 1].hash;
    after = page[page.length - 1].seq;
  }
}
