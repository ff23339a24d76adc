/**
 * The audit trail's hash chain (tamper evidence): every entry's hash covers its own fields and the
 * previous entry's hash, so changing, removing or inserting an entry breaks every later link.
 * Free of `server-only`: the CLI verifies the chain with the same code that writes it.
 */
import { createHash } from "node:crypto";

export const GENESIS_HASH = "0".repeat(64);

export type ChainedFields = {
  at: Date;
  actorType: string;
  actorId: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  requestId: string | null;
  ip: string | null;
  metadata: unknown;
};

export function hashEntry(prevHash: string, e: ChainedFields): string {
  const canonical = canonicalJson([
    prevHash,
    e.at.toISOString(),
    e.actorType,
    e.actorId,
    e.action,
    e.targetType,
    e.targetId,
    e.requestId,
    e.ip,
    e.metadata ?? {},
  ]);
  return createHash("sha256").update(canonical).digest("hex");
}

/** JSON with object keys sorted, so that the same entry always hashes the same (jsonb reorders keys). */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const keys = Object.keys(value as object).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`).join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

export type ChainBreak = { seq: bigint; reason: string };

/** Walks entries in sequence order; returns the first broken link, or null when the chain holds. */
export function findFirstBreak(
  entries: Iterable<ChainedFields & { seq: bigint; prevHash: string; hash: string }>,
  startHash = GENESIS_HASH,
): ChainBreak | null {
  let prev = startHash;
  for (const e of entries) {
    if (e.prevHash !== prev) return { seq: e.seq, reason: "prevHash does not match the previous entry's hash" };
    if (hashEntry(prev, e) !== e.hash) return { seq: e.seq, reason: "the entry's contents do not match its hash" };
    prev = e.hash;
  }
  return null;
}
